//! Property tests over random sequences of locks, votes, co-incentives, claims and epochs:
//! every gauge's weight is the exact sum of its voters' weights, claims of a pot never exceed
//! it, the pallet holds exactly the unclaimed pots, and `try_state` holds after every step.

use super::*;
use proptest::prelude::*;

#[derive(Clone, Debug)]
enum Op {
	Lock(u64, u128, u32),
	Vote(u64, GaugeId, u16),
	Incentive(GaugeId, u32, u128),
	Claim(u64, GaugeId),
	Extend(u64, u32),
	Next(u64),
}

fn op() -> impl Strategy<Value = Op> {
	let who = prop_oneof![Just(ALICE), Just(BOB), Just(CHARLIE)];
	prop_oneof![
		(who.clone(), 10u128..100_000, 1u32..MAX_LOCK).prop_map(|(w, a, e)| Op::Lock(w, a, e)),
		(who.clone(), 0u32..4, 0u16..6_000).prop_map(|(w, g, b)| Op::Vote(w, g, b)),
		(0u32..4, 0u32..3, 1u128..10_000).prop_map(|(g, e, a)| Op::Incentive(g, e, a)),
		(who.clone(), 0u32..4).prop_map(|(w, g)| Op::Claim(w, g)),
		(who, 1u32..MAX_LOCK).prop_map(|(w, e)| Op::Extend(w, e)),
		(1u64..25).prop_map(Op::Next),
	]
}

proptest! {
	#![proptest_config(ProptestConfig::with_cases(64))]
	#[test]
	fn random_sequences_keep_the_invariants(ops in prop::collection::vec(op(), 1..40)) {
		new_test_ext().execute_with(|| {
			create_gauges();
			for op in ops {
				let now = Gauges::current_epoch();
				let _ = match op {
					Op::Lock(w, a, e) => Gauges::lock(signed(w), a, now + e),
					Op::Vote(w, g, b) => Gauges::vote(signed(w), votes(&[(g, b)])).map(|_| ()).map_err(|e| e.error),
					Op::Incentive(g, e, a) => Gauges::add_incentive(signed(DAO), g, now + e, USDT, a),
					Op::Claim(w, g) => Gauges::claim_incentives(signed(w), g, 8).map(|_| ()).map_err(|e| e.error),
					Op::Extend(w, e) => Gauges::extend_lock(signed(w), now + e),
					Op::Next(b) => {
						run_to_block(System::block_number() + b);
						Ok(())
					},
				};
				Gauges::do_try_state().unwrap();
			}
			// Every pot: claims never exceed it, and the pallet holds what is left.
			let mut left = 0;
			for (_, _, pots) in Incentives::<Test>::iter() {
				for pot in pots.iter() {
					assert!(pot.claimed <= pot.amount);
					left += pot.amount - pot.claimed;
				}
			}
			// ...plus the minimum balance (1) its first deposit left it.
			let deposited = gauge_events().iter().any(|e| matches!(e, Event::IncentiveAdded { .. }));
			assert_eq!(balance(USDT, Gauges::account_id()), left + u128::from(deposited));
			// Past weights: each stored weight is the sum of the voters' weights in that epoch.
			for (gauge, epoch, w) in GaugeWeightAt::<Test>::iter() {
				let sum: u128 = VoteSlots::<Test>::iter()
					.filter(|(_, g, _)| *g == gauge)
					.flat_map(|(_, _, slots)| slots.into_iter())
					.map(|s| s.weight_at(epoch))
					.sum();
				// Slots fully claimed are pruned, so the sum can only fall short of the stored
				// weight by the pruned votes, never exceed it.
				assert!(sum <= w, "gauge {gauge} epoch {epoch}: {sum} > {w}");
			}
		});
	}
}
