//! What other pallets see (`liquidity.rs`): moving liquidity between the buckets.

use super::*;

mod allocatable {
	use super::*;

	#[test]
	fn allocatable_keeps_the_idle_buffer_and_the_pending_requests() {
		new_test_ext().execute_with(|| {
			let vault = create_governed(); // 10% idle buffer
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(1_000), 0));
			assert_eq!(<V as VaultLiquidity<_, _, _>>::allocatable(vault), usdt(900));
			allocate(vault, usdt(850));
			assert_ok!(V::request_redeem(origin(ALICE), vault, shares(vault, ALICE) / 5));
			// 150 idle, 200 pending: nothing may leave.
			assert_eq!(<V as VaultLiquidity<_, _, _>>::allocatable(vault), 0);
			// and strategies owe idle the 50 missing plus the buffer of 10% of 1 000.
			assert_eq!(<V as VaultLiquidity<_, _, _>>::idle_shortfall(vault), usdt(150) - FLOOR);
			assert_noop!(
				<V as VaultLiquidity<_, _, _>>::begin_allocation(vault, 1),
				Error::<Test>::InsufficientIdle
			);
			assert_eq!(<V as VaultLiquidity<_, _, _>>::allocatable(42), 0);
			assert_eq!(<V as VaultLiquidity<_, _, _>>::idle_shortfall(42), 0);
		});
	}
}

mod scenarios {
	use super::*;

	#[test]
	fn a_failed_allocation_returns_to_idle_and_the_price_never_moves() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(1_000), 0));
			let before = price(vault);
			assert_ok!(<V as VaultLiquidity<_, _, _>>::begin_allocation(vault, usdt(500)));
			assert_eq!(vault_info(vault).in_transit, usdt(500));
			assert_eq!(price(vault), before);
			assert_ok!(<V as VaultLiquidity<_, _, _>>::cancel_allocation(vault, usdt(500)));
			assert_eq!(vault_info(vault).idle, usdt(1_000) - FLOOR);
			allocate(vault, usdt(500));
			assert_ok!(<V as VaultLiquidity<_, _, _>>::begin_deallocation(vault, usdt(200)));
			assert_ok!(<V as VaultLiquidity<_, _, _>>::cancel_deallocation(vault, usdt(200)));
			assert_eq!(vault_info(vault).debt, usdt(500));
			assert_eq!(price(vault), before);
			assert_noop!(
				<V as VaultLiquidity<_, _, _>>::complete_allocation(vault, 1),
				Error::<Test>::InsufficientLiquidity
			);
			assert_noop!(
				<V as VaultLiquidity<_, _, _>>::begin_deallocation(vault, usdt(501)),
				Error::<Test>::InsufficientLiquidity
			);
			assert_noop!(
				<V as VaultLiquidity<_, _, _>>::begin_allocation(9, 1),
				Error::<Test>::InsufficientIdle
			);
			assert_eq!(<V as VaultLiquidity<_, _, _>>::vault_asset(vault), Some(USDT));
			assert_eq!(<V as VaultLiquidity<_, _, _>>::vault_account(9), None);
			check_invariants();
		});
	}
}
