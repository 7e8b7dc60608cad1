//! The calls that belong to no mechanism of their own: creating a vault (with its share token)
//! and the admin's setters, pause, unpause and retire.
//!
//! A vault is created with an empty state and its own share token, a `pallet-assets` entry
//! owned by the vault account, *sufficient* (holders need no native balance), with the asset's
//! decimals plus δ and a minimum balance of the asset's times `10^δ`. A curated vault's campaign
//! terms are checked here ([`Pallet::validate_campaign`], in `campaign.rs`).

use crate::{now, pallet::*, types::*};
use alloc::vec::Vec;
use plexus_primitives::bps;
use polkadot_sdk::{
	frame_support::{
		ensure,
		pallet_prelude::*,
		traits::fungibles::{
			metadata::{Inspect as MetadataInspect, Mutate as MetadataMutate},
			Create, Inspect,
		},
	},
	sp_runtime::{traits::MaybeEquivalence, DispatchError, DispatchResult},
};

impl<T: Config> Pallet<T> {
	/// Creates a vault of `asset` and its share token; returns the vault's id.
	pub(crate) fn do_create_vault(
		asset: AssetIdOf<T>,
		mut kind: VaultKindOf<T>,
		deposit_cap: u128,
		min_idle_bps: u16,
		performance_fee_bps: u16,
		min_request: u128,
		share_name: Vec<u8>,
		share_symbol: Vec<u8>,
	) -> Result<VaultId, DispatchError> {
		ensure!(
			bps::is_valid(min_idle_bps) && bps::is_valid(performance_fee_bps),
			Error::<T>::InvalidBps
		);
		ensure!(T::Assets::asset_exists(asset.clone()), Error::<T>::UnknownAsset);
		ensure!(!share_name.is_empty() && !share_symbol.is_empty(), Error::<T>::BadMetadata);
		Self::validate_campaign(&mut kind)?;

		let vault = NextVaultId::<T>::get();
		let next = vault.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let share_asset = T::ShareAssetId::convert(&vault).ok_or(Error::<T>::ShareAssetIdTaken)?;
		ensure!(!T::Assets::asset_exists(share_asset.clone()), Error::<T>::ShareAssetIdTaken);
		let decimals = <T::Assets as MetadataInspect<T::AccountId>>::decimals(asset.clone())
			.saturating_add(T::Delta::get());
		Self::create_share_token(
			vault,
			asset.clone(),
			share_asset.clone(),
			decimals,
			share_name,
			share_symbol,
		)?;

		let info = Self::new_vault_info(
			kind.clone(),
			asset.clone(),
			share_asset.clone(),
			deposit_cap,
			min_idle_bps,
			performance_fee_bps,
			min_request,
		);
		Vaults::<T>::insert(vault, info);
		VaultsOfAsset::<T>::insert(&asset, vault, ());
		NextVaultId::<T>::put(next);
		Self::deposit_event(Event::VaultCreated { vault, asset, share_asset, kind });
		Ok(vault)
	}

	/// The state of a new, empty, active vault.
	fn new_vault_info(
		kind: VaultKindOf<T>,
		asset: AssetIdOf<T>,
		share_asset: AssetIdOf<T>,
		deposit_cap: u128,
		min_idle_bps: u16,
		performance_fee_bps: u16,
		min_request: u128,
	) -> VaultInfoOf<T> {
		let now = now::<T>();
		VaultInfo {
			kind,
			asset,
			share_asset,
			status: VaultStatus::Active,
			idle: 0,
			debt: 0,
			in_transit: 0,
			claimable: 0,
			locked_profit: 0,
			unlock_from: now,
			unlock_until: now,
			deposit_cap,
			min_idle_bps,
			performance_fee_bps,
			min_request,
			pending_requests: 0,
			pending_assets: 0,
			escrowed_shares: 0,
			queue_head: 0,
			queue_tail: 0,
			fee_carry: 0,
		}
	}

	/// Creates the share token of `vault`: owned by the vault account and *sufficient*, so a
	/// holder needs no native balance to hold shares (as with the hub assets). Its minimum
	/// balance is the asset's times `10^δ`, what the asset's minimum balance mints in an
	/// empty vault, so dust accounts cost as much as dust of the asset.
	pub(crate) fn create_share_token(
		vault: VaultId,
		asset: AssetIdOf<T>,
		share_asset: AssetIdOf<T>,
		decimals: u8,
		name: alloc::vec::Vec<u8>,
		symbol: alloc::vec::Vec<u8>,
	) -> DispatchResult {
		let account = Self::vault_account(vault);
		let offset = 10u128.checked_pow(T::Delta::get().into()).ok_or(Error::<T>::Overflow)?;
		let min_balance = T::Assets::minimum_balance(asset).saturating_mul(offset).max(1);
		<T::Assets as Create<T::AccountId>>::create(
			share_asset.clone(),
			account.clone(),
			true,
			min_balance,
		)?;
		<T::Assets as MetadataMutate<T::AccountId>>::set(
			share_asset,
			&account,
			name,
			symbol,
			decimals,
		)
	}

	/// Sets the deposit cap of `vault`.
	pub(crate) fn do_set_deposit_cap(vault: VaultId, cap: u128) -> DispatchResult {
		Self::mutate_vault(vault, |v| {
			v.deposit_cap = cap;
			Ok(())
		})?;
		Self::deposit_event(Event::DepositCapSet { vault, cap });
		Ok(())
	}

	/// Sets the performance fee of `vault`.
	pub(crate) fn do_set_fees(vault: VaultId, performance_fee_bps: u16) -> DispatchResult {
		ensure!(bps::is_valid(performance_fee_bps), Error::<T>::InvalidBps);
		Self::mutate_vault(vault, |v| {
			v.performance_fee_bps = performance_fee_bps;
			Ok(())
		})?;
		Self::deposit_event(Event::FeesSet { vault, performance_fee_bps });
		Ok(())
	}

	/// Sets the idle buffer of `vault`.
	pub(crate) fn do_set_min_idle(vault: VaultId, min_idle_bps: u16) -> DispatchResult {
		ensure!(bps::is_valid(min_idle_bps), Error::<T>::InvalidBps);
		Self::mutate_vault(vault, |v| {
			v.min_idle_bps = min_idle_bps;
			Ok(())
		})?;
		Self::deposit_event(Event::MinIdleSet { vault, min_idle_bps });
		Ok(())
	}

	/// Pauses `vault` (not a retired one).
	pub(crate) fn do_pause(vault: VaultId) -> DispatchResult {
		Self::mutate_vault(vault, |v| {
			ensure!(v.status != VaultStatus::Retired, Error::<T>::VaultRetired);
			v.status = VaultStatus::Paused;
			Ok(())
		})?;
		Self::deposit_event(Event::Paused { vault });
		Ok(())
	}

	/// Unpauses `vault` (not a retired one).
	pub(crate) fn do_unpause(vault: VaultId) -> DispatchResult {
		Self::mutate_vault(vault, |v| {
			ensure!(v.status != VaultStatus::Retired, Error::<T>::VaultRetired);
			v.status = VaultStatus::Active;
			Ok(())
		})?;
		Self::deposit_event(Event::Unpaused { vault });
		Ok(())
	}

	/// Retires `vault` for good.
	pub(crate) fn do_retire(vault: VaultId) -> DispatchResult {
		Self::mutate_vault(vault, |v| {
			v.status = VaultStatus::Retired;
			Ok(())
		})?;
		Self::deposit_event(Event::Retired { vault });
		Ok(())
	}
}
