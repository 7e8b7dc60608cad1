//! # Rebalance of governed vaults by gauge weight
//!
//! A governed vault's allocation follows the gauge votes (`pallet-gauges`). With `w_s` the
//! strategy's gauge weight ([`plexus_primitives::AllocationWeights`]) and
//!
//! ```text
//! I = allocatable + Σ_s (debt_s + in_transit_s) − shortfall
//! ```
//!
//! the vault's investable assets (idle plus strategies, minus the idle buffer and pending
//! redemptions; `shortfall` is what idle lacks for those two, so redemptions that wait for
//! more than idle holds shrink the targets and the rebalance brings the difference back), a
//! strategy's target is `t_s = min(w_s·I, cap_s)` (0 once retired). The permissionless
//! [`Pallet::rebalance`] moves `|t_s − debt_s|` (an allocation bounded by the vault's
//! allocatable idle), once per epoch of [`Config::Epochs`] per strategy, and only when the
//! difference exceeds `t_s · rebalance_threshold_bps / 10 000` and `min_operation` (a full
//! exit, `t_s = 0`, always moves), so a call at a moment of a dust difference cannot use up
//! the epoch's rebalance nor the fee account. Deposits and redemptions of the epoch are netted
//! in the vault's idle before: only the difference crosses chains.
//!
//! Source: gauge-weighted allocation of Curve/Velodrome-style gauges, applied to vault debt.

use crate::{pallet::*, types::*};
use plexus_primitives::{
	bps,
	time::{now, EpochClock},
	AllocationWeights, StrategyId, VaultId, VaultInspect, VaultLiquidity,
};
use polkadot_sdk::{
	frame_support::ensure,
	sp_runtime::{traits::Zero, DispatchResult, Perbill},
};

impl<T: Config> Pallet<T> {
	/// `I = allocatable + Σ_s (debt_s + in_transit_s) − shortfall` of a vault, i.e. its
	/// assets minus the pending redemptions and the idle buffer: when redemptions wait for more
	/// than idle holds, the strategies' targets shrink by what is missing.
	pub fn investable(vault: VaultId) -> u128 {
		VaultStrategies::<T>::get(vault)
			.iter()
			.filter_map(Strategies::<T>::get)
			.fold(T::Vaults::allocatable(vault), |acc, s| {
				acc.saturating_add(s.debt).saturating_add(s.in_transit)
			})
			.saturating_sub(T::Vaults::idle_shortfall(vault))
	}

	/// The gauge target of a strategy of a governed vault: `min(w_s·I, cap_s)`.
	pub fn target_of(s: &StrategyOf<T>, id: StrategyId) -> u128 {
		let vault = s.params.vault;
		let weight: Perbill = T::Gauges::strategy_weight(vault, id);
		(weight * Self::investable(vault)).min(s.params.cap)
	}

	/// Allocates or deallocates toward the strategy's target, once per epoch.
	pub(crate) fn do_rebalance(id: StrategyId) -> DispatchResult {
		let mut s = Strategies::<T>::get(id).ok_or(Error::<T>::UnknownStrategy)?;
		let vault = s.params.vault;
		ensure!(T::Vaults::is_governed(vault), Error::<T>::NotGovernedVault);
		let epoch = T::Epochs::epoch_at(now::<T>());
		ensure!(s.last_rebalance != Some(epoch), Error::<T>::AlreadyRebalanced);
		ensure!(s.operation.is_none(), Error::<T>::OperationInFlight);
		let target = if s.status == StrategyStatus::Active { Self::target_of(&s, id) } else { 0 };
		s.last_rebalance = Some(epoch);
		let threshold = bps::to_perbill(s.params.rebalance_threshold_bps).mul_floor(target);
		let worth = |amount: u128, whole: bool| {
			amount > threshold && (amount >= s.params.min_operation || whole)
		};
		if target > s.debt {
			let amount = (target - s.debt).min(T::Vaults::allocatable(vault));
			ensure!(!amount.is_zero() && worth(amount, false), Error::<T>::NothingToRebalance);
			Self::do_allocate(id, s, amount)
		} else {
			let amount = s.debt - target;
			ensure!(
				!amount.is_zero() && worth(amount, target == 0),
				Error::<T>::NothingToRebalance
			);
			Self::do_deallocate(id, s, amount)
		}
	}
}
