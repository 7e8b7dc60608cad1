//! # Allocation: a governed vault's target allocation from its allocation gauges
//!
//! The allocation gauges of a governed vault (one per strategy) split its assets: strategy `s`'s
//! target share at epoch `e` is its gauge's relative weight in the vault's group,
//!
//! `w_s(e) = W_s(e) / Σ_{s'} W_{s'}(e)`, rounded down ([`crate::math::relative_weights`]),
//!
//! so the parts sum to 100% less at most one part per gauge (all zero while no vote is in
//! force). `pallet-strategies` reads it through [`AllocationWeights`]; votes cast in an epoch
//! move the target at the next epoch.

use crate::{math, pallet::*, types::*};
use alloc::vec::Vec;
use plexus_primitives::AllocationWeights;
use polkadot_sdk::sp_runtime::Perbill;

impl<T: Config> Pallet<T> {
	/// The relative weights of a vault's allocation gauges at `epoch`: `(strategy, gauge,
	/// weight, relative weight)`.
	pub fn allocation_at(
		vault: VaultId,
		epoch: EpochIndex,
	) -> Vec<(StrategyId, GaugeId, u128, Perbill)> {
		let gauges = AllocationGauges::<T>::get(vault);
		let weights: Vec<u128> = gauges
			.iter()
			.map(|(_, g)| {
				Gauges::<T>::get(g).map(|info| Self::gauge_weight_at(*g, &info, epoch)).unwrap_or(0)
			})
			.collect();
		gauges
			.iter()
			.zip(weights.iter())
			.zip(math::relative_weights(&weights))
			.map(|(((s, g), w), r)| (*s, *g, *w, r))
			.collect()
	}
}

impl<T: Config> AllocationWeights for Pallet<T> {
	fn strategy_weights(vault: VaultId) -> Vec<(StrategyId, Perbill)> {
		Self::allocation_at(vault, Self::current_epoch())
			.into_iter()
			.map(|(s, _, _, r)| (s, r))
			.collect()
	}
}
