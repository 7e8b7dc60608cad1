//! Payouts: unclaimed outputs and their claim, delivery to other chains.

use super::*;
use crate::{Error, Event, Unclaimed};
use polkadot_sdk::{
	frame_support::assert_noop,
	staging_xcm::{
		latest::{Junction, Location},
		VersionedLocation,
	},
};

mod claim_unclaimed {
	use super::*;

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
		assert!(
			intent_events().contains(&Event::DeliveryFailed { intent: 1, error: send_failed() })
		);
		check();
	});
}
