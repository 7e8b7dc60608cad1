//! Tests of the emissions (`src/emissions.rs`): `stake`, `unstake`, `claim_emissions`.

use super::*;

mod unstake {
	use super::*;

	/// #19 item 13: the pallet account paid unstakes with `Expendable`; an unstake that left less
	/// than the share's minimum balance in it (another staker's small stake) reaped it and moved
	/// that stake to the unstaker. Now every stake is 0 or at least the minimum balance, so what
	/// the account holds after any unstake is too.
	#[test]
	fn stakes_are_zero_or_at_least_the_minimum_balance_so_unstakes_move_no_dust() {
		new_test_ext().execute_with(|| {
			create_gauges();
			let share = share_of(GOVERNED);
			assert_ok!(Assets::force_asset_status(
				RuntimeOrigin::root(),
				share,
				ADMIN,
				ADMIN,
				ADMIN,
				ADMIN,
				10,
				true,
				false
			));
			assert_noop!(
				Gauges::stake(signed(CHARLIE), EMISSION_GOVERNED, 9),
				Error::<Test>::StakeBelowMinimum
			);
			assert_ok!(Gauges::stake(signed(CHARLIE), EMISSION_GOVERNED, 10));
			assert_ok!(Gauges::stake(signed(BOB), EMISSION_GOVERNED, 1_000));
			assert_noop!(
				Gauges::unstake(signed(BOB), EMISSION_GOVERNED, 995),
				Error::<Test>::StakeBelowMinimum
			);
			let bob_before = balance(share, BOB);
			assert_ok!(Gauges::unstake(signed(BOB), EMISSION_GOVERNED, 1_000));
			assert_eq!(balance(share, BOB), bob_before + 1_000, "exactly his stake");
			assert_eq!(balance(share, Gauges::account_id()), 10, "Charlie's stake is still there");
			assert_ok!(Gauges::unstake(signed(CHARLIE), EMISSION_GOVERNED, 10));
			assert_eq!(balance(share, Gauges::account_id()), 0);
			Gauges::do_try_state().unwrap();
		});
	}
}

mod claim_emissions {
	use super::*;

	#[test]
	fn emissions_follow_gauge_weights_and_stakes() {
		new_test_ext().execute_with(|| {
			gauges_and_alice_locked();
			// 3:1 between the two emission gauges.
			assert_ok!(Gauges::vote(
				signed(ALICE),
				votes(&[(EMISSION_GOVERNED, 7_500), (EMISSION_CURATED, 2_500)])
			));
			assert_ok!(Gauges::stake(signed(BOB), EMISSION_GOVERNED, 3_000));
			assert_ok!(Gauges::stake(signed(CHARLIE), EMISSION_GOVERNED, 1_000));
			assert_ok!(Gauges::stake(signed(CHARLIE), EMISSION_CURATED, 500));
			assert_eq!(balance(share_of(GOVERNED), Gauges::account_id()), 4_000);
			// Epoch 1 has no weight: nothing is emitted.
			run_to_epoch(2, 0);
			assert_eq!(Gauges::claimable_emissions(&BOB, EMISSION_GOVERNED), 0);
			// Over epoch 2 the governed gauge streams 750 000 PLX: Bob 3/4, Charlie 1/4.
			run_to_epoch(3, 0);
			assert_eq!(Gauges::claimable_emissions(&BOB, EMISSION_GOVERNED), 562_500);
			let before = Balances::balance(&BOB);
			assert_ok!(Gauges::claim_emissions(signed(BOB), EMISSION_GOVERNED));
			assert_eq!(Balances::balance(&BOB) - before, 562_500);
			assert_noop!(
				Gauges::claim_emissions(signed(BOB), EMISSION_GOVERNED),
				Error::<Test>::NothingToClaim
			);
			assert_ok!(Gauges::claim_emissions(signed(CHARLIE), EMISSION_GOVERNED));
			assert_ok!(Gauges::claim_emissions(signed(CHARLIE), EMISSION_CURATED));
			assert_eq!(Balances::balance(&CHARLIE), 1_000_000 + 187_500 + 250_000);
			// Half way through epoch 3 Charlie unstakes: he keeps what he earned.
			run_to_epoch(3, 5);
			assert_ok!(Gauges::unstake(signed(CHARLIE), EMISSION_GOVERNED, 1_000));
			assert_eq!(balance(share_of(GOVERNED), CHARLIE), 1_000_000);
			run_to_epoch(4, 0);
			// Epoch 3 weights are 17/18 of epoch 2's on both gauges: still 3:1, 750 000 for this gauge.
			assert_eq!(Gauges::claimable_emissions(&CHARLIE, EMISSION_GOVERNED), 375_000 / 4);
			assert_eq!(
				Gauges::claimable_emissions(&BOB, EMISSION_GOVERNED),
				375_000 * 3 / 4 + 375_000
			);
			assert!(gauge_events().contains(&Event::Unstaked {
				who: CHARLIE,
				gauge: EMISSION_GOVERNED,
				amount: 1_000
			}));
			Gauges::do_try_state().unwrap();
		});
	}
}

/// The errors of `stake`, `unstake` and `claim_emissions` on one set of stakes.
mod scenarios {
	use super::*;

	#[test]
	fn stake_and_unstake_check_their_input() {
		new_test_ext().execute_with(|| {
			create_gauges();
			assert_noop!(Gauges::stake(signed(BOB), 42, 10), Error::<Test>::UnknownGauge);
			assert_noop!(Gauges::stake(signed(BOB), GAUGE_A, 10), Error::<Test>::NotEmissionGauge);
			assert_noop!(
				Gauges::stake(signed(BOB), EMISSION_GOVERNED, 0),
				Error::<Test>::ZeroAmount
			);
			assert_noop!(
				Gauges::stake(signed(NOBODY), EMISSION_GOVERNED, 10),
				Error::<Test>::InsufficientBalance
			);
			assert_ok!(Gauges::stake(signed(BOB), EMISSION_GOVERNED, 10));
			assert_noop!(
				Gauges::unstake(signed(BOB), EMISSION_GOVERNED, 11),
				Error::<Test>::InsufficientStake
			);
			assert_noop!(
				Gauges::unstake(signed(BOB), EMISSION_GOVERNED, 0),
				Error::<Test>::ZeroAmount
			);
			assert_noop!(Gauges::unstake(signed(BOB), GAUGE_A, 1), Error::<Test>::NotEmissionGauge);
			assert_noop!(
				Gauges::claim_emissions(signed(BOB), GAUGE_A),
				Error::<Test>::NotEmissionGauge
			);
			assert_noop!(
				Gauges::claim_emissions(signed(BOB), EMISSION_GOVERNED),
				Error::<Test>::NothingToClaim
			);
			// A killed gauge lets stakers out.
			assert_ok!(Gauges::kill_gauge(signed(ADMIN), EMISSION_GOVERNED));
			assert_ok!(Gauges::unstake(signed(BOB), EMISSION_GOVERNED, 10));
			assert!(Stakes::<Test>::get(EMISSION_GOVERNED, BOB).is_none());
		});
	}
}
