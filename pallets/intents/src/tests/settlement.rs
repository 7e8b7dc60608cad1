//! Settlement of closed batches in `on_initialize`: the reference clearing of pairs, partial
//! fills, settlement across blocks, a solution dropped at the close.

use super::*;
use crate::{Error, Event, Intents as IntentStore, Settling};
use polkadot_sdk::frame_support::assert_noop;

mod on_initialize {
	use super::*;

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
					assert!(
						*received >= min * given / amount,
						"limit of intent {intent} respected"
					);
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
			crossing_swaps(20);
			let half: Vec<IntentId> = (0..10).collect();
			assert_ok!(propose(
				SOLVER,
				solution(
					vec![(DOT, 1), (USDT, 1)],
					half.iter().map(|i| (*i, 1_000, 1_000)).collect()
				)
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
			assert!(
				(10..20).all(|i| !IntentStore::<Test>::contains_key(i)),
				"every intent settled"
			);
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
}
