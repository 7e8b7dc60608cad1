//! Creating vaults and the admin's calls (`dispatchable_impls.rs`).

use super::*;

mod create_vault {
	use super::*;

	#[test]
	fn creates_the_vault_and_its_share_token_owned_by_the_vault_account() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_eq!(vault, 0);
			let info = vault_info(vault);
			assert_eq!(info.asset, USDT);
			assert_eq!(info.share_asset, FIRST_SHARE_ASSET);
			assert_eq!(info.status, VaultStatus::Active);
			let details =
				polkadot_sdk::pallet_assets::Asset::<Test>::get(FIRST_SHARE_ASSET).unwrap();
			assert_eq!(details.owner, V::vault_account(vault));
			assert_eq!(details.issuer, V::vault_account(vault));
			use polkadot_sdk::frame_support::traits::fungibles::metadata::Inspect as M;
			assert_eq!(<Assets as M<u64>>::decimals(FIRST_SHARE_ASSET), 12, "6 + δ");
			assert_eq!(<Assets as M<u64>>::symbol(FIRST_SHARE_ASSET), b"pUSDT".to_vec());
			assert!(matches!(vault_events().last(), Some(Event::VaultCreated { vault: 0, .. })));
			assert_eq!(create_governed(), 1, "ids count up");
			check_invariants();
		});
	}

	#[test]
	fn needs_the_admin_origin() {
		new_test_ext().execute_with(|| {
			assert_noop!(
				V::create_vault(
					origin(ALICE),
					USDT,
					VaultKind::Governed,
					u128::MAX,
					0,
					0,
					1,
					b"x".to_vec().try_into().unwrap(),
					b"x".to_vec().try_into().unwrap(),
				),
				DispatchError::BadOrigin
			);
		});
	}

	fn create(
		asset: u32,
		kind: VaultKindOf<Test>,
		min_idle: u16,
		fee: u16,
		name: &[u8],
	) -> polkadot_sdk::sp_runtime::DispatchResult {
		V::create_vault(
			origin(ADMIN),
			asset,
			kind,
			u128::MAX,
			min_idle,
			fee,
			1,
			name.to_vec().try_into().unwrap(),
			b"S".to_vec().try_into().unwrap(),
		)
	}

	#[test]
	fn refuses_bad_parameters() {
		new_test_ext().execute_with(|| {
			assert_noop!(create(42, VaultKind::Governed, 0, 0, b"n"), Error::<Test>::UnknownAsset);
			assert_noop!(
				create(USDT, VaultKind::Governed, 10_001, 0, b"n"),
				Error::<Test>::InvalidBps
			);
			assert_noop!(
				create(USDT, VaultKind::Governed, 0, 10_001, b"n"),
				Error::<Test>::InvalidBps
			);
			assert_noop!(create(USDT, VaultKind::Governed, 0, 0, b""), Error::<Test>::BadMetadata);
			assert_noop!(
				create(USDT, campaign(10, 10, 0, 0), 0, 0, b"n"),
				Error::<Test>::InvalidCampaign
			);
			assert_noop!(
				create(USDT, campaign(1, 10, 0, 10_001), 0, 0, b"n"),
				Error::<Test>::InvalidBps
			);
		});
	}

	#[test]
	fn refuses_a_taken_share_asset_id() {
		new_test_ext().execute_with(|| {
			use polkadot_sdk::frame_support::traits::fungibles::Create;
			assert_ok!(<Assets as Create<u64>>::create(FIRST_SHARE_ASSET, EVE, false, 1));
			assert_noop!(
				create(USDT, VaultKind::Governed, 0, 0, b"n"),
				Error::<Test>::ShareAssetIdTaken
			);
		});
	}

	#[test]
	fn partner_rewards_start_unfunded_whatever_the_proposal_says() {
		new_test_ext().execute_with(|| {
			let mut kind = campaign(1, 50, 0, 0);
			if let VaultKind::Curated { terms, .. } = &mut kind {
				terms.partner_rewards[0].funded = true;
			}
			let vault = create_vault(kind, 0);
			let VaultKind::Curated { terms, .. } = vault_info(vault).kind else { panic!() };
			assert!(!terms.partner_rewards[0].funded);
		});
	}
}

mod set_deposit_cap {
	use super::*;

	#[test]
	fn needs_the_admin_and_sets_the_cap() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_noop!(V::set_deposit_cap(origin(ALICE), vault, 1), DispatchError::BadOrigin);
			assert_noop!(V::set_deposit_cap(origin(ADMIN), 5, 1), Error::<Test>::UnknownVault);
			assert_ok!(V::set_deposit_cap(origin(ADMIN), vault, 7));
			assert_eq!(vault_info(vault).deposit_cap, 7);
			assert!(vault_events().contains(&Event::DepositCapSet { vault, cap: 7 }));
		});
	}
}

mod set_fees {
	use super::*;

	#[test]
	fn needs_the_admin_and_valid_bps() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_noop!(V::set_fees(origin(GUARDIAN), vault, 1), DispatchError::BadOrigin);
			assert_noop!(V::set_fees(origin(ADMIN), vault, 10_001), Error::<Test>::InvalidBps);
			assert_ok!(V::set_fees(origin(ADMIN), vault, 1_500));
			assert_eq!(vault_info(vault).performance_fee_bps, 1_500);
			assert!(vault_events().contains(&Event::FeesSet { vault, performance_fee_bps: 1_500 }));
		});
	}
}

mod set_min_idle {
	use super::*;

	#[test]
	fn needs_the_admin_and_valid_bps() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_noop!(V::set_min_idle(origin(ALICE), vault, 1), DispatchError::BadOrigin);
			assert_noop!(V::set_min_idle(origin(ADMIN), vault, 10_001), Error::<Test>::InvalidBps);
			assert_ok!(V::set_min_idle(origin(ADMIN), vault, 2_000));
			assert_eq!(vault_info(vault).min_idle_bps, 2_000);
			assert!(vault_events().contains(&Event::MinIdleSet { vault, min_idle_bps: 2_000 }));
		});
	}
}

mod pause {
	use super::*;

	#[test]
	fn the_guardian_pauses_and_only_the_admin_unpauses() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_noop!(V::pause(origin(ALICE), vault), DispatchError::BadOrigin);
			assert_ok!(V::pause(origin(GUARDIAN), vault));
			assert_noop!(V::unpause(origin(GUARDIAN), vault), DispatchError::BadOrigin);
			assert_ok!(V::unpause(origin(ADMIN), vault));
			assert_ok!(V::pause(origin(ADMIN), vault));
			assert_eq!(vault_info(vault).status, VaultStatus::Paused);
		});
	}
}

mod retire {
	use super::*;

	#[test]
	fn a_retired_vault_stays_retired_and_still_redeems() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(100), 0));
			assert_noop!(V::retire(origin(GUARDIAN), vault), DispatchError::BadOrigin);
			assert_ok!(V::retire(origin(ADMIN), vault));
			assert_noop!(V::pause(origin(GUARDIAN), vault), Error::<Test>::VaultRetired);
			assert_noop!(V::unpause(origin(ADMIN), vault), Error::<Test>::VaultRetired);
			assert_ok!(V::request_redeem(origin(ALICE), vault, shares(vault, ALICE)));
			assert_ok!(claim(ALICE, &[last_request()]));
			assert_eq!(balance(USDT, ALICE), usdt(1_000_000) - FLOOR, "all but the floor");
			check_invariants();
		});
	}
}
