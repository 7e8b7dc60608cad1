//! Intents: submission with escrow and deposit, the errors of a bad intent, cancellation.

use super::*;
use crate::{AccountIntents, BookSizes, Error, Event, Intents as IntentStore};
use polkadot_sdk::{
	frame_support::assert_noop,
	staging_xcm::{latest::Location, VersionedLocation},
};

mod submit_intent {
	use super::*;

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

	/// The exact changes of a submission, for each kind of intent: `assert_submit_intent`.
	#[test]
	fn submit_intent_makes_the_exact_changes() {
		new_test_ext().execute_with(|| {
			alice_shares();
			let deadline = System::block_number() + LIFE;
			assert_submit_intent(ALICE, swap(DOT, USDT, 1_000, 900, true), deadline);
			assert_submit_intent(BOB, swap(ETH, DOT, 1_000, 900, false), deadline);
			assert_submit_intent(CHARLIE, deposit(USDT, 1_000), deadline);
			assert_submit_intent(ALICE, redeem(0, 1_000, 900), deadline);
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
}

mod cancel {
	use super::*;

	#[test]
	fn cancel_returns_escrow_and_deposit_and_only_the_owner_may() {
		new_test_ext().execute_with(|| {
			let id = submit(ALICE, swap(DOT, USDT, 1_000, 900, true));
			assert_noop!(
				Intents::cancel(RawOrigin::Signed(BOB).into(), id),
				Error::<Test>::NotOwner
			);
			assert_cancel(ALICE, id);
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
}
