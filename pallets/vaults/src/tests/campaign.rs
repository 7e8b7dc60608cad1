//! Campaigns (`campaign.rs`): the deposit window, held shares and the early-exit penalty,
//! partner rewards.

use super::*;

mod deposit {
	use super::*;

	#[test]
	fn deposits_are_open_only_while_the_campaign_runs() {
		new_test_ext().execute_with(|| {
			let vault = create_vault(campaign(5, 10, 0, 0), 0);
			assert_noop!(V::deposit(origin(ALICE), vault, 10, 0), Error::<Test>::DepositsClosed);
			run_to_block(5);
			assert_ok!(V::deposit(origin(ALICE), vault, 10, 0));
			run_to_block(10);
			assert_noop!(V::deposit(origin(ALICE), vault, 10, 0), Error::<Test>::DepositsClosed);
			// Redemptions go on after the campaign.
			assert_ok!(V::request_redeem(origin(ALICE), vault, shares(vault, ALICE)));
		});
	}
}

mod request_redeem {
	use super::*;

	#[test]
	fn held_shares_cannot_move_and_pay_the_early_exit_penalty_to_those_who_stay() {
		new_test_ext().execute_with(|| {
			let vault = create_vault(campaign(1, 1_000, 50, 500), 0);
			assert_ok!(V::deposit(origin(BOB), vault, usdt(1_000), 0));
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(1_000), 0));
			let s = shares(vault, ALICE);
			// Held: not transferable.
			assert!(<Assets as Mutate<u64>>::transfer(
				share_of(vault),
				&ALICE,
				&CHARLIE,
				1,
				Preservation::Expendable
			)
			.is_err());
			let bob_before =
				crate::Pallet::<Test>::api_preview_redeem(vault, shares(vault, BOB)).unwrap();
			assert_ok!(V::request_redeem(origin(ALICE), vault, s));
			assert!(vault_events().iter().any(|e| matches!(
				e,
				Event::RedeemRequested { penalty, .. } if *penalty == usdt(50)
			)));
			assert_ok!(claim(ALICE, &[last_request()]));
			assert_eq!(balance(USDT, ALICE), usdt(1_000_000) - usdt(50));
			let bob_after =
				crate::Pallet::<Test>::api_preview_redeem(vault, shares(vault, BOB)).unwrap();
			assert!(bob_after >= bob_before + usdt(50) - 1, "the penalty went to Bob");
			check_invariants();
		});
	}

	#[test]
	fn after_the_hold_shares_are_free_and_pay_no_penalty() {
		new_test_ext().execute_with(|| {
			let vault = create_vault(campaign(1, 1_000, 50, 500), 0);
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(1_000), 0));
			run_to_block(51);
			assert_ok!(<Assets as Mutate<u64>>::transfer(
				share_of(vault),
				&ALICE,
				&CHARLIE,
				1_000_000,
				Preservation::Expendable
			));
			assert_ok!(V::request_redeem(origin(ALICE), vault, shares(vault, ALICE)));
			assert_ok!(claim(ALICE, &[last_request()]));
			assert_eq!(balance(USDT, ALICE), usdt(1_000_000) - 1 - FLOOR);
		});
	}
}

mod cancel_request {
	use super::*;

	#[test]
	fn a_request_and_its_cancellation_do_not_free_held_shares_or_dodge_the_penalty() {
		new_test_ext().execute_with(|| {
			let vault = create_vault(campaign(1, 1_000, 50, 500), 0);
			assert_ok!(V::deposit(origin(BOB), vault, usdt(1_000), 0));
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(1_000), 0));
			// All but the idle buffer is in a strategy: Alice's request waits in the queue.
			allocate(vault, <V as VaultLiquidity<_, _, _>>::allocatable(vault));
			let s = shares(vault, ALICE);
			assert_ok!(V::request_redeem(origin(ALICE), vault, s));
			let request = last_request();
			assert!(vault_events().iter().any(|e| matches!(
				e,
				Event::RedeemRequested { penalty, .. } if *penalty == usdt(50)
			)));
			assert_eq!(Holds::<Test>::get(vault, ALICE), None, "held shares are in the request");

			assert_ok!(V::cancel_request(origin(ALICE), request));
			assert_eq!(shares(vault, ALICE), s, "the shares are back");
			assert_eq!(
				Holds::<Test>::get(vault, ALICE),
				Some(Hold { shares: s, until: 51 }),
				"held again, until the original end"
			);
			assert!(
				<Assets as Mutate<u64>>::transfer(
					share_of(vault),
					&ALICE,
					&CHARLIE,
					1,
					Preservation::Expendable
				)
				.is_err(),
				"still frozen"
			);
			// A new request pays the penalty again.
			assert_ok!(V::request_redeem(origin(ALICE), vault, s));
			assert!(matches!(
				vault_events().last(),
				Some(Event::RedeemRequested { penalty, .. }) if *penalty == usdt(50)
			));
			check_invariants();

			// After the original end, a cancellation returns free shares.
			assert_ok!(V::cancel_request(origin(ALICE), last_request()));
			run_to_block(51);
			assert_ok!(V::request_redeem(origin(ALICE), vault, s));
			assert!(matches!(
				vault_events().last(),
				Some(Event::RedeemRequested { penalty: 0, .. })
			));
			assert_ok!(V::cancel_request(origin(ALICE), last_request()));
			assert_eq!(Holds::<Test>::get(vault, ALICE), None);
			check_invariants();
		});
	}
}

mod fund_partner_reward {
	use super::*;

	#[test]
	fn the_partner_funds_its_stream_once_and_it_unlocks_until_the_end() {
		new_test_ext().execute_with(|| {
			let vault = create_vault(campaign(1, 201, 0, 0), 0);
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(1_000), 0));
			assert_noop!(
				V::fund_partner_reward(origin(EVE), vault, 0),
				Error::<Test>::CannotFundReward
			);
			assert_noop!(
				V::fund_partner_reward(origin(PARTNER), vault, 1),
				Error::<Test>::UnknownPartnerReward
			);
			assert_ok!(V::fund_partner_reward(origin(PARTNER), vault, 0));
			assert_noop!(
				V::fund_partner_reward(origin(PARTNER), vault, 0),
				Error::<Test>::CannotFundReward
			);
			assert_eq!(total_assets(vault), usdt(1_000) - FLOOR);
			run_to_block(101);
			assert_eq!(total_assets(vault), usdt(1_500) - FLOOR);
			run_to_block(201);
			assert_eq!(total_assets(vault), usdt(2_000) - FLOOR);
			let governed = create_governed();
			assert_noop!(
				V::fund_partner_reward(origin(PARTNER), governed, 0),
				Error::<Test>::UnknownPartnerReward
			);
			check_invariants();
		});
	}
}
