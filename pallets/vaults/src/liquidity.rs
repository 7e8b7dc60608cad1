//! What other pallets see of the vaults: [`VaultLiquidity`] for `pallet-strategies` (moving
//! liquidity, reporting gains and losses), [`VaultIntents`] for `pallet-intents` (terms, prices,
//! deposits and redemption requests on behalf of intents) and [`plexus_primitives::VaultInspect`]
//! for `pallet-gauges`. Each method either succeeds completely or changes nothing.
//!
//! Liquidity moves between a vault's buckets (`idle → in_transit → debt` and back) change only
//! the accounting; the caller moves the tokens. `allocatable = idle − pending_assets − buffer`
//! and `idle_shortfall = pending_assets + buffer − idle` (never below zero), where
//! `buffer = ⌊A · min_idle_bps / 10 000⌋`. Gains and losses are booked by profit unlocking
//! (`profit.rs`); `pallet-assets`' `FrozenBalance` for the campaign holds is in `campaign.rs`.

use crate::{now, pallet::*, put, take, types::*};
use plexus_primitives::{bps, SharePrice, VaultIntents, VaultLiquidity, VaultTerms};
use polkadot_sdk::{
	frame_support::{ensure, pallet_prelude::Get},
	sp_runtime::{self, traits::MaybeEquivalence, DispatchError, DispatchResult},
};

impl<T: Config> Pallet<T> {
	/// Applies the bucket move `f` to `vault` and deposits `LiquidityMoved`.
	fn move_liquidity(
		vault: VaultId,
		f: impl FnOnce(&mut VaultInfoOf<T>) -> DispatchResult,
	) -> DispatchResult {
		Self::mutate_vault(vault, |info| {
			f(info)?;
			Self::deposit_event(Event::LiquidityMoved {
				vault,
				idle: info.idle,
				in_transit: info.in_transit,
				debt: info.debt,
			});
			Ok(())
		})
	}
}

impl<T: Config> VaultLiquidity<T::AccountId, AssetIdOf<T>, u128> for Pallet<T> {
	fn vault_asset(vault: VaultId) -> Option<AssetIdOf<T>> {
		Vaults::<T>::get(vault).map(|v| v.asset)
	}

	fn vault_account(vault: VaultId) -> Option<T::AccountId> {
		Vaults::<T>::contains_key(vault).then(|| Self::vault_account(vault))
	}

	fn curator(vault: VaultId) -> Option<T::AccountId> {
		match Vaults::<T>::get(vault)?.kind {
			VaultKind::Curated { curator, .. } => Some(curator),
			VaultKind::Governed => None,
		}
	}

	/// `idle − pending_assets − min_idle_bps · A`, never below zero.
	fn allocatable(vault: VaultId) -> u128 {
		let Some(info) = Vaults::<T>::get(vault) else { return 0 };
		let now = now::<T>();
		let buffer = bps::of(info.total_assets(now), info.min_idle_bps);
		info.idle.saturating_sub(info.pending_assets).saturating_sub(buffer)
	}

	fn idle_shortfall(vault: VaultId) -> u128 {
		let Some(info) = Vaults::<T>::get(vault) else { return 0 };
		let now = now::<T>();
		let buffer = bps::of(info.total_assets(now), info.min_idle_bps);
		info.pending_assets.saturating_add(buffer).saturating_sub(info.idle)
	}

	fn total_assets(vault: VaultId) -> u128 {
		let now = now::<T>();
		Vaults::<T>::get(vault).map(|v| v.total_assets(now)).unwrap_or(0)
	}

	fn begin_allocation(vault: VaultId, amount: u128) -> DispatchResult {
		ensure!(amount <= Self::allocatable(vault), Error::<T>::InsufficientIdle);
		Self::move_liquidity(vault, |v| {
			take(&mut v.idle, amount, Error::<T>::InsufficientIdle)?;
			put::<T>(&mut v.in_transit, amount)
		})
	}

	fn complete_allocation(vault: VaultId, amount: u128) -> DispatchResult {
		Self::move_liquidity(vault, |v| {
			take(&mut v.in_transit, amount, Error::<T>::InsufficientLiquidity)?;
			put::<T>(&mut v.debt, amount)
		})
	}

	fn cancel_allocation(vault: VaultId, amount: u128) -> DispatchResult {
		Self::move_liquidity(vault, |v| {
			take(&mut v.in_transit, amount, Error::<T>::InsufficientLiquidity)?;
			put::<T>(&mut v.idle, amount)
		})
	}

	fn begin_deallocation(vault: VaultId, amount: u128) -> DispatchResult {
		Self::move_liquidity(vault, |v| {
			take(&mut v.debt, amount, Error::<T>::InsufficientLiquidity)?;
			put::<T>(&mut v.in_transit, amount)
		})
	}

	fn complete_deallocation(vault: VaultId, amount: u128) -> DispatchResult {
		Self::move_liquidity(vault, |v| {
			take(&mut v.in_transit, amount, Error::<T>::InsufficientLiquidity)?;
			put::<T>(&mut v.idle, amount)
		})
	}

	fn cancel_deallocation(vault: VaultId, amount: u128) -> DispatchResult {
		Self::move_liquidity(vault, |v| {
			take(&mut v.in_transit, amount, Error::<T>::InsufficientLiquidity)?;
			put::<T>(&mut v.debt, amount)
		})
	}

	/// Profit unlocking (`profit.rs`): the fee `gain · performance_fee_bps` (plus any fee
	/// carried) is minted as shares to the fee recipient at the current price; the rest is
	/// locked and unlocks linearly over `ProfitUnlockPeriod`, together with profit still locked.
	fn report_gain(vault: VaultId, gain: u128) -> DispatchResult {
		Self::do_report_gain(vault, gain)
	}

	/// Profit unlocking (`profit.rs`): the loss leaves the debt at once; profit still locked
	/// absorbs it first.
	fn report_loss(vault: VaultId, loss: u128) -> DispatchResult {
		Self::do_report_loss(vault, loss)
	}
}

impl<T: Config> plexus_primitives::VaultInspect<AssetIdOf<T>> for Pallet<T> {
	fn share_asset(vault: VaultId) -> Option<AssetIdOf<T>> {
		Vaults::<T>::get(vault).map(|v| v.share_asset)
	}

	fn is_governed(vault: VaultId) -> bool {
		Vaults::<T>::get(vault).is_some_and(|v| matches!(v.kind, VaultKind::Governed))
	}
}

impl<T: Config> VaultIntents<T::AccountId, AssetIdOf<T>> for Pallet<T> {
	fn vaults_of_asset(asset: &AssetIdOf<T>, max: u32) -> alloc::vec::Vec<VaultId> {
		VaultsOfAsset::<T>::iter_key_prefix(asset).take(max as usize).collect()
	}

	fn vault_of_share(asset: &AssetIdOf<T>) -> Option<VaultId> {
		T::ShareAssetId::convert_back(asset).filter(|vault| Vaults::<T>::contains_key(vault))
	}

	fn terms(vault: VaultId) -> Option<VaultTerms<AssetIdOf<T>>> {
		let info = Vaults::<T>::get(vault)?;
		let now = now::<T>();
		let pool = info.pool(now, Self::share_supply(&info), T::Delta::get())?;
		let price = SharePrice {
			assets: pool.assets.checked_add(1)?,
			shares: pool.shares.checked_add(pool.offset)?,
		};
		let (governed, lockup) = match &info.kind {
			VaultKind::Governed => (true, 0),
			VaultKind::Curated { terms, .. } => (
				false,
				sp_runtime::traits::UniqueSaturatedInto::<u64>::unique_saturated_into(
					terms.min_hold,
				),
			),
		};
		Some(VaultTerms {
			asset: info.asset.clone(),
			share_asset: info.share_asset.clone(),
			governed,
			lockup,
			accepts_deposits: info.accepts_deposits(now)
				&& !<T::DepositGate as plexus_primitives::DepositGate>::deposits_paused(vault),
			accepts_redemptions: info.status != VaultStatus::Paused
				&& !<T::DepositGate as plexus_primitives::DepositGate>::finalization_paused(vault),
			deposit_room: info.deposit_cap.saturating_sub(pool.assets),
			price,
		})
	}

	fn deposit(who: &T::AccountId, vault: VaultId, assets: u128) -> Result<u128, DispatchError> {
		polkadot_sdk::frame_support::storage::with_storage_layer(|| {
			Self::do_deposit(who, vault, assets, 0)
		})
	}

	fn request_redeem(
		who: &T::AccountId,
		vault: VaultId,
		shares: u128,
		min_assets: u128,
	) -> Result<u64, DispatchError> {
		polkadot_sdk::frame_support::storage::with_storage_layer(|| {
			Self::do_request_redeem(who, vault, shares, min_assets)
		})
	}
}
