//! Tests of the epochs (`src/epochs.rs`): the clock, `checkpoint_gauge`, the keeper in
//! `on_initialize`.

use super::*;
use plexus_primitives::time::{now, EpochClock};

mod epoch_clock {
	use super::*;

	#[test]
	fn current_epoch_is_the_epoch_clock_s_epoch_across_a_boundary() {
		new_test_ext().execute_with(|| {
			assert_eq!(<Gauges as EpochClock<u64>>::epoch_length(), EPOCH);
			for block in [1, EPOCH - 1, EPOCH, EPOCH + 1, 2 * EPOCH - 1, 2 * EPOCH, 7 * EPOCH + 3] {
				System::set_block_number(block);
				let clock = <Gauges as EpochClock<u64>>::epoch_at(now::<Test>());
				assert_eq!(Gauges::current_epoch(), clock, "block {block}");
				assert_eq!(
					u64::from(Gauges::epoch_start(clock)),
					<Gauges as EpochClock<u64>>::epoch_start(clock)
				);
			}
			System::set_block_number(EPOCH - 1);
			assert_eq!(Gauges::current_epoch(), 0);
			System::set_block_number(EPOCH);
			assert_eq!(Gauges::current_epoch(), 1);
			assert_eq!(Gauges::epoch_start(1), EPOCH as u32);
		});
	}
}

mod checkpoint_gauge {
	use super::*;

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
				assert_eq!(
					GaugeWeightAt::<Test>::get(GAUGE_A, e),
					1_000 * 10_000 * u128::from(20 - e)
				);
			}
		});
	}
}

mod on_initialize {
	use super::*;

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
}
