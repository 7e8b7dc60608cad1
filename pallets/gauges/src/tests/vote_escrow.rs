//! Tests of the vote escrow (`src/vote_escrow.rs`): `lock`, `extend_lock`, `increase_amount`,
//! `withdraw`, and the lock a vote may use.

use super::*;

mod lock {
	use super::*;

	#[test]
	fn success() {
		new_test_ext().execute_with(|| {
			assert_lock(ALICE, 1_000, 10);
			run_to_epoch(3, 4);
			assert_lock(BOB, 2_000, 3 + MAX_LOCK);
		});
	}

	#[test]
	fn freezes_plx_and_its_power_decays_linearly_to_zero() {
		new_test_ext().execute_with(|| {
			assert_ok!(Gauges::lock(signed(ALICE), 1_000, 10));
			assert_eq!(spendable(ALICE), 1_000_000 - 1_000);
			assert!(gauge_events().contains(&Event::Locked { who: ALICE, amount: 1_000, end: 10 }));
			// p(e) = a·(end − e)/M, M = 20.
			for e in 0..12u32 {
				let expected = if e < 10 { 1_000 * u128::from(10 - e) / 20 } else { 0 };
				assert_eq!(Gauges::voting_power(&ALICE, Some(e)), expected, "epoch {e}");
			}
			// The frozen PLX cannot leave the account.
			assert!(Balances::transfer_allow_death(signed(ALICE), BOB, 999_001).is_err());
		});
	}

	#[test]
	fn fails_when_the_amount_or_end_is_out_of_bounds() {
		new_test_ext().execute_with(|| {
			run_to_epoch(2, 0);
			assert_noop!(Gauges::lock(signed(ALICE), 1_000, 2), Error::<Test>::LockInPast);
			assert_noop!(Gauges::lock(signed(ALICE), 1_000, 1), Error::<Test>::LockInPast);
			assert_noop!(
				Gauges::lock(signed(ALICE), 1_000, 2 + MAX_LOCK + 1),
				Error::<Test>::LockTooLong
			);
			assert_noop!(Gauges::lock(signed(ALICE), 9, 5), Error::<Test>::LockTooSmall);
			assert_noop!(Gauges::lock(signed(ALICE), 0, 5), Error::<Test>::LockTooSmall);
			assert_noop!(
				Gauges::lock(signed(ALICE), 1_000_001, 5),
				Error::<Test>::InsufficientBalance
			);
			assert_noop!(Gauges::lock(signed(NOBODY), 10, 5), Error::<Test>::InsufficientBalance);
			assert_ok!(Gauges::lock(signed(ALICE), 1_000, 2 + MAX_LOCK));
			assert_noop!(Gauges::lock(signed(ALICE), 1_000, 5), Error::<Test>::LockExists);
		});
	}
}

mod withdraw {
	use super::*;

	#[test]
	fn only_after_the_lock_ends() {
		new_test_ext().execute_with(|| {
			assert_noop!(Gauges::withdraw(signed(ALICE)), Error::<Test>::NoLock);
			assert_ok!(Gauges::lock(signed(ALICE), 1_000, 3));
			run_to_epoch(2, 9);
			assert_noop!(Gauges::withdraw(signed(ALICE)), Error::<Test>::LockNotExpired);
			run_to_epoch(3, 0);
			assert_ok!(Gauges::withdraw(signed(ALICE)));
			assert_eq!(spendable(ALICE), 1_000_000);
			assert!(Locks::<Test>::get(ALICE).is_none());
			assert!(gauge_events().contains(&Event::Withdrawn { who: ALICE, amount: 1_000 }));
			// A new lock may follow.
			assert_ok!(Gauges::lock(signed(ALICE), 1_000, 6));
		});
	}
}

/// The lock that votes may use (`LockInfo::voting_lock`).
mod lock_info {
	use super::*;

	#[test]
	fn a_new_lock_votes_from_the_next_epoch() {
		let lock = LockInfo::new(100, 10, 3);
		assert_eq!(lock.voting_lock(3), (0, 0));
		assert_eq!(lock.voting_lock(4), (100, 10));
	}

	#[test]
	fn a_changed_lock_votes_with_its_old_state_until_the_next_epoch() {
		let mut lock = LockInfo::new(100, 10, 3);
		lock.note_change(5);
		lock.amount = 300;
		lock.end = 12;
		// A second change in the same epoch keeps the state at the epoch's start.
		lock.note_change(5);
		lock.amount = 400;
		assert_eq!(lock.voting_lock(5), (100, 10));
		assert_eq!(lock.voting_lock(6), (400, 12));
	}
}

/// `extend_lock` and `increase_amount` together.
mod scenarios {
	use super::*;

	#[test]
	fn extend_and_increase_change_the_lock() {
		new_test_ext().execute_with(|| {
			assert_noop!(Gauges::extend_lock(signed(ALICE), 5), Error::<Test>::NoLock);
			assert_noop!(Gauges::increase_amount(signed(ALICE), 5), Error::<Test>::NoLock);
			assert_ok!(Gauges::lock(signed(ALICE), 1_000, 5));
			assert_noop!(Gauges::extend_lock(signed(ALICE), 5), Error::<Test>::LockNotExtended);
			assert_noop!(Gauges::extend_lock(signed(ALICE), 4), Error::<Test>::LockNotExtended);
			assert_noop!(
				Gauges::extend_lock(signed(ALICE), MAX_LOCK + 1),
				Error::<Test>::LockTooLong
			);
			assert_noop!(Gauges::increase_amount(signed(ALICE), 0), Error::<Test>::ZeroAmount);
			assert_noop!(
				Gauges::increase_amount(signed(ALICE), 999_001),
				Error::<Test>::InsufficientBalance
			);
			assert_ok!(Gauges::extend_lock(signed(ALICE), 8));
			assert_ok!(Gauges::increase_amount(signed(ALICE), 500));
			let lock = Locks::<Test>::get(ALICE).unwrap();
			assert_eq!((lock.amount, lock.end), (1_500, 8));
			assert_eq!(spendable(ALICE), 1_000_000 - 1_500);
			assert_eq!(Gauges::voting_power(&ALICE, Some(0)), 1_500 * 8 / 20);
			// An ended lock is neither extended nor increased.
			run_to_epoch(8, 0);
			assert_noop!(Gauges::extend_lock(signed(ALICE), 10), Error::<Test>::LockExpired);
			assert_noop!(Gauges::increase_amount(signed(ALICE), 10), Error::<Test>::LockExpired);
		});
	}
}
