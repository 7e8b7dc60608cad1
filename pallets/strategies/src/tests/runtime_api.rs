//! Tests of the runtime API (`runtime_api.rs`).

use super::*;

#[test]
fn the_api_shows_strategies_targets_operations_and_the_withdraw_program() {
	new_test_ext().execute_with(|| {
		let a = register(GOVERNED);
		fund(GOVERNED, 1_000);
		WEIGHTS.with(|w| *w.borrow_mut() = vec![(a, Perbill::from_percent(50))]);
		let list = Strategies_::api_strategies(GOVERNED);
		assert_eq!(list.len(), 1);
		assert_eq!(list[0].target, Some(500));
		assert!(!list[0].stale);
		assert_ok!(Strategies::rebalance(RuntimeOrigin::signed(BOB), a));
		let ops = Strategies_::api_operations(GOVERNED);
		assert_eq!(ops.len(), 1);
		assert_eq!(ops[0].operation.amount, 500);
		assert_eq!(Strategies_::api_hub_assets().len(), 2);
		assert!(Strategies_::api_withdraw_to_program(USDT, 5, asset_hub(), account(1)).is_some());
		assert!(
			Strategies_::api_withdraw_to_program(USDT, 5, Location::parent(), account(1)).is_none()
		);
	});
}
