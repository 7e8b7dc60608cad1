//! # Emissions: PLX streamed to the vault shares staked in emission gauges
//!
//! [`Config::EmissionPerEpoch`] PLX, `E`, is split each epoch over the active emission gauges by
//! relative weight: gauge `g` gets `rate_g(e) = E·W_g(e)/W_total(e)` planck in epoch `e`
//! (rounded down; [`crate::math::pro_rata`]), set when the gauge's point leaves epoch `e`
//! ([`crate::epochs`]). The rate streams evenly over the epoch's blocks into a reward-per-share
//! accumulator:
//!
//! - `acc += (rate·blocks/L)·10^18/staked` for `blocks` blocks of the epoch (`L` its length);
//! - a stake of `s` shares earns `s·(acc_now − acc_then)/10^18` ([`crate::math::earned`]), kept
//!   in its `pending` on every stake, unstake and claim, so each is O(1).
//!
//! Emissions are minted when claimed (`claim_emissions`); what accrues while nothing is staked
//! is never minted. Stakes are 0 or at least the share token's minimum balance, so an unstake
//! never leaves dust in the pallet account.
//!
//! Source: the reward-per-share accumulator of SushiSwap's MasterChef and Synthetix'
//! `StakingRewards`; Curve's gauge emissions by relative weight.

use crate::{epochs::INLINE_STEPS, math, pallet::*, types::*};
use plexus_primitives::VaultInspect;
use polkadot_sdk::{
	frame_support::{
		pallet_prelude::*,
		traits::{
			fungible::Mutate as _,
			fungibles::{Inspect as _, Mutate as _},
			tokens::{Fortitude, Preservation},
		},
	},
	sp_runtime::DispatchResult,
};

impl<T: Config> Pallet<T> {
	/// Streams the gauge's emission rate into its accumulator up to block `to` (never past the
	/// end of the rate's epoch).
	pub(crate) fn accrue_emission(info: &mut GaugeInfo, to: u32) {
		let emission = &mut info.emission;
		if to <= emission.last_update {
			return;
		}
		let rate_end = Self::epoch_start(emission.rate_epoch.saturating_add(1));
		let until = to.min(rate_end);
		if until > emission.last_update && emission.rate > 0 {
			let blocks = until.saturating_sub(emission.last_update);
			let reward = math::pro_rata(emission.rate, blocks.into(), Self::epoch_length().into());
			emission.acc = math::accrue(emission.acc, reward, emission.staked);
		}
		emission.last_update = to;
	}

	/// An emission gauge whose point leaves epoch `t` with no weight (no vote in force, or
	/// killed): the emission up to `t` is accrued and nothing is emitted until epoch `now`.
	pub(crate) fn stop_emission(info: &mut GaugeInfo, t: EpochIndex, now: EpochIndex) {
		Self::accrue_emission(info, Self::epoch_start(t));
		info.emission.rate_epoch = now;
		info.emission.rate = 0;
	}

	/// An emission gauge whose weight of epoch `t` is final: the emission up to `t` is accrued
	/// and its rate for `t` is `EmissionPerEpoch·W_g(t)/W_total(t)`.
	pub(crate) fn start_emission_epoch(info: &mut GaugeInfo, t: EpochIndex) {
		Self::accrue_emission(info, Self::epoch_start(t));
		info.emission.rate_epoch = t;
		info.emission.rate = math::pro_rata(
			T::EmissionPerEpoch::get(),
			info.point.bias,
			EmissionTotalAt::<T>::get(t),
		);
	}

	/// Loads an emission gauge at the current block (moving it at most `max_steps` epochs) and
	/// the account's stake in it, with what the stake earned so far moved to `pending`.
	pub(crate) fn settled_stake(
		who: &T::AccountId,
		gauge: GaugeId,
		max_steps: u32,
	) -> Result<(GaugeInfo, StakeInfo), DispatchError> {
		let info = Self::gauge_moved(gauge, max_steps)?;
		ensure!(info.kind.is_emission(), Error::<T>::NotEmissionGauge);
		let mut stake = Stakes::<T>::get(gauge, who).unwrap_or_default();
		let earned = math::earned(stake.amount, stake.acc_snapshot, info.emission.acc);
		stake.pending = stake.pending.checked_add(earned).ok_or(Error::<T>::Overflow)?;
		stake.acc_snapshot = info.emission.acc;
		Ok((info, stake))
	}

	/// Stores a gauge and an account's stake in it (removing an empty stake).
	fn store_stake(who: &T::AccountId, gauge: GaugeId, info: GaugeInfo, stake: StakeInfo) {
		Gauges::<T>::insert(gauge, info);
		if stake.amount == 0 && stake.pending == 0 {
			Stakes::<T>::remove(gauge, who);
		} else {
			Stakes::<T>::insert(gauge, who, stake);
		}
	}

	/// `stake`: moves `amount` shares of the gauge's vault from `who` to the pallet account.
	pub(crate) fn do_stake(who: T::AccountId, gauge: GaugeId, amount: u128) -> DispatchResult {
		ensure!(amount > 0, Error::<T>::ZeroAmount);
		let (mut info, mut stake) = Self::settled_stake(&who, gauge, INLINE_STEPS)?;
		ensure!(info.status == GaugeStatus::Active, Error::<T>::GaugeNotActive);
		let share = T::Vaults::share_asset(info.kind.vault()).ok_or(Error::<T>::UnknownVault)?;
		ensure!(
			T::Assets::reducible_balance(
				share.clone(),
				&who,
				Preservation::Expendable,
				Fortitude::Polite
			) >= amount,
			Error::<T>::InsufficientBalance
		);
		stake.amount = stake.amount.checked_add(amount).ok_or(Error::<T>::Overflow)?;
		Self::ensure_stake_size(&share, stake.amount)?;
		info.emission.staked =
			info.emission.staked.checked_add(amount).ok_or(Error::<T>::Overflow)?;
		let keep = plexus_primitives::transfer::keeping_minimum::<T::Assets, _>(
			share.clone(),
			&who,
			amount,
		)
		.ok_or(Error::<T>::RemainderBelowMinimum)?;
		T::Assets::transfer(share, &who, &Self::account_id(), amount, keep)?;
		Self::store_stake(&who, gauge, info, stake);
		Self::deposit_event(Event::Staked { who, gauge, amount });
		Ok(())
	}

	/// `StakeBelowMinimum` unless a stake of `amount` is 0 or at least the share's minimum
	/// balance. Every stake being so, what the pallet account holds of a share is 0 or at
	/// least its minimum balance after any unstake: an unstake never leaves dust that
	/// `pallet-assets` would move to the unstaker (other stakers' shares) or burn.
	fn ensure_stake_size(share: &AssetIdOf<T>, amount: u128) -> DispatchResult {
		let min = T::Assets::minimum_balance(share.clone());
		ensure!(amount == 0 || amount >= min, Error::<T>::StakeBelowMinimum);
		Ok(())
	}

	/// `unstake`: returns `amount` staked shares to `who`; what they earned stays pending.
	pub(crate) fn do_unstake(who: T::AccountId, gauge: GaugeId, amount: u128) -> DispatchResult {
		ensure!(amount > 0, Error::<T>::ZeroAmount);
		let (mut info, mut stake) = Self::settled_stake(&who, gauge, INLINE_STEPS)?;
		stake.amount = stake.amount.checked_sub(amount).ok_or(Error::<T>::InsufficientStake)?;
		info.emission.staked = info.emission.staked.saturating_sub(amount);
		let share = T::Vaults::share_asset(info.kind.vault()).ok_or(Error::<T>::UnknownVault)?;
		Self::ensure_stake_size(&share, stake.amount)?;
		T::Assets::transfer(share, &Self::account_id(), &who, amount, Preservation::Expendable)?;
		Self::store_stake(&who, gauge, info, stake);
		Self::deposit_event(Event::Unstaked { who, gauge, amount });
		Ok(())
	}

	/// `claim_emissions`: mints the PLX `who`'s stake has earned.
	pub(crate) fn do_claim_emissions(who: T::AccountId, gauge: GaugeId) -> DispatchResult {
		let (info, mut stake) = Self::settled_stake(&who, gauge, INLINE_STEPS)?;
		let amount = stake.pending;
		ensure!(amount > 0, Error::<T>::NothingToClaim);
		T::Currency::mint_into(&who, amount)?;
		stake.pending = 0;
		Self::store_stake(&who, gauge, info, stake);
		Self::deposit_event(Event::EmissionsClaimed { who, gauge, amount });
		Ok(())
	}
}
