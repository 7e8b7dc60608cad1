//! Tests of the hub-asset registry and branch chains (`registry.rs`).

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

mod register_hub_asset {
	use super::*;

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
}

/// `register_branch` and `set_inflow_limit` (whose branch must be registered).
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
