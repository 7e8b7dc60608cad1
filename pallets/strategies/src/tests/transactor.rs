//! Tests of the asset transactor: inflows over XCM, their limits, held inflows, the trap, and
//! their release and return (`transactor.rs`).

use super::*;
use polkadot_sdk::staging_xcm_executor::traits::DropAssets;

/// The hold account's floor: one minimum balance of USDT in the mock, paid by the first
/// inflow held.
const FLOOR: u128 = 1;

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

/// The hold account's location in the mock.
pub struct HoldAt;
impl polkadot_sdk::frame_support::traits::Get<Location> for HoldAt {
	fn get() -> Location {
		account(Strategies_::hold_account())
	}
}
type Trap = crate::HoldExcessOnTrap<Test, Inner, (), HoldAt>;

/// `mint_asset` and `deposit_asset`: the transactor at `ReserveAssetDeposited` and
/// `DepositAsset`.
mod deposit_asset {
	use super::*;

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
}

mod release_inflow {
	use super::*;

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
}

mod return_inflow {
	use super::*;

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

/// `HoldExcessOnTrap`, the asset trap.
mod drop_assets {
	use super::*;

	/// #19 item 4: a message that leaves its assets in holding (no `DepositAsset`) had them
	/// trapped whole, and a local `claim_assets` minted them without meeting the branch limit.
	/// Now the part over the limit is held for the claimer; only the accepted part is trapped.
	#[test]
	fn assets_over_the_limit_left_in_holding_are_held_for_the_claimer_not_trapped() {
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
		new_test_ext().execute_with(|| {
			let ctx = context(asset_hub(), 7);
			let holding = Transactor::mint_asset(&(usdt_location(), 150).into(), &ctx).unwrap();
			Trap::drop_assets(&account(BOB), holding, &ctx);
			assert!(HeldInflows::<Test>::iter().next().is_none());
			assert_eq!(Assets::balance(USDT, Strategies_::hold_account()), 0);
		});
	}
}

/// An inflow over its limit, held, and released by anyone after the window.
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
