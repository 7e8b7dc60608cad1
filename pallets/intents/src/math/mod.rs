//! Pure math of the intents pallet: rounding helpers here, the batch auction's uniform-price
//! checks and reference clearing in [`auction`], the netting of deposits against redemptions
//! in [`netting`]. No storage, no panics; every function is tested with properties in the
//! pallet's `tests/properties.rs`.
//!
//! Prices are integers per asset in an arbitrary common unit (CoW Protocol's uniform clearing
//! prices): an intent that gives `g` of asset `a` for asset `b` receives
//! `⌊g·p_a / p_b⌋` of `b`, so every directed pair trades at one price and rings of assets
//! clear with the same vector.

pub mod auction;
pub mod netting;

pub use crate::types::IntentId;
pub use auction::*;
pub use netting::*;

use polkadot_sdk::sp_runtime::{helpers_128bit::multiply_by_rational_with_rounding, Rounding};

/// `⌊a·b / c⌋`, `None` on division by zero or when the result does not fit.
pub fn mul_div_floor(a: u128, b: u128, c: u128) -> Option<u128> {
	if c == 0 {
		return None;
	}
	multiply_by_rational_with_rounding(a, b, c, Rounding::Down)
}

/// `⌈a·b / c⌉`, `None` on division by zero or when the result does not fit.
pub fn mul_div_ceil(a: u128, b: u128, c: u128) -> Option<u128> {
	if c == 0 {
		return None;
	}
	multiply_by_rational_with_rounding(a, b, c, Rounding::Up)
}

/// What `given` of an asset priced `p_give` buys of an asset priced `p_want` at the uniform
/// prices: `⌊given·p_give / p_want⌋`.
pub fn out_at(given: u128, p_give: u128, p_want: u128) -> Option<u128> {
	mul_div_floor(given, p_give, p_want)
}

/// The least an intent that asks at least `limit` for `amount` accepts for giving `given`:
/// `⌊limit·given / amount⌋` (the whole `limit` for a whole fill).
pub fn limit_at(limit: u128, given: u128, amount: u128) -> Option<u128> {
	mul_div_floor(limit, given, amount)
}
