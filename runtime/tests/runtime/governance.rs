//! Governance: a referendum on the `liquidity_admin` track passes and dispatches its call with
//! the `LiquidityAdmin` origin; the same call from a signed account fails with `BadOrigin`.

use super::{account, events, ext_for};
use plexus_runtime::{
	governance::{pallet_custom_origins, tracks},
	Assets, Balances, ConvictionVoting, OriginCaller, Preimage, Referenda, Runtime, RuntimeCall,
	RuntimeEvent, RuntimeOrigin, Scheduler, System,
};
use polkadot_sdk::{
	frame_support::{
		assert_noop, assert_ok,
		traits::{fungibles::Inspect, Bounded, Hooks, StorePreimage},
	},
	pallet_conviction_voting::{AccountVote, Conviction, Vote},
	pallet_referenda::ReferendumInfo,
	sp_keyring::Sr25519Keyring,
	sp_runtime::DispatchError,
	*,
};

/// Registers a new hub asset (id 77): a call only `Root` or `LiquidityAdmin` may make.
fn register_hub_asset_call() -> RuntimeCall {
	RuntimeCall::Assets(pallet_assets::Call::force_create {
		id: 77.into(),
		owner: account(Sr25519Keyring::Ferdie).into(),
		is_sufficient: true,
		min_balance: 1_000,
	})
}

pub fn run_to_block(n: u32) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		Scheduler::on_initialize(next);
	}
}

#[test]
fn a_signed_account_cannot_make_a_liquidity_admin_call() {
	ext_for("development").execute_with(|| {
		let RuntimeCall::Assets(call) = register_hub_asset_call() else { unreachable!() };
		let pallet_assets::Call::force_create { id, owner, is_sufficient, min_balance } = call
		else {
			unreachable!()
		};
		assert_noop!(
			Assets::force_create(
				RuntimeOrigin::signed(account(Sr25519Keyring::Alice)),
				id,
				owner,
				is_sufficient,
				min_balance
			),
			DispatchError::BadOrigin
		);
	});
}

/// Submits `call` as a referendum on the `liquidity_admin` track, votes it through with a
/// holder of most of the supply, and runs the chain until it is enacted. Returns the
/// referendum's index.
pub fn pass_liquidity_admin_referendum(call: RuntimeCall) -> u32 {
	let alice = account(Sr25519Keyring::Alice);
	let whale = account(Sr25519Keyring::Charlie);
	let bounded: Bounded<RuntimeCall, _> =
		<Preimage as StorePreimage>::bound(call.clone()).expect("small call");
	if let Bounded::Inline(_) = bounded {
		// Small calls are inlined: no preimage needed. Note one anyway, as users do.
		assert_ok!(Preimage::note_preimage(
			RuntimeOrigin::signed(alice.clone()),
			codec::Encode::encode(&call)
		));
	}
	let index = pallet_referenda::ReferendumCount::<Runtime>::get();
	assert_ok!(Referenda::submit(
		RuntimeOrigin::signed(alice.clone()),
		Box::new(OriginCaller::Origins(pallet_custom_origins::Origin::LiquidityAdmin)),
		bounded,
		frame_support::traits::schedule::DispatchTime::After(0),
	));
	match pallet_referenda::ReferendumInfoFor::<Runtime>::get(index) {
		Some(ReferendumInfo::Ongoing(status)) => assert_eq!(status.track, tracks::LIQUIDITY_ADMIN),
		other => panic!("referendum not ongoing: {other:?}"),
	}
	assert_ok!(Referenda::place_decision_deposit(RuntimeOrigin::signed(alice), index));

	let supply = pallet_balances::TotalIssuance::<Runtime>::get();
	assert_ok!(Balances::force_set_balance(
		RuntimeOrigin::root(),
		whale.clone().into(),
		10 * supply
	));
	assert_ok!(ConvictionVoting::vote(
		RuntimeOrigin::signed(whale),
		index,
		AccountVote::Standard {
			vote: Vote { aye: true, conviction: Conviction::Locked1x },
			balance: 9 * supply,
		},
	));

	// Prepare (1 h) + confirm (3 h) + enactment (10 min), in 6-second blocks, and margin.
	run_to_block(System::block_number() + 600 + 1_800 + 100 + 50);
	assert!(
		matches!(
			pallet_referenda::ReferendumInfoFor::<Runtime>::get(index),
			Some(ReferendumInfo::Approved(..))
		),
		"the referendum passed"
	);
	index
}

#[test]
fn a_liquidity_admin_referendum_passes_and_dispatches_with_that_origin() {
	ext_for("development").execute_with(|| {
		assert!(!Assets::asset_exists(77));
		pass_liquidity_admin_referendum(register_hub_asset_call());
		assert!(Assets::asset_exists(77), "the call was dispatched with LiquidityAdmin");
		assert!(events().iter().any(|e| matches!(
			e,
			RuntimeEvent::Scheduler(pallet_scheduler::Event::Dispatched { result: Ok(()), .. })
		)));
	});
}
