//! Strategies and cross-chain flows of vault liquidity (issue tests 2–7).

use super::*;
use pallet_strategies::{Adapter, InflowLimit, ReportOrigin, StrategyParams};
use polkadot_sdk::frame_support::{assert_noop, traits::schedule::DispatchTime};

type PlexusRuntime = plexus_runtime::Runtime;

/// The demo vault of Plexus' presets: governed, USDT.
const VAULT: u32 = 0;
/// Remote fee of a strategy's program on Asset Hub: 1 WND.
const REMOTE_FEE: u128 = WND_UNIT;

fn reporter() -> AccountId {
	fresh_account(77)
}

/// The common start: USDT exists on Asset Hub, Alice has 10 000 of it there and a USDT staking
/// pool of `pallet-asset-rewards` (pool 0) rewards WND; Alice brought 2 000 USDT and 10 WND to
/// Plexus, and the strategies' account 20 WND for remote fees.
fn setup() {
	WestendNet::reset();
	create_usdt_on_asset_hub(alice(), 10_000 * USDT_UNIT);
	AssetHub::execute_with(|| {
		assert_ok!(asset_hub_westend_runtime::AssetRewards::create_pool(
			asset_hub_westend_runtime::RuntimeOrigin::signed(alice()),
			Box::new(ah_usdt_location()),
			Box::new(Location::parent()),
			1_000,
			DispatchTime::After(1_000_000),
			None,
		));
	});
	transfer_from_asset_hub(alice(), alice(), 10 * WND_UNIT, 2_000 * USDT_UNIT);
	transfer_from_asset_hub(alice(), strategies_account(), 20 * WND_UNIT, 0);
}

/// Alice deposits `amount` USDT into the demo vault on Plexus.
fn deposit(amount: u128) {
	PlexusPara::execute_with(|| {
		assert_ok!(plexus_runtime::Vaults::deposit(
			plexus_runtime::RuntimeOrigin::signed(alice()),
			VAULT,
			amount,
			0
		));
	});
}

/// Governance registers a strategy of the demo vault on Asset Hub with `adapter`.
fn register(adapter: Adapter, max_report_age: u32) -> u32 {
	PlexusPara::execute_with(|| {
		let params = StrategyParams {
			vault: VAULT,
			destination: asset_hub_from_plexus(),
			adapter,
			cap: 1_000_000 * USDT_UNIT,
			max_report_change_bps: 1_000,
			max_report_age,
			report_origin: ReportOrigin::Account(reporter()),
			remote_fee: REMOTE_FEE,
			min_operation: 0,
			rebalance_threshold_bps: 0,
		};
		assert_ok!(plexus_runtime::Strategies::register_strategy(
			plexus_runtime::RuntimeOrigin::root(),
			Box::new(params)
		));
		pallet_strategies::NextStrategyId::<PlexusRuntime>::get() - 1
	})
}

fn staking_pool() -> Adapter {
	Adapter::AssetRewardsPool { pallet_index: 61, pool: 0 }
}

fn strategy(id: u32) -> pallet_strategies::StrategyOf<PlexusRuntime> {
	pallet_strategies::Strategies::<PlexusRuntime>::get(id).expect("strategy")
}

/// USDT Plexus' sovereign account has staked on Asset Hub: what `pallet-asset-rewards` froze
/// of its balance.
fn staked_on_asset_hub() -> u128 {
	use polkadot_sdk::frame_support::traits::tokens::{Fortitude, Preservation};
	AssetHub::execute_with(|| {
		let sovereign = plexus_sovereign_on_asset_hub();
		let free = <asset_hub_westend_runtime::Assets as polkadot_sdk::frame_support::traits::fungibles::Inspect<_>>::reducible_balance(
			AH_USDT_ID,
			&sovereign,
			Preservation::Expendable,
			Fortitude::Polite,
		);
		ah_usdt_balance(&sovereign) - free
	})
}

/// Lets both chains build blocks until the messages between them (the program, its response,
/// version notifications) have been delivered and processed; returns the strategies' events on
/// Plexus meanwhile.
fn settle() -> Vec<pallet_strategies::Event<PlexusRuntime>> {
	let mut events = Vec::new();
	for _ in 0..3 {
		AssetHub::execute_with(|| {});
		PlexusPara::execute_with(|| {
			events.extend(plexus_runtime::System::events().into_iter().filter_map(
				|r| match r.event {
					plexus_runtime::RuntimeEvent::Strategies(e) => Some(e),
					_ => None,
				},
			))
		});
	}
	events
}

/// Plexus' hub USDT is exactly backed by its sovereign account's USDT on Asset Hub (free or
/// staked through a strategy, counted once as the vaults' debt).
fn assert_usdt_backed(in_strategies: u128) {
	let issued = PlexusPara::execute_with(plexus_usdt_issuance);
	let reserve = AssetHub::execute_with(|| ah_usdt_balance(&plexus_sovereign_on_asset_hub()));
	assert_eq!(issued + in_strategies, reserve, "hub USDT + allocated = reserve on Asset Hub");
}

/// Test 2: one program from Asset Hub (Alice's `execute`: withdraw, `InitiateTransfer` that
/// keeps her origin, then `Transact` of `Vaults::deposit` as herself) leaves her holding vault
/// shares on Plexus.
#[test]
fn one_program_from_asset_hub_leaves_the_user_holding_vault_shares() {
	WestendNet::reset();
	create_usdt_on_asset_hub(alice(), 10_000 * USDT_UNIT);
	let user = alice();
	let amount = 500 * USDT_UNIT;
	let share_asset = plexus_primitives::assets::FIRST_SHARE_ASSET_ID + VAULT;
	let shares_before =
		PlexusPara::execute_with(|| plexus_runtime::Assets::balance(share_asset, &user));
	let deposit_call = plexus_runtime::RuntimeCall::Vaults(pallet_vaults::Call::deposit {
		vault: VAULT,
		assets: amount,
		min_shares: 1,
	});
	let local_user = account_location(&user);
	let remote_xcm: Xcm<()> = Xcm(vec![
		AliasOrigin(local_user.clone()),
		DepositAsset { assets: Wild(AllCounted(2)), beneficiary: local_user },
		Transact {
			origin_kind: OriginKind::SovereignAccount,
			fallback_max_weight: None,
			call: codec::Encode::encode(&deposit_call).into(),
		},
		ExpectTransactStatus(MaybeErrorCode::Success),
	]);
	AssetHub::execute_with(|| {
		let fees: Asset = (Location::parent(), WND_UNIT).into();
		let usdt: Asset = (ah_usdt_location(), amount).into();
		let mut assets = Assets::from(fees.clone());
		assets.push(usdt.clone());
		let message: Xcm<asset_hub_westend_runtime::RuntimeCall> = Xcm(vec![
			WithdrawAsset(assets),
			PayFees { asset: (Location::parent(), WND_UNIT / 10).into() },
			InitiateTransfer {
				destination: plexus_from_siblings(),
				remote_fees: Some(AssetTransferFilter::ReserveDeposit(Definite(
					(Location::parent(), WND_UNIT / 2).into(),
				))),
				preserve_origin: true,
				assets: vec![AssetTransferFilter::ReserveDeposit(Definite(usdt.into()))]
					.try_into()
					.unwrap(),
				remote_xcm,
			},
			RefundSurplus,
			DepositAsset { assets: Wild(AllCounted(1)), beneficiary: account_location(&user) },
		]);
		assert_ok!(asset_hub_westend_runtime::PolkadotXcm::execute(
			asset_hub_westend_runtime::RuntimeOrigin::signed(user.clone()),
			Box::new(polkadot_sdk::staging_xcm::VersionedXcm::from(message)),
			Weight::from_parts(50_000_000_000, 1_000_000),
		));
	});
	PlexusPara::execute_with(|| {
		let shares = plexus_runtime::Assets::balance(share_asset, &user) - shares_before;
		assert!(shares > 0, "the user holds new vault shares");
		let (idle, _, _) = vault_buckets(VAULT);
		// The first deposit into the vault also paid its account's floor (one minimum balance).
		let floor = plexus_runtime::Assets::minimum_balance(hub::USDT);
		assert!(idle + floor >= amount, "the vault holds the deposit");
	});
	assert_usdt_backed(0);
}

/// Asset Hub takes execution fees in USDT only through a USDT/WND pool: Alice creates one.
fn create_usdt_pool_on_asset_hub() {
	AssetHub::execute_with(|| {
		type Ac = asset_hub_westend_runtime::AssetConversion;
		let origin = || asset_hub_westend_runtime::RuntimeOrigin::signed(alice());
		assert_ok!(Ac::create_pool(
			origin(),
			Box::new(Location::parent()),
			Box::new(ah_usdt_location())
		));
		assert_ok!(Ac::add_liquidity(
			origin(),
			Box::new(Location::parent()),
			Box::new(ah_usdt_location()),
			1_000 * WND_UNIT,
			1_000 * USDT_UNIT,
			1,
			1,
			alice(),
		));
	});
}

/// Test 3: `withdraw_to` returns USDT to an account on Asset Hub; the beneficiary gets the
/// amount minus Asset Hub's execution fee (paid in USDT through its pool is not needed: the fee
/// asset here is USDT itself, priced by Asset Hub), and the reserve shrinks by exactly the
/// amount.
#[test]
fn withdraw_to_returns_usdt_to_asset_hub_to_the_planck_minus_fees() {
	setup();
	create_usdt_pool_on_asset_hub();
	let beneficiary = fresh_account(3);
	let amount = 100 * USDT_UNIT;
	let sovereign = plexus_sovereign_on_asset_hub();
	let reserve_before = AssetHub::execute_with(|| ah_usdt_balance(&sovereign));
	let issued_before = PlexusPara::execute_with(plexus_usdt_issuance);
	PlexusPara::execute_with(|| {
		assert_ok!(plexus_runtime::Strategies::withdraw_to(
			plexus_runtime::RuntimeOrigin::signed(alice()),
			hub::USDT,
			amount,
			Box::new(asset_hub_from_plexus().into()),
			Box::new(account_location(&beneficiary).into()),
		));
		assert_eq!(plexus_usdt_issuance(), issued_before - amount, "burnt on Plexus");
	});
	AssetHub::execute_with(|| {
		let received = ah_usdt_balance(&beneficiary);
		assert_eq!(ah_usdt_balance(&sovereign), reserve_before - amount, "reserve released");
		assert!(received > 0 && received < amount, "minus the execution fee: {received}");
		// Every planck is accounted for: the fee went to Asset Hub's fee collection.
		let fee = amount - received;
		assert!(fee < USDT_UNIT, "fee {fee} is below 1 USDT");
	});
	assert_usdt_backed(0);
}

/// Test 4: `allocate` to the Asset Hub strategy stakes in the real `pallet-asset-rewards` from
/// Plexus' sovereign account; the response moves the amount from in transit to debt;
/// `deallocate` unstakes it and brings it back to idle.
#[test]
fn allocate_stakes_on_asset_hub_and_deallocate_brings_it_back_to_idle() {
	setup();
	deposit(1_000 * USDT_UNIT);
	let id = register(staking_pool(), 1_000);
	let amount = 400 * USDT_UNIT;
	let (idle0, _, _) = PlexusPara::execute_with(|| vault_buckets(VAULT));
	PlexusPara::execute_with(|| {
		assert_ok!(plexus_runtime::Strategies::allocate(
			plexus_runtime::RuntimeOrigin::root(),
			id,
			amount
		));
		assert_eq!(vault_buckets(VAULT), (idle0 - amount, 0, amount), "in transit");
	});
	assert_eq!(staked_on_asset_hub(), amount, "the real Asset Hub call ran");
	settle();
	PlexusPara::execute_with(|| {
		assert_eq!(vault_buckets(VAULT), (idle0 - amount, amount, 0), "debt after the response");
		assert_eq!((strategy(id).debt, strategy(id).operation), (amount, None));
	});
	assert_usdt_backed(amount);

	PlexusPara::execute_with(|| {
		assert_ok!(plexus_runtime::Strategies::deallocate(
			plexus_runtime::RuntimeOrigin::root(),
			id,
			amount
		));
	});
	assert_eq!(staked_on_asset_hub(), 0, "unstaked");
	settle();
	PlexusPara::execute_with(|| {
		assert_eq!(vault_buckets(VAULT), (idle0, 0, 0), "idle again");
		assert_eq!(strategy(id).debt, 0);
	});
	assert_usdt_backed(0);
}

/// Test 5: a strategy on a pool that does not exist: the remote call fails, the appendix puts
/// the USDT back in the sovereign account and reports the error; the amount returns to idle,
/// nothing is trapped and every USDT is accounted for on both chains.
#[test]
fn a_failing_remote_call_returns_the_amount_to_idle_and_traps_nothing() {
	setup();
	deposit(1_000 * USDT_UNIT);
	let id = register(Adapter::AssetRewardsPool { pallet_index: 61, pool: 99 }, 1_000);
	let (idle0, _, _) = PlexusPara::execute_with(|| vault_buckets(VAULT));
	PlexusPara::execute_with(|| {
		assert_ok!(plexus_runtime::Strategies::allocate(
			plexus_runtime::RuntimeOrigin::root(),
			id,
			300 * USDT_UNIT
		));
	});
	AssetHub::execute_with(|| {
		let trapped = asset_hub_westend_runtime::System::events().iter().any(|r| {
			matches!(
				r.event,
				asset_hub_westend_runtime::RuntimeEvent::PolkadotXcm(
					polkadot_sdk::pallet_xcm::Event::AssetsTrapped { .. }
				)
			)
		});
		assert!(!trapped, "nothing trapped on Asset Hub");
	});
	let events = settle();
	assert!(
		events
			.iter()
			.any(|e| matches!(e, pallet_strategies::Event::OperationFailed { error: Some(_), .. })),
		"Asset Hub reported the failure: {events:?}"
	);
	PlexusPara::execute_with(|| {
		assert_eq!(vault_buckets(VAULT), (idle0, 0, 0), "back to idle");
		assert_eq!(strategy(id).operation, None);
	});
	assert_usdt_backed(0);
}

/// Test 6: a report within bounds raises the share price through profit unlocking; beyond
/// `max_report_change_bps` or from a wrong origin it is refused; a missing report past
/// `max_report_age` pauses deposits until the next report.
#[test]
fn reports_move_the_share_price_within_bounds_and_a_stale_strategy_pauses_deposits() {
	setup();
	deposit(1_000 * USDT_UNIT);
	let max_age = 6;
	let id = register(staking_pool(), max_age);
	let amount = 500 * USDT_UNIT;
	PlexusPara::execute_with(|| {
		assert_ok!(plexus_runtime::Strategies::allocate(
			plexus_runtime::RuntimeOrigin::root(),
			id,
			amount
		));
	});
	settle();
	let price = || {
		PlexusPara::execute_with(|| plexus_runtime::Vaults::api_share_price(VAULT).expect("price"))
	};
	let before = price();
	PlexusPara::execute_with(|| {
		let signed = |who: AccountId| plexus_runtime::RuntimeOrigin::signed(who);
		assert_noop!(
			plexus_runtime::Strategies::report(signed(alice()), id, amount + 1),
			pallet_strategies::Error::<PlexusRuntime>::NotReporter
		);
		assert_noop!(
			plexus_runtime::Strategies::report(signed(reporter()), id, amount * 12 / 10),
			pallet_strategies::Error::<PlexusRuntime>::ReportOutOfBounds
		);
		assert_ok!(plexus_runtime::Strategies::report(signed(reporter()), id, amount * 105 / 100));
	});
	let after_a_while = {
		for _ in 0..3 {
			PlexusPara::execute_with(|| {});
		}
		price()
	};
	assert!(
		after_a_while > before,
		"profit unlocks into the share price: {before} → {after_a_while}"
	);

	for _ in 0..max_age {
		PlexusPara::execute_with(|| {});
	}
	PlexusPara::execute_with(|| {
		assert_noop!(
			plexus_runtime::Vaults::deposit(
				plexus_runtime::RuntimeOrigin::signed(alice()),
				VAULT,
				USDT_UNIT,
				0
			),
			pallet_vaults::Error::<PlexusRuntime>::StaleStrategyReport
		);
		assert_ok!(plexus_runtime::Strategies::report(
			plexus_runtime::RuntimeOrigin::signed(reporter()),
			id,
			amount * 105 / 100
		));
		assert_ok!(plexus_runtime::Vaults::deposit(
			plexus_runtime::RuntimeOrigin::signed(alice()),
			VAULT,
			USDT_UNIT,
			0
		));
	});
}

/// Test 7: USDT above Asset Hub's inflow cap is held on Plexus for its beneficiary (not lost,
/// not trapped) and released by governance.
#[test]
fn inflow_above_a_branch_cap_is_held_and_released() {
	setup();
	let cap = 2_100 * USDT_UNIT;
	PlexusPara::execute_with(|| {
		assert_ok!(plexus_runtime::Strategies::set_inflow_limit(
			plexus_runtime::RuntimeOrigin::root(),
			hub::USDT,
			Box::new(asset_hub_from_plexus().into()),
			Some(InflowLimit { cap, per_epoch: u128::MAX }),
		));
	});
	let bob = fresh_account(5);
	transfer_from_asset_hub(alice(), bob.clone(), WND_UNIT, 300 * USDT_UNIT);
	PlexusPara::execute_with(|| {
		assert_eq!(plexus_hub_balance(hub::USDT, &bob), 100 * USDT_UNIT, "up to the cap");
		let held = pallet_strategies::HeldInflows::<PlexusRuntime>::get(0).expect("held");
		// The first inflow held pays the hold account's floor of one minimum balance.
		let floor = plexus_runtime::Assets::minimum_balance(hub::USDT);
		assert_eq!((held.beneficiary.clone(), held.amount), (bob.clone(), 200 * USDT_UNIT - floor));
		assert_noop!(
			plexus_runtime::Strategies::release_inflow(
				plexus_runtime::RuntimeOrigin::signed(bob.clone()),
				0
			),
			pallet_strategies::Error::<PlexusRuntime>::NotReleasableYet
		);
		assert_ok!(plexus_runtime::Strategies::release_inflow(
			plexus_runtime::RuntimeOrigin::root(),
			0
		));
		assert_eq!(
			plexus_hub_balance(hub::USDT, &bob),
			300 * USDT_UNIT - floor,
			"nothing lost but the hold account's floor"
		);
	});
	assert_usdt_backed(0);
}

/// Governance limits USDT from Asset Hub to `more` planck beyond the 2 000 USDT `setup`
/// brought in this epoch.
fn limit_usdt_from_asset_hub(more: u128) {
	let per_epoch = 2_000 * USDT_UNIT + more;
	PlexusPara::execute_with(|| {
		assert_ok!(plexus_runtime::Strategies::set_inflow_limit(
			plexus_runtime::RuntimeOrigin::root(),
			hub::USDT,
			Box::new(asset_hub_from_plexus().into()),
			Some(InflowLimit { cap: u128::MAX, per_epoch }),
		));
	});
}

/// #19 item 3: the over-limit inflows of one block were bounded (16 pending holds): the 17th
/// message failed (`TooManyAssets`) and its USDT stayed stranded in Plexus' sovereign account
/// on Asset Hub. Now 50 over-limit transfers delivered in one block are all credited (held),
/// none refused, and every USDT on Plexus is backed.
#[test]
fn fifty_over_limit_transfers_in_one_block_are_all_held_none_refused() {
	setup();
	limit_usdt_from_asset_hub(USDT_UNIT);
	let users: Vec<AccountId> = (0..50).map(|i| fresh_account(100 + i)).collect();
	AssetHub::execute_with(|| {
		for to in &users {
			let assets: Vec<Asset> = vec![
				(Location::parent(), WND_UNIT).into(),
				(ah_usdt_location(), 10 * USDT_UNIT).into(),
			];
			assert_ok!(
				asset_hub_westend_runtime::PolkadotXcm::transfer_assets_using_type_and_then(
					asset_hub_westend_runtime::RuntimeOrigin::signed(alice()),
					Box::new(VersionedLocation::from(plexus_from_siblings())),
					Box::new(VersionedAssets::from(Assets::from(assets))),
					Box::new(TransferType::LocalReserve),
					Box::new(VersionedAssetId::from(AssetId(Location::parent()))),
					Box::new(TransferType::LocalReserve),
					Box::new(VersionedXcm::from(Xcm::<()>(vec![DepositAsset {
						assets: Wild(AllCounted(2)),
						beneficiary: account_location(to),
					}]))),
					WeightLimit::Unlimited,
				)
			);
		}
	});
	PlexusPara::execute_with(|| {
		let held_events = plexus_runtime::System::events()
			.iter()
			.filter(|r| {
				matches!(
					r.event,
					plexus_runtime::RuntimeEvent::Strategies(
						pallet_strategies::Event::InflowHeld { .. }
					)
				)
			})
			.count();
		assert_eq!(held_events, 50, "all 50 held in the one block that delivered them");
		let credited: u128 = users.iter().map(|u| plexus_hub_balance(hub::USDT, u)).sum();
		let held: Vec<_> = pallet_strategies::HeldInflows::<PlexusRuntime>::iter()
			.map(|(_, h)| (h.beneficiary, h.amount))
			.collect();
		let held_total: u128 = held.iter().map(|(_, a)| a).sum();
		assert_eq!(held.len(), 50);
		assert!(users.iter().all(|u| held.iter().any(|(b, _)| b == u)), "one hold per user");
		assert_eq!(credited, USDT_UNIT, "the epoch's limit credited, once");
		let floor = plexus_runtime::Assets::minimum_balance(hub::USDT);
		assert_eq!(
			credited + held_total + floor,
			500 * USDT_UNIT,
			"nothing refused, nothing lost (the first hold paid the hold account's floor)"
		);
		assert!(pallet_strategies::PendingHolds::<PlexusRuntime>::iter().next().is_none());
	});
	assert_usdt_backed(0);
}

/// #19 item 4: governance returns a held inflow to Asset Hub: burnt on Plexus, the reserve's
/// USDT goes to the beneficiary it names (minus the remote fee), every USDT still backed.
#[test]
fn governance_returns_a_held_inflow_to_asset_hub() {
	setup();
	create_usdt_pool_on_asset_hub();
	limit_usdt_from_asset_hub(100 * USDT_UNIT);
	let bob = fresh_account(5);
	let back_to = fresh_account(6);
	transfer_from_asset_hub(alice(), bob.clone(), WND_UNIT, 300 * USDT_UNIT);
	PlexusPara::execute_with(|| {
		assert_ok!(plexus_runtime::Strategies::return_inflow(
			plexus_runtime::RuntimeOrigin::root(),
			0,
			Box::new(VersionedLocation::from(account_location(&back_to))),
		));
		assert!(pallet_strategies::HeldInflows::<PlexusRuntime>::get(0).is_none());
		assert_eq!(plexus_hub_balance(hub::USDT, &bob), 100 * USDT_UNIT);
	});
	AssetHub::execute_with(|| {
		let got = ah_usdt_balance(&back_to);
		assert!(got > 199 * USDT_UNIT && got < 200 * USDT_UNIT, "200 USDT minus the fee: {got}");
	});
	assert_usdt_backed(0);
}
