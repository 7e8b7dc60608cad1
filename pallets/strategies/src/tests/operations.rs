//! Tests of allocations and deallocations and their XCM responses (`operations.rs`).

use super::*;

mod allocate {
	use super::*;

	#[test]
	fn allocate_burns_sends_one_program_and_a_success_response_makes_it_debt() {
		new_test_ext().execute_with(|| {
			let id = register(CURATED);
			fund(CURATED, 1_000);
			assert_allocate(RuntimeOrigin::signed(CURATOR), id, 400);
			assert_eq!(Assets::balance(USDT, CURATED_ACCOUNT), FLOOR + 600, "burnt here");
			assert_eq!(Assets::balance(DOT, Strategies_::account_id()), 990, "fee burnt");
			assert_eq!(vault(CURATED).in_transit, 400);
			let q = last_query();
			assert_eq!(strategy(id).operation, Some(q));
			assert_eq!(QUERIES.with(|qs| qs.borrow()[0].clone()), (q, asset_hub(), 1 + TIMEOUT));

			let (payer, dest, message) = sent().pop().unwrap();
			assert_eq!((payer, dest), (Strategies_::account_id(), asset_hub()));
			let here_usdt = Location::new(0, [PalletInstance(50), GeneralIndex(1984)]);
			let mut assets: polkadot_sdk::staging_xcm::latest::Assets =
				(Location::parent(), 10).into();
			assets.push((here_usdt, 400).into());
			assert_eq!(message.0[0], WithdrawAsset(assets));
			assert!(matches!(message.0[2], SetAppendix(ref a) if matches!(
				a.0[1],
				ReportError(QueryResponseInfo { query_id, ref destination, .. })
					if query_id == q && *destination == Location::new(1, [Parachain(2000)])
			)));
			let call = Adapter::AssetRewardsPool { pallet_index: 61, pool: 0 }.allocate_call(400);
			assert!(
				matches!(message.0[3], Transact { call: ref c, .. } if c.encoded() == &call[..])
			);
			assert_eq!(message.0[4], ExpectTransactStatus(MaybeErrorCode::Success));
			assert_ok!(Strategies_::do_try_state());

			assert_ok!(respond(q, None));
			assert_eq!(vault(CURATED), MockVault { idle: 600, debt: 400, ..Default::default() });
			assert_eq!((strategy(id).debt, strategy(id).in_transit), (400, 0));
			assert!(Operations::<Test>::get(q).is_none());
			assert!(events().contains(&Event::OperationCompleted {
				strategy: id,
				query_id: q,
				kind: OperationKind::Allocate,
				amount: 400
			}));
		});
	}

	#[test]
	fn governance_allocates_for_a_governed_vault() {
		new_test_ext().execute_with(|| {
			let id = register(GOVERNED);
			fund(GOVERNED, 1_000);
			let q = assert_allocate(admin(), id, 1_000);
			assert_ok!(respond(q, None));
			assert_eq!(strategy(id).debt, 1_000);
			assert_eq!(Assets::balance(USDT, GOVERNED_ACCOUNT), FLOOR, "the floor stays");
		});
	}

	#[test]
	fn allocation_errors_change_nothing() {
		new_test_ext().execute_with(|| {
			let id = register(CURATED);
			let c = || RuntimeOrigin::signed(CURATOR);
			assert_noop!(Strategies::allocate(c(), 9, 1), Error::<Test>::UnknownStrategy);
			assert_noop!(
				Strategies::allocate(RuntimeOrigin::signed(ALICE), id, 1),
				Error::<Test>::NotCurator
			);
			assert_noop!(Strategies::allocate(c(), id, 0), Error::<Test>::ZeroAmount);
			assert_noop!(Strategies::allocate(c(), id, 1_000_001), Error::<Test>::CapExceeded);
			assert_noop!(Strategies::allocate(c(), id, 1), Error::<Test>::InsufficientIdle);
			assert_ok!(Assets::mint_into(USDT, &CURATED_ACCOUNT, 100));
			set_idle(CURATED, 100);
			assert_noop!(Strategies::allocate(c(), id, 50), Error::<Test>::InsufficientFeeFunds);
			assert_ok!(Assets::mint_into(DOT, &Strategies_::account_id(), 100));
			SEND_FAILS.with(|f| *f.borrow_mut() = true);
			assert_noop!(Strategies::allocate(c(), id, 50), Error::<Test>::SendFailed);
			SEND_FAILS.with(|f| *f.borrow_mut() = false);
			assert_ok!(Strategies::allocate(c(), id, 50));
			assert_noop!(Strategies::allocate(c(), id, 1), Error::<Test>::OperationInFlight);
			assert_noop!(Strategies::deallocate(c(), id, 1), Error::<Test>::OperationInFlight);
			assert_ok!(respond(last_query(), None));
			assert_noop!(Strategies::deallocate(c(), id, 51), Error::<Test>::InsufficientDebt);
			assert_noop!(Strategies::deallocate(c(), id, 0), Error::<Test>::ZeroAmount);
			// Governance may allocate for any vault; a curator only for its own.
			let g = register(GOVERNED);
			assert_noop!(Strategies::allocate(c(), g, 1), Error::<Test>::NotCurator);
			assert_ok!(Strategies::retire_strategy(admin(), id));
			assert_noop!(Strategies::allocate(c(), id, 1), Error::<Test>::StrategyNotActive);
			assert_noop!(
				Strategies::retire_strategy(admin(), id),
				Error::<Test>::StrategyNotActive
			);
			assert_ok!(Strategies::deallocate(c(), id, 50));
		});
	}
}

mod deallocate {
	use super::*;

	#[test]
	fn deallocate_mints_back_into_idle_on_success_and_restores_debt_on_failure() {
		new_test_ext().execute_with(|| {
			let id = register(CURATED);
			fund(CURATED, 1_000);
			assert_ok!(Strategies::allocate(RuntimeOrigin::signed(CURATOR), id, 400));
			assert_ok!(respond(last_query(), None));

			assert_deallocate(RuntimeOrigin::signed(CURATOR), id, 100);
			assert_eq!(vault(CURATED).in_transit, 100);
			let (_, _, message) = sent().pop().unwrap();
			assert_eq!(message.0[0], WithdrawAsset((Location::parent(), 10).into()), "only fees");
			assert_ok!(respond(last_query(), Some((3, XcmError::ExpectationFalse))));
			assert_eq!(vault(CURATED).debt, 400, "failure: debt again");
			assert_eq!(strategy(id).debt, 400);

			assert_ok!(Strategies::deallocate(RuntimeOrigin::signed(CURATOR), id, 100));
			assert_ok!(respond(last_query(), None));
			assert_eq!(vault(CURATED), MockVault { idle: 700, debt: 300, ..Default::default() });
			assert_eq!(Assets::balance(USDT, CURATED_ACCOUNT), FLOOR + 700);
			assert_ok!(Strategies_::do_try_state());
		});
	}

	#[test]
	fn the_whole_debt_comes_back_however_small() {
		new_test_ext().execute_with(|| {
			let small = StrategyParams { min_operation: 500, ..params(CURATED) };
			assert_ok!(Strategies::register_strategy(admin(), Box::new(small)));
			let id = crate::NextStrategyId::<Test>::get() - 1;
			fund(CURATED, 1_000);
			assert_ok!(respond(assert_allocate(admin(), id, 600), None));
			assert_ok!(Strategies::force_report(admin(), id, 40));
			assert_noop!(Strategies::deallocate(admin(), id, 39), Error::<Test>::OperationTooSmall);
			assert_deallocate(admin(), id, 40);
			assert_ok!(respond(last_query(), None));
			assert_eq!((strategy(id).debt, vault(CURATED).debt), (0, 0));
		});
	}
}

mod on_response {
	use super::*;

	#[test]
	fn a_failed_allocation_returns_the_amount_to_idle_and_remints_it() {
		new_test_ext().execute_with(|| {
			let id = register(CURATED);
			fund(CURATED, 1_000);
			assert_ok!(Strategies::allocate(RuntimeOrigin::signed(CURATOR), id, 400));
			let q = last_query();
			assert_ok!(respond(q, Some((3, XcmError::ExpectationFalse))));
			assert_eq!(vault(CURATED), MockVault { idle: 1_000, ..Default::default() });
			assert_eq!(Assets::balance(USDT, CURATED_ACCOUNT), FLOOR + 1_000);
			assert_eq!((strategy(id).debt, strategy(id).operation), (0, None));
			assert!(events().iter().any(|e| matches!(
				e,
				Event::OperationFailed { error: Some((3, XcmError::ExpectationFalse)), .. }
			)));
		});
	}

	#[test]
	fn responses_must_come_from_the_destination_for_a_known_operation() {
		new_test_ext().execute_with(|| {
			let id = register(CURATED);
			fund(CURATED, 100);
			assert_ok!(Strategies::allocate(RuntimeOrigin::signed(CURATOR), id, 100));
			let q = last_query();
			assert_noop!(
				Strategies::on_response(
					RuntimeOrigin::signed(OTHER_RESPONDER),
					q,
					Response::ExecutionResult(None)
				),
				Error::<Test>::WrongResponder
			);
			assert_noop!(
				Strategies::on_response(RuntimeOrigin::signed(ALICE), q, Response::Null),
				DispatchError::BadOrigin
			);
			assert_noop!(respond(q + 1, None), Error::<Test>::UnknownOperation);
			assert_ok!(respond(q, None));
			assert_noop!(respond(q, None), Error::<Test>::UnknownOperation);
		});
	}
}

mod force_resolve {
	use super::*;

	#[test]
	fn a_silent_operation_is_resolved_by_governance_after_the_timeout() {
		new_test_ext().execute_with(|| {
			let id = register(CURATED);
			fund(CURATED, 100);
			assert_ok!(Strategies::allocate(RuntimeOrigin::signed(CURATOR), id, 100));
			let q = last_query();
			assert_noop!(
				Strategies::force_resolve(admin(), q, false),
				Error::<Test>::OperationNotTimedOut
			);
			run_to(1 + TIMEOUT);
			assert_noop!(
				Strategies::force_resolve(RuntimeOrigin::signed(ALICE), q, false),
				DispatchError::BadOrigin
			);
			assert_ok!(Strategies::force_resolve(admin(), q, false));
			assert_eq!(vault(CURATED).idle, 100);
			assert_eq!(Assets::balance(USDT, CURATED_ACCOUNT), FLOOR + 100);
			assert_noop!(
				Strategies::force_resolve(admin(), q, false),
				Error::<Test>::UnknownOperation
			);
		});
	}
}
