//! Deposits and mints (`deposit.rs`), and the first-depositor inflation attack.

use super::*;

mod deposit {
	use super::*;

	#[test]
	fn success() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			// The first deposit pays the account's floor; later ones do not.
			assert_eq!(assert_deposit(ALICE, vault, usdt(100)), (usdt(100) - FLOOR) * 1_000_000);
			assert_deposit(BOB, vault, usdt(50));
			assert_ok!(<V as VaultLiquidity<_, _, _>>::report_gain(vault, usdt(7)));
			run_to_block(1 + UNLOCK_PERIOD / 2);
			assert_deposit(ALICE, vault, 12_345);
			// Into a running campaign: the new shares are held, a second deposit extends it.
			let campaign = create_vault(campaign(1, 1_000, 50, 500), 0);
			assert_deposit(CHARLIE, campaign, usdt(10));
			run_to_block(60);
			assert_deposit(CHARLIE, campaign, usdt(20));
		});
	}

	/// Found by the runtime fuzzer: `pallet-assets` ends an account that an `Expendable`
	/// transfer leaves below the minimum balance and destroys the rest without reducing the
	/// supply. A deposit of part of a balance must leave at least the minimum.
	#[test]
	fn a_deposit_never_leaves_less_than_the_minimum_balance_behind() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			polkadot_sdk::pallet_assets::Asset::<Test>::mutate(USDT, |d| {
				d.as_mut().unwrap().min_balance = 1_000
			});
			let all = balance(USDT, ALICE);
			assert_noop!(
				V::deposit(origin(ALICE), vault, all - 500, 0),
				Error::<Test>::RemainderBelowMinimum
			);
			assert_ok!(V::deposit(origin(ALICE), vault, all - 1_000, 0));
			assert_eq!(balance(USDT, ALICE), 1_000, "the minimum stays");
			// The whole balance may go: the account ends with nothing destroyed.
			assert_ok!(V::deposit(origin(ALICE), vault, 1_000, 0));
			assert_eq!(balance(USDT, ALICE), 0);
			let held: u128 = polkadot_sdk::pallet_assets::Account::<Test>::iter_prefix(USDT)
				.map(|(_, a)| a.balance)
				.sum();
			assert_eq!(held, <Assets as Inspect<u64>>::total_issuance(USDT));
			check_invariants();
		});
	}

	#[test]
	fn the_first_deposit_mints_ten_to_the_delta_shares_per_planck() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(100), 0));
			// The vault account's floor (one minimum balance) came out of the first deposit.
			assert_eq!(shares(vault, ALICE), (usdt(100) - FLOOR) * 1_000_000);
			assert_eq!(balance(USDT, ALICE), usdt(1_000_000 - 100));
			assert_eq!(balance(USDT, V::vault_account(vault)), usdt(100));
			assert_eq!(vault_info(vault).idle, usdt(100) - FLOOR, "the floor is not idle");
			assert_eq!(
				vault_events().last(),
				Some(&Event::Deposited {
					vault,
					who: ALICE,
					assets: usdt(100),
					shares: (usdt(100) - FLOOR) * 1_000_000
				})
			);
			check_invariants();
		});
	}

	#[test]
	fn later_deposits_get_shares_at_the_current_price() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(100), 0));
			assert_ok!(<V as VaultLiquidity<_, _, _>>::report_gain(vault, usdt(100)));
			run_to_block(1 + UNLOCK_PERIOD);
			// The price doubled: Bob gets about half as many shares per USDT as Alice.
			assert_ok!(V::deposit(origin(BOB), vault, usdt(100), 0));
			let ratio = shares(vault, ALICE) as f64 / shares(vault, BOB) as f64;
			assert!((ratio - 2.0).abs() < 1e-6, "{ratio}");
			check_invariants();
		});
	}

	#[test]
	fn a_donation_to_the_vault_account_does_not_move_the_price() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(100), 0));
			let before = price(vault);
			assert_ok!(<Assets as Mutate<u64>>::transfer(
				USDT,
				&EVE,
				&V::vault_account(vault),
				usdt(1_000),
				Preservation::Expendable
			));
			assert_eq!(price(vault), before);
			check_invariants();
		});
	}

	#[test]
	fn error_paths_change_nothing() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_noop!(V::deposit(origin(ALICE), vault, 0, 0), Error::<Test>::ZeroAmount);
			assert_noop!(V::mint(origin(ALICE), vault, 0, u128::MAX), Error::<Test>::ZeroAmount);
			assert_noop!(V::deposit(origin(ALICE), 9, 10, 0), Error::<Test>::UnknownVault);
			assert_noop!(V::mint(origin(ALICE), 9, 10, 10), Error::<Test>::UnknownVault);
			assert_noop!(
				V::deposit(origin(ALICE), vault, 10, 10 * 1_000_000 + 1),
				Error::<Test>::SlippageExceeded
			);
			assert_noop!(
				V::mint(origin(ALICE), vault, 10 * 1_000_000, 9),
				Error::<Test>::SlippageExceeded
			);
			assert_noop!(
				V::deposit(origin(ALICE), vault, usdt(2_000_000), 0),
				Error::<Test>::InsufficientBalance
			);
			assert_noop!(
				V::deposit(origin(ALICE), vault, u128::MAX, 0),
				Error::<Test>::InsufficientBalance
			);
			check_invariants();
		});
	}

	#[test]
	fn the_deposit_cap_bounds_total_assets() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_ok!(V::set_deposit_cap(origin(ADMIN), vault, usdt(150)));
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(100), 0));
			assert_noop!(V::deposit(origin(BOB), vault, usdt(51), 0), Error::<Test>::CapExceeded);
			assert_noop!(
				V::mint(origin(BOB), vault, usdt(51) * 1_000_000, u128::MAX),
				Error::<Test>::CapExceeded
			);
			assert_ok!(V::deposit(origin(BOB), vault, usdt(50), 0));
		});
	}

	#[test]
	fn a_paused_or_retired_vault_takes_no_deposits() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_ok!(V::pause(origin(GUARDIAN), vault));
			assert_noop!(V::deposit(origin(ALICE), vault, 10, 0), Error::<Test>::VaultPaused);
			assert_noop!(V::mint(origin(ALICE), vault, 10, 10), Error::<Test>::VaultPaused);
			assert_ok!(V::unpause(origin(ADMIN), vault));
			assert_ok!(V::retire(origin(ADMIN), vault));
			assert_noop!(V::deposit(origin(ALICE), vault, 10, 0), Error::<Test>::VaultRetired);
		});
	}
}

mod mint {
	use super::*;

	#[test]
	fn success() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			// The first mint pays the account's floor on top.
			assert_eq!(assert_mint(ALICE, vault, 5_000_000), 5 + FLOOR);
			assert_ok!(<V as VaultLiquidity<_, _, _>>::report_gain(vault, 3));
			run_to_block(1 + UNLOCK_PERIOD);
			assert_mint(BOB, vault, 3_333_333);
			let campaign = create_vault(campaign(1, 1_000, 50, 500), 0);
			assert_mint(CHARLIE, campaign, usdt(1) * 1_000_000);
		});
	}

	#[test]
	fn mint_charges_the_rounded_up_cost() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(100), 0));
			assert_ok!(<V as VaultLiquidity<_, _, _>>::report_gain(vault, 7));
			run_to_block(1 + UNLOCK_PERIOD);
			let before = balance(USDT, BOB);
			assert_ok!(V::mint(origin(BOB), vault, 3_333_333, u128::MAX));
			assert_eq!(shares(vault, BOB), 3_333_333);
			let paid = before - balance(USDT, BOB);
			// Exact cost 3 333 333 · (100 000 008) / (100 000 000 · 10^6 + 10^6) ≈ 3.33; rounded up.
			assert_eq!(paid, 4);
			check_invariants();
		});
	}
}

/// The inflation attack (first depositor, donations).
mod scenarios {
	use super::*;

	/// The first-depositor attack: Eve deposits 1 planck and donates a large amount to the
	/// vault account, hoping Alice's deposit rounds to zero shares and her assets accrue to
	/// Eve's share. Internal accounting ignores the donation, and the virtual offset would make
	/// the attack cost ~10^6 times its gain anyway.
	#[test]
	fn a_victim_still_gets_fair_shares_and_the_attacker_loses_its_donation() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			let eve_start = balance(USDT, EVE);
			assert_ok!(V::deposit(origin(EVE), vault, 1 + FLOOR, 0));
			let donation = usdt(100_000);
			assert_ok!(<Assets as Mutate<u64>>::transfer(
				USDT,
				&EVE,
				&V::vault_account(vault),
				donation,
				Preservation::Expendable
			));

			let victim = usdt(10_000);
			assert_ok!(V::deposit(origin(ALICE), vault, victim, 1));
			assert!(shares(vault, ALICE) > 0, "the victim's deposit mints shares");

			// Both redeem everything.
			assert_ok!(V::request_redeem(origin(ALICE), vault, shares(vault, ALICE)));
			assert_ok!(claim(ALICE, &[last_request()]));
			assert_ok!(V::request_redeem(origin(EVE), vault, shares(vault, EVE)));
			assert_ok!(claim(EVE, &[last_request()]));

			let alice_loss = usdt(1_000_000) - balance(USDT, ALICE);
			assert!(alice_loss <= 1, "the victim loses at most a planck of rounding: {alice_loss}");
			let eve_loss = eve_start - balance(USDT, EVE);
			assert!(eve_loss >= donation, "the attacker loses its donation: {eve_loss}");
			assert!(eve_loss > alice_loss);
			check_invariants();
		});
	}

	/// Even if the donation went through the vault's accounting (a gain the attacker
	/// engineers), the virtual offset keeps the victim's shares above zero and the attacker's
	/// cost above its gain.
	#[test]
	fn with_an_accounted_donation_the_attack_still_loses_money() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_ok!(V::deposit(origin(EVE), vault, 1 + FLOOR, 0));
			let donation = usdt(10_000);
			assert_ok!(<V as VaultLiquidity<_, _, _>>::report_gain(vault, donation));
			run_to_block(1 + UNLOCK_PERIOD);
			let victim = usdt(10_000);
			assert_ok!(V::deposit(origin(ALICE), vault, victim, 1));
			let alice_value =
				crate::Pallet::<Test>::api_preview_redeem(vault, shares(vault, ALICE)).unwrap();
			let eve_value =
				crate::Pallet::<Test>::api_preview_redeem(vault, shares(vault, EVE)).unwrap();
			// Half of what Eve put in went to the virtual shares; Alice lost at most the value
			// of one share to rounding.
			let eve_loss = (1 + donation).saturating_sub(eve_value);
			let stolen = victim - alice_value;
			assert!(eve_loss > donation * 49 / 100, "{eve_loss}");
			assert!(stolen <= eve_loss / 1_000_000, "{stolen} vs {eve_loss}");
		});
	}
}
