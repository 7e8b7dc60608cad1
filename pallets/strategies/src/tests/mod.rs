//! Unit tests of the strategies pallet on the mock runtime: every call's success and error
//! paths, the operation life cycle, reports and the circuit breaker, and the transactor's
//! inflow limits.

use crate::{mock::Assets, types::*, HubAssetRegistry, HubAssetTransactor};
use crate::{
	mock::*, BranchFlows, Error, Event, HeldInflows, HubAssetIds, HubAssets, InflowLimits,
	Operations, PendingHolds, ReportDeadlines,
};
use plexus_primitives::DepositGate;
use polkadot_sdk::{
	frame_support::{
		assert_noop, assert_ok,
		traits::{
			fungibles::{Inspect, Mutate},
			Hooks,
		},
		BoundedVec,
	},
	sp_runtime::{traits::MaybeEquivalence, DispatchError, Perbill},
	staging_xcm::{latest::prelude::*, VersionedLocation},
	staging_xcm_builder::{ConvertedConcreteId, FungiblesAdapter, NoChecking},
	staging_xcm_executor::traits::TransactAsset,
};

type Strategies_ = crate::Pallet<Test>;

/// The floor each vault account of the mock keeps (one USDT minimum balance).
const FLOOR: u128 = 1;

fn admin() -> RuntimeOrigin {
	RuntimeOrigin::signed(ADMIN)
}

fn vloc(l: Location) -> Box<VersionedLocation> {
	Box::new(l.into())
}

fn params(vault: u32) -> StrategyParams<u64, u64> {
	StrategyParams {
		vault,
		destination: asset_hub(),
		adapter: Adapter::AssetRewardsPool { pallet_index: 61, pool: 0 },
		cap: 1_000_000,
		max_report_change_bps: 500,
		max_report_age: 100,
		report_origin: ReportOrigin::Account(REPORTER),
		remote_fee: 10,
		min_operation: 0,
		rebalance_threshold_bps: 0,
	}
}

/// Funds a vault with idle USDT and the pallet's account with fee DOT.
fn fund(vault: u32, idle: u128) {
	let account = if vault == GOVERNED { GOVERNED_ACCOUNT } else { CURATED_ACCOUNT };
	assert_ok!(Assets::mint_into(USDT, &account, idle));
	set_idle(vault, crate::mock::vault(vault).idle + idle);
	assert_ok!(Assets::mint_into(DOT, &Strategies_::account_id(), 1_000));
}

fn register(vault: u32) -> u32 {
	assert_ok!(Strategies::register_strategy(admin(), Box::new(params(vault))));
	crate::NextStrategyId::<Test>::get() - 1
}

fn last_query() -> u64 {
	QUERIES.with(|q| q.borrow().last().unwrap().0)
}

fn respond(query: u64, error: Option<(u32, XcmError)>) -> Result<(), DispatchError> {
	Strategies::on_response(
		RuntimeOrigin::signed(AH_RESPONDER),
		query,
		Response::ExecutionResult(error),
	)
}

fn strategy(id: u32) -> StrategyOf {
	crate::Strategies::<Test>::get(id).unwrap()
}
type StrategyOf = crate::StrategyOf<Test>;

fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Strategies(e) => Some(e),
			_ => None,
		})
		.collect()
}

fn run_to(n: u64) {
	while System::block_number() < n {
		System::set_block_number(System::block_number() + 1);
		Strategies::on_initialize(System::block_number());
	}
}

mod registry {
	use super::*;

	#[test]
	fn genesis_registers_hub_assets_both_ways_and_creates_them() {
		new_test_ext().execute_with(|| {
			assert_eq!(HubAssetIds::<Test>::get(usdt_location()), Some(USDT));
			assert_eq!(HubAssets::<Test>::get(USDT).unwrap().decimals, 6);
			assert!(Assets::asset_exists(USDT));
			assert_eq!(
				<HubAssetRegistry<Test> as MaybeEquivalence<Location, u32>>::convert_back(&DOT),
				Some(Location::parent())
			);
			assert_ok!(Strategies_::do_try_state());
		});
	}

	#[test]
	fn governance_registers_a_hub_asset_and_nobody_else_can() {
		new_test_ext().execute_with(|| {
			let wnd = Location::new(1, [Parachain(1000), PalletInstance(50), GeneralIndex(7)]);
			let name = || BoundedVec::truncate_from(b"Seven".to_vec());
			assert_noop!(
				Strategies::register_hub_asset(
					RuntimeOrigin::signed(ALICE),
					7,
					vloc(wnd.clone()),
					name(),
					name(),
					10,
					1
				),
				DispatchError::BadOrigin
			);
			assert_ok!(Strategies::register_hub_asset(
				admin(),
				7,
				vloc(wnd.clone()),
				name(),
				name(),
				10,
				1
			));
			assert!(Assets::asset_exists(7));
			assert_eq!(HubAssetIds::<Test>::get(&wnd), Some(7));
			assert_noop!(
				Strategies::register_hub_asset(
					admin(),
					7,
					vloc(Location::here()),
					name(),
					name(),
					1,
					1
				),
				Error::<Test>::AssetAlreadyRegistered
			);
			assert_noop!(
				Strategies::register_hub_asset(admin(), 8, vloc(wnd), name(), name(), 1, 1),
				Error::<Test>::LocationAlreadyRegistered
			);
			assert_noop!(
				Strategies::register_hub_asset(
					admin(),
					plexus_primitives::assets::FIRST_SHARE_ASSET_ID,
					vloc(Location::here()),
					name(),
					name(),
					1,
					1
				),
				Error::<Test>::InvalidAssetId
			);
		});
	}

	#[test]
	fn branches_and_limits_need_governance_and_known_assets_and_branches() {
		new_test_ext().execute_with(|| {
			let other = Location::new(1, [Parachain(2001)]);
			let limit = Some(InflowLimit { cap: 100, per_epoch: 50 });
			assert_noop!(
				Strategies::register_branch(RuntimeOrigin::signed(ALICE), vloc(other.clone())),
				DispatchError::BadOrigin
			);
			assert_noop!(
				Strategies::register_branch(admin(), vloc(asset_hub())),
				Error::<Test>::BranchAlreadyRegistered
			);
			assert_noop!(
				Strategies::set_inflow_limit(admin(), USDT, vloc(other.clone()), limit),
				Error::<Test>::UnknownBranch
			);
			assert_ok!(Strategies::register_branch(admin(), vloc(other.clone())));
			assert_noop!(
				Strategies::set_inflow_limit(admin(), 42, vloc(other.clone()), limit),
				Error::<Test>::UnknownHubAsset
			);
			assert_ok!(Strategies::set_inflow_limit(admin(), USDT, vloc(other.clone()), limit));
			assert_eq!(InflowLimits::<Test>::get(USDT, &other), limit);
			assert_ok!(Strategies::set_inflow_limit(admin(), USDT, vloc(other.clone()), None));
			assert_eq!(InflowLimits::<Test>::get(USDT, &other), None);
		});
	}
}

mod inflow {
	/// The hold account's floor: one minimum balance of USDT in the mock, paid by the first
	/// inflow held.
	const FLOOR: u128 = 1;

	/// Found by the runtime fuzzer: paying a held inflow out of the hold account with
	/// `Expendable` ended the account when what stayed was below the minimum balance, and
	/// `pallet-assets` destroyed another beneficiary's held inflow with it.
	#[test]
	fn paying_a_held_inflow_out_never_destroys_anothers() {
		new_test_ext().execute_with(|| {
			let min_balance = |m| {
				polkadot_sdk::pallet_assets::Asset::<Test>::mutate(USDT, |d| {
					d.as_mut().unwrap().min_balance = m
				})
			};
			min_balance(10);
			let limit = Some(InflowLimit { cap: 0, per_epoch: 0 });
			assert_ok!(Strategies::set_inflow_limit(admin(), USDT, vloc(asset_hub()), limit));
			assert_ok!(arrive(500, ALICE, 1));
			assert_ok!(arrive(15, BOB, 2));
			let held = |id| HeldInflows::<Test>::get(id).unwrap().amount;
			assert_eq!((held(0), held(1)), (490, 15), "the first pays the floor of 10");
			// The asset's minimum rises above Bob's held 15 (`force_asset_status`).
			min_balance(20);
			assert_ok!(Strategies::release_inflow(admin(), 0));
			assert_eq!(Assets::balance(USDT, ALICE), 490);
			// Bob's 15, now below the minimum, are still in the hold account with the floor.
			assert_eq!(Assets::balance(USDT, Strategies_::hold_account()), 10 + 15);
			assert_eq!(held(1), 15);
		});
	}
	use super::*;

	type Inner = FungiblesAdapter<
		Assets,
		ConvertedConcreteId<
			u32,
			u128,
			HubAssetRegistry<Test>,
			polkadot_sdk::sp_runtime::traits::Identity,
		>,
		IndexToAccount,
		u64,
		NoChecking,
		(),
	>;
	type Transactor = HubAssetTransactor<Test, Inner>;

	fn context(origin: Location, message: u8) -> XcmContext {
		XcmContext { origin: Some(origin), message_id: [message; 32], topic: None }
	}

	/// What `ReserveAssetDeposited` + `DepositAsset` of `amount` USDT from Asset Hub do.
	fn arrive(amount: u128, to: u64, message: u8) -> Result<(), XcmError> {
		let ctx = context(asset_hub(), message);
		let asset: Asset = (usdt_location(), amount).into();
		let holding = Transactor::mint_asset(&asset, &ctx)?;
		Transactor::deposit_asset(holding, &account(to), Some(&ctx)).map_err(|(_, e)| e)
	}

	#[test]
	fn unregistered_assets_are_not_minted() {
		new_test_ext().execute_with(|| {
			let asset: Asset = (Location::new(1, [Parachain(1000), GeneralIndex(3)]), 10).into();
			assert!(matches!(
				Transactor::mint_asset(&asset, &context(asset_hub(), 1)),
				Err(XcmError::AssetNotFound)
			));
		});
	}

	#[test]
	fn inflow_within_limits_is_credited_and_counted_as_branch_liquidity() {
		new_test_ext().execute_with(|| {
			assert_ok!(arrive(500, ALICE, 1));
			assert_eq!(Assets::balance(USDT, ALICE), 500);
			assert_eq!(BranchFlows::<Test>::get(USDT, asset_hub()).liquidity, 500);
			assert!(HeldInflows::<Test>::iter().next().is_none());
		});
	}

	#[test]
	fn inflow_over_the_limit_is_held_not_lost_and_released_after_the_window() {
		new_test_ext().execute_with(|| {
			let limit = Some(InflowLimit { cap: 1_000, per_epoch: 300 });
			assert_ok!(Strategies::set_inflow_limit(admin(), USDT, vloc(asset_hub()), limit));
			assert_ok!(arrive(500, ALICE, 1));
			assert_eq!(Assets::balance(USDT, ALICE), 300, "credited up to the limit");
			assert_eq!(Assets::balance(USDT, Strategies_::hold_account()), 200, "held");
			let held = HeldInflows::<Test>::get(0).unwrap();
			// Held at block 1: releasable a full window (EPOCH blocks) later.
			assert_eq!(
				(held.beneficiary, held.amount, held.releasable_at),
				(ALICE, 200 - FLOOR, 1 + EPOCH),
				"the first inflow held pays the hold account's floor"
			);
			assert!(PendingHolds::<Test>::iter().next().is_none(), "the pending hold was consumed");

			assert_noop!(
				Strategies::release_inflow(RuntimeOrigin::signed(BOB), 0),
				Error::<Test>::NotReleasableYet
			);
			run_to(EPOCH);
			assert_noop!(
				Strategies::release_inflow(RuntimeOrigin::signed(BOB), 0),
				Error::<Test>::NotReleasableYet
			);
			run_to(1 + EPOCH);
			assert_ok!(Strategies::release_inflow(RuntimeOrigin::signed(BOB), 0));
			assert_eq!(Assets::balance(USDT, ALICE), 500 - FLOOR, "nothing lost but the floor");
			assert_eq!(BranchFlows::<Test>::get(USDT, asset_hub()).liquidity, 500 - FLOOR);
			assert_noop!(
				Strategies::release_inflow(RuntimeOrigin::signed(BOB), 0),
				Error::<Test>::UnknownHeldInflow
			);
		});
	}

	#[test]
	fn governance_releases_a_held_inflow_at_once() {
		new_test_ext().execute_with(|| {
			let limit = Some(InflowLimit { cap: 100, per_epoch: 1_000 });
			assert_ok!(Strategies::set_inflow_limit(admin(), USDT, vloc(asset_hub()), limit));
			assert_ok!(arrive(150, BOB, 1));
			assert_eq!(Assets::balance(USDT, BOB), 100, "cap");
			assert_ok!(Strategies::release_inflow(admin(), 0));
			assert_eq!(Assets::balance(USDT, BOB), 150 - FLOOR);
		});
	}

	#[test]
	fn a_hold_belongs_to_the_message_that_brought_it() {
		new_test_ext().execute_with(|| {
			let limit = Some(InflowLimit { cap: 1_000, per_epoch: 100 });
			assert_ok!(Strategies::set_inflow_limit(admin(), USDT, vloc(asset_hub()), limit));
			// Message 1 is over the limit but its deposit never comes (it failed later).
			let ctx = context(asset_hub(), 1);
			let _ = Transactor::mint_asset(&(usdt_location(), 150).into(), &ctx).unwrap();
			// Message 2 deposits to Bob: its own inflow is over the window too, all held.
			assert_ok!(arrive(40, BOB, 2));
			assert_eq!(Assets::balance(USDT, BOB), 0);
			assert_eq!(HeldInflows::<Test>::get(0).unwrap().amount, 40 - FLOOR);
			// The next block forgets message 1's pending hold.
			run_to(2);
			assert!(PendingHolds::<Test>::iter().next().is_none());
		});
	}

	/// #19 item 3: the pending holds of one block had a bound (`MaxPendingHolds`, 4 here):
	/// the 5th over-limit message failed with `TooManyAssets` and its assets stayed stranded
	/// on the reserve. Now every one of them is credited (held).
	#[test]
	fn any_number_of_inflows_over_the_limit_in_one_block_are_held() {
		new_test_ext().execute_with(|| {
			let limit = Some(InflowLimit { cap: u128::MAX, per_epoch: 10 });
			assert_ok!(Strategies::set_inflow_limit(admin(), USDT, vloc(asset_hub()), limit));
			for message in 0..50u8 {
				assert_ok!(arrive(100, 2_000 + u64::from(message), message));
			}
			let held: u128 = HeldInflows::<Test>::iter().map(|(_, h)| h.amount).sum();
			let credited: u128 = (0..50u64).map(|i| Assets::balance(USDT, 2_000 + i)).sum::<u128>();
			assert_eq!(
				(HeldInflows::<Test>::iter().count(), held, credited),
				(50, 4_990 - FLOOR, 10)
			);
			assert_eq!(Assets::balance(USDT, Strategies_::hold_account()), 4_990);
			assert!(PendingHolds::<Test>::iter().next().is_none());
		});
	}

	/// #19 item 4: an inflow held at the end of an epoch was releasable by anyone at the
	/// start of the next epoch, one block later. Now a full window after the inflow.
	#[test]
	fn a_hold_is_releasable_a_full_window_after_the_inflow_not_at_the_next_epoch() {
		new_test_ext().execute_with(|| {
			let limit = Some(InflowLimit { cap: 100, per_epoch: u128::MAX });
			assert_ok!(Strategies::set_inflow_limit(admin(), USDT, vloc(asset_hub()), limit));
			run_to(EPOCH - 1);
			assert_ok!(arrive(150, BOB, 1));
			run_to(EPOCH);
			assert_noop!(
				Strategies::release_inflow(RuntimeOrigin::signed(ALICE), 0),
				Error::<Test>::NotReleasableYet
			);
			run_to(2 * EPOCH - 2);
			assert_noop!(
				Strategies::release_inflow(RuntimeOrigin::signed(ALICE), 0),
				Error::<Test>::NotReleasableYet
			);
			run_to(2 * EPOCH - 1);
			assert_ok!(Strategies::release_inflow(RuntimeOrigin::signed(ALICE), 0));
			assert_eq!(Assets::balance(USDT, BOB), 150 - FLOOR);
		});
	}

	/// The hold account's location in the mock.
	pub struct HoldAt;
	impl polkadot_sdk::frame_support::traits::Get<Location> for HoldAt {
		fn get() -> Location {
			account(Strategies_::hold_account())
		}
	}
	type Trap = crate::HoldExcessOnTrap<Test, Inner, (), HoldAt>;

	/// #19 item 4: a message that leaves its assets in holding (no `DepositAsset`) had them
	/// trapped whole, and a local `claim_assets` minted them without meeting the branch limit.
	/// Now the part over the limit is held for the claimer; only the accepted part is trapped.
	#[test]
	fn assets_over_the_limit_left_in_holding_are_held_for_the_claimer_not_trapped() {
		use polkadot_sdk::staging_xcm_executor::traits::DropAssets;
		new_test_ext().execute_with(|| {
			let limit = Some(InflowLimit { cap: 1_000, per_epoch: 100 });
			assert_ok!(Strategies::set_inflow_limit(admin(), USDT, vloc(asset_hub()), limit));
			let ctx = context(asset_hub(), 7);
			let holding = Transactor::mint_asset(&(usdt_location(), 150).into(), &ctx).unwrap();
			// The message set `AssetClaimer` to Bob and ended without depositing.
			Trap::drop_assets(&account(BOB), holding, &ctx);
			let held = HeldInflows::<Test>::get(0).expect("held for the claimer");
			assert_eq!((held.beneficiary, held.amount), (BOB, 50 - FLOOR));
			assert_eq!(Assets::balance(USDT, Strategies_::hold_account()), 50);
			assert_eq!(Assets::balance(USDT, BOB), 0, "nothing credited by the trap");
			assert!(PendingHolds::<Test>::iter().next().is_none());
		});
	}

	/// A message whose assets are within the limit is trapped as before: nothing is held.
	#[test]
	fn assets_within_the_limit_left_in_holding_are_only_trapped() {
		use polkadot_sdk::staging_xcm_executor::traits::DropAssets;
		new_test_ext().execute_with(|| {
			let ctx = context(asset_hub(), 7);
			let holding = Transactor::mint_asset(&(usdt_location(), 150).into(), &ctx).unwrap();
			Trap::drop_assets(&account(BOB), holding, &ctx);
			assert!(HeldInflows::<Test>::iter().next().is_none());
			assert_eq!(Assets::balance(USDT, Strategies_::hold_account()), 0);
		});
	}

	/// #19 item 4: governance returns a held inflow to the reserve: burnt from the hold
	/// account, sent as a reserve withdrawal to the beneficiary it names; a failed send
	/// leaves it held; other origins are refused.
	#[test]
	fn governance_returns_a_held_inflow_to_the_reserve_all_or_nothing() {
		new_test_ext().execute_with(|| {
			let limit = Some(InflowLimit { cap: 100, per_epoch: u128::MAX });
			assert_ok!(Strategies::set_inflow_limit(admin(), USDT, vloc(asset_hub()), limit));
			assert_ok!(arrive(150, BOB, 1));
			let back = Location::new(0, [AccountId32 { network: None, id: [7; 32] }]);
			assert_noop!(
				Strategies::return_inflow(RuntimeOrigin::signed(BOB), 0, vloc(back.clone())),
				DispatchError::BadOrigin
			);
			SEND_FAILS.with(|f| *f.borrow_mut() = true);
			assert_noop!(
				Strategies::return_inflow(admin(), 0, vloc(back.clone())),
				Error::<Test>::SendFailed
			);
			SEND_FAILS.with(|f| *f.borrow_mut() = false);
			let issuance = Assets::total_issuance(USDT);
			assert_ok!(Strategies::return_inflow(admin(), 0, vloc(back.clone())));
			assert_eq!(Assets::total_issuance(USDT), issuance - (50 - FLOOR), "burnt here");
			assert_eq!(
				Assets::balance(USDT, Strategies_::hold_account()),
				FLOOR,
				"the floor stays"
			);
			assert!(HeldInflows::<Test>::get(0).is_none());
			let (payer, dest, message) = sent().pop().unwrap();
			assert_eq!((payer, dest), (Strategies_::account_id(), asset_hub()));
			assert!(message.0.iter().any(|i| matches!(
				i,
				DepositAsset { beneficiary, .. } if *beneficiary == back
			)));
			assert_noop!(
				Strategies::return_inflow(admin(), 0, vloc(back)),
				Error::<Test>::UnknownHeldInflow
			);
		});
	}
}

mod withdraw {
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

mod operations {
	use super::*;

	#[test]
	fn register_strategy_checks_vault_reserve_bps_fee_and_bound() {
		new_test_ext().execute_with(|| {
			assert_noop!(
				Strategies::register_strategy(RuntimeOrigin::signed(ALICE), Box::new(params(0))),
				DispatchError::BadOrigin
			);
			assert_noop!(
				Strategies::register_strategy(admin(), Box::new(params(9))),
				Error::<Test>::UnknownVault
			);
			let elsewhere = StrategyParams { destination: Location::parent(), ..params(0) };
			assert_noop!(
				Strategies::register_strategy(admin(), Box::new(elsewhere)),
				Error::<Test>::DestinationNotReserve
			);
			let bps = StrategyParams { max_report_change_bps: 10_001, ..params(0) };
			assert_noop!(
				Strategies::register_strategy(admin(), Box::new(bps)),
				Error::<Test>::InvalidBps
			);
			// Every program buys its execution with the remote fee: an XCM asset of zero is
			// not an asset.
			let free = StrategyParams { remote_fee: 0, ..params(0) };
			assert_noop!(
				Strategies::register_strategy(admin(), Box::new(free)),
				Error::<Test>::ZeroRemoteFee
			);
			for _ in 0..4 {
				register(0);
			}
			assert_noop!(
				Strategies::register_strategy(admin(), Box::new(params(0))),
				Error::<Test>::TooManyStrategies
			);
		});
	}

	#[test]
	fn allocate_burns_sends_one_program_and_a_success_response_makes_it_debt() {
		new_test_ext().execute_with(|| {
			let id = register(CURATED);
			fund(CURATED, 1_000);
			assert_ok!(Strategies::allocate(RuntimeOrigin::signed(CURATOR), id, 400));
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
	fn deallocate_mints_back_into_idle_on_success_and_restores_debt_on_failure() {
		new_test_ext().execute_with(|| {
			let id = register(CURATED);
			fund(CURATED, 1_000);
			assert_ok!(Strategies::allocate(RuntimeOrigin::signed(CURATOR), id, 400));
			assert_ok!(respond(last_query(), None));

			assert_ok!(Strategies::deallocate(RuntimeOrigin::signed(CURATOR), id, 100));
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
			assert_noop!(Strategies::allocate(c(), id, 1), Error::<Test>::StrategyRetired);
			assert_noop!(Strategies::retire_strategy(admin(), id), Error::<Test>::StrategyRetired);
			assert_ok!(Strategies::deallocate(c(), id, 50));
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

mod rebalance {
	use super::*;

	#[test]
	fn rebalance_moves_a_governed_strategy_to_its_gauge_target_once_per_epoch() {
		new_test_ext().execute_with(|| {
			let a = register(GOVERNED);
			let b = register(GOVERNED);
			fund(GOVERNED, 1_000);
			WEIGHTS.with(|w| {
				*w.borrow_mut() =
					vec![(a, Perbill::from_percent(70)), (b, Perbill::from_percent(30))]
			});
			assert_eq!(Strategies_::target_of(&strategy(a), a), 700);
			let anyone = || RuntimeOrigin::signed(BOB);
			assert_ok!(Strategies::rebalance(anyone(), a));
			assert_eq!(strategy(a).in_transit, 700);
			assert_ok!(respond(last_query(), None));
			assert_noop!(Strategies::rebalance(anyone(), a), Error::<Test>::AlreadyRebalanced);
			assert_ok!(Strategies::rebalance(anyone(), b));
			assert_ok!(respond(last_query(), None));
			assert_eq!((strategy(a).debt, strategy(b).debt), (700, 300));

			// Votes move: next epoch a shrinks to 40%, b grows to 60%.
			WEIGHTS.with(|w| {
				*w.borrow_mut() =
					vec![(a, Perbill::from_percent(40)), (b, Perbill::from_percent(60))]
			});
			run_to(EPOCH);
			assert_noop!(Strategies::rebalance(anyone(), b), Error::<Test>::NothingToRebalance);
			assert_ok!(Strategies::rebalance(anyone(), a));
			assert_ok!(respond(last_query(), None));
			assert_eq!(strategy(a).debt, 400, "a gives back 300");
			assert_ok!(Strategies::rebalance(anyone(), b));
			assert_ok!(respond(last_query(), None));
			assert_eq!(strategy(b).debt, 600, "b takes the 300 now idle");
			assert_noop!(Strategies::rebalance(anyone(), b), Error::<Test>::AlreadyRebalanced);
			assert_eq!(vault(GOVERNED).idle, 0);
		});
	}

	#[test]
	fn a_dust_difference_does_not_use_up_the_epochs_rebalance_nor_the_fee_account() {
		new_test_ext().execute_with(|| {
			let limited = StrategyParams {
				min_operation: 50,
				rebalance_threshold_bps: 500,
				..params(GOVERNED)
			};
			assert_ok!(Strategies::register_strategy(admin(), Box::new(limited)));
			let a = crate::NextStrategyId::<Test>::get() - 1;
			fund(GOVERNED, 1_000);
			WEIGHTS.with(|w| *w.borrow_mut() = vec![(a, Perbill::one())]);
			let anyone = || RuntimeOrigin::signed(BOB);
			assert_ok!(Strategies::rebalance(anyone(), a));
			assert_ok!(respond(last_query(), None));
			assert_eq!(strategy(a).debt, 1_000);
			// Next epoch 40 more arrive: 4% of the target of 1 040, under the 5% threshold.
			run_to(EPOCH);
			fund(GOVERNED, 40);
			assert_noop!(Strategies::rebalance(anyone(), a), Error::<Test>::NothingToRebalance);
			assert_eq!(strategy(a).last_rebalance, Some(0), "the epoch's rebalance is not used");
			// Then 60 more: 100 of 1 100 is beyond the threshold and the minimum.
			fund(GOVERNED, 60);
			assert_ok!(Strategies::rebalance(anyone(), a));
			assert_eq!(strategy(a).in_transit, 100);
			assert_ok!(respond(last_query(), None));
			// Direct operations below the minimum are refused, whoever asks: no fee is spent.
			fund(GOVERNED, 49);
			let fees = Assets::balance(DOT, Strategies_::account_id());
			assert_noop!(Strategies::allocate(admin(), a, 49), Error::<Test>::OperationTooSmall);
			assert_noop!(Strategies::deallocate(admin(), a, 49), Error::<Test>::OperationTooSmall);
			assert_eq!(Assets::balance(DOT, Strategies_::account_id()), fees);
			// The whole debt can always come back, however small: force it down to 30.
			assert_ok!(Strategies::force_report(admin(), a, 30));
			assert_ok!(Strategies::deallocate(admin(), a, 30));
		});
	}

	#[test]
	fn redemptions_waiting_for_more_than_idle_shrink_the_target_and_bring_it_back() {
		new_test_ext().execute_with(|| {
			let a = register(GOVERNED);
			fund(GOVERNED, 1_000);
			WEIGHTS.with(|w| *w.borrow_mut() = vec![(a, Perbill::one())]);
			let anyone = || RuntimeOrigin::signed(BOB);
			assert_ok!(Strategies::rebalance(anyone(), a));
			assert_ok!(respond(last_query(), None));
			assert_eq!(strategy(a).debt, 1_000);
			// Next epoch redemptions wait for 250 more than idle (0) holds: the target is 750
			// and the rebalance deallocates exactly the 250.
			run_to(EPOCH);
			set_shortfall(GOVERNED, 250);
			assert_eq!(Strategies_::target_of(&strategy(a), a), 750);
			assert_ok!(Strategies::rebalance(anyone(), a));
			assert_eq!(strategy(a).debt, 750);
			assert_eq!(vault(GOVERNED).in_transit, 250);
			assert_ok!(respond(last_query(), None));
			assert_eq!(vault(GOVERNED).idle, 250, "back in idle for the redemptions");
		});
	}

	#[test]
	fn rebalance_is_for_governed_vaults_with_something_to_move() {
		new_test_ext().execute_with(|| {
			let c = register(CURATED);
			let g = register(GOVERNED);
			let anyone = || RuntimeOrigin::signed(BOB);
			assert_noop!(Strategies::rebalance(anyone(), c), Error::<Test>::NotGoverned);
			assert_noop!(Strategies::rebalance(anyone(), 9), Error::<Test>::UnknownStrategy);
			assert_noop!(Strategies::rebalance(anyone(), g), Error::<Test>::NothingToRebalance);
		});
	}
}

mod reports {
	use super::*;

	fn allocated(vault: u32, amount: u128) -> u32 {
		let id = register(vault);
		fund(vault, amount);
		assert_ok!(Strategies::allocate(admin(), id, amount));
		assert_ok!(respond(last_query(), None));
		id
	}

	/// Moves to the first block of the next report window (`max_report_age` = 100 blocks).
	fn next_window(id: u32) {
		run_to(strategy(id).window.start + 100);
	}

	#[test]
	fn a_report_within_bounds_moves_the_vault_by_gain_or_loss() {
		new_test_ext().execute_with(|| {
			let id = allocated(CURATED, 1_000);
			let r = || RuntimeOrigin::signed(REPORTER);
			assert_ok!(Strategies::report(r(), id, 1_050));
			assert_eq!(vault(CURATED).gains, 50);
			assert_eq!(strategy(id).debt, 1_050);
			next_window(id);
			assert_ok!(Strategies::report(r(), id, 1_000));
			assert_eq!(vault(CURATED).losses, 50);
			next_window(id);
			assert_noop!(Strategies::report(r(), id, 1_051), Error::<Test>::ReportOutOfBounds);
			assert_noop!(
				Strategies::report(RuntimeOrigin::signed(ALICE), id, 1_000),
				Error::<Test>::NotReporter
			);
			assert_noop!(
				Strategies::force_report(RuntimeOrigin::signed(REPORTER), id, 2_000),
				DispatchError::BadOrigin
			);
			assert_ok!(Strategies::force_report(admin(), id, 2_000));
			assert_eq!(vault(CURATED).gains, 1_050);
		});
	}

	#[test]
	fn repeated_reports_move_the_value_at_most_once_the_bound_per_window() {
		new_test_ext().execute_with(|| {
			let id = allocated(CURATED, 1_000);
			let r = || RuntimeOrigin::signed(REPORTER);
			// Twenty reports of +5% in one block: the first moves the value by the bound (5%
			// of 1 000), every other one is refused.
			assert_ok!(Strategies::report(r(), id, 1_050));
			for _ in 0..19 {
				let up = strategy(id).debt * 105 / 100;
				assert_noop!(Strategies::report(r(), id, up), Error::<Test>::ReportOutOfBounds);
			}
			assert_eq!(strategy(id).debt, 1_050);
			// Within the window, the remaining room is what the bound leaves: 52 planck of 5%
			// of 1 050 minus the 50 already moved, down or up.
			assert_ok!(Strategies::report(r(), id, 1_048));
			assert_noop!(Strategies::report(r(), id, 1_050), Error::<Test>::ReportOutOfBounds);
			assert_eq!(vault(CURATED).gains, 50);
			assert_eq!(vault(CURATED).losses, 2);
			// The next window has its own room.
			next_window(id);
			assert_ok!(Strategies::report(r(), id, 1_100));
		});
	}

	#[test]
	fn a_loss_beyond_the_bound_is_held_for_governance_and_pauses_deposits_and_exits() {
		new_test_ext().execute_with(|| {
			let id = allocated(CURATED, 1_000);
			let r = || RuntimeOrigin::signed(REPORTER);
			// Twenty small losses in a block: the first four fit the 5% bound, the fifth would
			// exceed it and is held instead of crushing the vault.
			for _ in 0..4 {
				let down = strategy(id).debt - 12;
				assert_ok!(Strategies::report(r(), id, down));
			}
			assert_eq!(strategy(id).debt, 952);
			assert!(!Strategies_::finalization_paused(CURATED));
			assert_ok!(Strategies::report(r(), id, 940));
			assert_eq!(strategy(id).debt, 952, "the held loss is not applied");
			assert_eq!(strategy(id).held_report, Some(940));
			assert_eq!(vault(CURATED).losses, 48);
			assert!(events().iter().any(|e| matches!(
				e,
				Event::ReportHeld { strategy, value: 940, previous: 952 } if *strategy == id
			)));
			assert!(Strategies_::deposits_paused(CURATED));
			assert!(Strategies_::finalization_paused(CURATED));
			assert!(!Strategies_::finalization_paused(GOVERNED), "other vaults unaffected");
			// The reporter cannot report again until governance has decided.
			assert_noop!(Strategies::report(r(), id, 952), Error::<Test>::ReportHeld);
			next_window(id);
			assert_noop!(Strategies::report(r(), id, 952), Error::<Test>::ReportHeld);
			// Governance settles the value: the vault runs again.
			assert_ok!(Strategies::force_report(admin(), id, 900));
			assert_eq!(strategy(id).held_report, None);
			assert_eq!(vault(CURATED).losses, 100);
			assert!(!Strategies_::finalization_paused(CURATED));
			assert!(!Strategies_::deposits_paused(CURATED));
			assert_ok!(Strategies::report(r(), id, 910));
		});
	}

	#[test]
	fn a_report_records_its_annualised_yield() {
		new_test_ext().execute_with(|| {
			let id = allocated(CURATED, 1_000);
			// 0.1% in one day is 3 650 bps a year.
			run_to(1 + plexus_primitives::time::DAYS as u64);
			assert_ok!(Strategies::report(RuntimeOrigin::signed(REPORTER), id, 1_001));
			assert_eq!(strategy(id).yield_bps, 3_650);
			assert_eq!(
				<Strategies_ as plexus_primitives::StrategyInspect>::vault_strategies(CURATED),
				vec![id]
			);
			assert_ok!(Strategies::report(RuntimeOrigin::signed(REPORTER), id, 1_000));
			assert_eq!(strategy(id).yield_bps, 0, "a loss yields nothing");
			assert_eq!(crate::annualised_yield_bps(1_000, 1_001, 14_400), 3_650);
			assert_eq!(crate::annualised_yield_bps(0, 1_001, 14_400), 0);
			assert_eq!(crate::annualised_yield_bps(1_000, 1_001, 0), 0);
			assert_eq!(crate::annualised_yield_bps(1, u128::MAX, 1), u32::MAX, "saturates");
		});
	}

	#[test]
	fn an_xcm_reporter_reports_through_its_location() {
		new_test_ext().execute_with(|| {
			let id = allocated(CURATED, 1_000);
			crate::Strategies::<Test>::mutate(id, |s| {
				s.as_mut().unwrap().params.report_origin = ReportOrigin::Location(asset_hub())
			});
			assert_noop!(
				Strategies::report(RuntimeOrigin::signed(REPORTER), id, 1_000),
				Error::<Test>::NotReporter
			);
			assert_ok!(Strategies::report(RuntimeOrigin::signed(AH_XCM), id, 1_010));
		});
	}

	#[test]
	fn a_stale_strategy_pauses_deposits_until_it_reports_again() {
		new_test_ext().execute_with(|| {
			let id = allocated(CURATED, 1_000);
			assert_eq!(ReportDeadlines::<Test>::get(CURATED), Some(1 + 100));
			assert!(!Strategies_::deposits_paused(CURATED));
			run_to(102);
			assert!(Strategies_::deposits_paused(CURATED), "past max_report_age");
			assert!(Strategies_::finalization_paused(CURATED), "exits wait too");
			assert!(!Strategies_::deposits_paused(GOVERNED), "other vaults unaffected");
			assert_ok!(Strategies::report(RuntimeOrigin::signed(REPORTER), id, 1_000));
			assert!(!Strategies_::deposits_paused(CURATED));
		});
	}

	#[test]
	fn no_report_while_an_operation_is_in_flight() {
		new_test_ext().execute_with(|| {
			let id = allocated(CURATED, 1_000);
			assert_ok!(Strategies::deallocate(admin(), id, 10));
			assert_noop!(
				Strategies::report(RuntimeOrigin::signed(REPORTER), id, 990),
				Error::<Test>::OperationInFlight
			);
		});
	}
}

mod runtime_api {
	use super::*;

	#[test]
	fn the_api_shows_strategies_targets_operations_and_the_withdraw_program() {
		new_test_ext().execute_with(|| {
			let a = register(GOVERNED);
			fund(GOVERNED, 1_000);
			WEIGHTS.with(|w| *w.borrow_mut() = vec![(a, Perbill::from_percent(50))]);
			let list = Strategies_::api_strategies(GOVERNED);
			assert_eq!(list.len(), 1);
			assert_eq!(list[0].target, Some(500));
			assert!(!list[0].stale);
			assert_ok!(Strategies::rebalance(RuntimeOrigin::signed(BOB), a));
			let ops = Strategies_::api_operations(GOVERNED);
			assert_eq!(ops.len(), 1);
			assert_eq!(ops[0].operation.amount, 500);
			assert_eq!(Strategies_::api_hub_assets().len(), 2);
			assert!(
				Strategies_::api_withdraw_to_program(USDT, 5, asset_hub(), account(1)).is_some()
			);
			assert!(Strategies_::api_withdraw_to_program(USDT, 5, Location::parent(), account(1))
				.is_none());
		});
	}
}
