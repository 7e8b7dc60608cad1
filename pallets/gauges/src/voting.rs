//! # Votes: vote-escrowed PLX spread over gauges
//!
//! A locker spreads up to `MAX_BPS` (10 000 bps) of its voting power over gauges (`vote`). A
//! vote of `b` bps cast in epoch `now` with the lock as it was when `now` began (`a` planck
//! ending at `end`, see [`crate::vote_escrow`]) counts from the next epoch, `open = now + 1`:
//!
//! - it puts the slope `c = a·b` on the gauge ([`crate::math::vote_slope`]);
//! - its weight at epoch `e` is `c·(end − e)` vote units for `open ≤ e < end`
//!   ([`VoteSlot::weight_at`]), so votes decay with their lock and nobody "pokes" stale votes;
//! - a gauge's weight is the exact sum `W_g(e) = Σ c_v·(end_v − e)` of the votes in force,
//!   kept as a point `(bias, slope)` plus the slope ending at each future epoch
//!   ([`SlopeChanges`]; rolled in [`crate::epochs`]); an emission gauge's votes are also added
//!   to the emission total.
//!
//! Each gauge's vote of an account changes at most once per epoch (`VoteTooSoon`). A new vote
//! replaces the current one (its weight leaves the gauge from `open` on); the replaced vote
//! stays in the account's [`VoteSlots`] until its co-incentives are claimed, and a full history
//! moves its oldest vote to [`ArchivedVoteSlots`], so unclaimed co-incentives never block a
//! vote. 0 bps withdraws the vote.
//!
//! Source: Curve's `GaugeController` (`vote_for_gauge_weights`: bias/slope points,
//! `slope_changes`, votes effective from the next period).

use crate::{epochs::INLINE_STEPS, math, pallet::*, types::*};
use plexus_primitives::bps::MAX_BPS;
use polkadot_sdk::{frame_support::pallet_prelude::*, sp_runtime::DispatchResult};

/// The votes of an account on one gauge ([`VoteSlots`]).
type SlotsOf<T> = BoundedVec<VoteSlot, <T as Config>::MaxVoteHistory>;

impl VoteSlot {
	/// The voter's weight on the gauge at epoch `epoch`, vote units.
	pub fn weight_at(&self, epoch: EpochIndex) -> u128 {
		if epoch < self.since || self.until.is_some_and(|u| epoch >= u) {
			return 0;
		}
		math::vote_weight(self.slope, self.end, epoch).unwrap_or(0)
	}

	/// The first epoch in which the vote weighs nothing for good.
	pub fn last_epoch_exclusive(&self) -> EpochIndex {
		self.until.map_or(self.end, |u| u.min(self.end))
	}

	/// Whether every epoch the vote weighed in has had its co-incentives claimed.
	pub fn fully_claimed(&self) -> bool {
		self.until.is_some() && self.claimed_from >= self.last_epoch_exclusive()
	}
}

impl<T: Config> Pallet<T> {
	/// `vote`: sets `who`'s votes on the listed gauges from the next epoch. Returns how many of
	/// the listed gauges had to be moved one epoch on, and whether the emission total had to be
	/// rolled (`on_initialize` normally has).
	pub(crate) fn do_vote(
		who: T::AccountId,
		votes: BoundedVec<(GaugeId, u16), T::MaxVotes>,
	) -> Result<(u32, bool), DispatchError> {
		let now = Self::current_epoch();
		let open = now.saturating_add(1);
		let lock = Locks::<T>::get(&who).ok_or(Error::<T>::NoVotingPower)?;
		let (amount, end) = lock.voting_lock(now);
		ensure!(amount > 0 && end > open, Error::<T>::NoVotingPower);
		for (i, (gauge, _)) in votes.iter().enumerate() {
			ensure!(votes.iter().skip(i + 1).all(|(g, _)| g != gauge), Error::<T>::DuplicateGauge);
		}
		let rolled = Self::roll_emission_total() > 0;
		let mut moved = 0u32;
		let mut current = VotesOf::<T>::get(&who);
		// Votes cast with a lock that has ended by the next epoch hold no bps any more.
		current.retain(|(_, _, vote_end)| *vote_end > open);

		for (gauge, bps) in votes {
			let (info, slots, weight, steps) =
				Self::prepare_vote(&who, gauge, bps, (amount, end), open)?;
			moved = moved.saturating_add(steps.min(1));
			current.retain(|(g, _, _)| *g != gauge);
			if bps > 0 {
				current.try_push((gauge, bps, end)).map_err(|_| Error::<T>::TooManyVotes)?;
			}
			Self::store_vote(&who, gauge, info, slots);
			Self::deposit_event(Event::Voted { who: who.clone(), gauge, bps, weight, epoch: open });
		}
		let total_bps =
			current.iter().fold(0u32, |acc, (_, bps, _)| acc.saturating_add((*bps).into()));
		ensure!(total_bps <= MAX_BPS.into(), Error::<T>::TooMuchWeight);
		if current.is_empty() {
			VotesOf::<T>::remove(&who);
		} else {
			VotesOf::<T>::insert(&who, current);
		}
		Ok((moved, rolled))
	}

	/// One vote of `bps` of `who` on `gauge`, counting from epoch `open`, with the lock
	/// `(amount, end)`: the gauge (moved to the current epoch) and `who`'s slots on it with the
	/// current vote replaced, not yet stored. Returns them with the new vote's weight at `open`
	/// and the epochs the gauge was moved.
	fn prepare_vote(
		who: &T::AccountId,
		gauge: GaugeId,
		bps: u16,
		(amount, end): (u128, EpochIndex),
		open: EpochIndex,
	) -> Result<(GaugeInfo, SlotsOf<T>, u128, u32), DispatchError> {
		ensure!(bps <= MAX_BPS, Error::<T>::TooMuchWeight);
		let mut info = Gauges::<T>::get(gauge).ok_or(Error::<T>::UnknownGauge)?;
		ensure!(bps == 0 || info.status == GaugeStatus::Active, Error::<T>::GaugeNotActive);
		let (steps, caught_up) = Self::advance(gauge, &mut info, INLINE_STEPS);
		ensure!(caught_up, Error::<T>::GaugeBehind);

		let mut slots = VoteSlots::<T>::get(who, gauge);
		Self::end_current_vote(gauge, &mut info, &mut slots, open)?;
		let mut weight = 0;
		if bps > 0 {
			slots.retain(|slot| !slot.fully_claimed());
			// A full history moves its oldest (replaced) vote to the archive: unclaimed
			// co-incentives never block a vote.
			if slots.is_full() && !slots.is_empty() {
				let oldest = slots.remove(0);
				ArchivedVoteSlots::<T>::insert((who, gauge, oldest.since), oldest);
			}
			let slope = math::vote_slope(amount, bps).ok_or(Error::<T>::Overflow)?;
			weight = math::vote_weight(slope, end, open).ok_or(Error::<T>::Overflow)?;
			let slot = VoteSlot { bps, slope, end, since: open, until: None, claimed_from: open };
			slots.try_push(slot).map_err(|_| Error::<T>::Overflow)?;
			Self::add_vote_weight(gauge, &mut info, slope, end)?;
		}
		Ok((info, slots, weight, steps))
	}

	/// Ends the current vote among `slots` (if any) at epoch `open`, taking its weight off the
	/// gauge; `VoteTooSoon` if the last vote began or ended at `open` (changed this epoch).
	fn end_current_vote(
		gauge: GaugeId,
		info: &mut GaugeInfo,
		slots: &mut SlotsOf<T>,
		open: EpochIndex,
	) -> DispatchResult {
		if let Some(last) = slots.last_mut() {
			ensure!(last.since != open && last.until != Some(open), Error::<T>::VoteTooSoon);
			if last.until.is_none() {
				Self::remove_vote_weight(gauge, info, last.slope, last.end);
				last.until = Some(open);
			}
		}
		Ok(())
	}

	/// Stores a gauge and `who`'s slots on it (removing an empty history).
	fn store_vote(who: &T::AccountId, gauge: GaugeId, info: GaugeInfo, slots: SlotsOf<T>) {
		if slots.is_empty() {
			VoteSlots::<T>::remove(who, gauge);
		} else {
			VoteSlots::<T>::insert(who, gauge, slots);
		}
		Gauges::<T>::insert(gauge, info);
	}

	/// Adds a vote's slope `slope` ending at `end` to a gauge's open epoch, and to the emission
	/// total for an emission gauge. Nothing for a vote ended by the open epoch or a killed gauge.
	fn add_vote_weight(
		gauge: GaugeId,
		info: &mut GaugeInfo,
		slope: u128,
		end: EpochIndex,
	) -> DispatchResult {
		let open = info.point.epoch;
		if end <= open || info.status == GaugeStatus::Killed {
			return Ok(());
		}
		let point = info.point.point().add(slope, end, open).ok_or(Error::<T>::Overflow)?;
		info.point.set(point);
		SlopeChanges::<T>::try_mutate(gauge, end, |s| {
			*s = s.checked_add(slope).ok_or(Error::<T>::Overflow)?;
			Ok::<_, Error<T>>(())
		})?;
		if info.kind.is_emission() {
			EmissionTotal::<T>::try_mutate(|total| {
				let point = total.point().add(slope, end, open).ok_or(Error::<T>::Overflow)?;
				total.set(point);
				Ok::<_, Error<T>>(())
			})?;
			EmissionSlopeChanges::<T>::try_mutate(end, |s| {
				*s = s.checked_add(slope).ok_or(Error::<T>::Overflow)?;
				Ok::<_, Error<T>>(())
			})?;
		}
		Ok(())
	}

	/// Removes a vote added by [`Self::add_vote_weight`] from the gauge's open epoch on (and
	/// from the emission total). Saturating; nothing for a vote ended by the open epoch or a
	/// killed gauge.
	fn remove_vote_weight(gauge: GaugeId, info: &mut GaugeInfo, slope: u128, end: EpochIndex) {
		let open = info.point.epoch;
		if end <= open || info.status == GaugeStatus::Killed {
			return;
		}
		info.point.set(info.point.point().remove(slope, end, open));
		SlopeChanges::<T>::mutate(gauge, end, |s| *s = s.saturating_sub(slope));
		if info.kind.is_emission() {
			EmissionTotal::<T>::mutate(|total| total.set(total.point().remove(slope, end, open)));
			EmissionSlopeChanges::<T>::mutate(end, |s| *s = s.saturating_sub(slope));
		}
	}
}
