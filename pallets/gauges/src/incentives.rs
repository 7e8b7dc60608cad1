//! # Co-incentives: pots that pay a gauge's voters
//!
//! Anyone adds co-incentives of any asset to a gauge for the current epoch or one up to
//! `MaxLockEpochs` ahead (`add_incentive`), at least `MinIncentiveFactor` × the asset's minimum
//! balance. Deposits in one asset merge into one [`IncentivePot`] per (gauge, epoch) (at most
//! `MaxIncentivesPerEpoch` assets), so dust deposits cannot crowd out others; each depositor's
//! part is kept in [`IncentiveDeposits`].
//!
//! Once epoch `e` has ended, a voter of weight `w_v(e)` on gauge `g` claims from each pot
//!
//! `share = ⌊pot · w_v(e) / W_g(e)⌋` ([`crate::math::pro_rata`]),
//!
//! so the claims of a pot never exceed it (`claim_incentives`, walking at most `max_epochs`
//! epochs of the voter's current, replaced and archived votes, oldest first). A share below the
//! asset's minimum balance is skipped for that voter (`IncentiveSkipped`) and never fails the
//! claim. A pot on a gauge that weighed nothing in its epoch (nobody voted, or the gauge was
//! killed) goes back to its depositors, each its own part (`refund_incentive`). The pallet
//! account keeps one minimum balance of every asset it has held (paid by the first deposit), so
//! paying out the last share of a pot never reaps it.
//!
//! Source: Curve/Votium-style bribes paid pro-rata to vote weight, here tallied and paid
//! on-chain (no Merkle tree, no off-chain tally).

use crate::{math, pallet::*, types::*};
use polkadot_sdk::{
	frame_support::{
		pallet_prelude::*,
		traits::{
			fungibles::{Inspect as _, Mutate as _},
			tokens::{DepositConsequence, Fortitude, Preservation, Provenance},
		},
	},
	sp_runtime::DispatchResult,
};

impl<T: Config> Pallet<T> {
	/// `add_incentive`: `who` adds `amount` of `asset` to the pot of `gauge` for `epoch`.
	pub(crate) fn do_add_incentive(
		who: T::AccountId,
		gauge: GaugeId,
		epoch: EpochIndex,
		asset: AssetIdOf<T>,
		amount: u128,
	) -> DispatchResult {
		let paid = Self::check_incentive(&who, gauge, epoch, &asset, amount)?;
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
		T::Assets::transfer(
			asset.clone(),
			&who,
			&Self::account_id(),
			paid,
			Preservation::Preserve,
		)?;
		Self::deposit_event(Event::IncentiveAdded { gauge, epoch, asset, amount, depositor: who });
		Ok(())
	}

	/// Checks a co-incentive deposit (an active gauge, an epoch from now to `MaxLockEpochs`
	/// ahead, at least `MinIncentiveFactor` minimum balances, covered by `who`'s balance) and
	/// returns what `who` pays: `amount`, plus what the pallet account lacks of the asset's
	/// minimum balance.
	fn check_incentive(
		who: &T::AccountId,
		gauge: GaugeId,
		epoch: EpochIndex,
		asset: &AssetIdOf<T>,
		amount: u128,
	) -> Result<u128, DispatchError> {
		ensure!(amount > 0, Error::<T>::ZeroAmount);
		let info = Gauges::<T>::get(gauge).ok_or(Error::<T>::UnknownGauge)?;
		ensure!(info.status == GaugeStatus::Active, Error::<T>::GaugeNotActive);
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
		let floor =
			min_balance.saturating_sub(T::Assets::balance(asset.clone(), &Self::account_id()));
		let paid = amount.checked_add(floor).ok_or(Error::<T>::InsufficientBalance)?;
		ensure!(
			T::Assets::reducible_balance(
				asset.clone(),
				who,
				Preservation::Preserve,
				Fortitude::Polite
			) >= paid,
			Error::<T>::InsufficientBalance
		);
		Ok(paid)
	}

	/// `claim_incentives`: pays `who` its shares of `gauge`'s pots in the ended epochs of its
	/// votes, walking at most `max_epochs` epochs. Returns `(epochs walked, pots charged)`: the
	/// pots paid or skipped, and one per archived vote visited and per look-up of the archive.
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
		// after the budget is used. Each archived vote visited (its entry read, then removed or
		// written) and the walk's first look-up of the account's archive are charged as one
		// pot each: less than a payment (`claim_incentives`' `p` component) costs.
		if walked < max_epochs {
			paid = paid.saturating_add(1);
		}
		let mut archived = ArchivedVoteSlots::<T>::iter_prefix((&who, gauge));
		while walked < max_epochs {
			let Some((since, mut slot)) = archived.next() else { break };
			paid = paid.saturating_add(1);
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
	/// `epoch`. Returns the pots paid from or skipped: a skipped share reads the asset and the
	/// voter's account in it as a payment does, so both are charged as pots paid.
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
			if share > 0 {
				Self::pay_share(who, gauge, epoch, pot, share)?;
				paid += 1;
			}
		}
		Incentives::<T>::insert(gauge, epoch, pots);
		Ok(paid)
	}

	/// Pays `who` its `share` of `pot` (of `gauge` in `epoch`), or skips it if `who`'s account
	/// cannot take it (below the asset's minimum balance): skipped shares stay in the pot and
	/// never fail the claim. Returns whether it was paid.
	fn pay_share(
		who: &T::AccountId,
		gauge: GaugeId,
		epoch: EpochIndex,
		pot: &mut IncentivePotOf<T>,
		share: u128,
	) -> Result<bool, DispatchError> {
		let asset = pot.asset.clone();
		if T::Assets::can_deposit(asset.clone(), who, share, Provenance::Extant)
			!= DepositConsequence::Success
		{
			let who = who.clone();
			Self::deposit_event(Event::IncentiveSkipped {
				who,
				gauge,
				epoch,
				asset,
				amount: share,
			});
			return Ok(false);
		}
		T::Assets::transfer(
			asset.clone(),
			&Self::account_id(),
			who,
			share,
			Preservation::Preserve,
		)?;
		pot.claimed = pot.claimed.saturating_add(share);
		let who = who.clone();
		Self::deposit_event(Event::IncentiveClaimed { who, gauge, epoch, asset, amount: share });
		Ok(true)
	}

	/// `refund_incentive`: returns `who`'s part of the pot of `asset` on `gauge` for `epoch`
	/// when the gauge weighed nothing in that epoch.
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
		let amount = IncentiveDeposits::<T>::take((gauge, epoch, &who, &asset));
		ensure!(amount > 0, Error::<T>::UnknownIncentive);
		Self::take_from_pot(gauge, epoch, &asset, amount)?;
		T::Assets::transfer(
			asset.clone(),
			&Self::account_id(),
			&who,
			amount,
			Preservation::Preserve,
		)?;
		Self::deposit_event(Event::IncentiveRefunded {
			gauge,
			epoch,
			asset,
			depositor: who,
			amount,
		});
		Ok(())
	}

	/// Takes a depositor's whole part `amount` out of the pot of `asset` on `gauge` for `epoch`
	/// (nobody voted, so nothing of the pot was claimed), removing an emptied pot and an empty
	/// pot list. `UnknownIncentive` if there is no such pot or it holds less.
	fn take_from_pot(
		gauge: GaugeId,
		epoch: EpochIndex,
		asset: &AssetIdOf<T>,
		amount: u128,
	) -> DispatchResult {
		let mut pots = Incentives::<T>::get(gauge, epoch);
		let index =
			pots.iter().position(|p| p.asset == *asset).ok_or(Error::<T>::UnknownIncentive)?;
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
		Ok(())
	}
}
