//! Pure share math of the vaults: no storage, no side effects.
//!
//! Conversions are OpenZeppelin's ERC-4626 with a virtual offset δ (`offset = 10^δ`), rounding
//! always in the vault's favour:
//!
//! ```text
//! A = idle + debt + in_transit − locked_profit_now        S = share supply
//! shares_for_deposit(a) = ⌊a·(S + 10^δ) / (A + 1)⌋          assets_for_mint(s)  = ⌈s·(A + 1) / (S + 10^δ)⌉
//! assets_for_redeem(s)  = ⌊s·(A + 1) / (S + 10^δ)⌋
//! ```
//!
//! The virtual shares and the virtual asset make the first depositor's "inflation attack"
//! (donate to the vault to round a victim's shares down to zero) cost the attacker about
//! `10^δ` times what it could steal. Products are computed in 256 bits
//! (`multiply_by_rational_with_rounding`); a result that does not fit in `u128` is `None`.

use polkadot_sdk::sp_arithmetic::{helpers_128bit::multiply_by_rational_with_rounding, Rounding};

/// What a conversion needs to know of a vault: its total assets `A` (planck of the vault's
/// asset), its share supply `S` (planck of the share token) and the virtual offset `10^δ`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pool {
	/// Total assets `A`, planck.
	pub assets: u128,
	/// Share supply `S`, planck of shares.
	pub shares: u128,
	/// Virtual shares `10^δ`.
	pub offset: u128,
}

impl Pool {
	/// A pool of `assets` and `shares` with the virtual offset `10^delta`.
	pub fn new(assets: u128, shares: u128, delta: u8) -> Option<Self> {
		Some(Self { assets, shares, offset: 10u128.checked_pow(delta.into())? })
	}

	fn virtual_shares(&self) -> Option<u128> {
		self.shares.checked_add(self.offset)
	}

	fn virtual_assets(&self) -> Option<u128> {
		self.assets.checked_add(1)
	}

	/// Shares minted for depositing `assets`, rounded down: `⌊a·(S + 10^δ) / (A + 1)⌋`.
	pub fn shares_for_deposit(&self, assets: u128) -> Option<u128> {
		multiply_by_rational_with_rounding(
			assets,
			self.virtual_shares()?,
			self.virtual_assets()?,
			Rounding::Down,
		)
	}

	/// Assets needed to mint `shares`, rounded up: `⌈s·(A + 1) / (S + 10^δ)⌉`.
	pub fn assets_for_mint(&self, shares: u128) -> Option<u128> {
		multiply_by_rational_with_rounding(
			shares,
			self.virtual_assets()?,
			self.virtual_shares()?,
			Rounding::Up,
		)
	}

	/// Assets paid for redeeming `shares`, rounded down: `⌊s·(A + 1) / (S + 10^δ)⌋`.
	pub fn assets_for_redeem(&self, shares: u128) -> Option<u128> {
		multiply_by_rational_with_rounding(
			shares,
			self.virtual_assets()?,
			self.virtual_shares()?,
			Rounding::Down,
		)
	}

	/// Shares worth `assets` at the current price, rounded down: what a fee of `assets` is
	/// paid in when it is added to `A` at the same time (the price does not move).
	pub fn shares_for_fee(&self, assets: u128) -> Option<u128> {
		self.shares_for_deposit(assets)
	}
}

/// The part of `locked` profit still locked at block `now`, when it unlocks linearly from
/// block `from` to block `until` (Yearn v3 profit unlocking). Rounded up, so the vault never
/// counts profit before it is unlocked.
pub fn locked_profit_at(locked: u128, from: u64, until: u64, now: u64) -> u128 {
	if now >= until || locked == 0 {
		return 0;
	}
	if now <= from {
		return locked;
	}
	let remaining = until - now;
	let period = until - from;
	multiply_by_rational_with_rounding(locked, remaining.into(), period.into(), Rounding::Up)
		.unwrap_or(locked)
		.min(locked)
}
