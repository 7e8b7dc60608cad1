//! # Invariants (`try_state`)
//!
//! What must hold after every block, checked by `try-runtime` and after the tests:
//!
//! - each active gauge's point `(bias, slope)` is the exact sum of `(weight, slope)` of the votes
//!   in force in its open epoch;
//! - each emission gauge's `staked` is the sum of its stakes, the pallet account holds at least
//!   that of the share token, and every stake is 0 or at least the share's minimum balance;
//! - no pot pays more than it holds, and every pot is the sum of its depositors' parts.

use crate::{pallet::*, types::*};
use alloc::collections::btree_map::BTreeMap;
use plexus_primitives::VaultInspect;
use polkadot_sdk::{
	frame_support::{pallet_prelude::*, traits::fungibles::Inspect as _},
	sp_runtime::TryRuntimeError,
};

impl<T: Config> Pallet<T> {
	/// Checks the gauges' invariants: each active gauge's point is the exact sum of the votes in
	/// force in its open epoch, staked shares add up, pots are never over-claimed.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let sums = Self::vote_sums()?;
		let mut staked: BTreeMap<GaugeId, u128> = BTreeMap::new();
		for (gauge, _, stake) in Stakes::<T>::iter() {
			let sum = staked.entry(gauge).or_default();
			*sum = sum.saturating_add(stake.amount);
		}
		for (gauge, info) in Gauges::<T>::iter() {
			if info.status == GaugeStatus::Active {
				let (bias, slope) = sums.get(&gauge).copied().unwrap_or_default();
				ensure!(info.point.bias == bias, "gauge bias is not the sum of its votes");
				ensure!(info.point.slope == slope, "gauge slope is not the sum of its votes");
			}
			ensure!(
				info.emission.staked == staked.get(&gauge).copied().unwrap_or_default(),
				"staked shares do not add up"
			);
			Self::check_stakes(gauge, &info)?;
		}
		Self::check_pots()
	}

	/// `(bias, slope)` of the votes in force in each gauge's open epoch.
	fn vote_sums() -> Result<BTreeMap<GaugeId, (u128, u128)>, TryRuntimeError> {
		let mut sums: BTreeMap<GaugeId, (u128, u128)> = BTreeMap::new();
		for (_, gauge, slots) in VoteSlots::<T>::iter() {
			let Some(info) = Gauges::<T>::get(gauge) else {
				return Err("vote on an unknown gauge".into());
			};
			let open = info.point.epoch;
			let entry = sums.entry(gauge).or_default();
			for slot in slots.iter() {
				let weight = slot.weight_at(open);
				if weight > 0 {
					entry.0 = entry.0.saturating_add(weight);
					entry.1 = entry.1.saturating_add(slot.slope);
				}
			}
		}
		Ok(sums)
	}

	/// An emission gauge's stakes: held by the pallet account, none below the share's minimum
	/// balance.
	fn check_stakes(gauge: GaugeId, info: &GaugeInfo) -> Result<(), TryRuntimeError> {
		if let Some(share) =
			info.kind.is_emission().then(|| T::Vaults::share_asset(info.kind.vault())).flatten()
		{
			let held = T::Assets::balance(share.clone(), &Self::account_id());
			ensure!(held >= info.emission.staked, "the pallet account holds less than the stakes");
			let min = T::Assets::minimum_balance(share);
			ensure!(
				Stakes::<T>::iter_prefix(gauge).all(|(_, s)| s.amount == 0 || s.amount >= min),
				"a stake is below the share's minimum balance"
			);
		}
		Ok(())
	}

	/// Pots: never over-claimed, each the sum of its depositors' parts.
	fn check_pots() -> Result<(), TryRuntimeError> {
		for (gauge, epoch, pots) in Incentives::<T>::iter() {
			ensure!(pots.iter().all(|p| p.claimed <= p.amount), "a pot paid more than it holds");
			for pot in pots.iter() {
				let parts = IncentiveDeposits::<T>::iter_prefix((gauge, epoch))
					.filter(|((_, asset), _)| *asset == pot.asset)
					.fold(0u128, |sum, (_, part)| sum.saturating_add(part));
				ensure!(parts == pot.amount, "a pot is not the sum of its deposits");
			}
		}
		Ok(())
	}
}
