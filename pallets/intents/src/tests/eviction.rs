//! Eviction from a full book, the bounds per account and per book, the growing minimum size.

use super::*;
use crate::{Error, Intents as IntentStore};
use polkadot_sdk::frame_support::assert_noop;

mod submit_intent {
	use super::*;

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
}
