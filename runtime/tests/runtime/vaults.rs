//! Vaults in the runtime: a vault created through a `LiquidityAdmin` referendum takes USDT,
//! its shares are a `pallet-assets` token that moves like any other, and they redeem through
//! request, finalization and claim.

use super::{account, ext_for, governance::pass_liquidity_admin_referendum, ONE_USDT};
use pallet_vaults::{RequestState, VaultKind, VaultStatus};
use plexus_runtime::{hub_assets as hub, Assets, Runtime, RuntimeCall, RuntimeOrigin, Vaults};
use polkadot_sdk::{
	frame_support::{
		assert_noop, assert_ok, traits::fungibles::metadata::Inspect as MetadataInspect,
	},
	sp_keyring::Sr25519Keyring,
	sp_runtime::{traits::MaybeEquivalence, DispatchError},
};

fn create_usdt_vault_call() -> RuntimeCall {
	RuntimeCall::Vaults(pallet_vaults::Call::create_vault {
		asset: hub::USDT,
		kind: VaultKind::Governed,
		deposit_cap: 1_000_000 * ONE_USDT,
		min_idle_bps: 1_000,
		performance_fee_bps: 1_000,
		min_request: ONE_USDT,
		share_name: b"Plexus USDT Vault".to_vec().try_into().unwrap(),
		share_symbol: b"pxUSDT".to_vec().try_into().unwrap(),
	})
}

#[test]
fn only_governance_creates_vaults() {
	ext_for("development").execute_with(|| {
		assert_noop!(
			Vaults::create_vault(
				RuntimeOrigin::signed(account(Sr25519Keyring::Alice)),
				hub::USDT,
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

#[test]
fn a_vault_created_by_referendum_takes_usdt_and_its_shares_move_and_redeem() {
	ext_for("development").execute_with(|| {
		let alice = account(Sr25519Keyring::Alice);
		let bob = account(Sr25519Keyring::Bob);
		let vault = pallet_vaults::NextVaultId::<Runtime>::get();
		pass_liquidity_admin_referendum(create_usdt_vault_call());
		let info = pallet_vaults::Vaults::<Runtime>::get(vault).expect("created by the referendum");
		assert_eq!(info.status, VaultStatus::Active);
		let share = plexus_runtime::configs::ShareAssetIdOf::convert(&vault).unwrap();
		assert_eq!(info.share_asset, share);
		assert_eq!(Assets::decimals(share), 12, "USDT's 6 decimals + δ = 6");
		assert_eq!(Assets::symbol(share), b"pxUSDT".to_vec());

		// Alice deposits 1 000 USDT and receives shares, a pallet-assets token.
		let usdt_before = Assets::balance(hub::USDT, &alice);
		assert_ok!(Vaults::deposit(
			RuntimeOrigin::signed(alice.clone()),
			vault,
			1_000 * ONE_USDT,
			0
		));
		assert_eq!(Assets::balance(hub::USDT, &alice), usdt_before - 1_000 * ONE_USDT);
		let shares = Assets::balance(share, &alice);
		// The vault account's floor (one minimum balance) came out of the first deposit.
		let floor =
			<Assets as polkadot_sdk::frame_support::traits::fungibles::Inspect<_>>::minimum_balance(
				hub::USDT,
			);
		assert_eq!(shares, (1_000 * ONE_USDT - floor) * 1_000_000);
		assert_eq!(Vaults::api_share_price(vault), Some(ONE_USDT), "1 share = 1 USDT");

		// Shares transfer like any asset.
		assert_ok!(Assets::transfer(
			RuntimeOrigin::signed(alice.clone()),
			share.into(),
			bob.clone().into(),
			shares / 4
		));
		assert_eq!(Assets::balance(share, &bob), shares / 4);

		// Bob redeems: the request is finalized at once (idle covers it) and claimed.
		assert_ok!(Vaults::request_redeem(RuntimeOrigin::signed(bob.clone()), vault, shares / 4));
		let (request, req) = Vaults::api_requests_of(bob.clone()).pop().expect("one request");
		assert_eq!(req.state, RequestState::Finalized { assets: (1_000 * ONE_USDT - floor) / 4 });
		let bob_usdt = Assets::balance(hub::USDT, &bob);
		assert_ok!(Vaults::claim(
			RuntimeOrigin::signed(bob.clone()),
			vec![request].try_into().unwrap()
		));
		assert_eq!(Assets::balance(hub::USDT, &bob), bob_usdt + (1_000 * ONE_USDT - floor) / 4);

		// Alice's request waits in the queue while the liquidity is in a strategy, and is
		// finalized by anyone once it is back.
		use plexus_primitives::VaultLiquidity;
		assert_ok!(<Vaults as VaultLiquidity<_, _, _>>::begin_allocation(vault, 600 * ONE_USDT));
		assert_ok!(Vaults::request_redeem(RuntimeOrigin::signed(alice.clone()), vault, shares / 2));
		let (request, req) = Vaults::api_requests_of(alice.clone()).pop().expect("one request");
		assert!(matches!(req.state, RequestState::Pending { .. }));
		assert_ok!(<Vaults as VaultLiquidity<_, _, _>>::cancel_allocation(vault, 600 * ONE_USDT));
		assert_ok!(Vaults::finalize_requests(
			RuntimeOrigin::signed(account(Sr25519Keyring::Dave)),
			vault,
			10
		));
		assert_ok!(Vaults::claim(
			RuntimeOrigin::signed(alice.clone()),
			vec![request].try_into().unwrap()
		));
		// Half of her deposit came back: half of what the floor left of it.
		let half = (1_000 * ONE_USDT - floor) / 2;
		assert_eq!(Assets::balance(hub::USDT, &alice), usdt_before - 1_000 * ONE_USDT + half);
	});
}
