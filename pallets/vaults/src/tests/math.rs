//! Unit and property tests of the pure share math (`math.rs`).

use crate::math::*;
use polkadot_sdk::sp_core::U256;
use proptest::prelude::*;

fn pool(a: u128, s: u128) -> Pool {
	Pool::new(a, s, 6).unwrap()
}

#[test]
fn an_empty_vault_mints_ten_to_the_delta_shares_per_planck() {
	let p = pool(0, 0);
	assert_eq!(p.shares_for_deposit(1), Some(1_000_000));
	assert_eq!(p.shares_for_deposit(1_000), Some(1_000_000_000));
	assert_eq!(p.assets_for_mint(1_000_000), Some(1));
	assert_eq!(p.assets_for_redeem(1_000_000_000), Some(1_000));
}

#[test]
fn rounding_is_in_the_vaults_favour() {
	// A = 10, S = 3·10^6 + 1: prices that do not divide evenly.
	let p = pool(10, 3_000_001);
	let shares = p.shares_for_deposit(7).unwrap();
	let back = p.assets_for_redeem(shares).unwrap();
	assert!(back <= 7);
	let cost = p.assets_for_mint(shares).unwrap();
	assert!(cost >= back);
}

#[test]
fn overflow_is_none_never_a_panic() {
	let p = Pool { assets: u128::MAX, shares: u128::MAX, offset: 1 };
	assert_eq!(p.shares_for_deposit(1), None, "S + 10^δ overflows");
	let p = Pool { assets: 0, shares: u128::MAX - 1, offset: 1 };
	assert_eq!(p.shares_for_deposit(u128::MAX), None, "the result does not fit");
	assert!(Pool::new(0, 0, 39).is_none(), "10^39 does not fit in u128");
}

#[test]
fn locked_profit_unlocks_linearly_and_rounds_up() {
	assert_eq!(locked_profit_at(1_000, 10, 20, 5), 1_000);
	assert_eq!(locked_profit_at(1_000, 10, 20, 10), 1_000);
	assert_eq!(locked_profit_at(1_000, 10, 20, 15), 500);
	assert_eq!(locked_profit_at(1_000, 10, 20, 17), 300);
	assert_eq!(locked_profit_at(1_000, 10, 20, 20), 0);
	assert_eq!(locked_profit_at(1_000, 10, 20, 99), 0);
	assert_eq!(locked_profit_at(1, 0, 3, 1), 1, "rounded up");
	assert_eq!(locked_profit_at(0, 0, 3, 1), 0);
}

/// The vaults take basis points with `plexus_primitives::bps::of` (formerly `math::bps_of`).
#[test]
fn bps_of_rounds_down() {
	use plexus_primitives::bps::{of, MAX_BPS};
	assert_eq!(of(10_000, 1), 1);
	assert_eq!(of(9_999, 1), 0);
	assert_eq!(of(1_000, 2_000), 200);
	assert_eq!(of(u128::MAX, MAX_BPS), u128::MAX);
}

proptest! {
	/// Depositing and redeeming at once never returns more than was deposited.
	#[test]
	fn deposit_then_redeem_never_profits(
		a in 0u128..=1u128 << 100,
		s in 0u128..=1u128 << 100,
		x in 0u128..=1u128 << 90,
	) {
		let p = pool(a, s);
		let shares = p.shares_for_deposit(x).unwrap();
		let after = Pool { assets: a + x, shares: s + shares, ..p };
		prop_assert!(after.assets_for_redeem(shares).unwrap() <= x);
	}

	/// Minting costs at least what the minted shares redeem for.
	#[test]
	fn mint_costs_at_least_the_redeem_value(
		a in 0u128..=1u128 << 100,
		s in 0u128..=1u128 << 100,
		y in 0u128..=1u128 << 90,
	) {
		let p = pool(a, s);
		let cost = p.assets_for_mint(y).unwrap();
		let after = Pool { assets: a + cost, shares: s + y, ..p };
		prop_assert!(after.assets_for_redeem(y).unwrap() <= cost);
	}

	/// No deposit, mint or redeem lowers the price per share `(A + 1) / (S + 10^δ)`.
	#[test]
	fn user_operations_never_lower_the_price(
		a in 0u128..=1u128 << 90,
		s in 0u128..=1u128 << 90,
		x in 0u128..=1u128 << 80,
		op in 0u8..3,
	) {
		let p = pool(a, s);
		let (da, ds, out) = match op {
			0 => (x, p.shares_for_deposit(x).unwrap(), false),
			1 => (p.assets_for_mint(x).unwrap(), x, false),
			_ => {
				let shares = x.min(s);
				(p.assets_for_redeem(shares).unwrap(), shares, true)
			},
		};
		let (a2, s2) = if out { (a - da.min(a), s - ds) } else { (a + da, s + ds) };
		// (a2 + 1)/(s2 + off) >= (a + 1)/(s + off)  ⇔  (a2 + 1)(s + off) >= (a + 1)(s2 + off)
		let lhs = U256::from(a2 + 1) * U256::from(s + p.offset);
		let rhs = U256::from(a + 1) * U256::from(s2 + p.offset);
		prop_assert!(lhs >= rhs);
	}

	/// Each conversion is within one planck of the exact rational value, toward the vault.
	#[test]
	fn conversions_are_within_one_planck_of_exact(
		a in 0u128..=1u128 << 100,
		s in 0u128..=1u128 << 100,
		x in 0u128..=1u128 << 90,
	) {
		let p = pool(a, s);
		let (num_s, den_a) = (s + p.offset, a + 1);
		let exact_times_den = U256::from(x) * U256::from(num_s);
		let down = p.shares_for_deposit(x).unwrap();
		prop_assert!(U256::from(down) * U256::from(den_a) <= exact_times_den);
		// Mint rounds up and redeem down, within one planck of `x·(A + 1)/(S + 10^δ)`.
		let exact_assets = U256::from(x) * U256::from(den_a);
		let cost = p.assets_for_mint(x).unwrap();
		let value = p.assets_for_redeem(x).unwrap();
		prop_assert!(U256::from(cost) * U256::from(num_s) >= exact_assets);
		prop_assert!(U256::from(value) * U256::from(num_s) <= exact_assets);
		prop_assert!(cost - value <= 1);
	}
}
