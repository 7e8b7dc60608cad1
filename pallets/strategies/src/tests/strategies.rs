//! Tests of strategy registration and retirement (`strategies.rs`).

use super::*;

mod register_strategy {
	use super::*;

	#[test]
	fn register_strategy_checks_vault_reserve_bps_fee_and_bound() {
		new_test_ext().execute_with(|| {
			assert_noop!(
				Strategies::register_strategy(RuntimeOrigin::signed(ALICE), Box::new(params(0))),
				DispatchError::BadOrigin
			);
			assert_noop!(
				Strategies::register_strategy(admin(), Box::new(params(9))),
				Error::<Test>::UnknownVault
			);
			let elsewhere = StrategyParams { destination: Location::parent(), ..params(0) };
			assert_noop!(
				Strategies::register_strategy(admin(), Box::new(elsewhere)),
				Error::<Test>::DestinationNotReserve
			);
			let bps = StrategyParams { max_report_change_bps: 10_001, ..params(0) };
			assert_noop!(
				Strategies::register_strategy(admin(), Box::new(bps)),
				Error::<Test>::InvalidBps
			);
			// Every program buys its execution with the remote fee: an XCM asset of zero is
			// not an asset.
			let free = StrategyParams { remote_fee: 0, ..params(0) };
			assert_noop!(
				Strategies::register_strategy(admin(), Box::new(free)),
				Error::<Test>::ZeroRemoteFee
			);
			use polkadot_sdk::frame_support::traits::Get;
			for _ in 0..<Test as crate::Config>::MaxStrategiesPerVault::get() {
				register(0);
			}
			assert_noop!(
				Strategies::register_strategy(admin(), Box::new(params(0))),
				Error::<Test>::TooManyStrategies
			);
		});
	}

	#[test]
	fn registers_an_active_strategy_under_its_vault() {
		new_test_ext().execute_with(|| {
			run_to(3);
			assert_ok!(Strategies::register_strategy(admin(), Box::new(params(CURATED))));
			let s = strategy(0);
			assert_eq!(
				(s.params, s.asset, s.status),
				(params(CURATED), USDT, StrategyStatus::Active)
			);
			assert_eq!((s.debt, s.in_transit, s.operation, s.held_report), (0, 0, None, None));
			assert_eq!(
				(s.last_report, s.window),
				(3, ReportWindow { start: 3, base: 0, moved: 0 })
			);
			assert_eq!(crate::VaultStrategies::<Test>::get(CURATED).to_vec(), vec![0]);
			assert_eq!(crate::NextStrategyId::<Test>::get(), 1);
			assert_eq!(
				events().pop(),
				Some(Event::StrategyRegistered { strategy: 0, vault: CURATED })
			);
		});
	}
}

mod retire_strategy {
	use super::*;

	#[test]
	fn a_retired_strategy_takes_no_allocation_and_leaves_the_gauges() {
		new_test_ext().execute_with(|| {
			let id = register(CURATED);
			assert_noop!(
				Strategies::retire_strategy(RuntimeOrigin::signed(CURATOR), id),
				DispatchError::BadOrigin
			);
			assert_ok!(Strategies::retire_strategy(admin(), id));
			assert_eq!(strategy(id).status, StrategyStatus::Retired);
			assert_eq!(events().pop(), Some(Event::StrategyRetired { strategy: id }));
			use plexus_primitives::StrategyInspect;
			assert_eq!(Strategies_::strategy_vault(id), None);
			assert!(Strategies_::vault_strategies(CURATED).is_empty());
		});
	}

	#[test]
	fn fails_when_the_strategy_is_unknown_or_not_active() {
		new_test_ext().execute_with(|| {
			assert_noop!(Strategies::retire_strategy(admin(), 9), Error::<Test>::UnknownStrategy);
			let id = register(CURATED);
			assert_ok!(Strategies::retire_strategy(admin(), id));
			assert_noop!(
				Strategies::retire_strategy(admin(), id),
				Error::<Test>::StrategyNotActive
			);
		});
	}
}
