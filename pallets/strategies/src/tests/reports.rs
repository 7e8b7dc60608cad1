//! Tests of value reports, their bound per window, held reports and the circuit breaker
//! (`reports.rs`).

use super::*;

fn allocated(vault: u32, amount: u128) -> u32 {
	let id = register(vault);
	fund(vault, amount);
	assert_ok!(Strategies::allocate(admin(), id, amount));
	assert_ok!(respond(last_query(), None));
	id
}

/// Moves to the first block of the next report window (`max_report_age` = 100 blocks).
fn next_window(id: u32) {
	run_to(strategy(id).window.start + 100);
}

mod report {
	use super::*;

	#[test]
	fn a_report_within_bounds_moves_the_vault_by_gain_or_loss() {
		new_test_ext().execute_with(|| {
			let id = allocated(CURATED, 1_000);
			let r = || RuntimeOrigin::signed(REPORTER);
			assert_report(r(), id, 1_050);
			assert_eq!(vault(CURATED).gains, 50);
			assert_eq!(strategy(id).debt, 1_050);
			next_window(id);
			assert_report(r(), id, 1_000);
			assert_eq!(vault(CURATED).losses, 50);
			next_window(id);
			assert_noop!(Strategies::report(r(), id, 1_051), Error::<Test>::ReportOutOfBounds);
			assert_noop!(
				Strategies::report(RuntimeOrigin::signed(ALICE), id, 1_000),
				Error::<Test>::NotReporter
			);
			assert_noop!(
				Strategies::force_report(RuntimeOrigin::signed(REPORTER), id, 2_000),
				DispatchError::BadOrigin
			);
			assert_ok!(Strategies::force_report(admin(), id, 2_000));
			assert_eq!(vault(CURATED).gains, 1_050);
		});
	}

	#[test]
	fn repeated_reports_move_the_value_at_most_once_the_bound_per_window() {
		new_test_ext().execute_with(|| {
			let id = allocated(CURATED, 1_000);
			let r = || RuntimeOrigin::signed(REPORTER);
			// Twenty reports of +5% in one block: the first moves the value by the bound (5%
			// of 1 000), every other one is refused.
			assert_ok!(Strategies::report(r(), id, 1_050));
			for _ in 0..19 {
				let up = strategy(id).debt * 105 / 100;
				assert_noop!(Strategies::report(r(), id, up), Error::<Test>::ReportOutOfBounds);
			}
			assert_eq!(strategy(id).debt, 1_050);
			// Within the window, the remaining room is what the bound leaves: 52 planck of 5%
			// of 1 050 minus the 50 already moved, down or up.
			assert_ok!(Strategies::report(r(), id, 1_048));
			assert_noop!(Strategies::report(r(), id, 1_050), Error::<Test>::ReportOutOfBounds);
			assert_eq!(vault(CURATED).gains, 50);
			assert_eq!(vault(CURATED).losses, 2);
			// The next window has its own room.
			next_window(id);
			assert_ok!(Strategies::report(r(), id, 1_100));
		});
	}

	#[test]
	fn a_report_records_its_annualised_yield() {
		new_test_ext().execute_with(|| {
			let id = allocated(CURATED, 1_000);
			// 0.1% in one day is 3 650 bps a year.
			run_to(1 + plexus_primitives::time::DAYS as u64);
			assert_ok!(Strategies::report(RuntimeOrigin::signed(REPORTER), id, 1_001));
			assert_eq!(strategy(id).yield_bps, 3_650);
			assert_eq!(
				<Strategies_ as plexus_primitives::StrategyInspect>::vault_strategies(CURATED),
				vec![id]
			);
			assert_ok!(Strategies::report(RuntimeOrigin::signed(REPORTER), id, 1_000));
			assert_eq!(strategy(id).yield_bps, 0, "a loss yields nothing");
			assert_eq!(crate::annualised_yield_bps(1_000, 1_001, 14_400), 3_650);
			assert_eq!(crate::annualised_yield_bps(0, 1_001, 14_400), 0);
			assert_eq!(crate::annualised_yield_bps(1_000, 1_001, 0), 0);
			assert_eq!(crate::annualised_yield_bps(1, u128::MAX, 1), u32::MAX, "saturates");
		});
	}

	#[test]
	fn an_xcm_reporter_reports_through_its_location() {
		new_test_ext().execute_with(|| {
			let id = allocated(CURATED, 1_000);
			crate::Strategies::<Test>::mutate(id, |s| {
				s.as_mut().unwrap().params.report_origin = ReportOrigin::Location(asset_hub())
			});
			assert_noop!(
				Strategies::report(RuntimeOrigin::signed(REPORTER), id, 1_000),
				Error::<Test>::NotReporter
			);
			assert_ok!(Strategies::report(RuntimeOrigin::signed(AH_XCM), id, 1_010));
		});
	}

	#[test]
	fn no_report_while_an_operation_is_in_flight() {
		new_test_ext().execute_with(|| {
			let id = allocated(CURATED, 1_000);
			assert_ok!(Strategies::deallocate(admin(), id, 10));
			assert_noop!(
				Strategies::report(RuntimeOrigin::signed(REPORTER), id, 990),
				Error::<Test>::OperationInFlight
			);
		});
	}
}

/// `DepositGate`: the circuit breaker.
mod deposit_gate {
	use super::*;

	#[test]
	fn a_stale_strategy_pauses_deposits_until_it_reports_again() {
		new_test_ext().execute_with(|| {
			let id = allocated(CURATED, 1_000);
			assert_eq!(VaultViews::<Test>::get(CURATED).report_deadline, Some(1 + 100));
			assert!(!Strategies_::deposits_paused(CURATED));
			run_to(102);
			assert!(Strategies_::deposits_paused(CURATED), "past max_report_age");
			assert!(Strategies_::finalization_paused(CURATED), "exits wait too");
			assert!(!Strategies_::deposits_paused(GOVERNED), "other vaults unaffected");
			assert_ok!(Strategies::report(RuntimeOrigin::signed(REPORTER), id, 1_000));
			assert!(!Strategies_::deposits_paused(CURATED));
		});
	}
}

/// A loss beyond the bound (`report`) held until `force_report`.
#[test]
fn a_loss_beyond_the_bound_is_held_for_governance_and_pauses_deposits_and_exits() {
	new_test_ext().execute_with(|| {
		let id = allocated(CURATED, 1_000);
		let r = || RuntimeOrigin::signed(REPORTER);
		// Twenty small losses in a block: the first four fit the 5% bound, the fifth would
		// exceed it and is held instead of crushing the vault.
		for _ in 0..4 {
			let down = strategy(id).debt - 12;
			assert_ok!(Strategies::report(r(), id, down));
		}
		assert_eq!(strategy(id).debt, 952);
		assert!(!Strategies_::finalization_paused(CURATED));
		assert_ok!(Strategies::report(r(), id, 940));
		assert_eq!(strategy(id).debt, 952, "the held loss is not applied");
		assert_eq!(strategy(id).held_report, Some(940));
		assert_eq!(vault(CURATED).losses, 48);
		assert!(events().iter().any(|e| matches!(
			e,
			Event::ReportHeld { strategy, value: 940, previous: 952 } if *strategy == id
		)));
		assert!(Strategies_::deposits_paused(CURATED));
		assert!(Strategies_::finalization_paused(CURATED));
		assert!(!Strategies_::finalization_paused(GOVERNED), "other vaults unaffected");
		// The reporter cannot report again until governance has decided.
		assert_noop!(Strategies::report(r(), id, 952), Error::<Test>::ReportHeld);
		next_window(id);
		assert_noop!(Strategies::report(r(), id, 952), Error::<Test>::ReportHeld);
		// Governance settles the value: the vault runs again.
		assert_ok!(Strategies::force_report(admin(), id, 900));
		assert_eq!(strategy(id).held_report, None);
		assert_eq!(vault(CURATED).losses, 100);
		assert!(!Strategies_::finalization_paused(CURATED));
		assert!(!Strategies_::deposits_paused(CURATED));
		assert_ok!(Strategies::report(r(), id, 910));
	});
}
