//! XCM at the runtime level: reserve transfers in (USDT from Asset Hub, DOT from the relay
//! chain) mint hub assets and pay fees; an unknown asset is refused and trapped, and only its
//! origin can claim it back; PLX and hub assets leave with `transfer_assets`.

use super::{account, events, ext_for};
use plexus_runtime::{
	configs::{
		xcm_config::{UsdtLocation, XcmConfig},
		StakingPot,
	},
	hub_assets as hub, AccountId, Assets, Balances, ParachainSystem, PolkadotXcm, Runtime,
	RuntimeEvent, RuntimeOrigin, XcmpQueue,
};
use polkadot_sdk::{
	frame_support::traits::fungibles::Inspect,
	sp_keyring::Sr25519Keyring,
	staging_xcm::{latest::prelude::*, VersionedAssets, VersionedLocation, VersionedXcm},
	staging_xcm_executor::XcmExecutor,
	xcm_builder::InspectMessageQueues,
	*,
};
use codec::Encode;
use polkadot_sdk::{
	polkadot_parachain_primitives::primitives::Sibling, sp_runtime::traits::AccountIdConversion,
};

type Executor = XcmExecutor<XcmConfig>;

const USDT: u128 = 1_000_000;
const ASSET_HUB: u32 = 1000;

fn asset_hub() -> Location {
	Location::new(1, [Parachain(ASSET_HUB)])
}

fn unknown_asset() -> Location {
	Location::new(1, [Parachain(ASSET_HUB), PalletInstance(50), GeneralIndex(42)])
}

fn beneficiary_of(who: &AccountId) -> Location {
	AccountId32 { network: None, id: who.clone().into() }.into()
}

/// Executes `message` as if it arrived from `origin`, through the runtime's barrier, trader and
/// transactors.
fn execute(origin: Location, message: Xcm<plexus_runtime::RuntimeCall>) -> Outcome {
	let mut id = message.using_encoded(polkadot_sdk::sp_io::hashing::blake2_256);
	Executor::prepare_and_execute(origin, message, &mut id, Weight::MAX, Weight::zero())
}

/// A fresh account that holds nothing on Plexus.
fn fresh_account() -> AccountId {
	AccountId::from([7u8; 32])
}

#[test]
fn usdt_reserve_transferred_from_asset_hub_is_minted_to_the_beneficiary_minus_fees() {
	ext_for("local_testnet").execute_with(|| {
		let who = fresh_account();
		let amount = 100 * USDT;
		let issuance_before = Assets::total_issuance(hub::USDT);
		let message = Xcm(vec![
			ReserveAssetDeposited((UsdtLocation::get(), amount).into()),
			ClearOrigin,
			BuyExecution { fees: (UsdtLocation::get(), amount).into(), weight_limit: Unlimited },
			DepositAsset { assets: Wild(AllCounted(1)), beneficiary: beneficiary_of(&who) },
		]);

		let outcome = execute(asset_hub(), message);
		assert!(outcome.clone().ensure_complete().is_ok(), "{outcome:?}");

		let received = Assets::balance(hub::USDT, &who);
		let fee = Assets::balance(hub::USDT, StakingPot::get());
		assert!(fee > 0, "execution was paid in USDT");
		assert!(fee >= hub::USDT_MIN_BALANCE, "the fee is at least USDT's minimum balance");
		assert!(fee < amount / 100, "the fee is small: {fee}");
		assert_eq!(received + fee, amount, "nothing minted is lost");
		assert_eq!(Assets::total_issuance(hub::USDT), issuance_before + amount);
		// USDT is sufficient: the beneficiary needs no PLX to hold it.
		assert_eq!(Balances::free_balance(&who), 0);
	});
}

#[test]
fn dot_reserve_transferred_from_the_relay_chain_is_minted_as_hub_dot() {
	ext_for("local_testnet").execute_with(|| {
		let who = fresh_account();
		let amount = 10 * 10_000_000_000u128;
		let message = Xcm(vec![
			ReserveAssetDeposited((Parent, amount).into()),
			ClearOrigin,
			BuyExecution { fees: (Parent, amount).into(), weight_limit: Unlimited },
			DepositAsset { assets: Wild(AllCounted(1)), beneficiary: beneficiary_of(&who) },
		]);
		let outcome = execute(Location::parent(), message);
		assert!(outcome.clone().ensure_complete().is_ok(), "{outcome:?}");
		let received = Assets::balance(hub::DOT, &who);
		assert!(received > 0 && received < amount);
		assert_eq!(received + Assets::balance(hub::DOT, StakingPot::get()), amount);
	});
}

#[test]
fn a_sibling_is_not_trusted_as_reserve_of_another_chains_asset() {
	ext_for("local_testnet").execute_with(|| {
		let who = fresh_account();
		// Parachain 2001 claims to deposit Asset Hub's USDT: it is not USDT's reserve.
		let message = Xcm(vec![
			ReserveAssetDeposited((UsdtLocation::get(), 100 * USDT).into()),
			ClearOrigin,
			BuyExecution { fees: (UsdtLocation::get(), 100 * USDT).into(), weight_limit: Unlimited },
			DepositAsset { assets: Wild(AllCounted(1)), beneficiary: beneficiary_of(&who) },
		]);
		let outcome = execute(Location::new(1, [Parachain(2001)]), message);
		assert!(outcome.ensure_complete().is_err());
		assert_eq!(Assets::balance(hub::USDT, &who), 0);
		assert_eq!(Assets::total_issuance(hub::USDT), 0);
	});
}

#[test]
fn an_unpaid_message_from_a_non_system_sibling_is_refused_by_the_barrier() {
	ext_for("local_testnet").execute_with(|| {
		let message = Xcm(vec![
			UnpaidExecution { weight_limit: Unlimited, check_origin: None },
			ClearOrigin,
		]);
		let outcome = execute(Location::new(1, [Parachain(2001)]), message);
		assert!(matches!(outcome, Outcome::Error(ref e) if e.error == XcmError::Barrier), "{outcome:?}");
		// The relay chain may ask for unpaid execution.
		let message = Xcm(vec![
			UnpaidExecution { weight_limit: Unlimited, check_origin: None },
			ClearOrigin,
		]);
		assert!(execute(Location::parent(), message).ensure_complete().is_ok());
	});
}

#[test]
fn an_unknown_asset_is_trapped_and_only_its_origin_can_claim_it_back() {
	ext_for("local_testnet").execute_with(|| {
		let who = fresh_account();
		let deposited: Assets_ = vec![
			Asset::from((UsdtLocation::get(), 2 * USDT)),
			Asset::from((unknown_asset(), 5_000u128)),
		]
		.into();
		let message = Xcm(vec![
			ReserveAssetDeposited(deposited),
			BuyExecution { fees: (UsdtLocation::get(), 2 * USDT).into(), weight_limit: Unlimited },
			DepositAsset { assets: Wild(AllCounted(2)), beneficiary: beneficiary_of(&who) },
		]);

		// Refused: the transactor knows no hub asset at that location.
		let outcome = execute(asset_hub(), message);
		assert!(outcome.clone().ensure_complete().is_err(), "{outcome:?}");
		assert_eq!(Assets::balance(hub::USDT, &who), 0, "the failed deposit left nothing behind");

		// Trapped, under Asset Hub's location.
		let (hash, trapped) = events()
			.into_iter()
			.find_map(|e| match e {
				RuntimeEvent::PolkadotXcm(pallet_xcm::Event::AssetsTrapped {
					hash,
					origin,
					assets,
				}) => {
					assert_eq!(origin, asset_hub());
					Some((hash, assets))
				},
				_ => None,
			})
			.expect("the assets were trapped");
		assert_eq!(pallet_xcm::AssetTraps::<Runtime>::get(hash), 1);
		let trapped: Assets_ = trapped.try_into().expect("latest version");
		assert!(trapped.inner().iter().any(|a| a.id.0 == unknown_asset()));

		// A local account cannot claim what was trapped for Asset Hub.
		let alice = account(Sr25519Keyring::Alice);
		assert!(PolkadotXcm::claim_assets(
			RuntimeOrigin::signed(alice.clone()),
			Box::new(VersionedAssets::from(trapped.clone())),
			Box::new(VersionedLocation::from(beneficiary_of(&alice))),
		)
		.is_err());
		assert_eq!(pallet_xcm::AssetTraps::<Runtime>::get(hash), 1);

		// Asset Hub claims the assets and has them sent back to a beneficiary there.
		ParachainSystem::open_outbound_hrmp_channel_for_benchmarks_or_tests(ASSET_HUB.into());
		let claim = Xcm(vec![
			ClaimAsset { assets: trapped.clone(), ticket: Here.into() },
			BuyExecution { fees: (UsdtLocation::get(), USDT).into(), weight_limit: Unlimited },
			InitiateReserveWithdraw {
				assets: Wild(AllCounted(2)),
				reserve: asset_hub(),
				xcm: Xcm(vec![
					BuyExecution {
						fees: (Location::new(0, [PalletInstance(50), GeneralIndex(1984)]), USDT / 2)
							.into(),
						weight_limit: Unlimited,
					},
					DepositAsset { assets: Wild(AllCounted(2)), beneficiary: beneficiary_of(&who) },
				]),
			},
		]);
		let outcome = execute(asset_hub(), claim);
		assert!(outcome.clone().ensure_complete().is_ok(), "{outcome:?}");
		assert_eq!(pallet_xcm::AssetTraps::<Runtime>::get(hash), 0, "the trap is emptied");
		assert!(events().iter().any(|e| matches!(
			e,
			RuntimeEvent::PolkadotXcm(pallet_xcm::Event::AssetsClaimed { hash: h, .. }) if *h == hash
		)));

		// The message to Asset Hub withdraws the unknown asset (seen from Asset Hub) there.
		let sent = XcmpQueue::get_messages();
		let (dest, messages) = sent.first().expect("a message was queued");
		assert_eq!(*dest, VersionedLocation::from(asset_hub()));
		let message: Xcm<()> = messages[0].clone().try_into().expect("latest version");
		let withdrawn = message
			.0
			.iter()
			.find_map(|i| match i {
				WithdrawAsset(assets) => Some(assets.clone()),
				_ => None,
			})
			.expect("the message withdraws the assets at their reserve");
		let unknown_there = Location::new(0, [PalletInstance(50), GeneralIndex(42)]);
		assert!(withdrawn
			.inner()
			.iter()
			.any(|a| a.id.0 == unknown_there && a.fun == Fungible(5_000)));
	});
}

#[test]
fn hub_usdt_is_sent_back_to_asset_hub_by_burning_it_here() {
	ext_for("development").execute_with(|| {
		let alice = account(Sr25519Keyring::Alice);
		ParachainSystem::open_outbound_hrmp_channel_for_benchmarks_or_tests(ASSET_HUB.into());
		let before = Assets::balance(hub::USDT, &alice);
		let issuance = Assets::total_issuance(hub::USDT);
		let amount = 50 * USDT;
		assert!(PolkadotXcm::transfer_assets(
			RuntimeOrigin::signed(alice.clone()),
			Box::new(VersionedLocation::from(asset_hub())),
			Box::new(VersionedLocation::from(beneficiary_of(&alice))),
			Box::new(VersionedAssets::from(Assets_::from(vec![Asset::from((
				UsdtLocation::get(),
				amount
			))]))),
			0,
			WeightLimit::Unlimited,
		)
		.is_ok());
		assert_eq!(Assets::balance(hub::USDT, &alice), before - amount);
		assert_eq!(Assets::total_issuance(hub::USDT), issuance - amount, "burnt on Plexus");
		let sent = XcmpQueue::get_messages();
		assert_eq!(sent.len(), 1);
		assert_eq!(sent[0].0, VersionedLocation::from(asset_hub()));
	});
}

#[test]
fn plx_sent_to_a_sibling_moves_into_its_sovereign_account() {
	ext_for("development").execute_with(|| {
		let alice = account(Sr25519Keyring::Alice);
		let sibling = 2001u32;
		ParachainSystem::open_outbound_hrmp_channel_for_benchmarks_or_tests(sibling.into());
		let sovereign: AccountId = AccountIdConversion::into_account_truncating(&Sibling::from(sibling));
		let amount = 100 * plexus_runtime::UNIT;
		assert!(PolkadotXcm::transfer_assets(
			RuntimeOrigin::signed(alice.clone()),
			Box::new(VersionedLocation::from(Location::new(1, [Parachain(sibling)]))),
			Box::new(VersionedLocation::from(beneficiary_of(&alice))),
			Box::new(VersionedAssets::from(Assets_::from(vec![Asset::from((Here, amount))]))),
			0,
			WeightLimit::Unlimited,
		)
		.is_ok());
		assert_eq!(Balances::free_balance(&sovereign), amount, "PLX is held in reserve here");
		let sent = XcmpQueue::get_messages();
		let (dest, messages) = &sent[0];
		assert_eq!(*dest, VersionedLocation::from(Location::new(1, [Parachain(sibling)])));
		let message: Xcm<()> = messages[0].clone().try_into().expect("latest version");
		assert!(message.0.iter().any(|i| matches!(i, ReserveAssetDeposited(_))));
	});
}

#[test]
fn versioned_xcm_is_accepted_by_dry_run_api_helpers() {
	// `DryRunApi::dry_run_xcm` runs the same executor; a deposit from Asset Hub succeeds in it.
	ext_for("local_testnet").execute_with(|| {
		let who = fresh_account();
		let message = Xcm::<plexus_runtime::RuntimeCall>(vec![
			ReserveAssetDeposited((UsdtLocation::get(), 10 * USDT).into()),
			ClearOrigin,
			BuyExecution { fees: (UsdtLocation::get(), 10 * USDT).into(), weight_limit: Unlimited },
			DepositAsset { assets: Wild(AllCounted(1)), beneficiary: beneficiary_of(&who) },
		]);
		let effects = PolkadotXcm::dry_run_xcm::<plexus_runtime::configs::xcm_config::XcmRouter>(
			VersionedLocation::from(asset_hub()),
			VersionedXcm::from(message),
		)
		.expect("dry run runs");
		assert!(effects.execution_result.ensure_complete().is_ok());
	});
}

type Assets_ = polkadot_sdk::staging_xcm::latest::Assets;
