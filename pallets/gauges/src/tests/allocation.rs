//! Tests of the target allocation (`src/allocation.rs`).

use super::*;

mod strategy_weights {
	use super::*;

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
				vec![
					(STRATEGY_A, Perbill::from_percent(50)),
					(STRATEGY_B, Perbill::from_percent(50))
				]
			);
			assert_eq!(Gauges::strategy_weights(CURATED), vec![]);
		});
	}
}
