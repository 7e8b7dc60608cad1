//! The runtime API of the gauges: voting power, gauge weights, target allocations and what an
//! account can claim, for polkadot.js, the node's `plexus_` RPC and wallets.

use crate::{math, pallet::*, types::*};
use alloc::vec::Vec;
use codec::{Codec, Decode, Encode};
use polkadot_sdk::{
	frame_support::{
		pallet_prelude::Get,
		storage::{with_transaction, TransactionOutcome},
	},
	sp_api,
	sp_runtime::{DispatchError, Perbill},
};
use scale_info::TypeInfo;

/// A gauge as the API shows it. Weights are vote units (`Σ lock·bps·epochs left`); relative
/// weights are within the gauge's group (the allocation gauges of its vault, or all emission
/// gauges).
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, TypeInfo)]
pub struct GaugeSummary {
	/// The gauge.
	pub id: GaugeId,
	/// What it steers.
	pub kind: GaugeKind,
	/// Whether it takes votes.
	pub status: GaugeStatus,
	/// Weight in the current epoch (final), vote units.
	pub weight_current: u128,
	/// Weight in the next epoch with the votes cast so far, vote units.
	pub weight_next: u128,
	/// Relative weight in the current epoch.
	pub relative_current: Perbill,
	/// Relative weight in the next epoch so far.
	pub relative_next: Perbill,
	/// Emission of the gauge in the current epoch, planck of PLX (zero for allocation gauges).
	pub emission_current: u128,
	/// Shares staked (emission gauges), planck.
	pub staked: u128,
}

/// One strategy's place in a governed vault's target allocation.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, TypeInfo)]
pub struct AllocationTarget {
	/// The strategy.
	pub strategy: StrategyId,
	/// Its allocation gauge.
	pub gauge: GaugeId,
	/// Relative weight in the current epoch: the share of the allocatable assets it targets.
	pub current: Perbill,
	/// Relative weight in the next epoch with the votes cast so far.
	pub next: Perbill,
}

/// A co-incentive an account can claim.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, TypeInfo)]
pub struct ClaimableIncentive<AssetId> {
	/// The epoch.
	pub epoch: EpochIndex,
	/// The asset.
	pub asset: AssetId,
	/// Amount, planck.
	pub amount: u128,
}

sp_api::decl_runtime_apis! {
	/// What polkadot.js and the node's RPC read of the gauges.
	pub trait GaugesApi<AccountId, AssetId>
	where
		AccountId: Codec,
		AssetId: Codec,
	{
		/// The current epoch.
		fn current_epoch() -> EpochIndex;
		/// Voting power of `who` at `epoch` (the current one if `None`), planck of PLX.
		fn voting_power(who: AccountId, epoch: Option<EpochIndex>) -> u128;
		/// The lock of `who`.
		fn lock_of(who: AccountId) -> Option<LockInfo>;
		/// The gauges `who` votes for: `(gauge, bps, end of the lock the vote was cast with)`.
		fn votes_of(who: AccountId) -> Vec<(GaugeId, u16, EpochIndex)>;
		/// A gauge, if it exists.
		fn gauge(gauge: GaugeId) -> Option<GaugeSummary>;
		/// All gauges (at most `MaxGauges`).
		fn gauges() -> Vec<GaugeSummary>;
		/// The target allocation of a governed vault across its strategies.
		fn allocation(vault: VaultId) -> Vec<AllocationTarget>;
		/// PLX `who` can claim from an emission gauge now, planck.
		fn claimable_emissions(who: AccountId, gauge: GaugeId) -> u128;
		/// Co-incentives `who` can claim from a gauge now (the next `MaxClaimEpochs` epochs of
		/// its votes).
		fn claimable_incentives(who: AccountId, gauge: GaugeId) -> Vec<ClaimableIncentive<AssetId>>;
	}
}

impl<T: Config> Pallet<T> {
	/// A gauge as the API shows it.
	pub fn gauge_summary(id: GaugeId) -> Option<GaugeSummary> {
		let info = Gauges::<T>::get(id)?;
		let now = Self::current_epoch();
		let next = now.saturating_add(1);
		let weight_current = Self::gauge_weight_at(id, &info, now);
		let weight_next = Self::gauge_weight_at(id, &info, next);
		let (relative_current, relative_next) = match info.kind {
			GaugeKind::Emission { .. } => (
				Perbill::from_rational(weight_current, Self::emission_total_at(now).max(1)),
				Perbill::from_rational(weight_next, Self::emission_total_at(next).max(1)),
			),
			GaugeKind::Allocation { vault, .. } => {
				let find = |epoch| {
					Self::allocation_at(vault, epoch)
						.into_iter()
						.find(|(_, g, _, _)| *g == id)
						.map(|(_, _, _, r)| r)
						.unwrap_or_default()
				};
				(find(now), find(next))
			},
		};
		let emission_current = if info.kind.is_emission() && info.status == GaugeStatus::Active {
			math::pro_rata(T::EmissionPerEpoch::get(), weight_current, Self::emission_total_at(now))
		} else {
			0
		};
		Some(GaugeSummary {
			id,
			kind: info.kind,
			status: info.status,
			weight_current,
			weight_next,
			relative_current,
			relative_next,
			emission_current,
			staked: info.emission.staked,
		})
	}

	/// All gauges as the API shows them.
	pub fn gauge_summaries() -> Vec<GaugeSummary> {
		(0..NextGaugeId::<T>::get()).filter_map(Self::gauge_summary).collect()
	}

	/// The target allocation of a governed vault.
	pub fn allocation_targets(vault: VaultId) -> Vec<AllocationTarget> {
		let now = Self::current_epoch();
		let next = Self::allocation_at(vault, now.saturating_add(1));
		Self::allocation_at(vault, now)
			.into_iter()
			.zip(next)
			.map(|((strategy, gauge, _, current), (_, _, _, next))| AllocationTarget {
				strategy,
				gauge,
				current,
				next,
			})
			.collect()
	}

	/// PLX `who` can claim from an emission gauge now, planck (zero if it is not one).
	pub fn claimable_emissions(who: &T::AccountId, gauge: GaugeId) -> u128 {
		// Bring the gauge up to date as a claim would, then drop every change.
		with_transaction(|| {
			let pending = Self::settled_stake(who, gauge, Self::max_steps())
				.map(|(_, stake)| stake.pending)
				.unwrap_or(0);
			TransactionOutcome::Rollback(Ok::<_, DispatchError>(pending))
		})
		.unwrap_or(0)
	}

	/// Co-incentives `who` can claim from `gauge` now (walking at most `MaxClaimEpochs`).
	pub fn claimable_incentives(
		who: &T::AccountId,
		gauge: GaugeId,
	) -> Vec<ClaimableIncentive<AssetIdOf<T>>> {
		let Some(info) = Gauges::<T>::get(gauge) else { return Vec::new() };
		let now = Self::current_epoch();
		let mut budget = T::MaxClaimEpochs::get();
		let mut out = Vec::new();
		let archived = ArchivedVoteSlots::<T>::iter_prefix_values((who, gauge));
		for slot in VoteSlots::<T>::get(who, gauge).into_iter().chain(archived) {
			if budget == 0 {
				break;
			}
			let mut epoch = slot.claimed_from;
			let stop = slot.last_epoch_exclusive().min(now);
			while epoch < stop && budget > 0 {
				let weight = slot.weight_at(epoch);
				if weight > 0 {
					let total = Self::gauge_weight_at(gauge, &info, epoch);
					for pot in Incentives::<T>::get(gauge, epoch).iter() {
						let amount = math::pro_rata(pot.amount, weight, total)
							.min(pot.amount.saturating_sub(pot.claimed));
						if amount > 0 {
							out.push(ClaimableIncentive {
								epoch,
								asset: pot.asset.clone(),
								amount,
							});
						}
					}
				}
				epoch = epoch.saturating_add(1);
				budget -= 1;
			}
		}
		out
	}
}
