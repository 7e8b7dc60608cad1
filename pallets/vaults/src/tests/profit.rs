//! Profit unlocking (`profit.rs`): gains, the performance fee, losses.

use super::*;

mod report_gain {
	use super::*;

	#[test]
	fn a_gain_unlocks_linearly_and_the_fee_is_minted_to_the_treasury() {
		new_test_ext().execute_with(|| {
			let vault = create_vault(VaultKind::Governed, 1_000);
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(1_000), 0));
			allocate(vault, usdt(900));
			let before = price(vault);
			assert_ok!(<V as VaultLiquidity<_, _, _>>::report_gain(vault, usdt(100)));
			// The 10 USDT fee counts at once, at an unchanged price; 90 USDT unlock over time.
			assert!(shares(vault, TREASURY) > 0);
			assert!(price_le(before, price(vault)));
			assert_eq!(total_assets(vault), usdt(1_010) - FLOOR);
			run_to_block(1 + UNLOCK_PERIOD / 2);
			assert_eq!(total_assets(vault), usdt(1_055) - FLOOR);
			run_to_block(1 + UNLOCK_PERIOD);
			assert_eq!(total_assets(vault), usdt(1_100) - FLOOR);
			let treasury_value =
				crate::Pallet::<Test>::api_preview_redeem(vault, shares(vault, TREASURY)).unwrap();
			assert!(treasury_value.abs_diff(usdt(10) * 1_100 / 1_010) <= 1, "{treasury_value}");
			assert!(vault_events().iter().any(|e| matches!(
				e,
				Event::GainReported { gain, fee, .. } if *gain == usdt(100) && *fee == usdt(10)
			)));
			check_invariants();
		});
	}

	#[test]
	fn a_gain_whose_fee_shares_are_below_the_minimum_balance_is_reported_and_the_fee_carried() {
		new_test_ext().execute_with(|| {
			let vault = create_vault(VaultKind::Governed, 1_000);
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(1_000), 0));
			allocate(vault, usdt(900));
			// The share token's minimum balance is 1 000 × 10^6 shares (about 1 000 planck).
			polkadot_sdk::pallet_assets::Asset::<Test>::mutate(share_of(vault), |d| {
				d.as_mut().unwrap().min_balance = 1_000_000_000
			});
			// A gain of 100 planck: its fee of 10 planck is worth 10^7 shares, too few to mint.
			let assets_before = vault_info(vault).total_assets(System::block_number());
			assert_ok!(<V as VaultLiquidity<_, _, _>>::report_gain(vault, 100));
			assert_eq!(shares(vault, TREASURY), 0);
			assert_eq!(vault_info(vault).fee_carry, 10);
			assert_eq!(vault_info(vault).debt, usdt(900) + 100, "the gain is reported");
			// The carried fee is not the holders': the price per share is what it was plus the
			// unlocked part of the gain net of the fee.
			let price = |v: &crate::VaultInfoOf<Test>| {
				(v.total_assets(System::block_number()), V::share_supply(v))
			};
			let (assets, supply) = price(&vault_info(vault));
			assert_eq!(assets, assets_before + 100 - 90 - 10, "90 locked, 10 carried");
			// A later gain pays its own fee and the one carried, and the price does not fall
			// (found by the runtime fuzzer: paying a carried fee used to dilute the holders).
			assert_ok!(<V as VaultLiquidity<_, _, _>>::report_gain(vault, 20_000));
			let (assets_after, supply_after) = price(&vault_info(vault));
			assert!(
				(assets_after + 1) * (supply + 1_000_000)
					>= (assets + 1) * (supply_after + 1_000_000),
				"the price per share does not fall when the carried fee is paid"
			);
			assert_eq!(vault_info(vault).fee_carry, 0);
			assert!(vault_events()
				.iter()
				.any(|e| matches!(e, Event::GainReported { gain: 20_000, fee: 2_010, .. })));
			assert!(shares(vault, TREASURY) >= 1_000_000_000);
			check_invariants();
		});
	}

	#[test]
	fn a_new_gain_never_shortens_the_unlock_of_a_partner_reward() {
		new_test_ext().execute_with(|| {
			let vault = create_vault(campaign(1, 1_001, 0, 0), 0);
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(1_000), 0));
			assert_ok!(V::fund_partner_reward(origin(PARTNER), vault, 0));
			assert_eq!(vault_info(vault).unlock_until, 1_001);
			allocate(vault, usdt(500));
			run_to_block(11);
			assert_ok!(<V as VaultLiquidity<_, _, _>>::report_gain(vault, usdt(1)));
			assert_eq!(vault_info(vault).unlock_until, 1_001, "still until the campaign's end");
			run_to_block(1 + UNLOCK_PERIOD + 20);
			assert!(
				total_assets(vault) < usdt(1_000) + usdt(1_000) / 2,
				"the partner's reward still unlocks over the campaign"
			);
			check_invariants();
		});
	}
}

mod report_loss {
	use super::*;

	#[test]
	fn a_loss_is_absorbed_by_locked_profit_first_then_applied_at_once() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(1_000), 0));
			allocate(vault, usdt(900));
			assert_ok!(<V as VaultLiquidity<_, _, _>>::report_gain(vault, usdt(100)));
			let locked_price = price(vault);
			assert_ok!(<V as VaultLiquidity<_, _, _>>::report_loss(vault, usdt(60)));
			assert_eq!(price(vault), locked_price, "the locked profit absorbed the loss");
			assert_eq!(vault_info(vault).locked_profit, usdt(40));
			assert_ok!(<V as VaultLiquidity<_, _, _>>::report_loss(vault, usdt(140)));
			assert_eq!(total_assets(vault), usdt(900) - FLOOR, "the rest is applied at once");
			assert_noop!(
				<V as VaultLiquidity<_, _, _>>::report_loss(vault, usdt(10_000)),
				Error::<Test>::InsufficientLiquidity
			);
			assert_noop!(
				<V as VaultLiquidity<_, _, _>>::report_gain(vault, 0),
				Error::<Test>::ZeroAmount
			);
			check_invariants();
		});
	}
}

mod scenarios {
	use super::*;

	/// Sandwiching a gain report: a deposit right before the report, redeemed right after,
	/// earns no more than the part of the gain unlocked meanwhile.
	#[test]
	fn sandwiching_a_report_earns_only_the_unlocked_part() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(1_000), 0));
			allocate(vault, usdt(500));
			let gain = usdt(100);
			let stake = usdt(1_000);
			let eve_before = balance(USDT, EVE);
			assert_ok!(V::deposit(origin(EVE), vault, stake, 0));
			assert_ok!(<V as VaultLiquidity<_, _, _>>::report_gain(vault, gain));
			run_to_block(System::block_number() + 1);
			assert_ok!(V::request_redeem(origin(EVE), vault, shares(vault, EVE)));
			assert_ok!(claim(EVE, &[last_request()]));
			let profit = balance(USDT, EVE).saturating_sub(eve_before);
			// One block of 100 unlocks 1% of the gain; Eve owns half the vault.
			let unlocked_share = gain / UNLOCK_PERIOD as u128 / 2;
			assert!(profit <= unlocked_share + 1, "{profit} > {unlocked_share}");
			check_invariants();
		});
	}
}
