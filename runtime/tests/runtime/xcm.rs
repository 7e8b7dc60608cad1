//! XCM at the runtime level: reserve transfers in (USDT and DOT from Asset Hub; DOT from the relay
//! chain refused) mint hub assets and pay fees; an unregistered asset is refused; assets of a failed
//! message are trapped and only their origin can claim them back (`ClaimAsset`,
//! `claim_assets`); PLX and hub assets leave with `transfer_assets`.

use super::{account, events, ext_for, ONE_USDT};
use codec::Encode;
use plexus_runtime::{
	configs::{
		xcm_config::{UsdtLocation, XcmConfig},
		StakingPot,
	},
	hub_assets as hub, AccountId, Assets, Balances, ParachainSystem, PolkadotXcm, RuntimeEvent,
	RuntimeOrigin, XcmpQueue,
};
use polkadot_sdk::{
	frame_support::traits::fungibles::Inspect,
	sp_keyring::Sr25519Keyring,
	staging_xcm::{latest::prelude::*, VersionedAssets, VersionedLocation, VersionedXcm},
	staging_xcm_builder::InspectMessageQueues,
	staging_xcm_executor::XcmExecutor,
	*,
};
use polkadot_sdk::{
	polkadot_parachain_primitives::primitives::Sibling, sp_runtime::traits::AccountIdConversion,
};

type Executor = XcmExecutor<XcmConfig>;

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

/// The usual reserve transfer in: `amount` of `asset` deposited by its reserve, paying for its
/// own execution, to `who`.
fn reserve_deposit(
	asset: Location,
	amount: u128,
	who: &AccountId,
) -> Xcm<plexus_runtime::RuntimeCall> {
	Xcm(vec![
		ReserveAssetDeposited((asset.clone(), amount).into()),
		ClearOrigin,
		BuyExecution { fees: (asset, amount).into(), weight_limit: Unlimited },
		DepositAsset { assets: Wild(AllCounted(1)), beneficiary: beneficiary_of(who) },
	])
}

/// A fresh account that holds nothing on Plexus.
fn fresh_account() -> AccountId {
	AccountId::from([7u8; 32])
}

#[test]
fn usdt_reserve_transferred_from_asset_hub_is_minted_to_the_beneficiary_minus_fees() {
	ext_for("local_testnet").execute_with(|| {
		let who = fresh_account();
		let amount = 100 * ONE_USDT;
		let issuance_before = Assets::total_issuance(hub::USDT);
		let message = reserve_deposit(UsdtLocation::get(), amount, &who);

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
fn dot_from_the_relay_chain_is_refused_asset_hub_is_its_one_reserve() {
	ext_for("local_testnet").execute_with(|| {
		let who = fresh_account();
		let amount = 10 * 10_000_000_000u128;
		let issuance = Assets::total_issuance(hub::DOT);
		let message = reserve_deposit(Location::parent(), amount, &who);
		let outcome = execute(Location::parent(), message);
		assert!(outcome.ensure_complete().is_err(), "the relay chain is not DOT's reserve");
		assert_eq!(Assets::balance(hub::DOT, &who), 0);
		assert_eq!(Assets::total_issuance(hub::DOT), issuance);
		// Nor is any other system chain than Asset Hub.
		let message = reserve_deposit(Location::parent(), amount, &who);
		let outcome = execute(Location::new(1, [Parachain(1001)]), message);
		assert!(outcome.ensure_complete().is_err());
		assert_eq!(Assets::total_issuance(hub::DOT), issuance);
	});
}

#[test]
fn dot_is_withdrawn_to_asset_hub_its_reserve_never_to_the_relay_chain() {
	use plexus_runtime::Strategies;
	ext_for("development").execute_with(|| {
		let alice = account(Sr25519Keyring::Alice);
		ParachainSystem::open_outbound_hrmp_channel_for_benchmarks_or_tests(ASSET_HUB.into());
		let to = |l: Location| Box::new(VersionedLocation::from(l));
		assert_eq!(
			Strategies::withdraw_to(
				RuntimeOrigin::signed(alice.clone()),
				hub::DOT,
				10_000_000_000,
				to(Location::parent()),
				to(beneficiary_of(&alice)),
			),
			Err(pallet_strategies::Error::<plexus_runtime::Runtime>::NotAssetReserve.into())
		);
		let before = Assets::balance(hub::DOT, &alice);
		assert!(Strategies::withdraw_to(
			RuntimeOrigin::signed(alice.clone()),
			hub::DOT,
			10_000_000_000,
			to(asset_hub()),
			to(beneficiary_of(&alice)),
		)
		.is_ok());
		assert_eq!(Assets::balance(hub::DOT, &alice), before - 10_000_000_000);
		assert_eq!(XcmpQueue::get_messages().len(), 1, "one message, to Asset Hub");
	});
}

#[test]
fn a_sibling_is_not_trusted_as_reserve_of_another_chains_asset() {
	ext_for("local_testnet").execute_with(|| {
		let who = fresh_account();
		// Parachain 2001 claims to deposit Asset Hub's USDT: it is not USDT's reserve.
		let message = reserve_deposit(UsdtLocation::get(), 100 * ONE_USDT, &who);
		let outcome = execute(Location::new(1, [Parachain(2001)]), message);
		assert!(outcome.ensure_complete().is_err());
		assert_eq!(Assets::balance(hub::USDT, &who), 0);
		assert_eq!(Assets::total_issuance(hub::USDT), 0);
	});
}

#[test]
fn an_unpaid_message_from_a_non_system_sibling_is_refused_by_the_barrier() {
	ext_for("local_testnet").execute_with(|| {
		let message =
			Xcm(vec![UnpaidExecution { weight_limit: Unlimited, check_origin: None }, ClearOrigin]);
		let outcome = execute(Location::new(1, [Parachain(2001)]), message);
		assert!(
			matches!(outcome.clone().ensure_complete(), Err(e) if e.error == XcmError::Barrier),
			"{outcome:?}"
		);
		// The relay chain may ask for unpaid execution.
		let message =
			Xcm(vec![UnpaidExecution { weight_limit: Unlimited, check_origin: None }, ClearOrigin]);
		assert!(execute(Location::parent(), message).ensure_complete().is_ok());
	});
}

#[test]
fn an_unregistered_asset_is_refused_with_the_whole_message() {
	ext_for("local_testnet").execute_with(|| {
		let who = fresh_account();
		let deposited: Assets_ = vec![
			Asset::from((UsdtLocation::get(), 2 * ONE_USDT)),
			Asset::from((unknown_asset(), 5_000u128)),
		]
		.into();
		let message = Xcm(vec![
			ReserveAssetDeposited(deposited),
			BuyExecution {
				fees: (UsdtLocation::get(), 2 * ONE_USDT).into(),
				weight_limit: Unlimited,
			},
			DepositAsset { assets: Wild(AllCounted(2)), beneficiary: beneficiary_of(&who) },
		]);

		// stable2609's executor mints reserve-deposited assets into holding at once: an asset
		// that is no registered hub asset is not found by the transactor and cannot be minted, so the first instruction fails and
		// nothing of the message is minted (the assets stay in Plexus' sovereign account on
		// their reserve chain).
		let outcome = execute(asset_hub(), message);
		assert!(
			matches!(
				outcome.clone().ensure_complete(),
				Err(e) if e.index == 0 && matches!(e.error, XcmError::AssetNotFound)
			),
			"{outcome:?}"
		);
		assert_eq!(Assets::balance(hub::USDT, &who), 0);
		assert_eq!(
			Assets::total_issuance(hub::USDT),
			0,
			"the USDT beside it was not minted either"
		);
		assert!(!events().iter().any(|e| matches!(
			e,
			RuntimeEvent::PolkadotXcm(pallet_xcm::Event::AssetsTrapped { .. })
		)));
	});
}

/// The assets trapped by `PolkadotXcm` in the events so far: `(hash, origin, assets)`.
fn trapped_assets() -> Vec<([u8; 32], Location, Assets_)> {
	events()
		.into_iter()
		.filter_map(|e| match e {
			RuntimeEvent::PolkadotXcm(pallet_xcm::Event::AssetsTrapped {
				hash,
				origin,
				assets,
			}) => Some((hash.into(), origin, assets.try_into().expect("latest version"))),
			_ => None,
		})
		.collect()
}

#[test]
fn assets_of_a_failed_message_are_trapped_and_only_their_origin_can_claim_them() {
	ext_for("local_testnet").execute_with(|| {
		let who = fresh_account();
		let message = Xcm(vec![
			ReserveAssetDeposited((UsdtLocation::get(), 2 * ONE_USDT).into()),
			BuyExecution {
				fees: (UsdtLocation::get(), 2 * ONE_USDT).into(),
				weight_limit: Unlimited,
			},
			// The sender's program fails after the assets were accepted.
			ExpectAsset((UsdtLocation::get(), 1_000 * ONE_USDT).into()),
			DepositAsset { assets: Wild(AllCounted(1)), beneficiary: beneficiary_of(&who) },
		]);
		let outcome = execute(asset_hub(), message);
		assert!(
			matches!(outcome.clone().ensure_complete(), Err(e) if e.error == XcmError::ExpectationFalse),
			"{outcome:?}"
		);
		assert_eq!(Assets::balance(hub::USDT, &who), 0);

		// What was left in holding is trapped under Asset Hub's location.
		let [(hash, origin, trapped)] = trapped_assets().try_into().expect("one trap");
		assert_eq!(origin, asset_hub());
		let fee = Assets::balance(hub::USDT, StakingPot::get());
		assert_eq!(
			trapped,
			Assets_::from(vec![Asset::from((UsdtLocation::get(), 2 * ONE_USDT - fee))])
		);

		// A local account cannot claim what was trapped for Asset Hub.
		let alice = account(Sr25519Keyring::Alice);
		assert!(PolkadotXcm::claim_assets(
			RuntimeOrigin::signed(alice.clone()),
			Box::new(VersionedAssets::from(trapped.clone())),
			Box::new(VersionedLocation::from(beneficiary_of(&alice))),
		)
		.is_err());

		// Asset Hub claims them and deposits them to the intended beneficiary.
		let claim = Xcm(vec![
			ClaimAsset { assets: trapped.clone(), ticket: Here.into() },
			BuyExecution { fees: (UsdtLocation::get(), ONE_USDT).into(), weight_limit: Unlimited },
			DepositAsset { assets: Wild(AllCounted(1)), beneficiary: beneficiary_of(&who) },
		]);
		let outcome = execute(asset_hub(), claim.clone());
		assert!(outcome.clone().ensure_complete().is_ok(), "{outcome:?}");
		assert!(events().iter().any(|e| matches!(
			e,
			RuntimeEvent::PolkadotXcm(pallet_xcm::Event::AssetsClaimed { hash: h, .. })
				if <[u8; 32]>::from(*h) == hash
		)));
		let second_fee = Assets::balance(hub::USDT, StakingPot::get()) - fee;
		assert_eq!(Assets::balance(hub::USDT, &who), 2 * ONE_USDT - fee - second_fee);
		assert_eq!(
			Assets::total_issuance(hub::USDT),
			2 * ONE_USDT,
			"nothing lost, nothing doubled"
		);

		// The trap is emptied: the same claim fails a second time.
		let again = execute(asset_hub(), claim);
		assert!(
			matches!(again.clone().ensure_complete(), Err(e) if e.error == XcmError::UnknownClaim),
			"{again:?}"
		);
	});
}

/// #19 item 4: a message from Asset Hub whose USDT is over the branch's limit and that leaves
/// it in holding with an `AssetClaimer` hint had it trapped whole, and the claimer's local
/// `claim_assets` minted it all without meeting the limit (the claim's origin is local, which
/// has no branch limit). Now the part over the limit is held for the claimer, as a
/// `DepositAsset` would have had it held; only the accepted part is trapped and claimable.
#[test]
fn usdt_over_the_limit_left_in_holding_is_held_for_the_claimer_not_claimable_free() {
	use polkadot_sdk::sp_runtime::traits::TryConvert;
	ext_for("local_testnet").execute_with(|| {
		assert!(plexus_runtime::Strategies::set_inflow_limit(
			RuntimeOrigin::root(),
			hub::USDT,
			Box::new(asset_hub().into()),
			Some(pallet_strategies::InflowLimit { cap: u128::MAX, per_epoch: ONE_USDT }),
		)
		.is_ok());
		let bob = fresh_account();
		// Bob as `pallet-xcm` sees a signed Bob: the claim's origin.
		let bob_location = plexus_runtime::configs::xcm_config::LocalOriginToLocation::try_convert(
			RuntimeOrigin::signed(bob.clone()),
		)
		.expect("a location");
		let message = Xcm(vec![
			ReserveAssetDeposited((UsdtLocation::get(), 3 * ONE_USDT).into()),
			ClearOrigin,
			BuyExecution { fees: (UsdtLocation::get(), ONE_USDT).into(), weight_limit: Unlimited },
			SetHints {
				hints: vec![AssetClaimer { location: bob_location.clone() }]
					.try_into()
					.expect("one hint"),
			},
		]);
		let outcome = execute(asset_hub(), message);
		assert!(outcome.clone().ensure_complete().is_ok(), "{outcome:?}");
		let fee = Assets::balance(hub::USDT, StakingPot::get());

		let held = pallet_strategies::HeldInflows::<plexus_runtime::Runtime>::get(0)
			.expect("the excess is held for the claimer");
		// The first inflow held pays the hold account's floor of one minimum balance.
		let floor = hub::USDT_MIN_BALANCE;
		assert_eq!((held.beneficiary.clone(), held.amount), (bob.clone(), 2 * ONE_USDT - floor));
		let [(_, origin, trapped)] = trapped_assets().try_into().expect("one trap");
		assert_eq!(origin, bob_location);
		assert_eq!(
			trapped,
			Assets_::from(vec![Asset::from((UsdtLocation::get(), ONE_USDT - fee))])
		);

		// Bob claims what is trapped: the accepted part only.
		assert!(PolkadotXcm::claim_assets(
			RuntimeOrigin::signed(bob.clone()),
			Box::new(VersionedAssets::from(trapped)),
			Box::new(VersionedLocation::from(beneficiary_of(&bob))),
		)
		.is_ok());
		assert_eq!(Assets::balance(hub::USDT, &bob), ONE_USDT - fee, "only what the limit let in");
		// The rest is released to him by governance (or by anyone after a full window).
		assert!(plexus_runtime::Strategies::release_inflow(RuntimeOrigin::root(), 0).is_ok());
		assert_eq!(
			Assets::balance(hub::USDT, &bob),
			3 * ONE_USDT - fee - floor,
			"nothing lost but the hold account's floor"
		);
		assert_eq!(Assets::total_issuance(hub::USDT), 3 * ONE_USDT, "nothing doubled");
	});
}

#[test]
fn claim_assets_returns_what_a_local_accounts_execution_left_trapped() {
	ext_for("development").execute_with(|| {
		let alice = account(Sr25519Keyring::Alice);
		let before = Assets::balance(hub::USDT, &alice);
		let amount = 10 * ONE_USDT;
		// Alice withdraws USDT into holding and forgets to deposit it: it is trapped.
		let message = Xcm::<plexus_runtime::RuntimeCall>(vec![WithdrawAsset(
			(UsdtLocation::get(), amount).into(),
		)]);
		assert!(PolkadotXcm::execute(
			RuntimeOrigin::signed(alice.clone()),
			Box::new(VersionedXcm::from(message)),
			Weight::from_parts(10_000_000_000, 1_000_000),
		)
		.is_ok());
		assert_eq!(Assets::balance(hub::USDT, &alice), before - amount);
		let [(_, _, trapped)] = trapped_assets().try_into().expect("one trap");

		assert!(PolkadotXcm::claim_assets(
			RuntimeOrigin::signed(alice.clone()),
			Box::new(VersionedAssets::from(trapped.clone())),
			Box::new(VersionedLocation::from(beneficiary_of(&alice))),
		)
		.is_ok());
		assert_eq!(Assets::balance(hub::USDT, &alice), before, "claim_assets returned it");

		// Nothing is left to claim.
		assert!(PolkadotXcm::claim_assets(
			RuntimeOrigin::signed(alice.clone()),
			Box::new(VersionedAssets::from(trapped)),
			Box::new(VersionedLocation::from(beneficiary_of(&alice))),
		)
		.is_err());
	});
}

#[test]
fn hub_usdt_is_sent_back_to_asset_hub_by_burning_it_here() {
	ext_for("development").execute_with(|| {
		let alice = account(Sr25519Keyring::Alice);
		ParachainSystem::open_outbound_hrmp_channel_for_benchmarks_or_tests(ASSET_HUB.into());
		let before = Assets::balance(hub::USDT, &alice);
		let issuance = Assets::total_issuance(hub::USDT);
		let amount = 50 * ONE_USDT;
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
		let sovereign: AccountId =
			AccountIdConversion::into_account_truncating(&Sibling::from(sibling));
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
		let message = reserve_deposit(UsdtLocation::get(), 10 * ONE_USDT, &who);
		let effects = PolkadotXcm::dry_run_xcm::<plexus_runtime::configs::xcm_config::XcmRouter>(
			VersionedLocation::from(asset_hub()),
			VersionedXcm::from(message),
		)
		.expect("dry run runs");
		assert!(effects.execution_result.ensure_complete().is_ok());
	});
}

type Assets_ = polkadot_sdk::staging_xcm::latest::Assets;

#[test]
fn dot_reserve_transferred_from_asset_hub_is_minted_as_hub_dot() {
	ext_for("local_testnet").execute_with(|| {
		let who = fresh_account();
		let amount = 10 * 10_000_000_000u128;
		let message = reserve_deposit(Location::parent(), amount, &who);
		let outcome = execute(asset_hub(), message);
		assert!(outcome.clone().ensure_complete().is_ok(), "{outcome:?}");
		assert_eq!(
			Assets::balance(hub::DOT, &who) + Assets::balance(hub::DOT, StakingPot::get()),
			amount
		);
	});
}

#[test]
fn xcm_payment_api_quotes_fees_in_plx_and_hub_assets_only() {
	use plexus_runtime::configs::xcm_config::{hub_asset_per_second, plx_per_second, Traders};
	use polkadot_sdk::staging_xcm::VersionedAssetId;
	ext_for("local_testnet").execute_with(|| {
		let weight = Weight::from_parts(4_000_000_000, 0);
		let quote = |id: Location| {
			PolkadotXcm::query_weight_to_asset_fee::<Traders>(
				weight,
				VersionedAssetId::from(AssetId(id)),
			)
		};
		let plx = quote(Location::here()).expect("PLX pays fees");
		let usdt = quote(UsdtLocation::get()).expect("USDT pays fees");
		let dot = quote(Location::parent()).expect("DOT pays fees");
		let expected_plx = plx_per_second() * 4 / 1_000;
		assert!(plx.abs_diff(expected_plx) <= expected_plx / 1_000, "{plx} vs {expected_plx}");
		// Hub assets are priced at the PLX rate scaled by their minimum balance (rounded up),
		// and at least that minimum balance.
		let at_rate = |min: u128| (hub_asset_per_second(min) * 4).div_ceil(1_000).max(min);
		assert_eq!(usdt, at_rate(hub::USDT_MIN_BALANCE));
		assert_eq!(dot, at_rate(hub::DOT_MIN_BALANCE));
		assert!(plx > 0 && usdt > 0 && dot > 0);
		assert!(quote(unknown_asset()).is_err(), "an unregistered asset cannot pay");
	});
}

#[test]
fn a_fee_in_a_hub_asset_is_at_least_its_minimum_balance() {
	use plexus_runtime::configs::xcm_config::Traders;
	use polkadot_sdk::staging_xcm::VersionedAssetId;
	ext_for("local_testnet").execute_with(|| {
		let quote = |id: Location, weight| {
			PolkadotXcm::query_weight_to_asset_fee::<Traders>(
				weight,
				VersionedAssetId::from(AssetId(id)),
			)
			.unwrap()
		};
		// 1 µs costs less than any minimum balance at the PLX rate: the minimum is charged.
		let tiny = Weight::from_parts(1_000_000, 0);
		assert_eq!(quote(UsdtLocation::get(), tiny), hub::USDT_MIN_BALANCE);
		assert_eq!(quote(Location::parent(), tiny), hub::DOT_MIN_BALANCE);
		// PLX has no such floor.
		assert!(quote(Location::here(), tiny) < plexus_runtime::EXISTENTIAL_DEPOSIT);
	});
}

#[test]
fn a_small_dot_fee_reaches_the_collators_pot_and_nothing_is_lost() {
	ext_for("local_testnet").execute_with(|| {
		// The pot holds no DOT yet: a fee below DOT's minimum balance could not be credited.
		assert_eq!(Assets::balance(hub::DOT, StakingPot::get()), 0);
		let who = fresh_account();
		let amount = 10_000_000_000u128; // 1 DOT
		let issuance_before = Assets::total_issuance(hub::DOT);
		let outcome = execute(asset_hub(), reserve_deposit(Location::parent(), amount, &who));
		assert!(outcome.clone().ensure_complete().is_ok(), "{outcome:?}");
		let fee = Assets::balance(hub::DOT, StakingPot::get());
		assert!(fee >= hub::DOT_MIN_BALANCE, "the pot was credited {fee}");
		assert_eq!(Assets::balance(hub::DOT, &who) + fee, amount, "nothing minted is lost");
		assert_eq!(Assets::total_issuance(hub::DOT), issuance_before + amount);
	});
}

#[test]
fn unused_weight_is_refunded_in_the_hub_asset_down_to_its_minimum_balance() {
	use plexus_runtime::configs::xcm_config::{HubAssetTrader, UsdtFeeRate};
	use polkadot_sdk::staging_xcm_executor::traits::{TransactAsset, WeightTrader};
	type Transactor = <XcmConfig as polkadot_sdk::staging_xcm_executor::Config>::AssetTransactor;
	ext_for("local_testnet").execute_with(|| {
		let context = XcmContext { origin: None, message_id: [0; 32], topic: None };
		let amount = 100 * ONE_USDT;
		let payment = Transactor::mint_asset(&(UsdtLocation::get(), amount).into(), &context)
			.expect("USDT is a hub asset");
		let held = |h: &polkadot_sdk::staging_xcm_executor::AssetsInHolding| {
			h.fungible_assets_iter()
				.map(|a| match a.fun {
					Fungible(n) => n,
					_ => 0,
				})
				.sum::<u128>()
		};

		let mut trader = HubAssetTrader::<UsdtFeeRate>::new();
		let ms = Weight::from_parts(1_000_000_000, 0);
		let change = trader.buy_weight(ms * 50, payment, &context).expect("enough USDT");
		let fee = amount - held(&change);
		assert!(fee > hub::USDT_MIN_BALANCE, "50 ms cost {fee}");

		// 49 ms unused: refunded at the rate, down to the minimum balance for the 1 ms left.
		let refund = trader.refund_weight(ms * 49, &context).expect("a refund");
		assert_eq!(held(&refund), fee - hub::USDT_MIN_BALANCE);

		// The pot receives what the trader kept when the message is done; nothing is lost.
		drop(trader);
		assert_eq!(Assets::balance(hub::USDT, StakingPot::get()), hub::USDT_MIN_BALANCE);
		assert_eq!(held(&change) + held(&refund) + hub::USDT_MIN_BALANCE, amount);
	});
}
