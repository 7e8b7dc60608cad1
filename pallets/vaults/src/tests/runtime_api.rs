//! The `VaultsApi` runtime API (`runtime_api.rs`).

use super::*;

mod previews {
	use super::*;
	use crate::runtime_api::VaultsApiError;

	#[test]
	fn previews_match_what_the_calls_do() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_eq!(V::api_preview_deposit(9, 1), Err(VaultsApiError::UnknownVault));
			assert_eq!(V::api_preview_deposit(vault, 0), Err(VaultsApiError::ZeroAmount));
			let preview = V::api_preview_deposit(vault, usdt(10)).unwrap();
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(10), 0));
			assert_eq!(shares(vault, ALICE), preview);
			assert_ok!(<V as VaultLiquidity<_, _, _>>::report_gain(vault, 3));
			run_to_block(1 + UNLOCK_PERIOD);
			let cost = V::api_preview_mint(vault, 12_345_678).unwrap();
			let before = balance(USDT, BOB);
			assert_ok!(V::mint(origin(BOB), vault, 12_345_678, u128::MAX));
			assert_eq!(before - balance(USDT, BOB), cost);
			let value = V::api_preview_redeem(vault, shares(vault, ALICE)).unwrap();
			assert_ok!(V::request_redeem(origin(ALICE), vault, shares(vault, ALICE)));
			assert_eq!(
				Requests::<Test>::get(last_request()).unwrap().state,
				RequestState::Finalized { assets: value }
			);
			assert_eq!(V::api_requests_of(ALICE).len(), 1);
			assert!(V::api_share_price(vault).unwrap() >= 1_000_000, "one share is worth ≥ 1 USDT");
			assert_ok!(V::set_deposit_cap(origin(ADMIN), vault, 0));
			assert_eq!(V::api_preview_deposit(vault, 1), Err(VaultsApiError::CapExceeded));
			let summary = V::api_vault(vault).unwrap();
			assert_eq!(summary.share_decimals, 12);
			assert_eq!(summary.account, V::vault_account(vault));
			assert_eq!(V::api_vaults().len(), 1);
		});
	}
}
