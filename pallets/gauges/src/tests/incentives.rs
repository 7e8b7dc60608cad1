//! Tests of the co-incentives (`src/incentives.rs`): `add_incentive`, `claim_incentives`,
//! `refund_incentive`.

use super::*;

mod add_incentive {
	use super::*;

	#[test]
	fn success() {
		new_test_ext().execute_with(|| {
			create_gauges();
			// The first deposit in an asset also pays the pallet account's minimum balance.
			assert_add_incentive(DAO, GAUGE_A, 0, USDT, 100);
			assert_add_incentive(DAO, GAUGE_A, 0, USDT, 50);
			assert_add_incentive(BOB, GAUGE_A, 0, USDT, 10);
			assert_add_incentive(BOB, GAUGE_B, MAX_LOCK, DOT, 10);
		});
	}

	#[test]
	fn checks_gauge_epoch_and_amount() {
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
}

mod claim_incentives {
	use super::*;

	#[test]
	fn success() {
		new_test_ext().execute_with(|| {
			gauges_and_alice_locked();
			assert_ok!(Gauges::lock(signed(BOB), 700, 10));
			run_to_epoch(2, 0);
			assert_ok!(Gauges::vote(signed(ALICE), votes(&[(GAUGE_A, 10_000)])));
			assert_ok!(Gauges::vote(signed(BOB), votes(&[(GAUGE_A, 3_333)])));
			for e in 3..6 {
				assert_ok!(Gauges::add_incentive(signed(DAO), GAUGE_A, e, USDT, 90_000));
				assert_ok!(Gauges::add_incentive(signed(DAO), GAUGE_A, e, DOT, 7_000));
			}
			run_to_epoch(6, 0);
			assert_claim_incentives(ALICE, GAUGE_A, 2);
			assert_claim_incentives(ALICE, GAUGE_A, 8);
			assert_claim_incentives(BOB, GAUGE_A, 8);
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
}

mod refund_incentive {
	use super::*;

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
}

/// Votes replaced while their co-incentives are unclaimed.
mod scenarios {
	use super::*;

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
			let alice =
				share(18, 18) + share(17 * 5, 17 * 10) + share(16, 16) + share(15 * 5, 15 * 10);
			let bob =
				share(18, 18) + share(17 * 10, 17 * 5) + share(16, 16) + share(15 * 10, 15 * 5);
			assert_eq!(balance(USDT, ALICE), 1_000_000 + alice);
			assert_eq!(balance(USDT, BOB), 1_000_000 + bob);
			assert!(alice + bob <= 4_000 && alice + bob >= 4_000 - 4);
			Gauges::do_try_state().unwrap();
		});
	}
}
