//! Expiry: `clean_up` after the deadline and `on_idle` within its weight.

use super::*;
use crate::{Error, Event, Intents as IntentStore};
use polkadot_sdk::frame_support::assert_noop;

mod clean_up {
	use super::*;

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
}

mod on_idle {
	use super::*;

	#[test]
	fn on_idle_stops_when_its_weight_runs_out() {
		new_test_ext().execute_with(|| {
			let ids: Vec<IntentId> = [ALICE, BOB, CHARLIE]
				.iter()
				.map(|w| submit(*w, swap(DOT, USDT, 1_000, 10_000, true)))
				.collect();
			System::set_block_number(2 + LIFE);
			let read = <Test as polkadot_sdk::frame_system::Config>::DbWeight::get().reads(1);
			let rw =
				<Test as polkadot_sdk::frame_system::Config>::DbWeight::get().reads_writes(1, 1);
			// Room for the cursor and one intent.
			Intents::on_idle(2 + LIFE, rw + STEP + read);
			assert_eq!(ids.iter().filter(|id| IntentStore::<Test>::contains_key(**id)).count(), 2);
			Intents::on_idle(2 + LIFE, polkadot_sdk::frame_support::weights::Weight::MAX);
			assert!(ids.iter().all(|id| !IntentStore::<Test>::contains_key(*id)));
			check();
		});
	}
}
