//! Tests of the votes (`src/voting.rs`): `vote`, gauge weights, vote slots.

use super::*;

mod vote {
	use super::*;

	#[test]
	fn success() {
		new_test_ext().execute_with(|| {
			gauges_and_alice_locked();
			assert_ok!(Gauges::lock(signed(BOB), 3_000, 6));
			run_to_epoch(2, 3);
			assert_vote(ALICE, &[(GAUGE_A, 6_000), (EMISSION_GOVERNED, 4_000)]);
			assert_vote(BOB, &[(GAUGE_A, 10_000)]);
			// A new vote replaces the current one; 0 bps withdraws it.
			run_to_epoch(3, 0);
			assert_vote(ALICE, &[(GAUGE_A, 3_000), (EMISSION_GOVERNED, 0), (GAUGE_B, 7_000)]);
			Gauges::do_try_state().unwrap();
		});
	}

	#[test]
	fn needs_voting_power_from_before_the_epoch() {
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
	fn checks_gauges_and_bps() {
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
			assert_noop!(
				Gauges::vote(signed(ALICE), votes(&[(42, 100)])),
				Error::<Test>::UnknownGauge
			);
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
			assert_noop!(
				Gauges::vote(signed(ALICE), votes(&[(4, 1)])),
				Error::<Test>::TooManyVotes
			);
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
}

/// The weight of one vote over the epochs (`VoteSlot`).
mod vote_slot {
	use super::*;

	#[test]
	fn a_vote_slot_weighs_only_while_in_force() {
		let slot =
			VoteSlot { bps: 5_000, slope: 7, end: 10, since: 4, until: Some(8), claimed_from: 4 };
		assert_eq!(slot.weight_at(3), 0);
		assert_eq!(slot.weight_at(4), 7 * 6);
		assert_eq!(slot.weight_at(7), 7 * 3);
		assert_eq!(slot.weight_at(8), 0);
		assert_eq!(slot.last_epoch_exclusive(), 8);
		assert!(!slot.fully_claimed());
		assert!(VoteSlot { claimed_from: 8, ..slot.clone() }.fully_claimed());
		// The current vote is never fully claimed: it may still be in force.
		assert!(!VoteSlot { until: None, claimed_from: 10, ..slot }.fully_claimed());
	}
}

/// Votes and lock changes together.
mod scenarios {
	use super::*;

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
}
