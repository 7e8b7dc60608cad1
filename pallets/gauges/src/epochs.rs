//! # Epochs: the clock, rolling weight points, the keeper
//!
//! Epoch `e` covers blocks `[e·L, (e + 1)·L)`, `L = EpochLength` (at least one block). This
//! pallet is Plexus' one epoch clock: it implements
//! [`EpochClock`](plexus_primitives::time::EpochClock), through which `pallet-strategies` reads
//! the same epochs.
//!
//! Every gauge, and the sum of the emission gauges, keeps a weight point `(bias, slope)` for its
//! *open* epoch (the first one whose weight may still change; votes cast in epoch `e` count from
//! `e + 1`). Moving a point from its open epoch `t` to `t + 1` (veCRV's checkpoint):
//!
//! - the weight of `t` is final: stored in [`GaugeWeightAt`] (or [`EmissionTotalAt`]);
//! - `bias −= slope; slope −= ending(t + 1)`, `ending` the slopes of the votes whose lock ends
//!   at `t + 1` ([`SlopeChanges`], [`EmissionSlopeChanges`]);
//! - an emission gauge takes its emission rate for `t` (see [`crate::emissions`]);
//! - a point with no vote in force (or a killed gauge) jumps straight to the current epoch.
//!
//! One step reads one storage item, so a rollover is O(1) per gauge. The emission total is
//! rolled at the first block of each epoch by `on_initialize`; the gauges are rolled lazily by
//! the first call that touches them in an epoch (at most [`INLINE_STEPS`] epochs), by the keeper
//! in `on_initialize` (`KeeperGaugesPerBlock` gauges per block, resuming from
//! [`KeeperCursor`]), or by anyone with `checkpoint_gauge`. Reading the weight of a later epoch
//! ([`Pallet::gauge_weight_at`], [`Pallet::emission_total_at`]) walks the point forward without
//! writing.
//!
//! Source: Curve's `GaugeController` (`checkpoint_gauge`, `points_weight`, `changes_weight`).

use crate::{pallet::*, types::*, WeightInfo};
use plexus_primitives::time::{self, EpochClock};
use polkadot_sdk::{
	frame_support::{pallet_prelude::*, weights::Weight},
	frame_system::pallet_prelude::BlockNumberFor,
	sp_runtime::traits::{One, UniqueSaturatedInto},
};

/// How far a gauge may be behind for a call to move it along inline: one epoch. Further
/// behind, the keeper or `checkpoint_gauge` catches it up first.
pub(crate) const INLINE_STEPS: u32 = 1;

impl<T: Config> Pallet<T> {
	/// The current block as a `u32` (saturating), the unit of [`EmissionState::last_update`].
	pub fn now_block() -> u32 {
		time::now::<T>().unique_saturated_into()
	}

	/// Blocks per epoch as a `u32` (at least one).
	pub fn epoch_length() -> u32 {
		let length: u32 = T::EpochLength::get().unique_saturated_into();
		length.max(1)
	}

	/// The current epoch: `⌊block / EpochLength⌋`.
	pub fn current_epoch() -> EpochIndex {
		time::epoch_of(Self::now_block(), Self::epoch_length())
	}

	/// The first block of `epoch`: `epoch · EpochLength`, saturating.
	pub fn epoch_start(epoch: EpochIndex) -> u32 {
		time::epoch_start(epoch, Self::epoch_length())
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

	/// Moves a gauge one epoch on (its open epoch `t ≤ now`): the weight of `t` becomes final
	/// and is stored, an emission gauge takes its emission for `t`, and the votes ending at
	/// `t + 1` leave the slope. A gauge with no vote in force jumps to the current epoch.
	fn step_gauge(gauge: GaugeId, info: &mut GaugeInfo, now: EpochIndex) {
		let t = info.point.epoch;
		let emission = info.kind.is_emission();
		if info.status == GaugeStatus::Killed || info.point.point().is_zero() {
			if emission {
				Self::stop_emission(info, t, now);
			}
			info.point.epoch = now.saturating_add(1);
			return;
		}
		GaugeWeightAt::<T>::insert(gauge, t, info.point.bias);
		if emission {
			Self::start_emission_epoch(info, t);
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

	/// Loads a gauge and brings it (and the emission total) to the current epoch, moving it at
	/// most [`INLINE_STEPS`] epochs (`GaugeBehind` otherwise).
	pub(crate) fn current_gauge(gauge: GaugeId) -> Result<GaugeInfo, DispatchError> {
		Self::gauge_moved(gauge, INLINE_STEPS)
	}

	/// Loads a gauge and brings it (and the emission total) to the current epoch, moving it at
	/// most `max_steps` epochs (`GaugeBehind` otherwise).
	pub(crate) fn gauge_moved(gauge: GaugeId, max_steps: u32) -> Result<GaugeInfo, DispatchError> {
		let mut info = Gauges::<T>::get(gauge).ok_or(Error::<T>::UnknownGauge)?;
		Self::roll_emission_total();
		let (_, caught_up) = Self::advance(gauge, &mut info, max_steps);
		ensure!(caught_up, Error::<T>::GaugeBehind);
		Ok(info)
	}

	/// `checkpoint_gauge`: moves a gauge at most `max_steps` epochs toward the current one.
	/// Returns the steps taken.
	pub(crate) fn do_checkpoint_gauge(
		gauge: GaugeId,
		max_steps: u32,
	) -> Result<u32, DispatchError> {
		let mut info = Gauges::<T>::get(gauge).ok_or(Error::<T>::UnknownGauge)?;
		Self::roll_emission_total();
		let (steps, _) = Self::advance(gauge, &mut info, max_steps);
		Gauges::<T>::insert(gauge, info);
		Ok(steps)
	}

	/// The keeper: rolls the emission total (O(1) at the first block of an epoch) and moves up
	/// to `KeeperGaugesPerBlock` gauges one epoch on each, resuming where it stopped. Returns
	/// the weight it used.
	pub(crate) fn keeper() -> Weight {
		let total_steps = Self::roll_emission_total();
		let rolled = T::WeightInfo::roll_emission_total().saturating_mul(total_steps.into());
		let now = Self::current_epoch();
		let (stored_epoch, mut next) = KeeperCursor::<T>::get();
		let new_epoch = stored_epoch < now;
		if new_epoch {
			next = 0;
		}
		let end = NextGaugeId::<T>::get();
		if !new_epoch && next >= end {
			// Every gauge is in this epoch already: nothing to write.
			return T::WeightInfo::keeper(0).saturating_add(rolled);
		}
		let visited = Self::keep_gauges(now, &mut next, end);
		KeeperCursor::<T>::put((now, next));
		T::WeightInfo::keeper(visited).saturating_add(rolled)
	}

	/// The keeper's walk: from gauge `*next` (below `end`), visits at most
	/// `KeeperGaugesPerBlock` gauges, moving each one behind epoch `now` one epoch on; `*next`
	/// is left at the first gauge not yet in `now`. Returns the gauges visited.
	fn keep_gauges(now: EpochIndex, next: &mut GaugeId, end: GaugeId) -> u32 {
		let mut visited = 0;
		while *next < end && visited < T::KeeperGaugesPerBlock::get() {
			visited += 1;
			let Some(mut info) = Gauges::<T>::get(*next) else {
				*next += 1;
				continue;
			};
			if info.point.epoch > now {
				*next += 1;
				continue;
			}
			let (_, caught_up) = Self::advance(*next, &mut info, 1);
			Gauges::<T>::insert(*next, info);
			if caught_up {
				*next += 1;
			}
		}
		visited
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
}

/// Plexus' epoch clock: `EpochLength` blocks per epoch (at least one, as
/// [`Pallet::current_epoch`] counts them), read by `pallet-strategies`.
impl<T: Config> EpochClock<BlockNumberFor<T>> for Pallet<T> {
	fn epoch_length() -> BlockNumberFor<T> {
		T::EpochLength::get().max(One::one())
	}
}
