//! Tests of the gauges (`src/gauges.rs`): `create_gauge`, `kill_gauge`.

use super::*;

mod create_gauge {
	use super::*;

	#[test]
	fn checks_origin_vault_and_strategy() {
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
}

mod kill_gauge {
	use super::*;

	#[test]
	fn keeps_the_past_and_zeroes_the_future() {
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
				Error::<Test>::GaugeNotActive
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
				Error::<Test>::GaugeNotActive
			);
			assert_noop!(
				Gauges::stake(signed(ALICE), EMISSION_GOVERNED, 10),
				Error::<Test>::GaugeNotActive
			);
			assert_noop!(
				Gauges::add_incentive(signed(DAO), EMISSION_GOVERNED, 4, USDT, 10),
				Error::<Test>::GaugeNotActive
			);
			assert_ok!(Gauges::vote(signed(ALICE), votes(&[(EMISSION_GOVERNED, 0)])));
			assert_eq!(
				VotesOf::<Test>::get(ALICE).into_inner(),
				vec![(EMISSION_CURATED, 5_000, 10)]
			);
			Gauges::do_try_state().unwrap();
		});
	}
}

mod gauge_kind {
	use super::*;

	#[test]
	fn gauge_kinds_know_their_vault() {
		assert_eq!(GaugeKind::Allocation { vault: 3, strategy: 9 }.vault(), 3);
		assert!(GaugeKind::Emission { vault: 4 }.is_emission());
		assert!(!GaugeKind::Allocation { vault: 3, strategy: 9 }.is_emission());
	}
}
