//! Fund safety in the runtime's wiring (issue "fund safety"): each test names the path that used
//! to lose, strand or free-ride on users' funds, and checks the behaviour that holds now.

use super::{account, ext_for, intent_events, ONE_DOT, ONE_USDT};
use pallet_intents::IntentKind;
use plexus_runtime::{
	hub_assets as hub, Assets, Intents, ParachainSystem, Runtime, RuntimeOrigin, System, XcmpQueue,
};
use polkadot_sdk::{
	frame_support::{
		assert_ok,
		traits::{fungibles::Inspect, Hooks},
	},
	sp_keyring::Sr25519Keyring,
	staging_xcm::{latest::prelude::*, VersionedLocation},
	staging_xcm_builder::InspectMessageQueues,
};

const ASSET_HUB: u32 = 1000;

/// Runs blocks up to `n` with the hooks that settle intents and finalize redemptions, checking
/// every pallet's invariants after each block.
pub fn run_to_block(n: u32) {
	super::run_to_block_with(n, |b| {
		Intents::on_initialize(b);
		plexus_runtime::Vaults::on_idle(b, Weight::from_parts(50_000_000_000, 1 << 20));
	});
}

/// Alice sells 10 DOT for USDT delivered to her account on Asset Hub; Bob buys them with USDT.
/// Returns the block at which the batch has settled.
fn alice_swaps_dot_for_usdt_delivered_to_asset_hub() -> u32 {
	let (alice, bob) = (account(Sr25519Keyring::Alice), account(Sr25519Keyring::Bob));
	Intents::on_initialize(System::block_number());
	let deadline = System::block_number() + 100;
	let to = Location::new(
		1,
		[Parachain(ASSET_HUB), AccountId32 { network: None, id: alice.clone().into() }],
	);
	assert_ok!(Intents::submit_intent(
		RuntimeOrigin::signed(alice),
		IntentKind::Swap {
			give: (hub::DOT, 10 * ONE_DOT),
			want_asset: hub::USDT,
			min_receive: 40 * ONE_USDT,
			partial_fill: false
		},
		deadline,
		Some(Box::new(VersionedLocation::from(to)))
	));
	assert_ok!(Intents::submit_intent(
		RuntimeOrigin::signed(bob),
		IntentKind::Swap {
			give: (hub::USDT, 40 * ONE_USDT),
			want_asset: hub::DOT,
			min_receive: 10 * ONE_DOT,
			partial_fill: false
		},
		deadline,
		None
	));
	Intents::api_current_batch().closes_at + 1
}

#[test]
fn an_intent_output_whose_delivery_fails_stays_whole_with_its_owner() {
	ext_for("development").execute_with(|| {
		let alice = account(Sr25519Keyring::Alice);
		let usdt_before = Assets::balance(hub::USDT, &alice);
		let issuance = Assets::total_issuance(hub::USDT);
		// No HRMP channel to Asset Hub is open: the send fails after the output was burnt.
		let settled = alice_swaps_dot_for_usdt_delivered_to_asset_hub();
		run_to_block(settled);

		let ev = intent_events();
		assert!(ev.iter().any(|e| matches!(e, pallet_intents::Event::SwapFilled { .. })));
		assert!(ev.iter().any(|e| matches!(e, pallet_intents::Event::DeliveryFailed { .. })));
		assert_eq!(
			Assets::balance(hub::USDT, &alice),
			usdt_before + 40 * ONE_USDT,
			"the 40 USDT Alice bought stay with her on Plexus, whole"
		);
		assert_eq!(Assets::total_issuance(hub::USDT), issuance, "nothing was burnt");
	});
}

#[test]
fn an_intent_output_is_delivered_over_xcm_when_the_channel_is_open() {
	ext_for("development").execute_with(|| {
		let alice = account(Sr25519Keyring::Alice);
		ParachainSystem::open_outbound_hrmp_channel_for_benchmarks_or_tests(ASSET_HUB.into());
		let usdt_before = Assets::balance(hub::USDT, &alice);
		let issuance = Assets::total_issuance(hub::USDT);
		let settled = alice_swaps_dot_for_usdt_delivered_to_asset_hub();
		run_to_block(settled);

		assert!(intent_events().iter().any(
			|e| matches!(e, pallet_intents::Event::Delivered { amount, .. } if *amount == 40 * ONE_USDT)
		));
		assert_eq!(Assets::balance(hub::USDT, &alice), usdt_before, "sent on to Asset Hub");
		assert_eq!(Assets::total_issuance(hub::USDT), issuance - 40 * ONE_USDT, "burnt here");
		let sent = XcmpQueue::get_messages();
		assert_eq!(sent.len(), 1);
	});
}

#[test]
fn amounts_above_the_callers_balance_get_each_pallets_own_error_and_change_nothing() {
	use pallet_gauges::GaugeKind;
	use plexus_runtime::{Gauges, Strategies, Vaults};
	use polkadot_sdk::frame_support::assert_noop;
	ext_for("development").execute_with(|| {
		let alice = account(Sr25519Keyring::Alice);
		let signed = || RuntimeOrigin::signed(alice.clone());
		let usdt = Assets::balance(hub::USDT, &alice);
		Intents::on_initialize(1);
		assert_ok!(Gauges::create_gauge(RuntimeOrigin::root(), GaugeKind::Emission { vault: 0 }));
		let gauge = pallet_gauges::NextGaugeId::<Runtime>::get() - 1;
		let epoch = Gauges::current_epoch();
		for amount in [usdt + 1, u128::MAX] {
			assert_noop!(
				Vaults::deposit(signed(), 0, amount, 0),
				pallet_vaults::Error::<Runtime>::InsufficientBalance
			);
			assert_noop!(
				Intents::submit_intent(
					signed(),
					IntentKind::Swap {
						give: (hub::USDT, amount),
						want_asset: hub::DOT,
						min_receive: 1,
						partial_fill: true
					},
					System::block_number() + 10,
					None
				),
				pallet_intents::Error::<Runtime>::InsufficientBalance
			);
			assert_noop!(
				Gauges::add_incentive(signed(), gauge, epoch, hub::USDT, amount),
				pallet_gauges::Error::<Runtime>::InsufficientBalance
			);
			assert_noop!(
				Gauges::stake(signed(), gauge, amount),
				pallet_gauges::Error::<Runtime>::InsufficientBalance
			);
			assert_noop!(
				Strategies::withdraw_to(
					signed(),
					hub::USDT,
					amount,
					Box::new(VersionedLocation::from(Location::new(1, [Parachain(ASSET_HUB)]))),
					Box::new(VersionedLocation::from(Location::new(
						0,
						[AccountId32 { network: None, id: alice.clone().into() }]
					))),
				),
				pallet_strategies::Error::<Runtime>::InsufficientBalance
			);
		}
		// A deposit intent above the balance: the vault is matched, then the balance checked.
		assert_noop!(
			Intents::submit_intent(
				signed(),
				IntentKind::Deposit {
					asset: hub::USDT,
					amount: usdt + 1,
					constraints: pallet_intents::DepositConstraints {
						kinds: pallet_intents::VaultKindFilter::Any,
						max_lockup: 0,
						allowed_strategies: None,
						min_yield_bps: 0,
					},
				},
				System::block_number() + 10,
				None
			),
			pallet_intents::Error::<Runtime>::InsufficientBalance
		);
	});
}
