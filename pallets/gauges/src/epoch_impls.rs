//! Epochs: rolling the weight points of the gauges and of the emission total from one epoch to
//! the next, streaming emissions, and the bounded keeper in `on_initialize`.

use crate::{math, pallet::*, types::*, WeightInfo};
use alloc::vec::Vec;
use plexus_primitives::AllocationWeights;
use polkadot_sdk::{
	frame_support::{pallet_prelude::*, weights::Weight},
	frame_system,
	sp_runtime::{traits::UniqueSaturatedInto, Perbill},
};

/// How far a gauge may be behind for a call to move it along inline: one epoch. Further
/// behind, the keeper or `checkpoint_gauge` catches it up first.
pub(crate) const INLINE_STEPS: u32 = 1;

impl<T: Config> Pallet<T> {
	/// The current block as a `u32`.
	pub fn now_block() -> u32 {
		frame_system::Pallet::<T>::block_number().unique_saturated_into()
	}

	/// Blocks per epoch (at least one).
	pub fn epoch_length() -> u32 {
		let length: u32 = T::EpochLength::get().unique_saturated_into();
		length.max(1)
	}

	/// The current epoch: `block / EpochLength`.
	pub fn current_epoch() -> EpochIndex {
		Self::now_block() / Self::epoch_length()
	}

	/// The first block of `epoch`.
	pub fn epoch_start(epoch: EpochIndex) -> u32 {
		epoch.saturating_mul(Self::epoch_length())
	}

	/// Most steps any point ever needs: after `MaxLockEpochs` epochs every vote has ended.
	pub(crate) fn max_steps() -> u32 {
		T::MaxLockEpochs::get().saturating_add(1)
	}

	/// Moves the emission total to the current epoch, storing the final totals of the epochs
	/// it passes: one step per epoch (one at the first block of each epoch, run by
	/// `on_initialize`), and a jump (counted as one step) when no vote is in force. Returns the
	/// steps taken: zero when the total is in the current epoch already.
	pub(crate) fn roll_emission_total() -> u32 {
		let now = Self::current_epoch();
		let mut total = EmissionTotal::<T>::get();
		if total.epoch > now {
			return 0;
		}
		let mut steps = 0;
		while total.epoch <= now && steps < Self::max_steps() {
			steps += 1;
			if total.point().is_zero() {
				total.epoch = now.saturating_add(1);
				break;
			}
			EmissionTotalAt::<T>::insert(total.epoch, total.bias);
			let next = total.epoch.saturating_add(1);
			total.set(total.point().next(EmissionSlopeChanges::<T>::take(next)));
			total.epoch = next;
		}
		EmissionTotal::<T>::put(total);
		steps
	}

	/// Streams the gauge's emission rate into its accumulator up to block `to` (never past the
	/// end of the rate's epoch).
	fn accrue_emission(info: &mut GaugeInfo, to: u32) {
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

	/// Moves a gauge one epoch on (its open epoch `t ≤ now`): the weight of `t` becomes final
	/// and is stored, an emission gauge takes its emission for `t`, and the votes ending at
	/// `t + 1` leave the slope. A gauge with no vote in force jumps to the current epoch.
	fn step_gauge(gauge: GaugeId, info: &mut GaugeInfo, now: EpochIndex) {
		let t = info.point.epoch;
		let emission = info.kind.is_emission();
		if info.status == GaugeStatus::Killed || info.point.point().is_zero() {
			if emission {
				Self::accrue_emission(info, Self::epoch_start(t));
				info.emission.rate_epoch = now;
				info.emission.rate = 0;
			}
			info.point.epoch = now.saturating_add(1);
			return;
		}
		GaugeWeightAt::<T>::insert(gauge, t, info.point.bias);
		if emission {
			Self::accrue_emission(info, Self::epoch_start(t));
			info.emission.rate_epoch = t;
			info.emission.rate = math::pro_rata(
				T::EmissionPerEpoch::get(),
				info.point.bias,
				EmissionTotalAt::<T>::get(t),
			);
		}
		let next = t.saturating_add(1);
		info.point.set(info.point.point().next(SlopeChanges::<T>::take(gauge, next)));
		info.point.epoch = next;
	}

	/// Moves a gauge at most `max_steps` epochs toward the current one and, once there, accrues
	/// its emissions to the current block. Returns `(steps, caught up)`. The emission total
	/// must have been rolled first.
	pub(crate) fn advance(gauge: GaugeId, info: &mut GaugeInfo, max_steps: u32) -> (u32, bool) {
		let now = Self::current_epoch();
		let mut steps = 0;
		while info.point.epoch <= now {
			if steps >= max_steps {
				return (steps, false);
			}
			Self::step_gauge(gauge, info, now);
			steps += 1;
		}
		if info.kind.is_emission() {
			Self::accrue_emission(info, Self::now_block());
		}
		(steps, true)
	}

	/// The keeper: rolls the emission total (O(1) at the first block of an epoch) and moves up
	/// to `KeeperGaugesPerBlock` gauges one epoch on each, resuming where it stopped. Returns
	/// the weight it used.
	pub(crate) fn keeper() -> Weight {
		let total_steps = Self::roll_emission_total();
		let now = Self::current_epoch();
		let (stored_epoch, mut next) = KeeperCursor::<T>::get();
		let new_epoch = stored_epoch < now;
		if new_epoch {
			next = 0;
		}
		let end = NextGaugeId::<T>::get();
		if !new_epoch && next >= end {
			// Every gauge is in this epoch already: nothing to write.
			return T::WeightInfo::keeper(0).saturating_add(
				T::WeightInfo::roll_emission_total().saturating_mul(total_steps.into()),
			);
		}
		let mut visited = 0;
		while next < end && visited < T::KeeperGaugesPerBlock::get() {
			visited += 1;
			let Some(mut info) = Gauges::<T>::get(next) else {
				next += 1;
				continue;
			};
			if info.point.epoch > now {
				next += 1;
				continue;
			}
			let (_, caught_up) = Self::advance(next, &mut info, 1);
			Gauges::<T>::insert(next, info);
			if caught_up {
				next += 1;
			}
		}
		KeeperCursor::<T>::put((now, next));
		T::WeightInfo::keeper(visited)
			.saturating_add(T::WeightInfo::roll_emission_total().saturating_mul(total_steps.into()))
	}

	/// The weight of a gauge at `epoch`, vote units: stored when final, otherwise worked out
	/// from its point without writing anything (bounded by `MaxLockEpochs + 1` reads).
	pub fn gauge_weight_at(gauge: GaugeId, info: &GaugeInfo, epoch: EpochIndex) -> u128 {
		if epoch < info.point.epoch {
			return GaugeWeightAt::<T>::get(gauge, epoch);
		}
		if info.status == GaugeStatus::Killed {
			return 0;
		}
		let mut point = info.point.point();
		let mut t = info.point.epoch;
		while t < epoch {
			if point.is_zero() || t.saturating_sub(info.point.epoch) > Self::max_steps() {
				return 0;
			}
			t = t.saturating_add(1);
			point = point.next(SlopeChanges::<T>::get(gauge, t));
		}
		point.bias
	}

	/// The total weight of the emission gauges at `epoch`, vote units (stored when final,
	/// otherwise worked out without writing).
	pub fn emission_total_at(epoch: EpochIndex) -> u128 {
		let total = EmissionTotal::<T>::get();
		if epoch < total.epoch {
			return EmissionTotalAt::<T>::get(epoch);
		}
		let mut point = total.point();
		let mut t = total.epoch;
		while t < epoch {
			if point.is_zero() || t.saturating_sub(total.epoch) > Self::max_steps() {
				return 0;
			}
			t = t.saturating_add(1);
			point = point.next(EmissionSlopeChanges::<T>::get(t));
		}
		point.bias
	}

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
