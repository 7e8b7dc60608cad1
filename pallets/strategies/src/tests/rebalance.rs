//! Tests of the gauge-weighted rebalance (`rebalance.rs`).

use super::*;

mod rebalance {
	use super::*;

	#[test]
	fn rebalance_moves_a_governed_strategy_to_its_gauge_target_once_per_epoch() {
		new_test_ext().execute_with(|| {
			let a = register(GOVERNED);
			let b = register(GOVERNED);
			fund(GOVERNED, 1_000);
			WEIGHTS.with(|w| {
				*w.borrow_mut() =
					vec![(a, Perbill::from_percent(70)), (b, Perbill::from_percent(30))]
			});
			assert_eq!(Strategies_::target_of(&strategy(a), a), 700);
			let anyone = || RuntimeOrigin::signed(BOB);
			assert_ok!(Strategies::rebalance(anyone(), a));
			assert_eq!(strategy(a).in_transit, 700);
			assert_ok!(respond(last_query(), None));
			assert_noop!(Strategies::rebalance(anyone(), a), Error::<Test>::AlreadyRebalanced);
			assert_ok!(Strategies::rebalance(anyone(), b));
			assert_ok!(respond(last_query(), None));
			assert_eq!((strategy(a).debt, strategy(b).debt), (700, 300));

			// Votes move: next epoch a shrinks to 40%, b grows to 60%.
			WEIGHTS.with(|w| {
				*w.borrow_mut() =
					vec![(a, Perbill::from_percent(40)), (b, Perbill::from_percent(60))]
			});
			run_to(EPOCH);
			assert_noop!(Strategies::rebalance(anyone(), b), Error::<Test>::NothingToRebalance);
			assert_ok!(Strategies::rebalance(anyone(), a));
			assert_ok!(respond(last_query(), None));
			assert_eq!(strategy(a).debt, 400, "a gives back 300");
			assert_ok!(Strategies::rebalance(anyone(), b));
			assert_ok!(respond(last_query(), None));
			assert_eq!(strategy(b).debt, 600, "b takes the 300 now idle");
			assert_noop!(Strategies::rebalance(anyone(), b), Error::<Test>::AlreadyRebalanced);
			assert_eq!(vault(GOVERNED).idle, 0);
		});
	}

	#[test]
	fn a_dust_difference_does_not_use_up_the_epochs_rebalance_nor_the_fee_account() {
		new_test_ext().execute_with(|| {
			let limited = StrategyParams {
				min_operation: 50,
				rebalance_threshold_bps: 500,
				..params(GOVERNED)
			};
			assert_ok!(Strategies::register_strategy(admin(), Box::new(limited)));
			let a = crate::NextStrategyId::<Test>::get() - 1;
			fund(GOVERNED, 1_000);
			WEIGHTS.with(|w| *w.borrow_mut() = vec![(a, Perbill::one())]);
			let anyone = || RuntimeOrigin::signed(BOB);
			assert_ok!(Strategies::rebalance(anyone(), a));
			assert_ok!(respond(last_query(), None));
			assert_eq!(strategy(a).debt, 1_000);
			// Next epoch 40 more arrive: 4% of the target of 1 040, under the 5% threshold.
			run_to(EPOCH);
			fund(GOVERNED, 40);
			assert_noop!(Strategies::rebalance(anyone(), a), Error::<Test>::NothingToRebalance);
			assert_eq!(strategy(a).last_rebalance, Some(0), "the epoch's rebalance is not used");
			// Then 60 more: 100 of 1 100 is beyond the threshold and the minimum.
			fund(GOVERNED, 60);
			assert_ok!(Strategies::rebalance(anyone(), a));
			assert_eq!(strategy(a).in_transit, 100);
			assert_ok!(respond(last_query(), None));
			// Direct operations below the minimum are refused, whoever asks: no fee is spent.
			fund(GOVERNED, 49);
			let fees = Assets::balance(DOT, Strategies_::account_id());
			assert_noop!(Strategies::allocate(admin(), a, 49), Error::<Test>::OperationTooSmall);
			assert_noop!(Strategies::deallocate(admin(), a, 49), Error::<Test>::OperationTooSmall);
			assert_eq!(Assets::balance(DOT, Strategies_::account_id()), fees);
			// The whole debt can always come back, however small: force it down to 30.
			assert_ok!(Strategies::force_report(admin(), a, 30));
			assert_ok!(Strategies::deallocate(admin(), a, 30));
		});
	}

	#[test]
	fn redemptions_waiting_for_more_than_idle_shrink_the_target_and_bring_it_back() {
		new_test_ext().execute_with(|| {
			let a = register(GOVERNED);
			fund(GOVERNED, 1_000);
			WEIGHTS.with(|w| *w.borrow_mut() = vec![(a, Perbill::one())]);
			let anyone = || RuntimeOrigin::signed(BOB);
			assert_ok!(Strategies::rebalance(anyone(), a));
			assert_ok!(respond(last_query(), None));
			assert_eq!(strategy(a).debt, 1_000);
			// Next epoch redemptions wait for 250 more than idle (0) holds: the target is 750
			// and the rebalance deallocates exactly the 250.
			run_to(EPOCH);
			set_shortfall(GOVERNED, 250);
			assert_eq!(Strategies_::target_of(&strategy(a), a), 750);
			assert_ok!(Strategies::rebalance(anyone(), a));
			assert_eq!(strategy(a).debt, 750);
			assert_eq!(vault(GOVERNED).in_transit, 250);
			assert_ok!(respond(last_query(), None));
			assert_eq!(vault(GOVERNED).idle, 250, "back in idle for the redemptions");
		});
	}

	#[test]
	fn rebalance_is_for_governed_vaults_with_something_to_move() {
		new_test_ext().execute_with(|| {
			let c = register(CURATED);
			let g = register(GOVERNED);
			let anyone = || RuntimeOrigin::signed(BOB);
			assert_noop!(Strategies::rebalance(anyone(), c), Error::<Test>::NotGovernedVault);
			assert_noop!(Strategies::rebalance(anyone(), 9), Error::<Test>::UnknownStrategy);
			assert_noop!(Strategies::rebalance(anyone(), g), Error::<Test>::NothingToRebalance);
		});
	}
}
