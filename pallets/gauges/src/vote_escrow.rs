//! # Vote escrow: locks of PLX and their decaying voting power
//!
//! An account freezes `a` planck of PLX until an epoch `end` of its choice (`lock`), at most
//! `M = MaxLockEpochs` epochs ahead. The PLX stays in the account, frozen under
//! [`FreezeReason::VoteEscrow`]. Its voting power at epoch `e` is
//!
//! `p(e) = a·(end − e)/M` for `e < end`, else 0 ([`crate::math::voting_power`]),
//!
//! decaying linearly to zero at the lock's end. The lock can be extended (`extend_lock`) and
//! increased (`increase_amount`) while it runs, and withdrawn (`withdraw`) once it has ended.
//!
//! Votes use the lock *as it was when the current epoch began* ([`LockInfo::voting_lock`]): a
//! lock created or changed in an epoch votes with its new state from the next epoch, so PLX that
//! appears in an epoch (a flash loan, a transfer between accounts) cannot vote in it. Votes
//! already cast keep the lock's end they were cast with until they are cast again.
//!
//! Source: Curve's vote-escrow (veCRV), with epochs for weeks.

use crate::{math, pallet::*, types::*};
use polkadot_sdk::{
	frame_support::{
		pallet_prelude::*,
		traits::fungible::{Inspect as _, InspectFreeze as _, MutateFreeze as _},
	},
	sp_runtime::DispatchResult,
};

impl LockInfo {
	/// A new lock made in epoch `epoch`: it votes from the next epoch.
	pub fn new(amount: u128, end: EpochIndex, epoch: EpochIndex) -> Self {
		Self { amount, end, changed_in: epoch, voting_amount: 0, voting_end: 0 }
	}

	/// `(amount, end)` that votes cast in epoch `epoch` may use.
	pub fn voting_lock(&self, epoch: EpochIndex) -> (u128, EpochIndex) {
		if self.changed_in == epoch {
			(self.voting_amount, self.voting_end)
		} else {
			(self.amount, self.end)
		}
	}

	/// Records that the lock changes in epoch `epoch`: the state at the epoch's start stays the
	/// one votes use until the next epoch.
	pub fn note_change(&mut self, epoch: EpochIndex) {
		if self.changed_in != epoch {
			self.voting_amount = self.amount;
			self.voting_end = self.end;
			self.changed_in = epoch;
		}
	}
}

impl<T: Config> Pallet<T> {
	/// Voting power of `who` at `epoch` (the current one if `None`), planck.
	pub fn voting_power(who: &T::AccountId, epoch: Option<EpochIndex>) -> u128 {
		let epoch = epoch.unwrap_or_else(Self::current_epoch);
		Locks::<T>::get(who)
			.map(|l| math::voting_power(l.amount, l.end, epoch, T::MaxLockEpochs::get()))
			.unwrap_or(0)
	}

	/// `lock`: freezes `amount` PLX of `who` until epoch `until`.
	pub(crate) fn do_lock(who: T::AccountId, amount: u128, until: EpochIndex) -> DispatchResult {
		ensure!(!Locks::<T>::contains_key(&who), Error::<T>::LockExists);
		ensure!(amount >= T::MinLockAmount::get().max(1), Error::<T>::LockTooSmall);
		let now = Self::current_epoch();
		Self::check_end(now, until)?;
		ensure!(T::Currency::balance(&who) >= amount, Error::<T>::InsufficientBalance);
		let reason = FreezeReason::VoteEscrow.into();
		ensure!(T::Currency::can_freeze(&reason, &who), Error::<T>::TooManyFreezes);
		T::Currency::set_freeze(&reason, &who, amount)?;
		Locks::<T>::insert(&who, LockInfo::new(amount, until, now));
		Self::deposit_event(Event::Locked { who, amount, end: until });
		Ok(())
	}

	/// `LockInPast` or `LockTooLong` unless `now < until ≤ now + MaxLockEpochs`.
	fn check_end(now: EpochIndex, until: EpochIndex) -> DispatchResult {
		ensure!(until > now, Error::<T>::LockInPast);
		ensure!(until <= now.saturating_add(T::MaxLockEpochs::get()), Error::<T>::LockTooLong);
		Ok(())
	}

	/// `who`'s lock, if it has not ended by epoch `now` (`NoLock`, `LockExpired` otherwise).
	fn live_lock(who: &T::AccountId, now: EpochIndex) -> Result<LockInfo, DispatchError> {
		let lock = Locks::<T>::get(who).ok_or(Error::<T>::NoLock)?;
		ensure!(lock.end > now, Error::<T>::LockExpired);
		Ok(lock)
	}

	/// `extend_lock`: moves the end of `who`'s lock to `until`.
	pub(crate) fn do_extend_lock(who: T::AccountId, until: EpochIndex) -> DispatchResult {
		let now = Self::current_epoch();
		let mut lock = Self::live_lock(&who, now)?;
		ensure!(until > lock.end, Error::<T>::LockNotExtended);
		Self::check_end(now, until)?;
		lock.note_change(now);
		lock.end = until;
		Locks::<T>::insert(&who, lock);
		Self::deposit_event(Event::LockExtended { who, end: until });
		Ok(())
	}

	/// `increase_amount`: freezes `amount` more PLX of `who` in its lock.
	pub(crate) fn do_increase_amount(who: T::AccountId, amount: u128) -> DispatchResult {
		ensure!(amount > 0, Error::<T>::ZeroAmount);
		let now = Self::current_epoch();
		let mut lock = Self::live_lock(&who, now)?;
		let total = lock.amount.checked_add(amount).ok_or(Error::<T>::Overflow)?;
		ensure!(T::Currency::balance(&who) >= total, Error::<T>::InsufficientBalance);
		T::Currency::set_freeze(&FreezeReason::VoteEscrow.into(), &who, total)?;
		lock.note_change(now);
		lock.amount = total;
		Locks::<T>::insert(&who, lock);
		Self::deposit_event(Event::LockIncreased { who, amount: total });
		Ok(())
	}

	/// `withdraw`: thaws the PLX of `who`'s ended lock and forgets its votes.
	pub(crate) fn do_withdraw(who: T::AccountId) -> DispatchResult {
		let lock = Locks::<T>::get(&who).ok_or(Error::<T>::NoLock)?;
		ensure!(lock.end <= Self::current_epoch(), Error::<T>::LockNotExpired);
		T::Currency::thaw(&FreezeReason::VoteEscrow.into(), &who)?;
		Locks::<T>::remove(&who);
		// Every vote cast with the lock has ended with it; its slots stay for co-incentives.
		VotesOf::<T>::remove(&who);
		Self::deposit_event(Event::Withdrawn { who, amount: lock.amount });
		Ok(())
	}
}
