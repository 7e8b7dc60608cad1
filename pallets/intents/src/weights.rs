// This file is part of Plexus.
// SPDX-License-Identifier: Apache-2.0

//! Weights for `pallet_intents`: replaced by `benchmarks/run.sh pallet_intents`.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use polkadot_sdk::frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed for `pallet_intents`.
pub trait WeightInfo {
	fn submit_swap() -> Weight;
	fn submit_redeem() -> Weight;
	fn submit_deposit() -> Weight;
	fn cancel() -> Weight;
	fn clean_up() -> Weight;
	fn submit_solution(n: u32, m: u32, ) -> Weight;
	fn set_valuation_price() -> Weight;
	fn claim_unclaimed() -> Weight;
	fn on_initialize_idle() -> Weight;
	fn close_batch() -> Weight;
	fn apply_fill() -> Weight;
	fn clear_pair(n: u32, ) -> Weight;
	fn net_vault(n: u32, ) -> Weight;
	fn finish_settlement() -> Weight;
	fn expire_intent() -> Weight;
}

impl WeightInfo for () {
	fn submit_swap() -> Weight { Weight::zero() }
	fn submit_redeem() -> Weight { Weight::zero() }
	fn submit_deposit() -> Weight { Weight::zero() }
	fn cancel() -> Weight { Weight::zero() }
	fn clean_up() -> Weight { Weight::zero() }
	fn submit_solution(_n: u32, _m: u32, ) -> Weight { Weight::zero() }
	fn set_valuation_price() -> Weight { Weight::zero() }
	fn claim_unclaimed() -> Weight { Weight::zero() }
	fn on_initialize_idle() -> Weight { Weight::zero() }
	fn close_batch() -> Weight { Weight::zero() }
	fn apply_fill() -> Weight { Weight::zero() }
	fn clear_pair(_n: u32, ) -> Weight { Weight::zero() }
	fn net_vault(_n: u32, ) -> Weight { Weight::zero() }
	fn finish_settlement() -> Weight { Weight::zero() }
	fn expire_intent() -> Weight { Weight::zero() }
}
