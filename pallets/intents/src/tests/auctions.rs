//! Batch auctions of swap intents: the reference clearing, solvers' solutions and their
//! verification, the best solution winning, settlement across blocks.

use super::*;
use crate::{Best, Error, Event, Intents as IntentStore, Settling, SolutionOf};
use polkadot_sdk::frame_support::{assert_noop, BoundedVec};

fn solution(prices: Vec<(u32, u128)>, fills: Vec<(Id, u128, u128)>) -> SolutionOf<Test> {
	Solution {
		prices: BoundedVec::truncate_from(prices),
		fills: BoundedVec::truncate_from(
			fills
				.into_iter()
				.map(|(intent, given, received)| SolutionFill { intent, given, received })
				.collect(),
		),
	}
}

fn propose(who: u64, s: SolutionOf<Test>) -> polkadot_sdk::sp_runtime::DispatchResult {
	Intents::submit_solution(RawOrigin::Signed(who).into(), open_batch(), s, 100)
}

/// Σ of an asset over the users, the treasury and the escrow: conserved by settlement.
fn total(asset: u32) -> u128 {
	[ALICE, BOB, CHARLIE, DAVE, SOLVER, TREASURY, ADMIN, Intents::escrow_account()]
		.iter()
		.map(|w| balance(asset, *w))
		.sum()
}

#[test]
fn swaps_on_one_pair_clear_at_one_price_with_every_limit_respected() {
	new_test_ext().execute_with(|| {
		let (dot, usdt) = (total(DOT), total(USDT));
		// Sellers of DOT ask 5, 6 and 8 USDT per DOT; buyers pay at most 7 and 6.5.
		let a = submit(ALICE, swap(DOT, USDT, 1_000, 5_000, true));
		let b = submit(BOB, swap(DOT, USDT, 1_000, 6_000, true));
		let c = submit(CHARLIE, swap(DOT, USDT, 1_000, 8_000, true));
		let d = submit(DAVE, swap(USDT, DOT, 7_000, 1_000, true));
		let e = submit(SOLVER, swap(USDT, DOT, 6_500, 1_000, true));
		settle();
		let events = intent_events();
		let cleared = events
			.iter()
			.find_map(|e| match e {
				Event::ReferenceCleared { pair, price, .. } => Some((*pair, *price)),
				_ => None,
			})
			.expect("the pair cleared");
		assert_eq!(cleared.0, (DOT, USDT));
		let (p_dot, p_usdt) = cleared.1;
		let limits = [
			(a, 1_000, 5_000, DOT),
			(b, 1_000, 6_000, DOT),
			(c, 1_000, 8_000, DOT),
			(d, 7_000, 1_000, USDT),
			(e, 6_500, 1_000, USDT),
		];
		let mut filled = 0;
		for ev in events.iter() {
			if let Event::SwapFilled { intent, given, received } = ev {
				let (_, amount, min, give) = limits.iter().find(|l| l.0 == *intent).unwrap();
				let expected =
					if *give == DOT { given * p_dot / p_usdt } else { given * p_usdt / p_dot };
				assert_eq!(*received, expected, "one uniform price for every fill");
				assert!(*received >= min * given / amount, "limit of intent {intent} respected");
				filled += 1;
			}
		}
		assert!(filled >= 4, "the crossing intents traded");
		// Charlie's 8 USDT per DOT crosses nobody: still open.
		assert!(IntentStore::<Test>::contains_key(c));
		assert_eq!((total(DOT), total(USDT)), (dot, usdt), "every token conserved");
		check();
	});
}

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
fn a_solution_worse_than_the_reference_on_a_pair_is_rejected() {
	new_test_ext().execute_with(|| {
		let a = submit(ALICE, swap(DOT, USDT, 1_000, 1_000, false));
		let b = submit(BOB, swap(USDT, DOT, 1_000, 500, false));
		// The reference clears at Alice's limit (1:1): Bob's surplus is 500 DOT. A solver that
		// prices DOT at 1.5 USDT moves the surplus to Alice and leaves Bob less than the
		// reference gives him.
		let unfair = solution(vec![(DOT, 3), (USDT, 2)], vec![(a, 1_000, 1_500), (b, 1_000, 666)]);
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
		assert_ok!(propose(DAVE, half.clone()));
		assert_eq!(Best::<Test>::get().map(|b| (b.solver, b.surplus)), Some((DAVE, 150)));
		assert_noop!(propose(SOLVER, half), Error::<Test>::NotBetter);
		let whole = solution(
			vec![(DOT, 1), (ETH, 1), (USDT, 1)],
			vec![(a, 1_000, 1_000), (b, 1_000, 1_000), (c, 1_000, 1_000)],
		);
		assert_ok!(propose(SOLVER, whole));
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
			(solution(p(), vec![(a, 1_000, 1_000), (r, 1_000, 1_000)]), Error::<Test>::NotASwap),
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
			(solution(p(), vec![(a, 1_000, 1_000), (b, 500, 500)]), Error::<Test>::NotConserved),
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

fn alice_shares() {
	MockVaults::deposit(&ALICE, 0, 5_000).unwrap();
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
fn partial_fills_leave_the_rest_open_for_the_next_batch() {
	new_test_ext().execute_with(|| {
		let a = submit(ALICE, swap(DOT, USDT, 3_000, 3_000, true));
		submit(BOB, swap(USDT, DOT, 1_000, 1_000, true));
		settle();
		let left = IntentStore::<Test>::get(a).expect("still open");
		assert_eq!((left.remaining, left.limit, left.received), (2_000, 2_000, 1_000));
		submit(CHARLIE, swap(USDT, DOT, 2_000, 2_000, true));
		settle();
		assert!(!IntentStore::<Test>::contains_key(a));
		assert_eq!(balance(USDT, ALICE), 1_003_000);
		check();
	});
}

#[test]
fn a_large_settlement_is_split_across_blocks_never_truncated() {
	new_test_ext().execute_with(|| {
		let users: Vec<u64> = (0..20u64).map(|i| 20_000 + i).collect();
		for (i, who) in users.iter().enumerate() {
			use polkadot_sdk::frame_support::traits::{
				fungible::Mutate as _, fungibles::Mutate as _,
			};
			Balances::set_balance(who, 1_000);
			Assets::mint_into(DOT, who, 10_000).unwrap();
			Assets::mint_into(USDT, who, 10_000).unwrap();
			let (give, want) = if i % 2 == 0 { (DOT, USDT) } else { (USDT, DOT) };
			submit(*who, swap(give, want, 1_000, 1_000, true));
		}
		let half: Vec<Id> = (0..10).collect();
		assert_ok!(propose(
			SOLVER,
			solution(vec![(DOT, 1), (USDT, 1)], half.iter().map(|i| (*i, 1_000, 1_000)).collect())
		));
		// Three steps per block: ten fills, then the pair's reference with the other ten.
		set_settlement_budget(3);
		let closes = Intents::closes_at();
		run_to_block(closes);
		assert!(Settling::<Test>::get().is_some());
		let batch_after = open_batch();
		let mut blocks = 1;
		while Settling::<Test>::get().is_some() {
			// A settling intent cannot be cancelled.
			if let Some(id) = (0..20).find(|i| IntentStore::<Test>::contains_key(i)) {
				let owner = IntentStore::<Test>::get(id).unwrap().owner;
				assert_noop!(
					Intents::cancel(RawOrigin::Signed(owner).into(), id),
					Error::<Test>::SettlementInProgress
				);
			}
			run_to_block(System::block_number() + 1);
			blocks += 1;
			assert!(blocks < 50);
		}
		assert!(blocks >= 4, "ten fills at three per block take four blocks");
		assert_eq!(open_batch(), batch_after, "the next batch waits for the settlement");
		assert!((0..10).all(|i| !IntentStore::<Test>::contains_key(i)), "the solution settled");
		// The solution settled the pair; the other ten wait for the next batch, where the
		// reference clears them (ten intents in one step, over the budget: it still runs).
		assert!((10..20).all(IntentStore::<Test>::contains_key));
		settle();
		assert!((10..20).all(|i| !IntentStore::<Test>::contains_key(i)), "every intent settled");
		check();
	});
}

#[test]
fn an_intent_of_a_batch_still_settling_cannot_be_named_by_the_next_batchs_solution() {
	new_test_ext().execute_with(|| {
		let users: Vec<u64> = (0..20u64).map(|i| 20_000 + i).collect();
		for (i, who) in users.iter().enumerate() {
			use polkadot_sdk::frame_support::traits::{
				fungible::Mutate as _, fungibles::Mutate as _,
			};
			Balances::set_balance(who, 1_000);
			Assets::mint_into(DOT, who, 10_000).unwrap();
			Assets::mint_into(USDT, who, 10_000).unwrap();
			let (give, want) = if i % 2 == 0 { (DOT, USDT) } else { (USDT, DOT) };
			submit(*who, swap(give, want, 1_000, 1_000, true));
		}
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
				solution(vec![(DOT, 1), (USDT, 1)], vec![(10, 1_000, 1_000), (c, 1_000, 1_000)])
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

#[test]
fn a_solution_whose_intent_changed_before_the_close_is_dropped_whole() {
	new_test_ext().execute_with(|| {
		let (dot, usdt) = (total(DOT), total(USDT));
		let a = submit(ALICE, swap(DOT, USDT, 1_000, 1_000, true));
		let b = submit(BOB, swap(USDT, DOT, 1_000, 1_000, true));
		// Dave's DOT rests in escrow: a solution must never pay Bob out of it.
		let resting = submit(DAVE, swap(DOT, USDT, 1_000, 5_000, true));
		let escrow = balance(DOT, Intents::escrow_account());
		assert_ok!(propose(
			SOLVER,
			solution(vec![(DOT, 1), (USDT, 1)], vec![(a, 1_000, 1_000), (b, 1_000, 1_000)])
		));
		// Alice's intent loses half of its escrow behind the pallet's back (a defect elsewhere).
		IntentStore::<Test>::mutate(a, |i| i.as_mut().unwrap().remaining = 500);
		run_to_block(Intents::closes_at());
		assert!(intent_events()
			.iter()
			.any(|e| matches!(e, Event::SolutionDropped { batch: 0, intent } if *intent == a)));
		settle();
		assert!(!intent_events().iter().any(|e| matches!(e, Event::SwapFilled { .. })));
		// Bob was not paid out of Alice's and Dave's escrow: all of it is still there.
		assert_eq!(IntentStore::<Test>::get(resting).unwrap().remaining, 1_000);
		assert_eq!(balance(DOT, Intents::escrow_account()), escrow);
		assert_eq!(balance(DOT, BOB), 1_000_000);
		assert_eq!((total(DOT), total(USDT)), (dot, usdt));
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

#[test]
fn a_price_of_an_asset_the_solution_does_not_trade_does_not_widen_the_rounding_allowance() {
	use crate::math::{self, ClearingError, Fill, Order};
	// Three buyers of DOT give 1 999 USDT each for 1 planck of DOT (worth 1 000 USDT): 2 997
	// USDT would stay behind as "rounding dust". The allowance of USDT is one receiver plus
	// one unit of the dearest asset traded (DOT, 1 000), so this is refused, whatever price a
	// solver names for ETH, which nobody trades.
	let buyer = |id| Order { id, give: USDT, want: DOT, amount: 1_999, limit: 1, partial: true };
	let seller = Order { id: 9, give: DOT, want: USDT, amount: 3, limit: 3_000, partial: false };
	let fills: Vec<(Order<u32>, Fill)> = (0..3)
		.map(|id| (buyer(id), Fill { intent: id, given: 1_999, received: 1 }))
		.chain([(seller, Fill { intent: 9, given: 3, received: 3_000 })])
		.collect();
	let honest = vec![(DOT, 1_000), (USDT, 1)];
	assert_eq!(math::verify(&fills, &honest).err(), Some(ClearingError::NotConserved));
	let padded = vec![(DOT, 1_000), (USDT, 1), (ETH, 1_000_000)];
	assert_eq!(math::verify(&fills, &padded).err(), Some(ClearingError::NotConserved));
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
