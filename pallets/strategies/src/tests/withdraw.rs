//! Tests of `withdraw_to` (`withdraw.rs`).

use super::*;

mod withdraw_to {
	use super::*;

	#[test]
	fn withdraw_to_burns_and_sends_a_reserve_withdrawal_to_the_beneficiary() {
		new_test_ext().execute_with(|| {
			assert_ok!(Assets::mint_into(USDT, &ALICE, 1_000));
			let beneficiary = Location::new(0, [AccountId32 { network: None, id: [9; 32] }]);
			assert_ok!(Strategies::withdraw_to(
				RuntimeOrigin::signed(ALICE),
				USDT,
				600,
				vloc(asset_hub()),
				vloc(beneficiary.clone())
			));
			assert_eq!(Assets::balance(USDT, ALICE), 400);
			let (payer, dest, message) = sent().pop().unwrap();
			assert_eq!((payer, dest), (ALICE, asset_hub()));
			let here_usdt = Location::new(0, [PalletInstance(50), GeneralIndex(1984)]);
			assert_eq!(
				message.0,
				vec![
					WithdrawAsset((here_usdt.clone(), 600).into()),
					ClearOrigin,
					BuyExecution { fees: (here_usdt, 600).into(), weight_limit: Unlimited },
					DepositAsset { assets: Wild(AllCounted(1)), beneficiary },
				]
			);
		});
	}

	#[test]
	fn withdraw_to_refuses_bad_requests_and_changes_nothing() {
		new_test_ext().execute_with(|| {
			assert_ok!(Assets::mint_into(USDT, &ALICE, 100));
			let o = || RuntimeOrigin::signed(ALICE);
			let b = || vloc(account(ALICE));
			assert_noop!(
				Strategies::withdraw_to(o(), USDT, 0, vloc(asset_hub()), b()),
				Error::<Test>::ZeroAmount
			);
			assert_noop!(
				Strategies::withdraw_to(o(), 42, 1, vloc(asset_hub()), b()),
				Error::<Test>::UnknownHubAsset
			);
			assert_noop!(
				Strategies::withdraw_to(o(), USDT, 1, vloc(Location::parent()), b()),
				Error::<Test>::NotAssetReserve
			);
			assert!(Strategies::withdraw_to(o(), USDT, 101, vloc(asset_hub()), b()).is_err());
			SEND_FAILS.with(|f| *f.borrow_mut() = true);
			assert_noop!(
				Strategies::withdraw_to(o(), USDT, 50, vloc(asset_hub()), b()),
				Error::<Test>::SendFailed
			);
			assert_eq!(Assets::balance(USDT, ALICE), 100, "a failed send burns nothing");
		});
	}
}
