//! The logic behind the calls of the gauges pallet.

use crate::{epoch_impls::INLINE_STEPS, math, pallet::*, types::*};
use plexus_primitives::{StrategyInspect, VaultInspect};
use polkadot_sdk::{
	frame_support::{
		pallet_prelude::*,
		traits::{
			fungible::{Inspect as _, InspectFreeze as _, Mutate as _, MutateFreeze as _},
			fungibles::{Inspect as _, Mutate as _},
			tokens::{DepositConsequence, Fortitude, Preservation, Provenance},
		},
	},
	sp_runtime::DispatchResult,
};

impl<T: Config> Pallet<T> {
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

	fn check_end(now: EpochIndex, until: EpochIndex) -> DispatchResult {
		ensure!(until > now, Error::<T>::LockInPast);
		ensure!(until <= now.saturating_add(T::MaxLockEpochs::get()), Error::<T>::LockTooLong);
		Ok(())
	}

	fn live_lock(who: &T::AccountId, now: EpochIndex) -> Result<LockInfo, DispatchError> {
		let lock = Locks::<T>::get(who).ok_or(Error::<T>::NoLock)?;
		ensure!(lock.end > now, Error::<T>::LockExpired);
		Ok(lock)
	}

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

	pub(crate) fn do_create_gauge(kind: GaugeKind) -> DispatchResult {
		let id = NextGaugeId::<T>::get();
		ensure!(id < T::MaxGauges::get(), Error::<T>::TooManyGauges);
		let vault = kind.vault();
		ensure!(T::Vaults::share_asset(vault).is_some(), Error::<T>::UnknownVault);
		match kind {
			GaugeKind::Allocation { strategy, .. } => {
				ensure!(T::Vaults::is_governed(vault), Error::<T>::NotGovernedVault);
				ensure!(
					T::Strategies::strategy_vault(strategy) == Some(vault),
					Error::<T>::UnknownStrategy
				);
				AllocationGauges::<T>::try_mutate(vault, |gauges| {
					ensure!(gauges.iter().all(|(s, _)| *s != strategy), Error::<T>::GaugeExists);
					gauges.try_push((strategy, id)).map_err(|_| Error::<T>::TooManyGauges)
				})?;
			},
			GaugeKind::Emission { .. } => {
				ensure!(!EmissionGauge::<T>::contains_key(vault), Error::<T>::GaugeExists);
				EmissionGauge::<T>::insert(vault, id);
			},
		}
		let now = Self::current_epoch();
		let info = GaugeInfo {
			kind,
			status: GaugeStatus::Active,
			point: WeightPoint { epoch: now.saturating_add(1), bias: 0, slope: 0 },
			emission: EmissionState {
				rate_epoch: now,
				rate: 0,
				acc: 0,
				last_update: Self::now_block(),
				staked: 0,
			},
		};
		Gauges::<T>::insert(id, info);
		NextGaugeId::<T>::put(id.saturating_add(1));
		Self::deposit_event(Event::GaugeCreated { gauge: id, kind });
		Ok(())
	}

	/// Loads a gauge and brings it (and the emission total) to the current epoch, moving it at
	/// most [`INLINE_STEPS`] epochs (`GaugeBehind` otherwise).
	fn current_gauge(gauge: GaugeId) -> Result<GaugeInfo, DispatchError> {
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

	pub(crate) fn do_kill_gauge(gauge: GaugeId) -> DispatchResult {
		let mut info = Self::current_gauge(gauge)?;
		ensure!(info.status == GaugeStatus::Active, Error::<T>::GaugeKilled);
		let open = info.point.epoch;
		let epochs = T::MaxLockEpochs::get();
		if info.kind.is_emission() {
			EmissionTotal::<T>::mutate(|total| {
				total.set(total.point().remove_point(info.point.point()));
			});
		}
		for end in open.saturating_add(1)..=open.saturating_add(epochs) {
			let ending = SlopeChanges::<T>::take(gauge, end);
			if ending > 0 && info.kind.is_emission() {
				EmissionSlopeChanges::<T>::mutate(end, |s| *s = s.saturating_sub(ending));
			}
		}
		info.point.set(math::Point::default());
		info.status = GaugeStatus::Killed;
		info.emission.rate = 0;
		match info.kind {
			GaugeKind::Allocation { vault, .. } => AllocationGauges::<T>::mutate(vault, |gauges| {
				gauges.retain(|(_, g)| *g != gauge);
			}),
			GaugeKind::Emission { vault } => EmissionGauge::<T>::remove(vault),
		}
		Gauges::<T>::insert(gauge, info);
		Self::deposit_event(Event::GaugeKilled { gauge });
		Ok(())
	}

	/// Adds (`add`) or removes a vote's slope on a gauge's open epoch, and on the emission total
	/// for an emission gauge.
	fn apply_vote(
		gauge: GaugeId,
		info: &mut GaugeInfo,
		slope: u128,
		end: EpochIndex,
		add: bool,
	) -> DispatchResult {
		let open = info.point.epoch;
		if end <= open || info.status == GaugeStatus::Killed {
			return Ok(());
		}
		let emission = info.kind.is_emission();
		if add {
			let point = info.point.point().add(slope, end, open).ok_or(Error::<T>::Overflow)?;
			info.point.set(point);
			SlopeChanges::<T>::try_mutate(gauge, end, |s| {
				*s = s.checked_add(slope).ok_or(Error::<T>::Overflow)?;
				Ok::<_, Error<T>>(())
			})?;
			if emission {
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
		} else {
			info.point.set(info.point.point().remove(slope, end, open));
			SlopeChanges::<T>::mutate(gauge, end, |s| *s = s.saturating_sub(slope));
			if emission {
				EmissionTotal::<T>::mutate(|total| {
					total.set(total.point().remove(slope, end, open))
				});
				EmissionSlopeChanges::<T>::mutate(end, |s| *s = s.saturating_sub(slope));
			}
		}
		Ok(())
	}

	/// Returns how many of the listed gauges had to be moved one epoch on.
	pub(crate) fn do_vote(
		who: T::AccountId,
		votes: BoundedVec<(GaugeId, u16), T::MaxVotes>,
	) -> Result<u32, DispatchError> {
		let now = Self::current_epoch();
		let open = now.saturating_add(1);
		let lock = Locks::<T>::get(&who).ok_or(Error::<T>::NoVotingPower)?;
		let (amount, end) = lock.voting_lock(now);
		ensure!(amount > 0 && end > open, Error::<T>::NoVotingPower);
		for (i, (gauge, _)) in votes.iter().enumerate() {
			ensure!(votes.iter().skip(i + 1).all(|(g, _)| g != gauge), Error::<T>::DuplicateGauge);
		}
		Self::roll_emission_total();
		let mut moved = 0u32;
		let mut current = VotesOf::<T>::get(&who);
		// Votes cast with a lock that has ended by the next epoch hold no bps any more.
		current.retain(|(_, _, vote_end)| *vote_end > open);

		for (gauge, bps) in votes {
			ensure!(bps <= math::MAX_BPS, Error::<T>::TooMuchWeight);
			let mut info = Gauges::<T>::get(gauge).ok_or(Error::<T>::UnknownGauge)?;
			ensure!(bps == 0 || info.status == GaugeStatus::Active, Error::<T>::GaugeKilled);
			let (steps, caught_up) = Self::advance(gauge, &mut info, INLINE_STEPS);
			ensure!(caught_up, Error::<T>::GaugeBehind);
			moved = moved.saturating_add(steps.min(1));

			let mut slots = VoteSlots::<T>::get(&who, gauge);
			if let Some(last) = slots.last_mut() {
				ensure!(last.since != open && last.until != Some(open), Error::<T>::VoteTooSoon);
				if last.until.is_none() {
					Self::apply_vote(gauge, &mut info, last.slope, last.end, false)?;
					last.until = Some(open);
				}
			}
			let mut weight = 0;
			if bps > 0 {
				slots.retain(|slot| !slot.fully_claimed());
				// A full history moves its oldest (replaced) vote to the archive: unclaimed
				// co-incentives never block a vote.
				if slots.is_full() && !slots.is_empty() {
					let oldest = slots.remove(0);
					ArchivedVoteSlots::<T>::insert((&who, gauge, oldest.since), oldest);
				}
				let slope = math::vote_slope(amount, bps).ok_or(Error::<T>::Overflow)?;
				weight = math::vote_weight(slope, end, open).ok_or(Error::<T>::Overflow)?;
				slots
					.try_push(VoteSlot {
						bps,
						slope,
						end,
						since: open,
						until: None,
						claimed_from: open,
					})
					.map_err(|_| Error::<T>::Overflow)?;
				Self::apply_vote(gauge, &mut info, slope, end, true)?;
			}
			current.retain(|(g, _, _)| *g != gauge);
			if bps > 0 {
				current.try_push((gauge, bps, end)).map_err(|_| Error::<T>::TooManyVotes)?;
			}
			if slots.is_empty() {
				VoteSlots::<T>::remove(&who, gauge);
			} else {
				VoteSlots::<T>::insert(&who, gauge, slots);
			}
			Gauges::<T>::insert(gauge, info);
			Self::deposit_event(Event::Voted { who: who.clone(), gauge, bps, weight, epoch: open });
		}
		let total_bps =
			current.iter().fold(0u32, |acc, (_, bps, _)| acc.saturating_add((*bps).into()));
		ensure!(total_bps <= math::MAX_BPS.into(), Error::<T>::TooMuchWeight);
		if current.is_empty() {
			VotesOf::<T>::remove(&who);
		} else {
			VotesOf::<T>::insert(&who, current);
		}
		Ok(moved)
	}

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

	fn store_stake(who: &T::AccountId, gauge: GaugeId, info: GaugeInfo, stake: StakeInfo) {
		Gauges::<T>::insert(gauge, info);
		if stake.amount == 0 && stake.pending == 0 {
			Stakes::<T>::remove(gauge, who);
		} else {
			Stakes::<T>::insert(gauge, who, stake);
		}
	}

	pub(crate) fn do_stake(who: T::AccountId, gauge: GaugeId, amount: u128) -> DispatchResult {
		ensure!(amount > 0, Error::<T>::ZeroAmount);
		let (mut info, mut stake) = Self::settled_stake(&who, gauge, INLINE_STEPS)?;
		ensure!(info.status == GaugeStatus::Active, Error::<T>::GaugeKilled);
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

	pub(crate) fn do_add_incentive(
		who: T::AccountId,
		gauge: GaugeId,
		epoch: EpochIndex,
		asset: AssetIdOf<T>,
		amount: u128,
	) -> DispatchResult {
		ensure!(amount > 0, Error::<T>::ZeroAmount);
		let info = Gauges::<T>::get(gauge).ok_or(Error::<T>::UnknownGauge)?;
		ensure!(info.status == GaugeStatus::Active, Error::<T>::GaugeKilled);
		let now = Self::current_epoch();
		ensure!(epoch >= now, Error::<T>::IncentiveInPast);
		ensure!(epoch <= now.saturating_add(T::MaxLockEpochs::get()), Error::<T>::IncentiveTooFar);
		let min_balance = T::Assets::minimum_balance(asset.clone());
		ensure!(
			amount >= T::MinIncentiveFactor::get().saturating_mul(min_balance),
			Error::<T>::IncentiveTooSmall
		);
		// The pallet's account keeps one minimum balance of every asset it has held, so paying
		// the last share of a pot never reaps it; the first deposit in an asset provides it.
		let account = Self::account_id();
		let floor = min_balance.saturating_sub(T::Assets::balance(asset.clone(), &account));
		let paid = amount.checked_add(floor).ok_or(Error::<T>::InsufficientBalance)?;
		ensure!(
			T::Assets::reducible_balance(
				asset.clone(),
				&who,
				Preservation::Preserve,
				Fortitude::Polite
			) >= paid,
			Error::<T>::InsufficientBalance
		);
		Incentives::<T>::try_mutate(gauge, epoch, |pots| {
			if let Some(pot) = pots.iter_mut().find(|p| p.asset == asset) {
				pot.amount = pot.amount.checked_add(amount).ok_or(Error::<T>::Overflow)?;
			} else {
				pots.try_push(IncentivePot { asset: asset.clone(), amount, claimed: 0 })
					.map_err(|_| Error::<T>::TooManyIncentives)?;
			}
			Ok::<_, DispatchError>(())
		})?;
		IncentiveDeposits::<T>::try_mutate((gauge, epoch, &who, &asset), |part| {
			*part = part.checked_add(amount).ok_or(Error::<T>::Overflow)?;
			Ok::<_, DispatchError>(())
		})?;
		T::Assets::transfer(asset.clone(), &who, &account, paid, Preservation::Preserve)?;
		Self::deposit_event(Event::IncentiveAdded { gauge, epoch, asset, amount, depositor: who });
		Ok(())
	}

	/// Returns `(epochs walked, pots paid)`.
	pub(crate) fn do_claim_incentives(
		who: T::AccountId,
		gauge: GaugeId,
		max_epochs: u32,
	) -> Result<(u32, u32), DispatchError> {
		let info = Self::current_gauge(gauge)?;
		Gauges::<T>::insert(gauge, info);
		let now = Self::current_epoch();
		let mut slots = VoteSlots::<T>::get(&who, gauge);
		let (mut walked, mut paid) = (0u32, 0u32);
		for slot in slots.iter_mut() {
			Self::claim_slot(&who, gauge, slot, now, max_epochs, &mut walked, &mut paid)?;
		}
		slots.retain(|slot| !slot.fully_claimed());
		if slots.is_empty() {
			VoteSlots::<T>::remove(&who, gauge);
		} else {
			VoteSlots::<T>::insert(&who, gauge, slots);
		}
		// Then the archived votes, while epochs remain to walk. Archived votes are replaced
		// ones: all but the latest one or two have only ended epochs, so the walk stops soon
		// after the budget is used.
		let mut archived = ArchivedVoteSlots::<T>::iter_prefix((&who, gauge));
		while walked < max_epochs {
			let Some((since, mut slot)) = archived.next() else { break };
			Self::claim_slot(&who, gauge, &mut slot, now, max_epochs, &mut walked, &mut paid)?;
			if slot.fully_claimed() {
				ArchivedVoteSlots::<T>::remove((&who, gauge, since));
			} else {
				ArchivedVoteSlots::<T>::insert((&who, gauge, since), slot);
			}
		}
		ensure!(walked > 0, Error::<T>::NothingToClaim);
		Ok((walked, paid))
	}

	/// Pays the co-incentives of `slot`'s ended, unclaimed epochs while `walked` is below
	/// `max_epochs` (pots of the current epoch may still grow).
	#[allow(clippy::too_many_arguments)]
	fn claim_slot(
		who: &T::AccountId,
		gauge: GaugeId,
		slot: &mut VoteSlot,
		now: EpochIndex,
		max_epochs: u32,
		walked: &mut u32,
		paid: &mut u32,
	) -> DispatchResult {
		let stop = slot.last_epoch_exclusive().min(now);
		while slot.claimed_from < stop && *walked < max_epochs {
			let epoch = slot.claimed_from;
			let weight = slot.weight_at(epoch);
			if weight > 0 {
				*paid = paid.saturating_add(Self::pay_incentives(who, gauge, epoch, weight)?);
			}
			slot.claimed_from = epoch.saturating_add(1);
			*walked += 1;
		}
		Ok(())
	}

	/// Pays a voter of weight `weight` its share `pot·weight/W` of each pot of `gauge` in
	/// `epoch`. Returns the pots paid from.
	fn pay_incentives(
		who: &T::AccountId,
		gauge: GaugeId,
		epoch: EpochIndex,
		weight: u128,
	) -> Result<u32, DispatchError> {
		let mut pots = Incentives::<T>::get(gauge, epoch);
		if pots.is_empty() {
			return Ok(0);
		}
		let total = GaugeWeightAt::<T>::get(gauge, epoch);
		let mut paid = 0;
		for pot in pots.iter_mut() {
			let share = math::pro_rata(pot.amount, weight, total)
				.min(pot.amount.saturating_sub(pot.claimed));
			if share == 0 {
				continue;
			}
			// A share the voter's account cannot take (below the asset's minimum balance) is
			// skipped for this voter, kept in the pot, and never fails the claim.
			if T::Assets::can_deposit(pot.asset.clone(), who, share, Provenance::Extant)
				!= DepositConsequence::Success
			{
				Self::deposit_event(Event::IncentiveSkipped {
					who: who.clone(),
					gauge,
					epoch,
					asset: pot.asset.clone(),
					amount: share,
				});
				continue;
			}
			T::Assets::transfer(
				pot.asset.clone(),
				&Self::account_id(),
				who,
				share,
				Preservation::Preserve,
			)?;
			pot.claimed = pot.claimed.saturating_add(share);
			paid += 1;
			Self::deposit_event(Event::IncentiveClaimed {
				who: who.clone(),
				gauge,
				epoch,
				asset: pot.asset.clone(),
				amount: share,
			});
		}
		Incentives::<T>::insert(gauge, epoch, pots);
		Ok(paid)
	}

	pub(crate) fn do_refund_incentive(
		who: T::AccountId,
		gauge: GaugeId,
		epoch: EpochIndex,
		asset: AssetIdOf<T>,
	) -> DispatchResult {
		ensure!(epoch <= Self::current_epoch(), Error::<T>::EpochNotStarted);
		let info = Self::current_gauge(gauge)?;
		Gauges::<T>::insert(gauge, info);
		ensure!(GaugeWeightAt::<T>::get(gauge, epoch) == 0, Error::<T>::IncentiveClaimable);
		let mut pots = Incentives::<T>::get(gauge, epoch);
		let amount = IncentiveDeposits::<T>::take((gauge, epoch, &who, &asset));
		ensure!(amount > 0, Error::<T>::UnknownIncentive);
		let index =
			pots.iter().position(|p| p.asset == asset).ok_or(Error::<T>::UnknownIncentive)?;
		// Nobody voted, so nothing of the pot was claimed: the depositor's part is whole.
		let pot = &mut pots[index];
		pot.amount = pot.amount.checked_sub(amount).ok_or(Error::<T>::UnknownIncentive)?;
		if pot.amount == 0 {
			pots.remove(index);
		}
		if pots.is_empty() {
			Incentives::<T>::remove(gauge, epoch);
		} else {
			Incentives::<T>::insert(gauge, epoch, pots);
		}
		if amount > 0 {
			T::Assets::transfer(
				asset.clone(),
				&Self::account_id(),
				&who,
				amount,
				Preservation::Preserve,
			)?;
		}
		Self::deposit_event(Event::IncentiveRefunded {
			gauge,
			epoch,
			asset,
			depositor: who,
			amount,
		});
		Ok(())
	}

	/// Checks the gauges' invariants: each active gauge's point is the exact sum of the votes in
	/// force in its open epoch, staked shares add up, pots are never over-claimed.
	#[cfg(any(feature = "try-runtime", test))]
	pub fn do_try_state() -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
		use alloc::collections::btree_map::BTreeMap;
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
			if let Some(share) =
				info.kind.is_emission().then(|| T::Vaults::share_asset(info.kind.vault())).flatten()
			{
				let held = T::Assets::balance(share.clone(), &Self::account_id());
				ensure!(
					held >= info.emission.staked,
					"the pallet account holds less than the stakes"
				);
				let min = T::Assets::minimum_balance(share);
				ensure!(
					Stakes::<T>::iter_prefix(gauge).all(|(_, s)| s.amount == 0 || s.amount >= min),
					"a stake is below the share's minimum balance"
				);
			}
		}
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
