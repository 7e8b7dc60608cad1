//! Governance: a referendum on the `liquidity_admin` track passes and dispatches its call with
//! the `LiquidityAdmin` origin; the same call from a signed account fails with `BadOrigin`; a
//! referendum on the `root` track authorizes a runtime upgrade after the track's periods.

use super::{account, events, ext_for};
use plexus_runtime::{
	governance::{pallet_custom_origins, tracks},
	Assets, Balances, ConvictionVoting, OriginCaller, Preimage, Referenda, Runtime, RuntimeCall,
	RuntimeEvent, RuntimeOrigin, Scheduler, System,
};
use polkadot_sdk::{
	frame_support::{
		assert_noop, assert_ok,
		traits::{
			fungibles::{roles::Inspect as _, Inspect},
			Bounded, Hooks, StorePreimage, UnfilteredDispatchable,
		},
	},
	pallet_conviction_voting::{AccountVote, Conviction, Vote},
	pallet_referenda::ReferendumInfo,
	sp_keyring::Sr25519Keyring,
	sp_runtime::DispatchError,
	*,
};

/// Registers a new hub asset (id 77): a call only `Root` or `LiquidityAdmin` may make.
fn register_hub_asset_call() -> RuntimeCall {
	RuntimeCall::Strategies(pallet_strategies::Call::register_hub_asset {
		asset: 77,
		location: Box::new(staging_xcm::VersionedLocation::from(
			staging_xcm::latest::Location::new(
				1,
				[
					staging_xcm::latest::Junction::Parachain(1000),
					staging_xcm::latest::Junction::PalletInstance(50),
					staging_xcm::latest::Junction::GeneralIndex(77),
				],
			),
		)),
		name: b"Seventy-seven".to_vec().try_into().unwrap(),
		symbol: b"SSV".to_vec().try_into().unwrap(),
		decimals: 6,
		min_balance: 1_000,
	})
}

/// Hands hub USDT's issuer and admin roles to Ferdie: a `pallet-assets` force call.
fn hand_usdt_to_ferdie_call() -> RuntimeCall {
	let ferdie: polkadot_sdk::sp_runtime::MultiAddress<_, _> =
		account(Sr25519Keyring::Ferdie).into();
	RuntimeCall::Assets(pallet_assets::Call::force_asset_status {
		id: plexus_runtime::hub_assets::USDT.into(),
		owner: ferdie.clone(),
		issuer: ferdie.clone(),
		admin: ferdie.clone(),
		freezer: ferdie,
		min_balance: 1,
		is_sufficient: true,
		is_frozen: false,
	})
}

/// Builds blocks up to `n` with the scheduler's hook (referenda's enactments).
pub fn run_to_block(n: u32) {
	super::run_to_block_with(n, |b| {
		Scheduler::on_initialize(b);
	});
}

#[test]
fn a_signed_account_cannot_make_a_liquidity_admin_call() {
	ext_for("development").execute_with(|| {
		let RuntimeCall::Strategies(call) = register_hub_asset_call() else { unreachable!() };
		assert_noop!(
			call.dispatch_bypass_filter(RuntimeOrigin::signed(account(Sr25519Keyring::Alice))),
			DispatchError::BadOrigin
		);
	});
}

/// Submits `call` as a referendum on the `liquidity_admin` track, votes it through with a
/// holder of most of the supply, and runs the chain until it is enacted. Returns the
/// referendum's index.
pub fn pass_liquidity_admin_referendum(call: RuntimeCall) -> u32 {
	let index = submit_and_vote(
		OriginCaller::Origins(pallet_custom_origins::Origin::LiquidityAdmin),
		tracks::LIQUIDITY_ADMIN,
		call,
	);
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

/// Submits `call` as a referendum with `origin` (checking it lands on `track`), places the
/// decision deposit and votes it through with a holder of most of the supply. Returns the
/// referendum's index.
fn submit_and_vote(origin: OriginCaller, track: u16, call: RuntimeCall) -> u32 {
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
		Box::new(origin),
		bounded,
		frame_support::traits::schedule::DispatchTime::After(0),
	));
	match pallet_referenda::ReferendumInfoFor::<Runtime>::get(index) {
		Some(ReferendumInfo::Ongoing(status)) => assert_eq!(status.track, track),
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
	index
}

/// Moves the chain to block `n` at once and runs the scheduler there (it serves every agenda
/// it missed): how the journey fast-forwards a referendum's days with chopsticks.
fn jump_to(n: u32) {
	System::set_block_number(n);
	Scheduler::on_initialize(n);
	super::check_invariants();
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

#[test]
fn only_root_can_force_change_an_asset_not_the_liquidity_admin_track() {
	ext_for("development").execute_with(|| {
		let usdt = plexus_runtime::hub_assets::USDT;
		let ferdie = account(Sr25519Keyring::Ferdie);
		let issuer = Assets::issuer(usdt);
		assert_ne!(issuer, Some(ferdie.clone()));

		// A referendum on the liquidity_admin track passes, but its force call is refused.
		pass_liquidity_admin_referendum(hand_usdt_to_ferdie_call());
		assert!(events().iter().any(|e| matches!(
			e,
			RuntimeEvent::Scheduler(pallet_scheduler::Event::Dispatched {
				result: Err(DispatchError::BadOrigin),
				..
			})
		)));
		assert_eq!(Assets::issuer(usdt), issuer, "USDT's issuer is unchanged");
		assert_ne!(Assets::admin(usdt), Some(ferdie.clone()));

		// Root (the root track) can.
		let RuntimeCall::Assets(call) = hand_usdt_to_ferdie_call() else { unreachable!() };
		assert_ok!(call.dispatch_bypass_filter(RuntimeOrigin::root()));
		assert_eq!(Assets::issuer(usdt), Some(ferdie));
	});
}

/// A runtime upgrade goes through a referendum on the `root` track: `authorize_upgrade` of the
/// new code's hash is enacted with Root only after the track's prepare period (2 h), confirmation
/// (24 h) and enactment delay (24 h), and then anyone may apply that code (and only that code:
/// `apply_authorized_upgrade` of another code fails). The rest of the upgrade (parachain-system
/// storing the code, the relay chain's go-ahead, the new `spec_version`) runs on a real relay
/// chain in `zombienet/tests/0001-plexus-blocks.zndsl`.
#[test]
fn a_root_track_referendum_authorizes_a_runtime_upgrade() {
	ext_for("development").execute_with(|| {
		let code_hash = polkadot_sdk::sp_core::H256::repeat_byte(7);
		let call = RuntimeCall::System(frame_system::Call::authorize_upgrade { code_hash });
		let start = System::block_number();
		let index = submit_and_vote(
			OriginCaller::system(frame_system::RawOrigin::Root),
			tracks::ROOT,
			call,
		);
		// Follow the referendum's alarms (deciding, confirming, approval) as they come.
		while let Some(ReferendumInfo::Ongoing(status)) =
			pallet_referenda::ReferendumInfoFor::<Runtime>::get(index)
		{
			assert!(System::authorized_upgrade().is_none(), "not before approval");
			let (alarm, _) = status.alarm.expect("an ongoing referendum has an alarm");
			jump_to(alarm.max(System::block_number() + 1));
		}
		assert!(
			matches!(
				pallet_referenda::ReferendumInfoFor::<Runtime>::get(index),
				Some(ReferendumInfo::Approved(..))
			),
			"the referendum passed"
		);
		let approved = System::block_number();
		// Prepare 2 h + confirm 24 h, in 6-second blocks.
		assert!(approved - start >= 1_200 + 14_400, "approved only after the track's periods");
		// The scheduler serves the blocks it missed a bounded number per block: move in steps.
		let enactment = approved + 14_400;
		while System::authorized_upgrade().is_none() && System::block_number() < enactment + 1_000 {
			jump_to(System::block_number() + 100);
		}
		assert!(System::block_number() >= enactment, "not before the 24 h enactment delay");
		assert_eq!(
			System::authorized_upgrade().map(|a| *a.code_hash()),
			Some(code_hash),
			"enacted with Root after the enactment delay"
		);
		// Only the authorized code may be applied.
		assert_noop!(
			System::apply_authorized_upgrade(
				RuntimeOrigin::signed(account(Sr25519Keyring::Bob)),
				b"another code".to_vec()
			),
			frame_system::Error::<Runtime>::Unauthorized
		);
	});
}
