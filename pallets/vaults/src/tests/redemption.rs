//! The redemption queue (`redemption.rs`): requests, cancellation, finalization (the call and
//! `on_idle`) and claims.

use super::*;

mod request_redeem {
	use super::*;

	#[test]
	fn success() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_deposit(ALICE, vault, usdt(100));
			assert_deposit(BOB, vault, usdt(100));
			// Idle covers it and nobody waits: finalized at once.
			assert_request_redeem(ALICE, vault, shares(vault, ALICE) / 4);
			// Idle does not cover it: queued, and so is the next one behind it.
			allocate(vault, <V as VaultLiquidity<_, _, _>>::allocatable(vault));
			assert_request_redeem(BOB, vault, shares(vault, BOB));
			assert_request_redeem(ALICE, vault, shares(vault, ALICE) / 10);
			// Held campaign shares pay the early-exit penalty.
			let campaign = create_vault(campaign(1, 1_000, 50, 500), 0);
			assert_deposit(CHARLIE, campaign, usdt(100));
			assert_request_redeem(CHARLIE, campaign, shares(campaign, CHARLIE) / 2);
		});
	}

	#[test]
	fn a_request_covered_by_idle_is_finalized_at_once_and_claimed() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(100), 0));
			let s = shares(vault, ALICE);
			assert_ok!(V::request_redeem(origin(ALICE), vault, s / 2));
			let request = last_request();
			assert_eq!(shares(vault, ALICE), s - s / 2);
			let req = Requests::<Test>::get(request).unwrap();
			assert_eq!(req.state, RequestState::Finalized { assets: (usdt(100) - FLOOR) / 2 });
			assert_eq!(supply(vault), s - s / 2, "the shares left the supply");
			assert_eq!(vault_info(vault).escrowed_shares, 0);
			assert_eq!(vault_info(vault).claimable, (usdt(100) - FLOOR) / 2);
			check_invariants();

			let before = balance(USDT, ALICE);
			assert_ok!(claim(ALICE, &[request]));
			assert_eq!(balance(USDT, ALICE), before + (usdt(100) - FLOOR) / 2);
			assert_eq!(vault_info(vault).claimable, 0);
			assert!(Requests::<Test>::get(request).is_none());
			assert!(RequestsOf::<Test>::get(ALICE).is_empty());
			check_invariants();
		});
	}

	#[test]
	fn request_error_paths_change_nothing() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(100), 0));
			let s = shares(vault, ALICE);
			assert_noop!(V::request_redeem(origin(ALICE), vault, 0), Error::<Test>::ZeroAmount);
			assert_noop!(V::request_redeem(origin(ALICE), 7, s), Error::<Test>::UnknownVault);
			assert_noop!(
				V::request_redeem(origin(ALICE), vault, s + 1),
				Error::<Test>::InsufficientShares
			);
			assert_noop!(
				V::request_redeem(origin(BOB), vault, 1),
				Error::<Test>::InsufficientShares
			);
			// 10^5 share planck is worth 0.1 planck: nothing to pay.
			assert_noop!(
				V::request_redeem(origin(ALICE), vault, 100_000),
				Error::<Test>::ZeroShares
			);
			assert_ok!(V::pause(origin(ADMIN), vault));
			assert_noop!(V::request_redeem(origin(ALICE), vault, s), Error::<Test>::VaultPaused);
			check_invariants();
		});
	}

	#[test]
	fn requests_below_the_minimum_are_refused() {
		new_test_ext().execute_with(|| {
			let vault = V::do_create_vault(
				USDT,
				VaultKind::Governed,
				u128::MAX,
				0,
				0,
				usdt(1),
				b"v".to_vec(),
				b"v".to_vec(),
			)
			.unwrap();
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(100), 0));
			let half_usdt_of_shares = usdt(1) * 1_000_000 / 2;
			assert_noop!(
				V::request_redeem(origin(ALICE), vault, half_usdt_of_shares),
				Error::<Test>::RequestTooSmall
			);
		});
	}

	#[test]
	fn an_account_has_a_bounded_number_of_open_requests() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(100), 0));
			allocate(vault, usdt(90));
			let unit = shares(vault, ALICE) / 10;
			for _ in 0..4 {
				assert_ok!(V::request_redeem(origin(ALICE), vault, unit));
			}
			assert_noop!(
				V::request_redeem(origin(ALICE), vault, unit),
				Error::<Test>::TooManyRequests
			);
			// Others are not blocked by Alice's requests.
			assert_ok!(V::deposit(origin(BOB), vault, usdt(10), 0));
			assert_ok!(V::request_redeem(origin(BOB), vault, shares(vault, BOB)));
			check_invariants();
		});
	}
}

mod cancel_request {
	use super::*;

	#[test]
	fn success() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_deposit(ALICE, vault, usdt(100));
			allocate(vault, usdt(90));
			let s = shares(vault, ALICE);
			let first = assert_request_redeem(ALICE, vault, s / 4);
			let second = assert_request_redeem(ALICE, vault, s / 4);
			let third = assert_request_redeem(ALICE, vault, s / 4);
			// In the middle, at the tail, at the head of the queue.
			assert_cancel_request(ALICE, vault, second);
			assert_cancel_request(ALICE, vault, third);
			assert_cancel_request(ALICE, vault, first);
			// Held campaign shares come back held.
			let campaign = create_vault(campaign(1, 1_000, 50, 500), 0);
			assert_deposit(BOB, campaign, usdt(100));
			allocate(campaign, <V as VaultLiquidity<_, _, _>>::allocatable(campaign));
			let request = assert_request_redeem(BOB, campaign, shares(campaign, BOB));
			assert_cancel_request(BOB, campaign, request);
		});
	}

	#[test]
	fn cancel_returns_the_shares_of_a_pending_request() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(100), 0));
			allocate(vault, usdt(90));
			let s = shares(vault, ALICE);
			assert_ok!(V::request_redeem(origin(ALICE), vault, s));
			let request = last_request();
			assert_eq!(shares(vault, ALICE), 0);
			assert_noop!(V::cancel_request(origin(BOB), request), Error::<Test>::NotRequestOwner);
			assert_ok!(V::cancel_request(origin(ALICE), request));
			assert_eq!(shares(vault, ALICE), s);
			assert!(Requests::<Test>::get(request).is_none());
			assert_eq!(vault_info(vault).pending_requests, 0);
			assert_noop!(V::cancel_request(origin(ALICE), request), Error::<Test>::UnknownRequest);
			check_invariants();
		});
	}

	#[test]
	fn a_finalized_request_cannot_be_cancelled() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(100), 0));
			assert_ok!(V::request_redeem(origin(ALICE), vault, shares(vault, ALICE)));
			assert_noop!(
				V::cancel_request(origin(ALICE), last_request()),
				Error::<Test>::AlreadyFinalized
			);
		});
	}
}

mod finalize_requests {
	use super::*;

	#[test]
	fn requests_wait_for_liquidity_and_are_finalized_first_in_first_out() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(100), 0));
			assert_ok!(V::deposit(origin(BOB), vault, usdt(100), 0));
			allocate(vault, usdt(180));
			assert_ok!(V::request_redeem(origin(ALICE), vault, shares(vault, ALICE)));
			let a = last_request();
			assert_ok!(V::request_redeem(origin(BOB), vault, shares(vault, BOB) / 10));
			let b = last_request();
			assert!(matches!(
				Requests::<Test>::get(a).unwrap().state,
				RequestState::Pending { .. }
			));
			assert_noop!(claim(ALICE, &[a]), Error::<Test>::NotFinalized);
			// Bob's small request fits in idle, but Alice is first: nothing moves.
			assert_ok!(V::finalize_requests(origin(CHARLIE), vault, 10));
			assert!(matches!(
				Requests::<Test>::get(b).unwrap().state,
				RequestState::Pending { .. }
			));
			check_invariants();

			deallocate(vault, usdt(180));
			assert_ok!(V::finalize_requests(origin(CHARLIE), vault, 10));
			assert_eq!(
				Requests::<Test>::get(a).unwrap().state,
				RequestState::Finalized { assets: usdt(100) - FLOOR }
			);
			assert_eq!(
				Requests::<Test>::get(b).unwrap().state,
				RequestState::Finalized { assets: usdt(10) }
			);
			check_invariants();
		});
	}

	/// #19 item 13: a redeem intent's queued remainder was finalized at whatever the shares
	/// were worth then, below the intent's `min_assets`. Now a request with a limit that is
	/// worth less at finalization is returned to its owner whole, and the queue moves on.
	#[test]
	fn a_request_worth_less_than_its_limit_at_finalization_is_returned_not_paid() {
		use plexus_primitives::VaultIntents;
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(100), 0));
			assert_ok!(V::deposit(origin(BOB), vault, usdt(100), 0));
			allocate(vault, usdt(180));
			let s = shares(vault, ALICE);
			assert_noop!(
				<V as VaultIntents<_, _>>::request_redeem(&ALICE, vault, s, usdt(101)),
				Error::<Test>::SlippageExceeded
			);
			let limited = <V as VaultIntents<_, _>>::request_redeem(&ALICE, vault, s, usdt(99))
				.expect("worth 100 now");
			let plain =
				<V as VaultIntents<_, _>>::request_redeem(&BOB, vault, shares(vault, BOB), 0)
					.expect("no limit");
			// A 10% loss while they wait: Alice's request is now worth 90 < 99.
			assert_ok!(<V as VaultLiquidity<_, _, _>>::report_loss(vault, usdt(20)));
			deallocate(vault, usdt(160));
			assert_ok!(V::finalize_requests(origin(CHARLIE), vault, 10));
			assert!(Requests::<Test>::get(limited).is_none(), "returned");
			assert_eq!(shares(vault, ALICE), s, "Alice has her shares back");
			assert!(System::events().iter().any(|r| matches!(
				r.event,
				RuntimeEvent::Vaults(Event::RequestReturned { request, min_assets, .. })
					if request == limited && min_assets == usdt(99)
			)));
			assert!(matches!(
				Requests::<Test>::get(plain).unwrap().state,
				RequestState::Finalized { .. }
			));
			assert_eq!(vault_info(vault).pending_requests, 0);
			check_invariants();
		});
	}

	#[test]
	fn finalization_is_bounded_by_the_batch() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			for who in [ALICE, BOB, CHARLIE] {
				assert_ok!(V::deposit(origin(who), vault, usdt(100), 0));
			}
			allocate(vault, usdt(270));
			for who in [ALICE, BOB, CHARLIE] {
				assert_ok!(V::request_redeem(origin(who), vault, shares(vault, who)));
			}
			deallocate(vault, usdt(270));
			assert_ok!(V::finalize_requests(origin(EVE), vault, 2));
			assert_eq!(vault_info(vault).pending_requests, 1);
			assert_ok!(V::finalize_requests(origin(EVE), vault, 2));
			assert_eq!(vault_info(vault).pending_requests, 0);
			check_invariants();
		});
	}

	#[test]
	fn a_paused_vault_finalizes_nothing_but_lets_finalized_requests_be_claimed() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(100), 0));
			assert_ok!(V::request_redeem(origin(ALICE), vault, shares(vault, ALICE) / 2));
			let finalized = last_request();
			allocate(vault, usdt(45));
			assert_ok!(V::request_redeem(origin(ALICE), vault, shares(vault, ALICE)));
			let pending = last_request();
			assert_ok!(V::pause(origin(GUARDIAN), vault));
			assert_noop!(V::finalize_requests(origin(BOB), vault, 5), Error::<Test>::VaultPaused);
			assert_ok!(claim(ALICE, &[finalized]));
			assert_ok!(V::cancel_request(origin(ALICE), pending));
			check_invariants();
		});
	}
}

mod claim {
	use super::*;

	#[test]
	fn success() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_deposit(ALICE, vault, usdt(100));
			let s = shares(vault, ALICE);
			let first = assert_request_redeem(ALICE, vault, s / 4);
			let second = assert_request_redeem(ALICE, vault, s / 4);
			assert_claim(ALICE, vault, &[first, second]);
			// Everything: the vault account keeps its floor and the rounding dust of idle.
			let last = assert_request_redeem(ALICE, vault, shares(vault, ALICE));
			assert_claim(ALICE, vault, &[last]);
			assert_eq!(balance(USDT, V::vault_account(vault)), FLOOR + vault_info(vault).idle);
		});
	}

	#[test]
	fn only_the_owner_claims_and_only_once() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(100), 0));
			assert_ok!(V::request_redeem(origin(ALICE), vault, shares(vault, ALICE)));
			let request = last_request();
			assert_noop!(claim(BOB, &[request]), Error::<Test>::NotRequestOwner);
			assert_noop!(claim(ALICE, &[request, request]), Error::<Test>::UnknownRequest);
			assert_ok!(claim(ALICE, &[request]));
			assert_noop!(claim(ALICE, &[request]), Error::<Test>::UnknownRequest);
			assert_noop!(claim(ALICE, &[999]), Error::<Test>::UnknownRequest);
			check_invariants();
		});
	}
}

mod on_idle {
	use super::*;

	#[test]
	fn on_idle_keeps_no_partial_writes_of_a_vault_whose_finalization_fails() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(100), 0));
			assert_ok!(V::deposit(origin(BOB), vault, usdt(100), 0));
			let out = <V as VaultLiquidity<_, _, _>>::allocatable(vault);
			allocate(vault, out);
			assert_ok!(V::request_redeem(origin(ALICE), vault, shares(vault, ALICE)));
			let first = last_request();
			assert_ok!(V::request_redeem(origin(BOB), vault, shares(vault, BOB)));
			deallocate(vault, out);
			// The first request finalizes, then adding the second to `claimable` overflows.
			let first_assets = Requests::<Test>::get(first).unwrap().assets_at_request;
			crate::pallet::Vaults::<Test>::mutate(vault, |info| {
				info.as_mut().unwrap().claimable = u128::MAX - first_assets - 1
			});
			let before = vault_info(vault);
			on_idle(Weight::MAX);
			assert!(
				matches!(Requests::<Test>::get(first).unwrap().state, RequestState::Pending { .. }),
				"the first request's finalization was rolled back with the vault's"
			);
			assert_eq!(vault_info(vault), before);
			assert!(RedeemQueue::<Test>::get(vault, before.queue_head).is_some());
		});
	}

	#[test]
	fn on_idle_finalizes_within_its_weight() {
		new_test_ext().execute_with(|| {
			let a = create_governed();
			let b = create_governed();
			for vault in [a, b] {
				assert_ok!(V::deposit(origin(ALICE), vault, usdt(100), 0));
				allocate(vault, usdt(90));
				assert_ok!(V::request_redeem(origin(ALICE), vault, shares(vault, ALICE)));
				deallocate(vault, usdt(90));
			}
			on_idle(Weight::zero());
			assert_eq!(vault_info(a).pending_requests + vault_info(b).pending_requests, 2);
			on_idle(Weight::MAX);
			assert_eq!(vault_info(a).pending_requests + vault_info(b).pending_requests, 0);
			check_invariants();
		});
	}
}

mod scenarios {
	use super::*;

	#[test]
	fn a_loss_while_waiting_is_shared_and_a_gain_while_waiting_stays_in_the_vault() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(100), 0));
			assert_ok!(V::deposit(origin(BOB), vault, usdt(100), 0));
			allocate(vault, usdt(180));
			assert_ok!(V::request_redeem(origin(ALICE), vault, shares(vault, ALICE)));
			let loss_request = last_request();
			// A 10% loss while Alice waits: she gets the lower value.
			assert_ok!(<V as VaultLiquidity<_, _, _>>::report_loss(vault, usdt(20)));
			deallocate(vault, usdt(160));
			assert_ok!(V::finalize_requests(origin(CHARLIE), vault, 10));
			let RequestState::Finalized { assets } =
				Requests::<Test>::get(loss_request).unwrap().state
			else {
				panic!()
			};
			assert!(assets < usdt(100) && assets >= usdt(90) - 1, "{assets}");

			// Bob requests, then a gain arrives before finalization: he gets the value at the
			// request; the gain stays with the vault (Charlie).
			assert_ok!(V::deposit(origin(CHARLIE), vault, usdt(10), 0));
			allocate(vault, <V as VaultLiquidity<_, _, _>>::allocatable(vault));
			let idle = vault_info(vault).idle;
			let bob_value =
				crate::Pallet::<Test>::api_preview_redeem(vault, shares(vault, BOB)).unwrap();
			assert!(bob_value > idle, "Bob's request has to wait");
			assert_ok!(V::request_redeem(origin(BOB), vault, shares(vault, BOB)));
			let gain_request = last_request();
			assert_ok!(<V as VaultLiquidity<_, _, _>>::report_gain(vault, usdt(50)));
			// The strategy earned it.
			assert_ok!(<Assets as Mutate<u64>>::mint_into(USDT, &CURATOR, usdt(50)));
			run_to_block(1 + UNLOCK_PERIOD);
			deallocate(vault, vault_info(vault).debt);
			assert_ok!(V::finalize_requests(origin(CHARLIE), vault, 10));
			let RequestState::Finalized { assets } =
				Requests::<Test>::get(gain_request).unwrap().state
			else {
				panic!()
			};
			assert!(assets <= bob_value, "{assets} > {bob_value}");
			assert!(total_assets(vault) > usdt(10), "Charlie keeps the gain");
			check_invariants();
		});
	}

	/// #19 item 13: the vault account paid claims and allocations with `Expendable`; the
	/// payment that left less than the asset's minimum balance in it reaped the account and
	/// moved the dust owed to others to the payee. Now the first deposit adds a floor of one
	/// minimum balance (never counted as the vault's assets) and payments out keep it.
	#[test]
	fn the_vault_account_keeps_a_floor_so_paying_out_never_moves_others_dust() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			let account = V::vault_account(vault);
			let min = <Assets as Inspect<u64>>::minimum_balance(USDT);
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(100), 0));
			assert_eq!(total_assets(vault), usdt(100) - min, "the floor came out of it");
			assert_eq!(balance(USDT, account), usdt(100));
			let before = balance(USDT, BOB);
			assert_ok!(V::deposit(origin(BOB), vault, usdt(100), 0));
			assert_eq!(before - balance(USDT, BOB), usdt(100), "no second floor");
			assert_eq!(total_assets(vault), usdt(200) - min);
			// Everyone leaves: the account keeps exactly its floor.
			assert_ok!(V::request_redeem(origin(ALICE), vault, shares(vault, ALICE)));
			assert_ok!(claim(ALICE, &[last_request()]));
			assert_ok!(V::request_redeem(origin(BOB), vault, shares(vault, BOB)));
			assert_ok!(claim(BOB, &[last_request()]));
			assert!(balance(USDT, ALICE) + balance(USDT, BOB) + min + 2 >= usdt(2_000_000));
			assert_eq!(balance(USDT, account), min + vault_info(vault).idle);
			check_invariants();
		});
	}

	#[test]
	fn while_the_price_is_in_doubt_requests_wait_and_deposits_are_refused() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(100), 0));
			set_price_in_doubt(vault, true);
			assert_noop!(
				V::deposit(origin(BOB), vault, usdt(10), 0),
				Error::<Test>::StaleStrategyReport
			);
			// Idle covers the request, but nobody is paid at a price about to be corrected.
			assert_ok!(V::request_redeem(origin(ALICE), vault, shares(vault, ALICE) / 2));
			let request = last_request();
			assert!(matches!(
				Requests::<Test>::get(request).unwrap().state,
				RequestState::Pending { .. }
			));
			assert_noop!(
				V::finalize_requests(origin(BOB), vault, 5),
				Error::<Test>::StaleStrategyReport
			);
			on_idle(Weight::MAX);
			assert_eq!(vault_info(vault).pending_requests, 1);
			check_invariants();
			// The strategy reports (or governance settles it): exits go on.
			set_price_in_doubt(vault, false);
			on_idle(Weight::MAX);
			assert_eq!(vault_info(vault).pending_requests, 0);
			assert_ok!(claim(ALICE, &[request]));
			check_invariants();
		});
	}
}
