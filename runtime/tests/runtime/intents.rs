//! Intents in the runtime: on the development preset, a redeem intent and a deposit intent of
//! the demo vault net against each other in one batch (no message, no queue), swap intents of
//! DOT and USDT clear at one price, and the runtime API shows the batch and quotes.

use super::{account, events, ext_for, intent_events, ONE_DOT, ONE_USDT};
use pallet_intents::{runtime_api::Quote, DepositConstraints, IntentKind, VaultKindFilter};
use plexus_runtime::{
	configs::IntentBatchPeriod, hub_assets as hub, Assets, Intents, Runtime, RuntimeEvent,
	RuntimeOrigin, System, Vaults,
};
use polkadot_sdk::{
	frame_support::{assert_ok, traits::Hooks},
	sp_keyring::Sr25519Keyring,
};

/// The demo USDT vault of the presets.
const DEMO_VAULT: u32 = 0;

/// Builds blocks up to `n` with the intents' hook (batches close and settle).
fn run_to_block(n: u32) {
	super::run_to_block_with(n, |b| {
		Intents::on_initialize(b);
	});
}

fn any_vault() -> DepositConstraints<<Runtime as pallet_intents::Config>::MaxAllowedStrategies> {
	DepositConstraints {
		kinds: VaultKindFilter::Any,
		max_lockup: 0,
		allowed_strategies: None,
		min_yield_bps: 0,
	}
}

#[test]
fn deposits_and_redemptions_net_and_swaps_clear_in_one_batch() {
	ext_for("development").execute_with(|| {
		let (alice, bob) = (account(Sr25519Keyring::Alice), account(Sr25519Keyring::Bob));
		let share = plexus_primitives::assets::FIRST_SHARE_ASSET_ID + DEMO_VAULT;
		Intents::on_initialize(1);
		assert_ok!(Vaults::deposit(
			RuntimeOrigin::signed(alice.clone()),
			DEMO_VAULT,
			1_000 * ONE_USDT,
			0
		));
		let alice_shares = Assets::balance(share, &alice);
		let deadline = System::block_number() + 100;
		let usdt_bob = Assets::balance(hub::USDT, &bob);

		// Alice exits 40% of her shares; Bob puts 300 USDT to work in any vault.
		assert_ok!(Intents::submit_intent(
			RuntimeOrigin::signed(alice.clone()),
			IntentKind::Redeem {
				vault: DEMO_VAULT,
				shares: alice_shares * 2 / 5,
				min_assets: 399 * ONE_USDT
			},
			deadline,
			None
		));
		let quote = Intents::api_quote(IntentKind::Deposit {
			asset: hub::USDT,
			amount: 300 * ONE_USDT,
			constraints: any_vault(),
		});
		assert!(matches!(quote, Ok(Quote::Deposit { vault: DEMO_VAULT, .. })));
		assert_ok!(Intents::submit_intent(
			RuntimeOrigin::signed(bob.clone()),
			IntentKind::Deposit {
				asset: hub::USDT,
				amount: 300 * ONE_USDT,
				constraints: any_vault()
			},
			deadline,
			None
		));
		// Alice sells 10 DOT for at least 40 USDT; Bob buys DOT paying up to 6 USDT each.
		assert_ok!(Intents::submit_intent(
			RuntimeOrigin::signed(alice.clone()),
			IntentKind::Swap {
				give: (hub::DOT, 10 * ONE_DOT),
				want_asset: hub::USDT,
				min_receive: 40 * ONE_USDT,
				partial_fill: true
			},
			deadline,
			None
		));
		assert_ok!(Intents::submit_intent(
			RuntimeOrigin::signed(bob.clone()),
			IntentKind::Swap {
				give: (hub::USDT, 60 * ONE_USDT),
				want_asset: hub::DOT,
				min_receive: 10 * ONE_DOT,
				partial_fill: true
			},
			deadline,
			None
		));
		let batch = Intents::api_current_batch();
		assert_eq!(batch.open_intents, 4);
		assert_eq!(Intents::api_intents_of(alice.clone()).len(), 2);

		let usdt_alice = Assets::balance(hub::USDT, &alice);
		run_to_block(batch.closes_at + 1);

		let ev = intent_events();
		assert!(ev.iter().any(|e| matches!(e, pallet_intents::Event::BatchSettled { .. })));
		// Bob took 300 USDT worth of Alice's shares at the share price, instantly.
		let netted = ev.iter().find_map(|e| match e {
			pallet_intents::Event::RedeemNetted { shares, assets, .. } => Some((*shares, *assets)),
			_ => None,
		});
		let (netted_shares, netted_assets) = netted.expect("the redemption netted");
		assert!((300 * ONE_USDT - 1..=300 * ONE_USDT).contains(&netted_assets));
		assert!(Assets::balance(share, &bob) >= netted_shares);
		// The rest of Alice's redemption went into the vault's queue, in her name.
		assert_eq!(pallet_vaults::Pallet::<Runtime>::api_requests_of(alice.clone()).len(), 1);
		// No message left Plexus for any of this.
		assert!(!events().iter().any(|e| matches!(
			e,
			RuntimeEvent::PolkadotXcm(polkadot_sdk::pallet_xcm::Event::Sent { .. })
		)));
		// The swaps cleared at Alice's limit, 4 USDT per DOT: Alice got 40 USDT for her 10 DOT,
		// Bob's 40 USDT bought them.
		let alice_gain = Assets::balance(hub::USDT, &alice) - usdt_alice;
		assert_eq!(alice_gain, netted_assets + 40 * ONE_USDT);
		// Bob paid 300 USDT for shares and 40 for DOT; 20 more wait in escrow.
		assert_eq!(usdt_bob - Assets::balance(hub::USDT, &bob), 300 * ONE_USDT + 60 * ONE_USDT);
		assert!(Intents::api_intents_of(alice.clone()).is_empty());
		// Bob's swap has 20 USDT left, waiting in the next batch.
		let left = Intents::api_intents_of(bob);
		assert_eq!(left.len(), 1);
		assert_eq!(left[0].remaining, 20 * ONE_USDT);
		assert_eq!(Intents::api_current_batch().id, batch.id + 1);
		assert!(IntentBatchPeriod::get() > 0);
		pallet_intents::Pallet::<Runtime>::do_try_state().expect("invariants");
	});
}
