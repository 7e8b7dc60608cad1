//! Tests of the gauges pallet: every call's success and error paths, the vote-escrow formula,
//! co-incentive and emission accounting, and property tests of the invariants.

mod math;
mod props;

use crate::{
	mock::*,
	pallet::{
		AllocationGauges, EmissionTotal, EmissionTotalAt, GaugeWeightAt, Gauges as GaugeStore,
		IncentiveDeposits, Incentives, Locks, Stakes, VoteSlots, VotesOf,
	},
	types::*,
	Error, Event,
};
use plexus_primitives::AllocationWeights;
use polkadot_sdk::{
	frame_support::{
		assert_noop, assert_ok,
		traits::{fungible::Inspect as _, fungibles::Mutate, tokens::Preservation},
	},
	sp_runtime::{DispatchError, Perbill},
};

fn signed(who: u64) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

fn votes(
	v: &[(GaugeId, u16)],
) -> polkadot_sdk::frame_support::BoundedVec<
	(GaugeId, u16),
	polkadot_sdk::frame_support::traits::ConstU32<4>,
> {
	v.to_vec().try_into().expect("at most 4 votes")
}

/// Creates allocation gauges for strategies A and B of the governed vault (ids 0 and 1) and the
/// emission gauges of both vaults (ids 2 and 3).
fn create_gauges() {
	for kind in [
		GaugeKind::Allocation { vault: GOVERNED, strategy: STRATEGY_A },
		GaugeKind::Allocation { vault: GOVERNED, strategy: STRATEGY_B },
		GaugeKind::Emission { vault: GOVERNED },
		GaugeKind::Emission { vault: CURATED },
	] {
		assert_ok!(Gauges::create_gauge(signed(ADMIN), kind));
	}
}

/// The gauges of [`create_gauges`], Alice's lock of 1 000 PLX planck until epoch 20 made in
/// epoch 0, and the chain at the first block of epoch 1, where the lock may vote.
fn gauges_and_alice_locked() {
	create_gauges();
	assert_ok!(Gauges::lock(signed(ALICE), 1_000, 20));
	run_to_epoch(1, 0);
}

const GAUGE_A: GaugeId = 0;
const GAUGE_B: GaugeId = 1;
const EMISSION_GOVERNED: GaugeId = 2;
const EMISSION_CURATED: GaugeId = 3;

/// The weight of `gauge` in `epoch` as the pallet reports it.
fn weight(gauge: GaugeId, epoch: EpochIndex) -> u128 {
	let info = GaugeStore::<Test>::get(gauge).unwrap();
	Gauges::gauge_weight_at(gauge, &info, epoch)
}

/// Free PLX (not frozen) of `who`.
fn spendable(who: u64) -> u128 {
	Balances::reducible_balance(
		&who,
		Preservation::Expendable,
		polkadot_sdk::frame_support::traits::tokens::Fortitude::Polite,
	)
}

// ---------------------------------------------------------------------------------------------
// Locks
// ---------------------------------------------------------------------------------------------

#[test]
fn lock_freezes_plx_and_its_power_decays_linearly_to_zero() {
	new_test_ext().execute_with(|| {
		assert_ok!(Gauges::lock(signed(ALICE), 1_000, 10));
		assert_eq!(spendable(ALICE), 1_000_000 - 1_000);
		assert!(gauge_events().contains(&Event::Locked { who: ALICE, amount: 1_000, end: 10 }));
		// p(e) = a·(end − e)/M, M = 20.
		for e in 0..12u32 {
			let expected = if e < 10 { 1_000 * u128::from(10 - e) / 20 } else { 0 };
			assert_eq!(Gauges::voting_power(&ALICE, Some(e)), expected, "epoch {e}");
		}
		// The frozen PLX cannot leave the account.
		assert!(Balances::transfer_allow_death(signed(ALICE), BOB, 999_001).is_err());
	});
}

#[test]
fn lock_checks_its_amount_and_end() {
	new_test_ext().execute_with(|| {
		run_to_epoch(2, 0);
		assert_noop!(Gauges::lock(signed(ALICE), 1_000, 2), Error::<Test>::LockInPast);
		assert_noop!(Gauges::lock(signed(ALICE), 1_000, 1), Error::<Test>::LockInPast);
		assert_noop!(
			Gauges::lock(signed(ALICE), 1_000, 2 + MAX_LOCK + 1),
			Error::<Test>::LockTooLong
		);
		assert_noop!(Gauges::lock(signed(ALICE), 9, 5), Error::<Test>::LockTooSmall);
		assert_noop!(Gauges::lock(signed(ALICE), 0, 5), Error::<Test>::LockTooSmall);
		assert_noop!(Gauges::lock(signed(ALICE), 1_000_001, 5), Error::<Test>::InsufficientBalance);
		assert_noop!(Gauges::lock(signed(NOBODY), 10, 5), Error::<Test>::InsufficientBalance);
		assert_ok!(Gauges::lock(signed(ALICE), 1_000, 2 + MAX_LOCK));
		assert_noop!(Gauges::lock(signed(ALICE), 1_000, 5), Error::<Test>::LockExists);
	});
}

#[test]
fn extend_and_increase_change_the_lock() {
	new_test_ext().execute_with(|| {
		assert_noop!(Gauges::extend_lock(signed(ALICE), 5), Error::<Test>::NoLock);
		assert_noop!(Gauges::increase_amount(signed(ALICE), 5), Error::<Test>::NoLock);
		assert_ok!(Gauges::lock(signed(ALICE), 1_000, 5));
		assert_noop!(Gauges::extend_lock(signed(ALICE), 5), Error::<Test>::LockNotExtended);
		assert_noop!(Gauges::extend_lock(signed(ALICE), 4), Error::<Test>::LockNotExtended);
		assert_noop!(Gauges::extend_lock(signed(ALICE), MAX_LOCK + 1), Error::<Test>::LockTooLong);
		assert_noop!(Gauges::increase_amount(signed(ALICE), 0), Error::<Test>::ZeroAmount);
		assert_noop!(
			Gauges::increase_amount(signed(ALICE), 999_001),
			Error::<Test>::InsufficientBalance
		);
		assert_ok!(Gauges::extend_lock(signed(ALICE), 8));
		assert_ok!(Gauges::increase_amount(signed(ALICE), 500));
		let lock = Locks::<Test>::get(ALICE).unwrap();
		assert_eq!((lock.amount, lock.end), (1_500, 8));
		assert_eq!(spendable(ALICE), 1_000_000 - 1_500);
		assert_eq!(Gauges::voting_power(&ALICE, Some(0)), 1_500 * 8 / 20);
		// An ended lock is neither extended nor increased.
		run_to_epoch(8, 0);
		assert_noop!(Gauges::extend_lock(signed(ALICE), 10), Error::<Test>::LockExpired);
		assert_noop!(Gauges::increase_amount(signed(ALICE), 10), Error::<Test>::LockExpired);
	});
}

#[test]
fn withdraw_only_after_the_lock_ends() {
	new_test_ext().execute_with(|| {
		assert_noop!(Gauges::withdraw(signed(ALICE)), Error::<Test>::NoLock);
		assert_ok!(Gauges::lock(signed(ALICE), 1_000, 3));
		run_to_epoch(2, 9);
		assert_noop!(Gauges::withdraw(signed(ALICE)), Error::<Test>::LockNotExpired);
		run_to_epoch(3, 0);
		assert_ok!(Gauges::withdraw(signed(ALICE)));
		assert_eq!(spendable(ALICE), 1_000_000);
		assert!(Locks::<Test>::get(ALICE).is_none());
		assert!(gauge_events().contains(&Event::Withdrawn { who: ALICE, amount: 1_000 }));
		// A new lock may follow.
		assert_ok!(Gauges::lock(signed(ALICE), 1_000, 6));
	});
}

// ---------------------------------------------------------------------------------------------
// Gauges
// ---------------------------------------------------------------------------------------------

#[test]
fn create_gauge_checks_origin_vault_and_strategy() {
	new_test_ext().execute_with(|| {
		let alloc = |vault, strategy| GaugeKind::Allocation { vault, strategy };
		assert_noop!(
			Gauges::create_gauge(signed(ALICE), GaugeKind::Emission { vault: GOVERNED }),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Gauges::create_gauge(signed(ADMIN), alloc(99, STRATEGY_A)),
			Error::<Test>::UnknownVault
		);
		assert_noop!(
			Gauges::create_gauge(signed(ADMIN), alloc(CURATED, CURATED_STRATEGY)),
			Error::<Test>::NotGovernedVault
		);
		assert_noop!(
			Gauges::create_gauge(signed(ADMIN), alloc(GOVERNED, CURATED_STRATEGY)),
			Error::<Test>::UnknownStrategy
		);
		assert_noop!(
			Gauges::create_gauge(signed(ADMIN), alloc(GOVERNED, 99)),
			Error::<Test>::UnknownStrategy
		);
		assert_noop!(
			Gauges::create_gauge(signed(ADMIN), GaugeKind::Emission { vault: 99 }),
			Error::<Test>::UnknownVault
		);
		create_gauges();
		assert_noop!(
			Gauges::create_gauge(signed(ADMIN), alloc(GOVERNED, STRATEGY_A)),
			Error::<Test>::GaugeExists
		);
		assert_noop!(
			Gauges::create_gauge(signed(ADMIN), GaugeKind::Emission { vault: CURATED }),
			Error::<Test>::GaugeExists
		);
		assert_ok!(Gauges::create_gauge(signed(ADMIN), alloc(GOVERNED, STRATEGY_C)));
		assert_eq!(
			AllocationGauges::<Test>::get(GOVERNED).into_inner(),
			vec![(STRATEGY_A, 0), (STRATEGY_B, 1), (STRATEGY_C, 4)]
		);
		assert!(gauge_events()
			.contains(&Event::GaugeCreated { gauge: 4, kind: alloc(GOVERNED, STRATEGY_C) }));
	});
}

#[test]
fn gauges_are_bounded_per_vault() {
	new_test_ext().execute_with(|| {
		create_gauges();
		assert_ok!(Gauges::create_gauge(
			signed(ADMIN),
			GaugeKind::Allocation { vault: GOVERNED, strategy: STRATEGY_C }
		));
		// MaxGaugesPerVault = 3: killing one frees its place.
		assert_ok!(Gauges::kill_gauge(signed(ADMIN), GAUGE_A));
		assert_ok!(Gauges::create_gauge(
			signed(ADMIN),
			GaugeKind::Allocation { vault: GOVERNED, strategy: STRATEGY_A }
		));
	});
}

#[test]
fn kill_gauge_keeps_the_past_and_zeroes_the_future() {
	new_test_ext().execute_with(|| {
		create_gauges();
		assert_ok!(Gauges::lock(signed(ALICE), 1_000, 10));
		run_to_epoch(1, 0);
		assert_ok!(Gauges::vote(
			signed(ALICE),
			votes(&[(EMISSION_GOVERNED, 5_000), (EMISSION_CURATED, 5_000)])
		));
		run_to_epoch(2, 0);
		assert_eq!(weight(EMISSION_GOVERNED, 2), 1_000 * 5_000 * 8);
		assert_noop!(
			Gauges::kill_gauge(signed(ALICE), EMISSION_GOVERNED),
			DispatchError::BadOrigin
		);
		assert_noop!(Gauges::kill_gauge(signed(ADMIN), 42), Error::<Test>::UnknownGauge);
		assert_ok!(Gauges::kill_gauge(signed(ADMIN), EMISSION_GOVERNED));
		assert_noop!(
			Gauges::kill_gauge(signed(ADMIN), EMISSION_GOVERNED),
			Error::<Test>::GaugeKilled
		);
		// The current epoch's weight is final and stays; from the next epoch on it weighs
		// nothing, and the emission total holds the other gauge only.
		assert_eq!(weight(EMISSION_GOVERNED, 2), 1_000 * 5_000 * 8);
		assert_eq!(weight(EMISSION_GOVERNED, 3), 0);
		assert_eq!(Gauges::emission_total_at(3), 1_000 * 5_000 * 7);
		run_to_epoch(4, 0);
		assert_eq!(Gauges::emission_total_at(4), 1_000 * 5_000 * 6);
		// No votes, stakes or pots on a killed gauge; withdrawing the vote is fine.
		assert_noop!(
			Gauges::vote(signed(ALICE), votes(&[(EMISSION_GOVERNED, 1_000)])),
			Error::<Test>::GaugeKilled
		);
		assert_noop!(
			Gauges::stake(signed(ALICE), EMISSION_GOVERNED, 10),
			Error::<Test>::GaugeKilled
		);
		assert_noop!(
			Gauges::add_incentive(signed(DAO), EMISSION_GOVERNED, 4, USDT, 10),
			Error::<Test>::GaugeKilled
		);
		assert_ok!(Gauges::vote(signed(ALICE), votes(&[(EMISSION_GOVERNED, 0)])));
		assert_eq!(VotesOf::<Test>::get(ALICE).into_inner(), vec![(EMISSION_CURATED, 5_000, 10)]);
		Gauges::do_try_state().unwrap();
	});
}

// ---------------------------------------------------------------------------------------------
// Votes
// ---------------------------------------------------------------------------------------------

#[test]
fn vote_needs_voting_power_from_before_the_epoch() {
	new_test_ext().execute_with(|| {
		create_gauges();
		assert_noop!(
			Gauges::vote(signed(ALICE), votes(&[(GAUGE_A, 100)])),
			Error::<Test>::NoVotingPower
		);
		// A lock made in this epoch votes from the next one: a flash lock cannot vote.
		assert_ok!(Gauges::lock(signed(ALICE), 1_000, 10));
		assert_noop!(
			Gauges::vote(signed(ALICE), votes(&[(GAUGE_A, 100)])),
			Error::<Test>::NoVotingPower
		);
		run_to_epoch(1, 0);
		assert_ok!(Gauges::vote(signed(ALICE), votes(&[(GAUGE_A, 100)])));
		// A lock that has no power left next epoch cannot vote.
		assert_ok!(Gauges::lock(signed(BOB), 1_000, 2));
		run_to_epoch(2, 0);
		assert_noop!(
			Gauges::vote(signed(BOB), votes(&[(GAUGE_A, 100)])),
			Error::<Test>::NoVotingPower
		);
	});
}

#[test]
fn an_increase_votes_from_the_next_epoch() {
	new_test_ext().execute_with(|| {
		create_gauges();
		assert_ok!(Gauges::lock(signed(ALICE), 1_000, 10));
		run_to_epoch(1, 0);
		// Borrowed PLX added to a lock this epoch does not vote this epoch.
		assert_ok!(Gauges::increase_amount(signed(ALICE), 99_000));
		assert_ok!(Gauges::vote(signed(ALICE), votes(&[(GAUGE_A, 10_000)])));
		assert_eq!(weight(GAUGE_A, 2), 1_000 * 10_000 * 8);
	});
}

#[test]
fn vote_checks_gauges_and_bps() {
	new_test_ext().execute_with(|| {
		create_gauges();
		assert_ok!(Gauges::create_gauge(
			signed(ADMIN),
			GaugeKind::Allocation { vault: GOVERNED, strategy: STRATEGY_C }
		));
		assert_ok!(Gauges::lock(signed(ALICE), 1_000, 10));
		run_to_epoch(1, 0);
		assert_noop!(
			Gauges::vote(signed(ALICE), votes(&[(GAUGE_A, 10_001)])),
			Error::<Test>::TooMuchWeight
		);
		assert_noop!(
			Gauges::vote(signed(ALICE), votes(&[(GAUGE_A, 6_000), (GAUGE_B, 4_001)])),
			Error::<Test>::TooMuchWeight
		);
		assert_noop!(Gauges::vote(signed(ALICE), votes(&[(42, 100)])), Error::<Test>::UnknownGauge);
		assert_noop!(
			Gauges::vote(signed(ALICE), votes(&[(GAUGE_A, 100), (GAUGE_A, 200)])),
			Error::<Test>::DuplicateGauge
		);
		assert_ok!(Gauges::vote(signed(ALICE), votes(&[(GAUGE_A, 6_000), (GAUGE_B, 3_000)])));
		// Σ over all the account's votes, not just this call.
		assert_noop!(
			Gauges::vote(signed(ALICE), votes(&[(EMISSION_GOVERNED, 1_001)])),
			Error::<Test>::TooMuchWeight
		);
		// Once per epoch per gauge.
		assert_noop!(
			Gauges::vote(signed(ALICE), votes(&[(GAUGE_A, 5_000)])),
			Error::<Test>::VoteTooSoon
		);
		assert_noop!(
			Gauges::vote(signed(ALICE), votes(&[(GAUGE_A, 0)])),
			Error::<Test>::VoteTooSoon
		);
		assert_ok!(Gauges::vote(
			signed(ALICE),
			votes(&[(EMISSION_GOVERNED, 500), (EMISSION_CURATED, 500)])
		));
		// MaxVotes = 4 gauges per account.
		assert_noop!(Gauges::vote(signed(ALICE), votes(&[(4, 1)])), Error::<Test>::TooManyVotes);
		run_to_epoch(2, 0);
		assert_ok!(Gauges::vote(signed(ALICE), votes(&[(GAUGE_A, 0), (4, 1_000)])));
		assert_eq!(
			VotesOf::<Test>::get(ALICE).into_inner(),
			vec![
				(GAUGE_B, 3_000, 10),
				(EMISSION_GOVERNED, 500, 10),
				(EMISSION_CURATED, 500, 10),
				(4, 1_000, 10)
			]
		);
		Gauges::do_try_state().unwrap();
	});
}

#[test]
fn gauge_weight_follows_the_formula_and_decays_without_pokes() {
	new_test_ext().execute_with(|| {
		create_gauges();
		assert_ok!(Gauges::lock(signed(ALICE), 1_000, 12));
		assert_ok!(Gauges::lock(signed(BOB), 3_000, 6));
		run_to_epoch(1, 3);
		assert_ok!(Gauges::vote(signed(ALICE), votes(&[(GAUGE_A, 7_000), (GAUGE_B, 3_000)])));
		assert_ok!(Gauges::vote(signed(BOB), votes(&[(GAUGE_A, 2_500)])));
		assert!(gauge_events().contains(&Event::Voted {
			who: BOB,
			gauge: GAUGE_A,
			bps: 2_500,
			weight: 3_000 * 2_500 * 4,
			epoch: 2
		}));
		// Votes count from the next epoch: epoch 1 weighs nothing.
		assert_eq!(weight(GAUGE_A, 1), 0);
		for e in 2..16u32 {
			run_to_epoch(e, 1);
			let alice = if e < 12 { 1_000 * 7_000 * u128::from(12 - e) } else { 0 };
			let bob = if e < 6 { 3_000 * 2_500 * u128::from(6 - e) } else { 0 };
			assert_eq!(weight(GAUGE_A, e), alice + bob, "gauge A, epoch {e}");
			let alice_b = if e < 12 { 1_000 * 3_000 * u128::from(12 - e) } else { 0 };
			assert_eq!(weight(GAUGE_B, e), alice_b, "gauge B, epoch {e}");
			// Stored once final.
			assert_eq!(GaugeWeightAt::<Test>::get(GAUGE_A, e), alice + bob);
			Gauges::do_try_state().unwrap();
		}
	});
}

#[test]
fn moving_a_lock_does_not_double_count_votes() {
	new_test_ext().execute_with(|| {
		create_gauges();
		assert_ok!(Gauges::lock(signed(ALICE), 1_000, 6));
		run_to_epoch(1, 0);
		assert_ok!(Gauges::vote(signed(ALICE), votes(&[(GAUGE_A, 10_000)])));
		// Extending and increasing the lock changes nothing until Alice votes again …
		assert_ok!(Gauges::extend_lock(signed(ALICE), 10));
		assert_ok!(Gauges::increase_amount(signed(ALICE), 1_000));
		run_to_epoch(2, 0);
		assert_eq!(weight(GAUGE_A, 2), 1_000 * 10_000 * 4);
		// … and the new vote replaces the old one instead of adding to it.
		assert_ok!(Gauges::vote(signed(ALICE), votes(&[(GAUGE_A, 10_000)])));
		assert_eq!(weight(GAUGE_A, 3), 2_000 * 10_000 * 7);
		run_to_epoch(7, 0);
		assert_eq!(weight(GAUGE_A, 7), 2_000 * 10_000 * 3);
		// After withdrawing, the PLX re-locked in another account votes once, not twice.
		run_to_epoch(10, 0);
		assert_eq!(weight(GAUGE_A, 10), 0);
		assert_ok!(Gauges::withdraw(signed(ALICE)));
		assert_ok!(Balances::transfer_allow_death(signed(ALICE), CHARLIE, 2_000));
		assert_ok!(Gauges::lock(signed(CHARLIE), 2_000, 15));
		run_to_epoch(11, 0);
		assert_ok!(Gauges::vote(signed(CHARLIE), votes(&[(GAUGE_A, 10_000)])));
		assert_eq!(weight(GAUGE_A, 12), 2_000 * 10_000 * 3);
		Gauges::do_try_state().unwrap();
	});
}

#[test]
fn votes_shift_the_target_allocation_at_the_next_epoch() {
	new_test_ext().execute_with(|| {
		create_gauges();
		assert_ok!(Gauges::lock(signed(ALICE), 1_000, 20));
		assert_ok!(Gauges::lock(signed(BOB), 1_000, 20));
		run_to_epoch(1, 0);
		assert_eq!(
			Gauges::strategy_weights(GOVERNED),
			vec![(STRATEGY_A, Perbill::zero()), (STRATEGY_B, Perbill::zero())]
		);
		assert_ok!(Gauges::vote(signed(ALICE), votes(&[(GAUGE_A, 10_000)])));
		assert_ok!(Gauges::vote(signed(BOB), votes(&[(GAUGE_A, 10_000)])));
		run_to_epoch(2, 0);
		assert_eq!(Gauges::strategy_weight(GOVERNED, STRATEGY_A), Perbill::one());
		// Bob moves his vote to B: the target moves at the next epoch, not before.
		assert_ok!(Gauges::vote(signed(BOB), votes(&[(GAUGE_A, 0), (GAUGE_B, 10_000)])));
		assert_eq!(Gauges::strategy_weight(GOVERNED, STRATEGY_A), Perbill::one());
		run_to_epoch(3, 0);
		assert_eq!(
			Gauges::strategy_weights(GOVERNED),
			vec![(STRATEGY_A, Perbill::from_percent(50)), (STRATEGY_B, Perbill::from_percent(50))]
		);
		assert_eq!(Gauges::strategy_weights(CURATED), vec![]);
	});
}

// ---------------------------------------------------------------------------------------------
// Keeper and checkpoints
// ---------------------------------------------------------------------------------------------

#[test]
fn a_gauge_left_behind_needs_a_checkpoint() {
	new_test_ext().execute_with(|| {
		gauges_and_alice_locked();
		assert_ok!(Gauges::vote(signed(ALICE), votes(&[(GAUGE_A, 10_000)])));
		// Jump three epochs without `on_initialize` (as if blocks were skipped).
		System::set_block_number(4 * EPOCH + 1);
		assert_noop!(
			Gauges::claim_incentives(signed(ALICE), GAUGE_A, 8),
			Error::<Test>::GaugeBehind
		);
		// Read-only views work out the weight anyway.
		assert_eq!(weight(GAUGE_A, 4), 1_000 * 10_000 * 16);
		assert_noop!(
			Gauges::checkpoint_gauge(RuntimeOrigin::none(), GAUGE_A, 8),
			DispatchError::BadOrigin
		);
		assert_noop!(Gauges::checkpoint_gauge(signed(BOB), 42, 8), Error::<Test>::UnknownGauge);
		assert_ok!(Gauges::checkpoint_gauge(signed(BOB), GAUGE_A, 2));
		assert_eq!(GaugeStore::<Test>::get(GAUGE_A).unwrap().point.epoch, 4);
		assert_ok!(Gauges::checkpoint_gauge(signed(BOB), GAUGE_A, 8));
		assert_eq!(GaugeStore::<Test>::get(GAUGE_A).unwrap().point.epoch, 5);
		for e in 2..=4u32 {
			assert_eq!(GaugeWeightAt::<Test>::get(GAUGE_A, e), 1_000 * 10_000 * u128::from(20 - e));
		}
	});
}

#[test]
fn the_keeper_moves_every_gauge_within_a_few_blocks() {
	new_test_ext().execute_with(|| {
		gauges_and_alice_locked();
		assert_ok!(Gauges::vote(
			signed(ALICE),
			votes(&[
				(GAUGE_A, 2_500),
				(GAUGE_B, 2_500),
				(EMISSION_GOVERNED, 2_500),
				(EMISSION_CURATED, 2_500)
			])
		));
		// Two gauges per block: four gauges take two blocks.
		run_to_epoch(2, 0);
		let behind =
			|e| (0..4).filter(|g| GaugeStore::<Test>::get(g).unwrap().point.epoch <= e).count();
		assert_eq!(behind(2), 2);
		run_to_epoch(2, 1);
		assert_eq!(behind(2), 0);
		assert_eq!(EmissionTotal::<Test>::get().epoch, 3);
		assert_eq!(EmissionTotalAt::<Test>::get(2), 2 * 1_000 * 2_500 * 18);
	});
}

// ---------------------------------------------------------------------------------------------
// Co-incentives
// ---------------------------------------------------------------------------------------------

#[test]
fn add_incentive_checks_gauge_epoch_and_amount() {
	new_test_ext().execute_with(|| {
		create_gauges();
		run_to_epoch(3, 0);
		assert_noop!(
			Gauges::add_incentive(signed(DAO), 42, 3, USDT, 100),
			Error::<Test>::UnknownGauge
		);
		assert_noop!(
			Gauges::add_incentive(signed(DAO), GAUGE_A, 2, USDT, 100),
			Error::<Test>::IncentiveInPast
		);
		assert_noop!(
			Gauges::add_incentive(signed(DAO), GAUGE_A, 3 + MAX_LOCK + 1, USDT, 100),
			Error::<Test>::IncentiveTooFar
		);
		assert_noop!(
			Gauges::add_incentive(signed(DAO), GAUGE_A, 3, USDT, 0),
			Error::<Test>::ZeroAmount
		);
		assert_noop!(
			Gauges::add_incentive(signed(NOBODY), GAUGE_A, 3, USDT, 100),
			Error::<Test>::InsufficientBalance
		);
		assert_noop!(
			Gauges::add_incentive(signed(DAO), GAUGE_A, 3, USDT, u128::MAX),
			Error::<Test>::InsufficientBalance
		);
		// At least 10 × the minimum balance (1).
		assert_noop!(
			Gauges::add_incentive(signed(DAO), GAUGE_A, 3, USDT, 9),
			Error::<Test>::IncentiveTooSmall
		);
		assert_ok!(Gauges::add_incentive(signed(DAO), GAUGE_A, 3, USDT, 100));
		assert_ok!(Gauges::add_incentive(signed(DAO), GAUGE_A, 3, USDT, 50));
		assert_ok!(Gauges::add_incentive(signed(DAO), GAUGE_A, 3, DOT, 10));
		// Deposits in one asset merge into one pot, whoever makes them.
		assert_ok!(Gauges::add_incentive(signed(ALICE), GAUGE_A, 3, DOT, 10));
		assert_ok!(Gauges::add_incentive(signed(BOB), GAUGE_A, 3, DOT, 10));
		let pots = Incentives::<Test>::get(GAUGE_A, 3);
		assert_eq!(
			pots.iter().map(|p| (p.asset, p.amount)).collect::<Vec<_>>(),
			vec![(USDT, 150), (DOT, 30)]
		);
		assert_eq!(IncentiveDeposits::<Test>::get((GAUGE_A, 3, BOB, DOT)), 10);
		// One pot per asset: a third asset fits, a fourth does not.
		let (third, fourth) = (share_of(0), share_of(1));
		assert_ok!(Gauges::add_incentive(signed(DAO), GAUGE_A, 3, third, 10));
		assert_noop!(
			Gauges::add_incentive(signed(BOB), GAUGE_A, 3, fourth, 10),
			Error::<Test>::TooManyIncentives
		);
		// The first deposit in an asset also leaves the pallet's account its minimum balance.
		assert_eq!(balance(USDT, Gauges::account_id()), 151);
		assert_eq!(balance(USDT, DAO), 1_000_000 - 151);
		Gauges::do_try_state().unwrap();
	});
}

#[test]
fn voters_share_a_pot_pro_rata_and_claim_once() {
	new_test_ext().execute_with(|| {
		create_gauges();
		assert_ok!(Gauges::lock(signed(ALICE), 1_000, 20));
		assert_ok!(Gauges::lock(signed(BOB), 700, 10));
		assert_ok!(Gauges::lock(signed(CHARLIE), 300, 20));
		run_to_epoch(1, 0);
		assert_ok!(Gauges::vote(signed(ALICE), votes(&[(GAUGE_A, 10_000)])));
		assert_ok!(Gauges::vote(signed(BOB), votes(&[(GAUGE_A, 3_333)])));
		assert_ok!(Gauges::vote(signed(CHARLIE), votes(&[(GAUGE_B, 10_000)])));
		assert_ok!(Gauges::add_incentive(signed(DAO), GAUGE_A, 2, USDT, 900_000));
		assert_ok!(Gauges::add_incentive(signed(DAO), GAUGE_A, 2, DOT, 70));
		// Epoch 2 has not ended: nothing to claim yet.
		run_to_epoch(2, 5);
		assert_noop!(
			Gauges::claim_incentives(signed(ALICE), GAUGE_A, 8),
			Error::<Test>::NothingToClaim
		);
		run_to_epoch(3, 0);
		let w_alice = 1_000u128 * 10_000 * 18;
		let w_bob = 700u128 * 3_333 * 8;
		let total = w_alice + w_bob;
		assert_eq!(GaugeWeightAt::<Test>::get(GAUGE_A, 2), total);
		let before = (balance(USDT, ALICE), balance(USDT, BOB));
		assert_ok!(Gauges::claim_incentives(signed(ALICE), GAUGE_A, 8));
		assert_ok!(Gauges::claim_incentives(signed(BOB), GAUGE_A, 8));
		let alice_usdt = 900_000 * w_alice / total;
		let bob_usdt = 900_000 * w_bob / total;
		assert_eq!(balance(USDT, ALICE) - before.0, alice_usdt);
		assert_eq!(balance(USDT, BOB) - before.1, bob_usdt);
		assert!(alice_usdt + bob_usdt <= 900_000);
		assert_eq!(balance(DOT, ALICE), 1_000_000 + 70 * w_alice / total);
		assert!(gauge_events().contains(&Event::IncentiveClaimed {
			who: ALICE,
			gauge: GAUGE_A,
			epoch: 2,
			asset: USDT,
			amount: alice_usdt
		}));
		// Claim twice: nothing more.
		assert_noop!(
			Gauges::claim_incentives(signed(ALICE), GAUGE_A, 8),
			Error::<Test>::NothingToClaim
		);
		// Charlie voted for another gauge: nothing here.
		assert_noop!(
			Gauges::claim_incentives(signed(CHARLIE), GAUGE_A, 8),
			Error::<Test>::NothingToClaim
		);
		let pots = Incentives::<Test>::get(GAUGE_A, 2);
		assert_eq!(pots[0].claimed, alice_usdt + bob_usdt);
		assert!(pots.iter().all(|p| p.claimed <= p.amount));
		Gauges::do_try_state().unwrap();
	});
}

#[test]
fn claims_walk_a_bounded_number_of_epochs() {
	new_test_ext().execute_with(|| {
		gauges_and_alice_locked();
		assert_ok!(Gauges::vote(signed(ALICE), votes(&[(GAUGE_A, 10_000)])));
		for e in 2..8 {
			assert_ok!(Gauges::add_incentive(signed(DAO), GAUGE_A, e, USDT, 100));
		}
		run_to_epoch(8, 0);
		// Alice is the only voter: each pot is hers in full. Two epochs per call.
		assert_ok!(Gauges::claim_incentives(signed(ALICE), GAUGE_A, 2));
		assert_eq!(balance(USDT, ALICE), 1_000_000 + 200);
		assert_ok!(Gauges::claim_incentives(signed(ALICE), GAUGE_A, 100));
		assert_eq!(balance(USDT, ALICE), 1_000_000 + 600);
		assert_eq!(balance(USDT, Gauges::account_id()), 1, "its minimum balance");
	});
}

#[test]
fn replaced_votes_keep_their_incentives() {
	new_test_ext().execute_with(|| {
		create_gauges();
		assert_ok!(Gauges::lock(signed(ALICE), 1_000, 20));
		assert_ok!(Gauges::lock(signed(BOB), 1_000, 20));
		run_to_epoch(1, 0);
		assert_ok!(Gauges::vote(signed(ALICE), votes(&[(GAUGE_A, 10_000)])));
		assert_ok!(Gauges::vote(signed(BOB), votes(&[(GAUGE_A, 10_000)])));
		for e in 2..6 {
			assert_ok!(Gauges::add_incentive(signed(DAO), GAUGE_A, e, USDT, 1_000));
		}
		// Alice changes her vote in epochs 2, 3 and 4 without claiming; MaxVoteHistory = 3.
		for (e, bps) in [(2, 5_000), (3, 10_000)] {
			run_to_epoch(e, 0);
			assert_ok!(Gauges::vote(signed(ALICE), votes(&[(GAUGE_A, bps)])));
		}
		// #19 item 8: the fourth vote used to fail (`ClaimIncentivesFirst`) until Alice
		// claimed. Unclaimed history never blocks a vote now: her oldest replaced vote moves
		// to the archive, its co-incentives still hers.
		run_to_epoch(4, 0);
		assert_ok!(Gauges::vote(signed(ALICE), votes(&[(GAUGE_A, 5_000)])));
		assert_eq!(crate::ArchivedVoteSlots::<Test>::iter_prefix((ALICE, GAUGE_A)).count(), 1);
		run_to_epoch(6, 0);
		assert_ok!(Gauges::claim_incentives(signed(ALICE), GAUGE_A, 8));
		assert_ok!(Gauges::claim_incentives(signed(BOB), GAUGE_A, 8));
		// Epoch 2: both at 100% (Alice's vote of epoch 1 was in force); epoch 3: Alice at 50%.
		let share = |a: u128, b: u128| 1_000 * a / (a + b);
		let alice = share(18, 18) + share(17 * 5, 17 * 10) + share(16, 16) + share(15 * 5, 15 * 10);
		let bob = share(18, 18) + share(17 * 10, 17 * 5) + share(16, 16) + share(15 * 10, 15 * 5);
		assert_eq!(balance(USDT, ALICE), 1_000_000 + alice);
		assert_eq!(balance(USDT, BOB), 1_000_000 + bob);
		assert!(alice + bob <= 4_000 && alice + bob >= 4_000 - 4);
		Gauges::do_try_state().unwrap();
	});
}

#[test]
fn a_pot_nobody_voted_for_is_refunded() {
	new_test_ext().execute_with(|| {
		gauges_and_alice_locked();
		assert_ok!(Gauges::vote(signed(ALICE), votes(&[(GAUGE_A, 10_000)])));
		assert_ok!(Gauges::add_incentive(signed(DAO), GAUGE_A, 2, USDT, 500));
		assert_ok!(Gauges::add_incentive(signed(DAO), GAUGE_B, 2, USDT, 300));
		assert_noop!(
			Gauges::refund_incentive(signed(DAO), GAUGE_B, 2, USDT),
			Error::<Test>::EpochNotStarted
		);
		run_to_epoch(2, 0);
		assert_noop!(
			Gauges::refund_incentive(signed(DAO), GAUGE_A, 2, USDT),
			Error::<Test>::IncentiveClaimable
		);
		assert_noop!(
			Gauges::refund_incentive(signed(ALICE), GAUGE_B, 2, USDT),
			Error::<Test>::UnknownIncentive
		);
		assert_noop!(
			Gauges::refund_incentive(signed(DAO), GAUGE_B, 2, DOT),
			Error::<Test>::UnknownIncentive
		);
		assert_noop!(
			Gauges::refund_incentive(signed(DAO), 42, 2, USDT),
			Error::<Test>::UnknownGauge
		);
		assert_ok!(Gauges::refund_incentive(signed(DAO), GAUGE_B, 2, USDT));
		assert_eq!(balance(USDT, DAO), 1_000_000 - 500 - 1);
		assert!(gauge_events().contains(&Event::IncentiveRefunded {
			gauge: GAUGE_B,
			epoch: 2,
			asset: USDT,
			depositor: DAO,
			amount: 300
		}));
		assert_noop!(
			Gauges::refund_incentive(signed(DAO), GAUGE_B, 2, USDT),
			Error::<Test>::UnknownIncentive
		);
		// Pots on a gauge killed before their epoch go back too.
		assert_ok!(Gauges::add_incentive(signed(DAO), GAUGE_A, 5, USDT, 200));
		assert_ok!(Gauges::kill_gauge(signed(ADMIN), GAUGE_A));
		run_to_epoch(5, 0);
		assert_ok!(Gauges::refund_incentive(signed(DAO), GAUGE_A, 5, USDT));
		assert_eq!(balance(USDT, DAO), 1_000_000 - 500 - 1);
	});
}

#[test]
fn each_depositor_of_a_merged_pot_nobody_voted_for_gets_its_own_part_back() {
	new_test_ext().execute_with(|| {
		gauges_and_alice_locked();
		assert_ok!(Gauges::add_incentive(signed(DAO), GAUGE_B, 2, USDT, 300));
		assert_ok!(Gauges::add_incentive(signed(BOB), GAUGE_B, 2, USDT, 200));
		run_to_epoch(3, 0);
		assert_ok!(Gauges::refund_incentive(signed(BOB), GAUGE_B, 2, USDT));
		assert_eq!(balance(USDT, BOB), 1_000_000);
		assert_eq!(Incentives::<Test>::get(GAUGE_B, 2)[0].amount, 300);
		assert_noop!(
			Gauges::refund_incentive(signed(BOB), GAUGE_B, 2, USDT),
			Error::<Test>::UnknownIncentive
		);
		assert_ok!(Gauges::refund_incentive(signed(DAO), GAUGE_B, 2, USDT));
		assert_eq!(balance(USDT, DAO), 1_000_000 - 1);
		assert!(Incentives::<Test>::get(GAUGE_B, 2).is_empty());
		Gauges::do_try_state().unwrap();
	});
}

#[test]
fn a_share_below_the_minimum_balance_is_skipped_never_failing_the_claim() {
	new_test_ext().execute_with(|| {
		use polkadot_sdk::frame_support::traits::fungibles::Create;
		// An asset whose minimum balance is 100: a pot of 1 000 (10 × 100).
		let big = 4_242;
		assert_ok!(<Assets as Create<u64>>::create(big, ADMIN, true, 100));
		assert_ok!(<Assets as Mutate<u64>>::mint_into(big, &DAO, 1_000_000));
		create_gauges();
		assert_ok!(Gauges::lock(signed(ALICE), 10_000, 20));
		assert_ok!(Gauges::lock(signed(BOB), 100, 20));
		run_to_epoch(1, 0);
		assert_ok!(Gauges::vote(signed(ALICE), votes(&[(GAUGE_A, 10_000)])));
		assert_ok!(Gauges::vote(signed(BOB), votes(&[(GAUGE_A, 10_000)])));
		assert_ok!(Gauges::add_incentive(signed(DAO), GAUGE_A, 2, big, 1_000));
		assert_ok!(Gauges::add_incentive(signed(DAO), GAUGE_A, 2, USDT, 1_000));
		run_to_epoch(3, 0);
		// Bob's share of the pot in `big` (≈ 9) is below its minimum balance: skipped, and his
		// USDT share is paid all the same.
		let usdt = balance(USDT, BOB);
		assert_ok!(Gauges::claim_incentives(signed(BOB), GAUGE_A, 8));
		assert_eq!(balance(big, BOB), 0);
		assert!(balance(USDT, BOB) > usdt);
		assert!(gauge_events().iter().any(
			|e| matches!(e, Event::IncentiveSkipped { who: BOB, asset, .. } if *asset == big)
		));
		// Alice's share is paid in full.
		assert_ok!(Gauges::claim_incentives(signed(ALICE), GAUGE_A, 8));
		assert!(balance(big, ALICE) >= 990);
		// Bob can vote again: his history is claimed.
		assert_ok!(Gauges::vote(signed(BOB), votes(&[(GAUGE_A, 5_000)])));
		Gauges::do_try_state().unwrap();
	});
}

// ---------------------------------------------------------------------------------------------
// Emissions
// ---------------------------------------------------------------------------------------------

#[test]
fn emissions_follow_gauge_weights_and_stakes() {
	new_test_ext().execute_with(|| {
		gauges_and_alice_locked();
		// 3:1 between the two emission gauges.
		assert_ok!(Gauges::vote(
			signed(ALICE),
			votes(&[(EMISSION_GOVERNED, 7_500), (EMISSION_CURATED, 2_500)])
		));
		assert_ok!(Gauges::stake(signed(BOB), EMISSION_GOVERNED, 3_000));
		assert_ok!(Gauges::stake(signed(CHARLIE), EMISSION_GOVERNED, 1_000));
		assert_ok!(Gauges::stake(signed(CHARLIE), EMISSION_CURATED, 500));
		assert_eq!(balance(share_of(GOVERNED), Gauges::account_id()), 4_000);
		// Epoch 1 has no weight: nothing is emitted.
		run_to_epoch(2, 0);
		assert_eq!(Gauges::claimable_emissions(&BOB, EMISSION_GOVERNED), 0);
		// Over epoch 2 the governed gauge streams 750 000 PLX: Bob 3/4, Charlie 1/4.
		run_to_epoch(3, 0);
		assert_eq!(Gauges::claimable_emissions(&BOB, EMISSION_GOVERNED), 562_500);
		let before = Balances::balance(&BOB);
		assert_ok!(Gauges::claim_emissions(signed(BOB), EMISSION_GOVERNED));
		assert_eq!(Balances::balance(&BOB) - before, 562_500);
		assert_noop!(
			Gauges::claim_emissions(signed(BOB), EMISSION_GOVERNED),
			Error::<Test>::NothingToClaim
		);
		assert_ok!(Gauges::claim_emissions(signed(CHARLIE), EMISSION_GOVERNED));
		assert_ok!(Gauges::claim_emissions(signed(CHARLIE), EMISSION_CURATED));
		assert_eq!(Balances::balance(&CHARLIE), 1_000_000 + 187_500 + 250_000);
		// Half way through epoch 3 Charlie unstakes: he keeps what he earned.
		run_to_epoch(3, 5);
		assert_ok!(Gauges::unstake(signed(CHARLIE), EMISSION_GOVERNED, 1_000));
		assert_eq!(balance(share_of(GOVERNED), CHARLIE), 1_000_000);
		run_to_epoch(4, 0);
		// Epoch 3 weights are 17/18 of epoch 2's on both gauges: still 3:1, 750 000 for this gauge.
		assert_eq!(Gauges::claimable_emissions(&CHARLIE, EMISSION_GOVERNED), 375_000 / 4);
		assert_eq!(Gauges::claimable_emissions(&BOB, EMISSION_GOVERNED), 375_000 * 3 / 4 + 375_000);
		assert!(gauge_events().contains(&Event::Unstaked {
			who: CHARLIE,
			gauge: EMISSION_GOVERNED,
			amount: 1_000
		}));
		Gauges::do_try_state().unwrap();
	});
}

/// #19 item 13: the pallet account paid unstakes with `Expendable`; an unstake that left less
/// than the share's minimum balance in it (another staker's small stake) reaped it and moved
/// that stake to the unstaker. Now every stake is 0 or at least the minimum balance, so what
/// the account holds after any unstake is too.
#[test]
fn stakes_are_zero_or_at_least_the_minimum_balance_so_unstakes_move_no_dust() {
	new_test_ext().execute_with(|| {
		create_gauges();
		let share = share_of(GOVERNED);
		assert_ok!(Assets::force_asset_status(
			RuntimeOrigin::root(),
			share,
			ADMIN,
			ADMIN,
			ADMIN,
			ADMIN,
			10,
			true,
			false
		));
		assert_noop!(
			Gauges::stake(signed(CHARLIE), EMISSION_GOVERNED, 9),
			Error::<Test>::StakeBelowMinimum
		);
		assert_ok!(Gauges::stake(signed(CHARLIE), EMISSION_GOVERNED, 10));
		assert_ok!(Gauges::stake(signed(BOB), EMISSION_GOVERNED, 1_000));
		assert_noop!(
			Gauges::unstake(signed(BOB), EMISSION_GOVERNED, 995),
			Error::<Test>::StakeBelowMinimum
		);
		let bob_before = balance(share, BOB);
		assert_ok!(Gauges::unstake(signed(BOB), EMISSION_GOVERNED, 1_000));
		assert_eq!(balance(share, BOB), bob_before + 1_000, "exactly his stake");
		assert_eq!(balance(share, Gauges::account_id()), 10, "Charlie's stake is still there");
		assert_ok!(Gauges::unstake(signed(CHARLIE), EMISSION_GOVERNED, 10));
		assert_eq!(balance(share, Gauges::account_id()), 0);
		Gauges::do_try_state().unwrap();
	});
}

#[test]
fn stake_and_unstake_check_their_input() {
	new_test_ext().execute_with(|| {
		create_gauges();
		assert_noop!(Gauges::stake(signed(BOB), 42, 10), Error::<Test>::UnknownGauge);
		assert_noop!(Gauges::stake(signed(BOB), GAUGE_A, 10), Error::<Test>::NotEmissionGauge);
		assert_noop!(Gauges::stake(signed(BOB), EMISSION_GOVERNED, 0), Error::<Test>::ZeroAmount);
		assert_noop!(
			Gauges::stake(signed(NOBODY), EMISSION_GOVERNED, 10),
			Error::<Test>::InsufficientBalance
		);
		assert_ok!(Gauges::stake(signed(BOB), EMISSION_GOVERNED, 10));
		assert_noop!(
			Gauges::unstake(signed(BOB), EMISSION_GOVERNED, 11),
			Error::<Test>::InsufficientStake
		);
		assert_noop!(Gauges::unstake(signed(BOB), EMISSION_GOVERNED, 0), Error::<Test>::ZeroAmount);
		assert_noop!(Gauges::unstake(signed(BOB), GAUGE_A, 1), Error::<Test>::NotEmissionGauge);
		assert_noop!(
			Gauges::claim_emissions(signed(BOB), GAUGE_A),
			Error::<Test>::NotEmissionGauge
		);
		assert_noop!(
			Gauges::claim_emissions(signed(BOB), EMISSION_GOVERNED),
			Error::<Test>::NothingToClaim
		);
		// A killed gauge lets stakers out.
		assert_ok!(Gauges::kill_gauge(signed(ADMIN), EMISSION_GOVERNED));
		assert_ok!(Gauges::unstake(signed(BOB), EMISSION_GOVERNED, 10));
		assert!(Stakes::<Test>::get(EMISSION_GOVERNED, BOB).is_none());
	});
}
