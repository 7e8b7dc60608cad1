//! Deposit and redeem intents of one vault net against each other at the share price; the
//! rest goes into the vault and its redemption queue.

use super::*;
use crate::{Error, Event, Intents as IntentStore};

/// Alice holds `shares` of vault 0, bought at one share per planck.
fn alice_holds(shares: u128) {
	MockVaults::deposit(&ALICE, 0, shares).unwrap();
	assert_eq!(balance(share_of(0), ALICE), shares);
}

mod on_initialize {
	use super::*;

	#[test]
	fn a_redeem_and_a_deposit_settle_against_each_other_and_the_rest_queues() {
		new_test_ext().execute_with(|| {
			alice_holds(5_000);
			let before = vault(0).unwrap();
			let r = submit(ALICE, redeem(0, 3_000, 2_900));
			let d = submit(BOB, deposit(USDT, 1_000));
			assert_eq!(IntentStore::<Test>::get(d).unwrap().vault, Some(0));
			settle();

			// Bob bought Alice's shares at the share price (1 USDT planck per share planck).
			assert_eq!(balance(share_of(0), BOB), 1_000);
			assert_eq!(balance(USDT, BOB), 1_000_000 - 1_000);
			assert_eq!(balance(USDT, ALICE), 1_000_000 - 5_000 + 1_000);
			// Only the unmatched 2 000 shares went into the vault's queue; nothing was deposited.
			let after = vault(0).unwrap();
			assert_eq!(after.queue, vec![(ALICE, 2_000)]);
			assert_eq!(
				after.assets, before.assets,
				"netting moves no assets into or out of the vault"
			);
			assert!(deliveries().is_empty(), "no message leaves the chain");
			let events = intent_events();
			assert!(events.contains(&Event::RedeemNetted {
				intent: r,
				vault: 0,
				shares: 1_000,
				assets: 1_000
			}));
			assert!(events.contains(&Event::DepositNetted {
				intent: d,
				vault: 0,
				assets: 1_000,
				shares: 1_000
			}));
			assert!(events.contains(&Event::RedeemQueued {
				intent: r,
				vault: 0,
				shares: 2_000,
				request: 0
			}));
			// #19 item 13: the queued rest keeps its part of the limit (2 900 · 2 000 / 3 000,
			// rounded up), which `pallet-vaults` enforces at finalization (the request is returned
			// to its owner if worth less).
			assert_eq!(last_queued_limit(), Some(1_934));
			assert!(!IntentStore::<Test>::contains_key(r) && !IntentStore::<Test>::contains_key(d));
			assert_eq!(
				Balances::total_balance_on_hold(&ALICE) + Balances::total_balance_on_hold(&BOB),
				0
			);
			check();
		});
	}

	#[test]
	fn a_larger_deposit_takes_every_share_and_deposits_the_rest() {
		new_test_ext().execute_with(|| {
			alice_holds(5_000);
			let a0 = vault(0).unwrap().assets;
			submit(ALICE, redeem(0, 400, 0));
			let d = submit(BOB, deposit(USDT, 1_000));
			settle();
			assert_eq!(balance(share_of(0), BOB), 1_000, "400 netted + 600 minted");
			assert_eq!(vault(0).unwrap().assets, a0 + 600);
			assert!(vault(0).unwrap().queue.is_empty());
			assert!(intent_events().contains(&Event::Deposited {
				intent: d,
				vault: 0,
				assets: 600,
				shares: 600
			}));
			check();
		});
	}

	#[test]
	fn netting_pays_the_redeemer_the_mint_price_and_never_overcharges_the_depositor() {
		new_test_ext().execute_with(|| {
			alice_holds(5_000);
			// The vault doubles: one share is now worth about 2 planck.
			mutate_vault(0, |v| v.assets *= 2);
			let terms = MockVaults::terms(0).unwrap();
			let r = submit(ALICE, redeem(0, 333, 0));
			let d = submit(BOB, deposit(USDT, 1_001));
			settle();
			let netted = 333u128;
			let paid = (netted * terms.price.assets).div_ceil(terms.price.shares);
			assert!(intent_events().contains(&Event::RedeemNetted {
				intent: r,
				vault: 0,
				shares: netted,
				assets: paid
			}));
			assert!(
				paid >= netted * terms.price.assets / terms.price.shares,
				"at least the redemption value"
			);
			let bought = balance(share_of(0), BOB);
			assert!(bought >= netted);
			assert_eq!(balance(USDT, BOB), 1_000_000 - 1_001, "all of Bob's deposit is used");
			let _ = d;
			check();
		});
	}

	#[test]
	fn vaults_that_hold_new_shares_do_not_net() {
		new_test_ext().execute_with(|| {
			create_vault(1, USDT, false, 10, 10_000);
			MockVaults::deposit(&ALICE, 1, 1_000).unwrap();
			submit(ALICE, redeem(1, 500, 0));
			submit(
				BOB,
				IntentKind::Deposit {
					asset: USDT,
					amount: 700,
					constraints: DepositConstraints {
						kinds: VaultKindFilter::Curated,
						max_lockup: 10,
						allowed_strategies: None,
						min_yield_bps: 0,
					},
				},
			);
			settle();
			assert_eq!(vault(1).unwrap().queue, vec![(ALICE, 500)], "the redemption queued whole");
			assert_eq!(balance(share_of(1), BOB), 700, "the deposit entered the vault whole");
			assert!(!intent_events().iter().any(|e| matches!(e, Event::RedeemNetted { .. })));
			check();
		});
	}

	#[test]
	fn a_redemption_below_its_limit_is_skipped_and_stays_open() {
		new_test_ext().execute_with(|| {
			alice_holds(5_000);
			let r = submit(ALICE, redeem(0, 1_000, 1_001));
			let d = submit(BOB, deposit(USDT, 500));
			settle();
			assert!(IntentStore::<Test>::contains_key(r));
			assert!(intent_events()
				.iter()
				.any(|e| matches!(e, Event::IntentSkipped { intent, .. } if *intent == r)));
			assert!(intent_events().contains(&Event::IntentSkipped {
				intent: r,
				error: Error::<Test>::LimitViolated.into()
			}));
			// The deposit did not wait for it.
			assert!(!IntentStore::<Test>::contains_key(d));
			assert_eq!(balance(share_of(0), BOB), 500);
			check();
		});
	}

	#[test]
	fn a_paused_vault_skips_its_intents_until_it_reopens() {
		new_test_ext().execute_with(|| {
			alice_holds(5_000);
			let r = submit(ALICE, redeem(0, 1_000, 0));
			let d = submit(BOB, deposit(USDT, 500));
			mutate_vault(0, |v| v.paused = true);
			settle();
			assert!(IntentStore::<Test>::contains_key(r) && IntentStore::<Test>::contains_key(d));
			assert_eq!(balance(share_of(0), BOB), 0);
			let events = intent_events();
			assert!(events.contains(&Event::IntentSkipped {
				intent: r,
				error: Error::<Test>::RedemptionsClosed.into()
			}));
			assert!(events.contains(&Event::IntentSkipped {
				intent: d,
				error: Error::<Test>::NoMatchingVault.into()
			}));
			mutate_vault(0, |v| v.paused = false);
			settle();
			assert!(!IntentStore::<Test>::contains_key(r) && !IntentStore::<Test>::contains_key(d));
			assert_eq!(balance(share_of(0), BOB), 500);
			assert_eq!(vault(0).unwrap().queue, vec![(ALICE, 500)]);
			check();
		});
	}

	#[test]
	fn a_deposit_whose_vault_no_longer_qualifies_moves_to_another() {
		new_test_ext().execute_with(|| {
			let d = submit(BOB, deposit(USDT, 500));
			create_vault(1, USDT, true, 0, 10_000);
			mutate_vault(0, |v| v.open = false);
			settle();
			// Moved to vault 1's book; settled there in this settlement or the next.
			assert!(IntentStore::<Test>::get(d).is_none_or(|i| i.vault == Some(1)));
			settle();
			assert!(!IntentStore::<Test>::contains_key(d));
			assert_eq!(balance(share_of(1), BOB), 500);
			check();
		});
	}

	#[test]
	fn a_deposit_the_vault_cannot_take_is_skipped_without_losing_funds() {
		new_test_ext().execute_with(|| {
			let d = submit(BOB, deposit(USDT, 500));
			mutate_vault(0, |v| v.cap = v.assets + 100);
			settle();
			assert_eq!(IntentStore::<Test>::get(d).map(|i| i.remaining), Some(500));
			assert!(intent_events().contains(&Event::IntentSkipped {
				intent: d,
				error: VaultsError::CapExceeded.into()
			}));
			assert_eq!(balance(USDT, Intents::escrow_account()), 10 + 500);
			assert_eq!(balance(USDT, BOB), 1_000_000 - 500);
			check();
		});
	}
}
