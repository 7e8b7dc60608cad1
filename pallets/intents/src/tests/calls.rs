//! The calls: submission with escrow and deposit, cancel, clean-up and on_idle expiry, the
//! matcher's choice of vault, valuation prices, unclaimed payouts, and every error path.

use super::*;
use crate::{
	AccountIntents, BookSizes, Error, Event, Intents as IntentStore, Unclaimed, ValuationPrices,
};
use polkadot_sdk::{
	frame_support::{assert_noop, traits::fungible::InspectHold as _},
	sp_runtime::FixedU128,
	staging_xcm::{
		latest::{Junction, Location},
		VersionedLocation,
	},
};

fn held(who: u64) -> u128 {
	Balances::total_balance_on_hold(&who)
}

#[test]
fn submitting_escrows_the_funds_and_holds_the_deposit() {
	new_test_ext().execute_with(|| {
		let id = submit(ALICE, swap(DOT, USDT, 1_000, 900, true));
		assert_eq!(balance(DOT, ALICE), 1_000_000 - 1_000);
		assert_eq!(
			balance(DOT, Intents::escrow_account()),
			10 + 1_000,
			"its existential deposit and the escrow"
		);
		assert_eq!(held(ALICE), INTENT_DEPOSIT);
		let intent = IntentStore::<Test>::get(id).unwrap();
		assert_eq!((intent.remaining, intent.limit, intent.batch), (1_000, 900, 0));
		assert_eq!(AccountIntents::<Test>::get(ALICE).to_vec(), vec![id]);
		assert_eq!(BookSizes::<Test>::get(Book::Pair(DOT, USDT)), Some(1));
		assert!(intent_events().contains(&Event::IntentSubmitted {
			intent: id,
			owner: ALICE,
			batch: 0,
			vault: None
		}));
		check();
	});
}

#[test]
fn bad_intents_are_refused_and_change_nothing() {
	new_test_ext().execute_with(|| {
		let o = || RawOrigin::Signed(ALICE).into();
		let now = System::block_number();
		let s = swap(DOT, USDT, 1_000, 900, true);
		assert_noop!(
			Intents::submit_intent(o(), s.clone(), now, None),
			Error::<Test>::DeadlinePassed
		);
		assert_noop!(
			Intents::submit_intent(o(), s.clone(), now + MAX_DURATION + 1, None),
			Error::<Test>::DeadlineTooFar
		);
		assert_noop!(
			Intents::submit_intent(o(), swap(DOT, USDT, MIN_SIZE - 1, 1, true), now + 5, None),
			Error::<Test>::TooSmall
		);
		assert_noop!(
			Intents::submit_intent(o(), swap(DOT, USDT, 1_000, 0, true), now + 5, None),
			Error::<Test>::ZeroLimit
		);
		assert_noop!(
			Intents::submit_intent(o(), swap(DOT, DOT, 1_000, 1, true), now + 5, None),
			Error::<Test>::SameAsset
		);
		assert_noop!(
			Intents::submit_intent(o(), swap(DOT, 77, 1_000, 1, true), now + 5, None),
			Error::<Test>::UnknownAsset
		);
		assert_noop!(
			Intents::submit_intent(o(), redeem(9, 1_000, 0), now + 5, None),
			Error::<Test>::UnknownVault
		);
		assert_noop!(
			Intents::submit_intent(o(), deposit(DOT, 1_000), now + 5, None),
			Error::<Test>::NoMatchingVault
		);
		assert_noop!(
			Intents::submit_intent(o(), swap(DOT, USDT, 2_000_000, 1, true), now + 5, None),
			Error::<Test>::InsufficientBalance
		);
		let here = Box::new(VersionedLocation::from(Location::here()));
		assert_noop!(
			Intents::submit_intent(o(), s.clone(), now + 5, Some(here)),
			Error::<Test>::BadLocation
		);
		// Without the asset: the pallet's own error, before anything moves.
		assert_noop!(
			Intents::submit_intent(RawOrigin::Signed(NOBODY).into(), s.clone(), now + 5, None),
			Error::<Test>::InsufficientBalance
		);
		// With the asset but no PLX for the storage deposit.
		use polkadot_sdk::frame_support::traits::fungibles::Mutate as _;
		Assets::mint_into(DOT, &NOBODY, 1_000_000).unwrap();
		assert_noop!(
			Intents::submit_intent(RawOrigin::Signed(NOBODY).into(), s, now + 5, None),
			polkadot_sdk::sp_runtime::TokenError::FundsUnavailable
		);
	});
}

#[test]
fn a_deposit_constraint_nobody_meets_is_refused() {
	new_test_ext().execute_with(|| {
		set_strategies(0, vec![1, 2], 400);
		let with = |c: DepositConstraints<_>| IntentKind::Deposit {
			asset: USDT,
			amount: 1_000,
			constraints: c,
		};
		let base = DepositConstraints {
			kinds: VaultKindFilter::Any,
			max_lockup: 0,
			allowed_strategies: None,
			min_yield_bps: 0,
		};
		let refused = [
			DepositConstraints { kinds: VaultKindFilter::Curated, ..base.clone() },
			DepositConstraints { min_yield_bps: 401, ..base.clone() },
			DepositConstraints {
				allowed_strategies: Some(vec![1].try_into().unwrap()),
				..base.clone()
			},
		];
		for c in refused {
			assert_noop!(
				Intents::submit_intent(RawOrigin::Signed(ALICE).into(), with(c), 20, None),
				Error::<Test>::NoMatchingVault
			);
		}
		let id = submit(
			ALICE,
			with(DepositConstraints {
				allowed_strategies: Some(vec![1, 2].try_into().unwrap()),
				min_yield_bps: 400,
				..base
			}),
		);
		assert_eq!(IntentStore::<Test>::get(id).unwrap().vault, Some(0));
	});
}

#[test]
fn the_matcher_picks_the_highest_yield_then_room_then_the_lowest_id() {
	new_test_ext().execute_with(|| {
		create_vault(1, USDT, false, 0, 10_000);
		create_vault(2, USDT, true, 0, 10_000);
		create_vault(3, USDT, false, 500, 10_000);
		set_strategies(1, vec![], 300);
		set_strategies(2, vec![], 300);
		set_strategies(3, vec![], 900);
		// Vault 3 yields most but holds new shares 500 blocks: over Alice's limit.
		let c = |max_lockup| DepositConstraints {
			kinds: VaultKindFilter::Any,
			max_lockup,
			allowed_strategies: None,
			min_yield_bps: 0,
		};
		let kind = |max_lockup| IntentKind::Deposit {
			asset: USDT,
			amount: 1_000,
			constraints: c(max_lockup),
		};
		assert_eq!(Intents::best_vault(USDT, 1_000, &c(100)), Some(1), "tie on yield: lowest id");
		mutate_vault(1, |v| v.cap = v.assets + 10);
		assert_eq!(Intents::best_vault(USDT, 1_000, &c(100)), Some(2), "vault 1 has no room");
		assert_eq!(Intents::best_vault(USDT, 1_000, &c(500)), Some(3));
		mutate_vault(3, |v| v.paused = true);
		let id = submit(ALICE, kind(500));
		assert_eq!(
			IntentStore::<Test>::get(id).unwrap().vault,
			Some(2),
			"paused vaults are skipped"
		);
	});
}

#[test]
fn cancel_returns_escrow_and_deposit_and_only_the_owner_may() {
	new_test_ext().execute_with(|| {
		let id = submit(ALICE, swap(DOT, USDT, 1_000, 900, true));
		assert_noop!(Intents::cancel(RawOrigin::Signed(BOB).into(), id), Error::<Test>::NotOwner);
		assert_ok!(Intents::cancel(RawOrigin::Signed(ALICE).into(), id));
		assert_eq!(balance(DOT, ALICE), 1_000_000);
		assert_eq!(held(ALICE), 0);
		assert!(AccountIntents::<Test>::get(ALICE).is_empty());
		assert_eq!(BookSizes::<Test>::get(Book::Pair(DOT, USDT)), None);
		assert_noop!(
			Intents::cancel(RawOrigin::Signed(ALICE).into(), id),
			Error::<Test>::UnknownIntent
		);
		check();
	});
}

#[test]
fn clean_up_only_after_the_deadline_and_on_idle_does_it_too() {
	new_test_ext().execute_with(|| {
		let first = submit(ALICE, swap(DOT, USDT, 1_000, 10_000, true));
		let second = submit(BOB, swap(DOT, USDT, 1_000, 10_000, true));
		assert_noop!(
			Intents::clean_up(RawOrigin::Signed(CHARLIE).into(), first),
			Error::<Test>::NotExpired
		);
		// Nothing crosses: the batches pass and the intents stay until their deadline.
		run_to_block(1 + LIFE);
		assert!(IntentStore::<Test>::contains_key(first));
		System::set_block_number(2 + LIFE);
		assert_ok!(Intents::clean_up(RawOrigin::Signed(CHARLIE).into(), first));
		assert_eq!(balance(DOT, ALICE), 1_000_000);
		assert_eq!(held(ALICE), 0);
		assert!(intent_events().contains(&Event::IntentExpired { intent: first }));
		// `on_idle` removes the other one.
		Intents::on_idle(2 + LIFE, polkadot_sdk::frame_support::weights::Weight::MAX);
		assert!(!IntentStore::<Test>::contains_key(second));
		assert_eq!(balance(DOT, BOB), 1_000_000);
		assert_eq!(held(BOB), 0);
		check();
	});
}

#[test]
fn on_idle_stops_when_its_weight_runs_out() {
	new_test_ext().execute_with(|| {
		let ids: Vec<Id> = [ALICE, BOB, CHARLIE]
			.iter()
			.map(|w| submit(*w, swap(DOT, USDT, 1_000, 10_000, true)))
			.collect();
		System::set_block_number(2 + LIFE);
		let read = <Test as polkadot_sdk::frame_system::Config>::DbWeight::get().reads(1);
		let rw = <Test as polkadot_sdk::frame_system::Config>::DbWeight::get().reads_writes(1, 1);
		// Room for the cursor and one intent.
		Intents::on_idle(2 + LIFE, rw + STEP + read);
		assert_eq!(ids.iter().filter(|id| IntentStore::<Test>::contains_key(**id)).count(), 2);
		Intents::on_idle(2 + LIFE, polkadot_sdk::frame_support::weights::Weight::MAX);
		assert!(ids.iter().all(|id| !IntentStore::<Test>::contains_key(*id)));
		check();
	});
}

#[test]
fn per_account_and_per_book_bounds_hold() {
	new_test_ext().execute_with(|| {
		for _ in 0..8 {
			submit(ALICE, swap(DOT, USDT, 100, 10_000, true));
		}
		assert_noop!(
			Intents::submit_intent(
				RawOrigin::Signed(ALICE).into(),
				swap(DOT, USDT, 1_000, 1, true),
				20,
				None
			),
			Error::<Test>::TooManyIntents
		);
		for i in 0..(MAX_BOOK as u64 - 8) {
			let who = 10_000 + i;
			// The minimum size doubles with every eighth of the book taken.
			let min = Intents::min_size(DOT, Some(&crate::Book::Pair(DOT, USDT)));
			assert_eq!(min, MIN_SIZE << ((8 + i) / 8));
			Assets::mint_into(DOT, &who, min + 1_000).unwrap();
			use polkadot_sdk::frame_support::traits::fungible::Mutate as _;
			Balances::set_balance(&who, 1_000);
			assert_noop!(
				Intents::submit_intent(
					RawOrigin::Signed(who).into(),
					swap(DOT, USDT, min - 1, 10_000, true),
					20,
					None
				),
				Error::<Test>::TooSmall
			);
			submit(who, swap(DOT, USDT, min, 10_000, true));
		}
		// #19 item 7: a full book blocked everyone for a week. Now a new intent evicts the
		// resting one least likely to fill if it is more likely itself: one asking as much per
		// DOT as the worst resting ones (Alice's 10 000 USDT for 100 DOT) is refused.
		let size = MIN_SIZE << 8;
		assert_noop!(
			Intents::submit_intent(
				RawOrigin::Signed(BOB).into(),
				swap(DOT, USDT, size, size * 100, true),
				20,
				None
			),
			Error::<Test>::BookFull
		);
		// One asking less evicts the newest of Alice's (time priority among equal limits),
		// which is refunded in full: escrow and storage deposit.
		let (dot, held) = (balance(DOT, ALICE), Balances::total_balance_on_hold(&ALICE));
		let bob = submit(BOB, swap(DOT, USDT, size, 1, true));
		assert!(intent_events().contains(&crate::Event::IntentEvicted {
			intent: 7,
			owner: ALICE,
			by: bob
		}));
		assert!(!IntentStore::<Test>::contains_key(7));
		assert_eq!(balance(DOT, ALICE), dot + 100);
		assert!(Balances::total_balance_on_hold(&ALICE) < held, "deposit released");
		assert_eq!(crate::BookSizes::<Test>::get(crate::Book::Pair(DOT, USDT)), Some(MAX_BOOK));
		check();
	});
}

/// #19 item 7: a full vault book takes a new intent in place of its oldest one, refunded in
/// full; intents a settlement or the best solution still needs are never evicted.
#[test]
fn a_full_vault_book_evicts_its_oldest_intent() {
	new_test_ext().execute_with(|| {
		let mut ids = Vec::new();
		for i in 0..MAX_BOOK as u64 {
			let who = 20_000 + i;
			let min = Intents::min_size(USDT, Some(&crate::Book::Vault(0)));
			Assets::mint_into(USDT, &who, min).unwrap();
			use polkadot_sdk::frame_support::traits::fungible::Mutate as _;
			Balances::set_balance(&who, 1_000);
			ids.push(submit(who, deposit(USDT, min)));
		}
		let oldest = ids[0];
		let before = balance(USDT, 20_000);
		let new = submit(BOB, deposit(USDT, MIN_SIZE << 8));
		assert!(intent_events().contains(&crate::Event::IntentEvicted {
			intent: oldest,
			owner: 20_000,
			by: new
		}));
		assert!(balance(USDT, 20_000) > before, "refunded");
		assert!(IntentStore::<Test>::contains_key(new));
		check();
	});
}

#[test]
fn valuation_prices_are_set_by_the_admin_only() {
	new_test_ext().execute_with(|| {
		let price = Some(FixedU128::from_u32(2));
		assert_noop!(
			Intents::set_valuation_price(RawOrigin::Signed(ALICE).into(), USDT, price),
			polkadot_sdk::sp_runtime::DispatchError::BadOrigin
		);
		assert_noop!(
			Intents::set_valuation_price(RawOrigin::Signed(ADMIN).into(), 77, price),
			Error::<Test>::UnknownAsset
		);
		assert_ok!(Intents::set_valuation_price(RawOrigin::Signed(ADMIN).into(), USDT, price));
		assert_eq!(ValuationPrices::<Test>::get(USDT), price);
		assert_eq!(Intents::value_of(USDT, 10), 20);
		// Shares of vault 0 (one planck of USDT each) are valued through the vault.
		assert_eq!(Intents::value_of(share_of(0), 100), 200);
		assert_eq!(Intents::value_of(DOT, 100), 0, "unpriced");
	});
}

#[test]
fn unclaimed_payouts_are_claimed_once() {
	new_test_ext().execute_with(|| {
		assert_noop!(
			Intents::claim_unclaimed(RawOrigin::Signed(ALICE).into(), USDT),
			Error::<Test>::NothingToClaim
		);
		Assets::mint_into(USDT, &Intents::escrow_account(), 500).unwrap();
		Unclaimed::<Test>::insert(ALICE, USDT, 500);
		assert_ok!(Intents::claim_unclaimed(RawOrigin::Signed(ALICE).into(), USDT));
		assert_eq!(balance(USDT, ALICE), 1_000_500);
		assert_noop!(
			Intents::claim_unclaimed(RawOrigin::Signed(ALICE).into(), USDT),
			Error::<Test>::NothingToClaim
		);
	});
}

#[test]
fn outputs_are_delivered_and_a_failed_delivery_leaves_them_on_plexus() {
	new_test_ext().execute_with(|| {
		let to = |para| {
			Box::new(VersionedLocation::from(Location::new(
				1,
				[Junction::Parachain(para), Junction::AccountId32 { network: None, id: [1; 32] }],
			)))
		};
		let now = System::block_number();
		assert_ok!(Intents::submit_intent(
			RawOrigin::Signed(ALICE).into(),
			swap(DOT, USDT, 1_000, 1_000, true),
			now + LIFE,
			Some(to(1000))
		));
		assert_ok!(Intents::submit_intent(
			RawOrigin::Signed(BOB).into(),
			swap(USDT, DOT, 1_000, 1_000, true),
			now + LIFE,
			Some(to(UNREACHABLE))
		));
		settle();
		let sent = deliveries();
		assert_eq!(sent.len(), 1);
		assert_eq!((sent[0].0, sent[0].1, sent[0].2), (ALICE, USDT, 1_000));
		assert_eq!(balance(USDT, ALICE), 1_000_000, "Alice's USDT left for Asset Hub");
		assert_eq!(balance(DOT, BOB), 1_001_000, "Bob's DOT stayed on Plexus");
		assert!(intent_events()
			.iter()
			.any(|e| matches!(e, Event::DeliveryFailed { intent: 1, .. })));
		check();
	});
}
