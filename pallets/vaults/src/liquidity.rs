//! What other pallets see of the vaults: [`VaultLiquidity`] for `pallet-strategies` (moving
//! liquidity, reporting gains and losses), [`VaultIntents`] for `pallet-intents` (terms, prices,
//! deposits and redemption requests on behalf of intents) and `pallet-assets`' `FrozenBalance`
//! for the campaign holds on share tokens.

use crate::{math, pallet::*, types::*};
use plexus_primitives::{SharePrice, VaultIntents, VaultLiquidity, VaultTerms};
use polkadot_sdk::{
	frame_support::{
		ensure,
		pallet_prelude::Get,
		traits::{
			fungibles::{Inspect, Mutate},
			tokens::{DepositConsequence, Provenance},
		},
	},
	frame_system,
	pallet_assets::FrozenBalance,
	sp_runtime::{
		self,
		traits::{MaybeEquivalence, Saturating},
		DispatchError, DispatchResult,
	},
};

impl<T: Config> Pallet<T> {
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

fn take<T: Config>(from: &mut u128, amount: u128, error: Error<T>) -> DispatchResult {
	*from = from.checked_sub(amount).ok_or(error)?;
	Ok(())
}

fn put<T: Config>(to: &mut u128, amount: u128) -> DispatchResult {
	*to = to.checked_add(amount).ok_or(Error::<T>::Overflow)?;
	Ok(())
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
		let now = frame_system::Pallet::<T>::block_number();
		let buffer = math::bps_of(info.total_assets(now), info.min_idle_bps);
		info.idle.saturating_sub(info.pending_assets).saturating_sub(buffer)
	}

	fn idle_shortfall(vault: VaultId) -> u128 {
		let Some(info) = Vaults::<T>::get(vault) else { return 0 };
		let now = frame_system::Pallet::<T>::block_number();
		let buffer = math::bps_of(info.total_assets(now), info.min_idle_bps);
		info.pending_assets.saturating_add(buffer).saturating_sub(info.idle)
	}

	fn total_assets(vault: VaultId) -> u128 {
		let now = frame_system::Pallet::<T>::block_number();
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

	/// The fee `gain · performance_fee_bps` (plus any fee carried) is minted as shares to the
	/// fee recipient at the current price and counts at once; the rest is locked and unlocks
	/// linearly over `ProfitUnlockPeriod`, together with profit still locked. A fee too small
	/// to mint is carried, outside the total assets, so the price per share never falls when
	/// it is paid.
	fn report_gain(vault: VaultId, gain: u128) -> DispatchResult {
		ensure!(gain > 0, Error::<T>::ZeroAmount);
		let now = frame_system::Pallet::<T>::block_number();
		let mut fee = 0;
		let mut fee_shares = 0;
		Self::mutate_vault(vault, |info| {
			let pool = info
				.pool(now, Self::share_supply(info), T::Delta::get())
				.ok_or(Error::<T>::Overflow)?;
			// This gain's fee, plus what earlier gains owed but could not mint.
			let owed = math::bps_of(gain, info.performance_fee_bps);
			let due = owed.checked_add(info.fee_carry).ok_or(Error::<T>::Overflow)?;
			let shares = pool.shares_for_fee(due).ok_or(Error::<T>::Overflow)?;
			let recipient = T::FeeRecipient::get();
			let mintable = shares > 0
				&& T::Assets::can_deposit(
					info.share_asset.clone(),
					&recipient,
					shares,
					Provenance::Minted,
				) == DepositConsequence::Success;
			// A fee whose shares the recipient cannot take yet (below the share token's
			// minimum balance) is carried to the next gain; the gain is reported all the same.
			(fee, fee_shares, info.fee_carry) =
				if mintable { (due, shares, 0) } else { (0, 0, due) };
			let locked_now = info.locked_profit_now(now);
			put::<T>(&mut info.debt, gain)?;
			// The fee part never unlocks to the holders: minted now, or carried (and left out
			// of the total assets until it is minted).
			let kept = gain.saturating_sub(owed);
			info.locked_profit = locked_now.checked_add(kept).ok_or(Error::<T>::Overflow)?;
			// Profit still locked (a partner reward unlocking until the campaign's end) never
			// unlocks sooner because of a new gain.
			let until = now.saturating_add(T::ProfitUnlockPeriod::get());
			info.unlock_until = if locked_now > 0 { info.unlock_until.max(until) } else { until };
			info.unlock_from = now;
			if fee_shares > 0 {
				T::Assets::mint_into(info.share_asset.clone(), &recipient, fee_shares)?;
			}
			Ok(())
		})?;
		Self::deposit_event(Event::GainReported { vault, gain, fee, fee_shares });
		Ok(())
	}

	/// The loss leaves the debt at once; profit still locked absorbs it first.
	fn report_loss(vault: VaultId, loss: u128) -> DispatchResult {
		ensure!(loss > 0, Error::<T>::ZeroAmount);
		let now = frame_system::Pallet::<T>::block_number();
		Self::mutate_vault(vault, |info| {
			take(&mut info.debt, loss, Error::<T>::InsufficientLiquidity)?;
			let locked_now = info.locked_profit_now(now);
			info.locked_profit = locked_now.saturating_sub(loss);
			info.unlock_from = now;
			if info.unlock_until < now {
				info.unlock_until = now;
			}
			Ok(())
		})?;
		Self::deposit_event(Event::LossReported { vault, loss });
		Ok(())
	}
}

/// Campaign shares are frozen in `pallet-assets` while they are held. Whether an asset is a
/// share token is computed (`ShareAssetId::convert_back`), so other assets cost no read.
impl<T: Config> FrozenBalance<AssetIdOf<T>, T::AccountId, u128> for Pallet<T> {
	fn frozen_balance(asset: AssetIdOf<T>, who: &T::AccountId) -> Option<u128> {
		let vault = T::ShareAssetId::convert_back(&asset)?;
		let hold = Holds::<T>::get(vault, who)?;
		(frame_system::Pallet::<T>::block_number() < hold.until).then_some(hold.shares)
	}

	fn died(asset: AssetIdOf<T>, who: &T::AccountId) {
		if let Some(vault) = T::ShareAssetId::convert_back(&asset) {
			Holds::<T>::remove(vault, who);
		}
	}

	fn contains_freezes(asset: AssetIdOf<T>) -> bool {
		T::ShareAssetId::convert_back(&asset)
			.and_then(|vault| Holds::<T>::iter_prefix(vault).next())
			.is_some()
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
		let now = frame_system::Pallet::<T>::block_number();
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
