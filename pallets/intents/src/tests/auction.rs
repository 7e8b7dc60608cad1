//! Batch auctions of swap intents: solvers' solutions and their verification, the best
//! solution winning, valuation prices, and the interplay of solutions with cancellation.

use super::*;
use crate::{Best, Error, Event, Intents as IntentStore, Settling, SolutionOf, ValuationPrices};
use polkadot_sdk::{frame_support::assert_noop, sp_runtime::FixedU128};

mod submit_solution {
	use super::*;

	/// The exact changes of an accepted solution: `assert_submit_solution`.
	#[test]
	fn a_valid_solution_becomes_the_best_of_the_open_batch() {
		new_test_ext().execute_with(|| {
			let a = submit(ALICE, swap(DOT, USDT, 1_000, 1_000, true));
			let b = submit(BOB, swap(USDT, DOT, 1_000, 900, true));
			assert_submit_solution(
				SOLVER,
				solution(vec![(DOT, 1), (USDT, 1)], vec![(a, 1_000, 1_000), (b, 1_000, 1_000)]),
			);
			check();
		});
	}

	#[test]
	fn a_solution_worse_than_the_reference_on_a_pair_is_rejected() {
		new_test_ext().execute_with(|| {
			let a = submit(ALICE, swap(DOT, USDT, 1_000, 1_000, false));
			let b = submit(BOB, swap(USDT, DOT, 1_000, 500, false));
			// The reference clears at Alice's limit (1:1): Bob's surplus is 500 DOT. A solver that
			// prices DOT at 1.5 USDT moves the surplus to Alice and leaves Bob less than the
			// reference gives him.
			let unfair =
				solution(vec![(DOT, 3), (USDT, 2)], vec![(a, 1_000, 1_500), (b, 1_000, 666)]);
			assert_noop!(propose(SOLVER, unfair), Error::<Test>::NotConserved);
			let unfair = solution(vec![(DOT, 3), (USDT, 2)], vec![(a, 666, 999), (b, 999, 666)]);
			assert_noop!(propose(SOLVER, unfair), Error::<Test>::PartialFillNotAllowed);
			// With Charlie and Dave the 3:2 price is feasible and conserves both assets, but the
			// reference (1:1, Dave first by price priority) gives the USDT → DOT side 1 500 DOT of
			// surplus and this solution only 999.
			let c = submit(CHARLIE, swap(DOT, USDT, 1_000, 1_000, true));
			let d = submit(DAVE, swap(USDT, DOT, 2_000, 500, true));
			let worse = solution(
				vec![(DOT, 3), (USDT, 2)],
				vec![(a, 1_000, 1_500), (b, 1_000, 666), (c, 1_000, 1_500), (d, 2_000, 1_333)],
			);
			assert_noop!(propose(SOLVER, worse), Error::<Test>::WorseThanReference);
			check();
		});
	}

	#[test]
	fn the_better_of_two_solutions_wins() {
		new_test_ext().execute_with(|| {
			assert_ok!(Intents::set_valuation_price(
				RawOrigin::Signed(ADMIN).into(),
				DOT,
				Some(1.into())
			));
			assert_ok!(Intents::set_valuation_price(
				RawOrigin::Signed(ADMIN).into(),
				ETH,
				Some(1.into())
			));
			assert_ok!(Intents::set_valuation_price(
				RawOrigin::Signed(ADMIN).into(),
				USDT,
				Some(1.into())
			));
			let a = submit(ALICE, swap(DOT, ETH, 1_000, 900, true));
			let b = submit(BOB, swap(ETH, USDT, 1_000, 900, true));
			let c = submit(CHARLIE, swap(USDT, DOT, 1_000, 900, true));
			// Half the ring: surplus 3 × 50.
			let half = solution(
				vec![(DOT, 1), (ETH, 1), (USDT, 1)],
				vec![(a, 500, 500), (b, 500, 500), (c, 500, 500)],
			);
			assert_submit_solution(DAVE, half.clone());
			assert_eq!(Best::<Test>::get().map(|b| (b.solver, b.surplus)), Some((DAVE, 150)));
			assert_noop!(propose(SOLVER, half), Error::<Test>::NotBetter);
			let whole = solution(
				vec![(DOT, 1), (ETH, 1), (USDT, 1)],
				vec![(a, 1_000, 1_000), (b, 1_000, 1_000), (c, 1_000, 1_000)],
			);
			assert_submit_solution(SOLVER, whole);
			assert_eq!(Best::<Test>::get().map(|b| (b.solver, b.surplus)), Some((SOLVER, 300)));
			settle();
			assert_eq!(balance(ETH, ALICE), 1_001_000, "the whole ring settled");
			check();
		});
	}

	#[test]
	fn invalid_solutions_are_refused_with_the_broken_rule() {
		new_test_ext().execute_with(|| {
			alice_shares();
			let a = submit(ALICE, swap(DOT, USDT, 1_000, 1_000, false));
			let b = submit(BOB, swap(USDT, DOT, 1_000, 1_000, true));
			let r = submit(ALICE, redeem(0, 1_000, 0));
			let p = || vec![(DOT, 1), (USDT, 1)];
			let cases: Vec<(SolutionOf<Test>, Error<Test>)> = vec![
				(solution(p(), vec![]), Error::<Test>::EmptySolution),
				(
					solution(p(), vec![(b, 1_000, 1_000), (a, 1_000, 1_000)]),
					Error::<Test>::FillsNotSorted,
				),
				(
					solution(p(), vec![(a, 1_000, 1_000), (a, 1_000, 1_000)]),
					Error::<Test>::FillsNotSorted,
				),
				(
					solution(p(), vec![(a, 1_000, 1_000), (99, 1_000, 1_000)]),
					Error::<Test>::UnknownIntent,
				),
				(
					solution(p(), vec![(a, 1_000, 1_000), (r, 1_000, 1_000)]),
					Error::<Test>::NotASwap,
				),
				(solution(p(), vec![(a, 1_000, 1_000), (b, 0, 0)]), Error::<Test>::ZeroFill),
				(
					solution(p(), vec![(a, 1_000, 1_000), (b, 1_001, 1_001)]),
					Error::<Test>::FillTooLarge,
				),
				(
					solution(p(), vec![(a, 999, 999), (b, 999, 999)]),
					Error::<Test>::PartialFillNotAllowed,
				),
				(
					solution(vec![(DOT, 1)], vec![(a, 1_000, 1_000), (b, 1_000, 1_000)]),
					Error::<Test>::MissingPrice,
				),
				(
					solution(vec![(DOT, 1), (USDT, 0)], vec![(a, 1_000, 1_000), (b, 1_000, 1_000)]),
					Error::<Test>::MissingPrice,
				),
				(
					solution(
						vec![(DOT, 1), (USDT, 1), (DOT, 2)],
						vec![(a, 1_000, 1_000), (b, 1_000, 1_000)],
					),
					Error::<Test>::MissingPrice,
				),
				(
					solution(p(), vec![(a, 1_000, 1_001), (b, 1_000, 999)]),
					Error::<Test>::PriceNotUniform,
				),
				(
					solution(vec![(DOT, 8), (USDT, 10)], vec![(a, 1_000, 800), (b, 800, 1_000)]),
					Error::<Test>::LimitViolated,
				),
				(
					solution(p(), vec![(a, 1_000, 1_000), (b, 500, 500)]),
					Error::<Test>::NotConserved,
				),
			];
			for (s, error) in cases {
				assert_noop!(propose(SOLVER, s), error);
			}
			let good = solution(p(), vec![(a, 1_000, 1_000), (b, 1_000, 1_000)]);
			assert_noop!(
				Intents::submit_solution(
					RawOrigin::Signed(SOLVER).into(),
					open_batch(),
					good.clone(),
					1
				),
				Error::<Test>::PairIntentsHintTooLow
			);
			assert_noop!(
				Intents::submit_solution(
					RawOrigin::Signed(SOLVER).into(),
					open_batch() + 1,
					good.clone(),
					10
				),
				Error::<Test>::WrongBatch
			);
			assert_ok!(propose(SOLVER, good.clone()));
			let batch = open_batch();
			settle();
			// The batch is settled: the same solution cannot settle it twice.
			assert_noop!(
				Intents::submit_solution(RawOrigin::Signed(SOLVER).into(), batch, good, 10),
				Error::<Test>::WrongBatch
			);
			check();
		});
	}

	#[test]
	fn an_intent_expiring_before_the_batch_closes_cannot_be_in_a_solution() {
		new_test_ext().execute_with(|| {
			let now = System::block_number();
			assert_ok!(Intents::submit_intent(
				RawOrigin::Signed(ALICE).into(),
				swap(DOT, USDT, 1_000, 900, true),
				now + 1,
				None
			));
			let b = submit(BOB, swap(USDT, DOT, 1_000, 900, true));
			let s = solution(vec![(DOT, 1), (USDT, 1)], vec![(0, 1_000, 1_000), (b, 1_000, 1_000)]);
			assert_noop!(propose(SOLVER, s), Error::<Test>::ExpiresBeforeSettlement);
		});
	}

	/// #24: the hint pays for every intent the reference clearing reads, also those it cannot
	/// settle (here two expiring before the close), not only those it keeps: on two pairs that
	/// read 4 + 2 intents, a hint of 5 was accepted (4 − 2 kept left 3 for the second pair).
	#[test]
	fn fails_when_the_hint_is_below_the_intents_read_kept_or_not() {
		new_test_ext().execute_with(|| {
			let now = System::block_number();
			for who in [CHARLIE, DAVE] {
				assert_ok!(Intents::submit_intent(
					RawOrigin::Signed(who).into(),
					swap(DOT, USDT, 1_000, 900, true),
					now + 1,
					None
				));
			}
			let a = submit(ALICE, swap(DOT, USDT, 1_000, 1_000, true));
			let b = submit(BOB, swap(USDT, DOT, 1_000, 1_000, true));
			let c = submit(ALICE, swap(DOT, ETH, 1_000, 1_000, true));
			let d = submit(BOB, swap(ETH, DOT, 1_000, 1_000, true));
			let both = solution(
				vec![(DOT, 1), (USDT, 1), (ETH, 1)],
				vec![(a, 1_000, 1_000), (b, 1_000, 1_000), (c, 1_000, 1_000), (d, 1_000, 1_000)],
			);
			let batch = open_batch();
			let signed = || RawOrigin::Signed(SOLVER).into();
			assert_noop!(
				Intents::submit_solution(signed(), batch, both.clone(), 5),
				Error::<Test>::PairIntentsHintTooLow
			);
			assert_ok!(Intents::submit_solution(signed(), batch, both, 6));
			check();
		});
	}

	#[test]
	fn a_solvers_fill_that_pays_its_intent_nothing_is_refused() {
		new_test_ext().execute_with(|| {
			// Alice's pro-rata limit for 1 DOT of 1 000 is ⌊1·1/1 000⌋ = 0: a price at which one
			// DOT buys nothing would take it for free.
			let a = submit(ALICE, swap(DOT, USDT, 1_000, 1, true));
			let b = submit(BOB, swap(USDT, DOT, 1_000, 1, true));
			let free = solution(vec![(DOT, 1), (USDT, 1_000)], vec![(a, 1, 0), (b, 1, 1_000)]);
			assert_noop!(propose(SOLVER, free), Error::<Test>::ZeroFill);
		});
	}

	#[test]
	fn an_intent_of_a_batch_still_settling_cannot_be_named_by_the_next_batchs_solution() {
		new_test_ext().execute_with(|| {
			let users = crossing_swaps(20);
			let all = |asset| total(asset) + users.iter().map(|w| balance(asset, *w)).sum::<u128>();
			let (dot, usdt) = (all(DOT), all(USDT));
			// Batch 0: a solution fills intents 0..10, one per block; 10..20 stay open for later
			// batches (a pair a solution trades is not cleared by the reference in that batch).
			assert_ok!(propose(
				SOLVER,
				solution(vec![(DOT, 1), (USDT, 1)], (0..10).map(|i| (i, 1_000, 1_000)).collect())
			));
			set_settlement_budget(1);
			run_to_block(Intents::closes_at());
			assert!(Settling::<Test>::get().is_some(), "batch 0 settles over several blocks");
			assert_eq!(open_batch(), 1);

			// Batch 1: Charlie buys DOT, Dave sells DOT.
			let c = submit(CHARLIE, swap(USDT, DOT, 1_000, 1_000, true));
			let d = submit(DAVE, swap(DOT, USDT, 1_000, 1_000, true));
			// Intent 10 (of batch 0, whose settlement may still touch it) paired with Charlie's:
			// refused while batch 0 settles.
			assert_noop!(
				propose(
					SOLVER,
					solution(
						vec![(DOT, 1), (USDT, 1)],
						vec![(10, 1_000, 1_000), (c, 1_000, 1_000)]
					)
				),
				Error::<Test>::SettlementInProgress
			);
			// So is an intent that batch 0's own solution names.
			assert_noop!(
				propose(
					SOLVER,
					solution(vec![(DOT, 1), (USDT, 1)], vec![(8, 1_000, 1_000), (c, 1_000, 1_000)])
				),
				Error::<Test>::SettlementInProgress
			);
			// A solution of batch 1's own intents is accepted meanwhile.
			assert_ok!(propose(
				SOLVER,
				solution(vec![(DOT, 1), (USDT, 1)], vec![(c, 1_000, 1_000), (d, 1_000, 1_000)])
			));
			while Settling::<Test>::get().is_some() {
				run_to_block(System::block_number() + 1);
				check();
			}
			set_settlement_budget(u64::MAX);
			// Batch 1 settles its solution; batch 2 clears 10..20 by the reference.
			settle();
			settle();
			assert!((0..20).chain([c, d]).all(|i| !IntentStore::<Test>::contains_key(i)));
			// Every owner got exactly what its intent asked for, out of its counterparties' escrow.
			for (i, who) in users.iter().enumerate() {
				let (d_, u_) = if i % 2 == 0 { (9_000, 11_000) } else { (11_000, 9_000) };
				assert_eq!((balance(DOT, *who), balance(USDT, *who)), (d_, u_), "user {i}");
			}
			assert_eq!((balance(DOT, CHARLIE), balance(USDT, DAVE)), (1_001_000, 1_001_000));
			assert_eq!((all(DOT), all(USDT)), (dot, usdt), "every token conserved");
			check();
		});
	}
}

mod set_valuation_price {
	use super::*;

	#[test]
	fn valuation_prices_are_set_by_the_admin_only() {
		new_test_ext().execute_with(|| {
			let price = Some(FixedU128::from_u32(2));
			assert_noop!(
				Intents::set_valuation_price(RawOrigin::Signed(ALICE).into(), USDT, price),
				polkadot_sdk::sp_runtime::DispatchError::BadOrigin
			);
			assert_noop!(
				Intents::set_valuation_price(RawOrigin::Signed(ADMIN).into(), 77, price),
				Error::<Test>::UnknownAsset
			);
			assert_ok!(Intents::set_valuation_price(RawOrigin::Signed(ADMIN).into(), USDT, price));
			assert_eq!(ValuationPrices::<Test>::get(USDT), price);
			assert_eq!(Intents::value_of(USDT, 10), 20);
			// Shares of vault 0 (one planck of USDT each) are valued through the vault.
			assert_eq!(Intents::value_of(share_of(0), 100), 200);
			assert_eq!(Intents::value_of(DOT, 100), 0, "unpriced");
		});
	}
}

mod scenarios {
	use super::*;

	#[test]
	fn a_ring_of_three_assets_is_settled_by_a_solver_without_outside_liquidity() {
		new_test_ext().execute_with(|| {
			let (dot, eth, usdt) = (total(DOT), total(ETH), total(USDT));
			let a = submit(ALICE, swap(DOT, ETH, 1_000, 900, false));
			let b = submit(BOB, swap(ETH, USDT, 1_000, 950, false));
			let c = submit(CHARLIE, swap(USDT, DOT, 1_000, 990, false));
			// Without a solver nothing clears: no pair has two sides.
			settle();
			assert!(IntentStore::<Test>::contains_key(a));
			assert!(!intent_events().iter().any(|e| matches!(e, Event::ReferenceCleared { .. })));
			let ring = solution(
				vec![(DOT, 1), (ETH, 1), (USDT, 1)],
				vec![(a, 1_000, 1_000), (b, 1_000, 1_000), (c, 1_000, 1_000)],
			);
			assert_ok!(propose(SOLVER, ring));
			settle();
			assert_eq!(balance(ETH, ALICE), 1_001_000);
			assert_eq!(balance(USDT, BOB), 1_001_000);
			assert_eq!(balance(DOT, CHARLIE), 1_001_000);
			assert!(![a, b, c].iter().any(IntentStore::<Test>::contains_key));
			assert_eq!((total(DOT), total(ETH), total(USDT)), (dot, eth, usdt));
			check();
		});
	}

	#[test]
	fn intents_in_the_best_solution_wait_for_settlement_to_be_cancelled() {
		new_test_ext().execute_with(|| {
			let a = submit(ALICE, swap(DOT, USDT, 1_000, 1_000, true));
			let b = submit(BOB, swap(USDT, DOT, 1_000, 1_000, true));
			let extra = submit(CHARLIE, swap(USDT, DOT, 1_000, 1_000, true));
			assert_ok!(propose(
				SOLVER,
				solution(vec![(DOT, 1), (USDT, 1)], vec![(a, 1_000, 1_000), (b, 1_000, 1_000)])
			));
			assert_noop!(
				Intents::cancel(RawOrigin::Signed(ALICE).into(), a),
				Error::<Test>::IntentInSolution
			);
			// An intent the solution does not name may go.
			assert_ok!(Intents::cancel(RawOrigin::Signed(CHARLIE).into(), extra));
			settle();
			assert!(!IntentStore::<Test>::contains_key(a));
			check();
		});
	}

	#[test]
	fn intents_of_a_superseded_solution_can_be_cancelled_again() {
		new_test_ext().execute_with(|| {
			for asset in [DOT, ETH, USDT] {
				assert_ok!(Intents::set_valuation_price(
					RawOrigin::Signed(ADMIN).into(),
					asset,
					Some(1.into())
				));
			}
			let a = submit(ALICE, swap(DOT, USDT, 1_000, 1_000, true));
			let b = submit(BOB, swap(USDT, DOT, 1_000, 1_000, true));
			let c = submit(CHARLIE, swap(DOT, ETH, 1_000, 900, true));
			let d = submit(DAVE, swap(ETH, DOT, 1_000, 900, true));
			let p = || vec![(DOT, 1), (USDT, 1)];
			assert_ok!(propose(SOLVER, solution(p(), vec![(a, 1_000, 1_000), (b, 1_000, 1_000)])));
			assert_noop!(
				Intents::cancel(RawOrigin::Signed(ALICE).into(), a),
				Error::<Test>::IntentInSolution
			);
			// A better solution on the other pair (Dave's surplus of 190 DOT, at the reference's
			// price) replaces it: Alice's intent is free again.
			let other = vec![(c, 1_000, 900), (d, 900, 1_000)];
			assert_ok!(propose(DAVE, solution(vec![(DOT, 9), (ETH, 10)], other)));
			assert_ok!(Intents::cancel(RawOrigin::Signed(ALICE).into(), a));
			assert_noop!(
				Intents::cancel(RawOrigin::Signed(CHARLIE).into(), c),
				Error::<Test>::IntentInSolution
			);
			settle();
			assert_eq!(balance(ETH, CHARLIE), 1_000_900);
			check();
		});
	}
}
