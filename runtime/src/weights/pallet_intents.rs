// This file is part of Plexus.
// SPDX-License-Identifier: Apache-2.0

//! Weights of `pallet_intents` in the Plexus runtime, generated from its benchmarks by
//! `benchmarks/run.sh`.
//!
//! Benchmark CLI 64.0.0, 2026-12-08. Steps: `10`, repeat: `3`.
//! Machine: `vm`, CPU: `AMD EPYC`. WASM execution: `Compiled`.
//! Database weights are applied through `T::DbWeight` of the runtime that uses these weights.

// Executed command:
// /root/.cache/plexus-tools/bin/frame-omni-bencher
// v1
// benchmark
// pallet
// --runtime
// /root/.cache/plexus-target/debug/wbuild/plexus-runtime/plexus_runtime.wasm
// --pallet
// pallet_intents
// --extrinsic
// *
// --steps
// 10
// --repeat
// 3
// --header
// /tmp/tmp.gufGmavGTp
// --genesis-builder
// runtime
// --genesis-builder-preset
// development
// --json-file
// /root/.cache/plexus-bench/pallet_intents.json
// --template
// benchmarks/templates/runtime-weights.hbs
// --output
// runtime/src/weights/pallet_intents.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use polkadot_sdk::*;
use frame_support::{traits::Get, weights::Weight};
use core::marker::PhantomData;

/// Weights of `pallet_intents` measured on the machine above, with the runtime's database weights.
pub struct WeightInfo<T>(PhantomData<T>);
impl<T: frame_system::Config> pallet_intents::WeightInfo for WeightInfo<T> {
	/// Storage: `Assets::Asset` (r:2 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Intents::BookSizes` (r:1 w:1)
	/// Proof: `Intents::BookSizes` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Intents::NextIntentId` (r:1 w:1)
	/// Proof: `Intents::NextIntentId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Intents::AccountIntents` (r:1 w:1)
	/// Proof: `Intents::AccountIntents` (`max_values`: None, `max_size`: Some(305), added: 2780, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `Intents::CurrentBatch` (r:1 w:0)
	/// Proof: `Intents::CurrentBatch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Intents::Books` (r:0 w:1)
	/// Proof: `Intents::Books` (`max_values`: None, `max_size`: Some(41), added: 2516, mode: `MaxEncodedLen`)
	/// Storage: `Intents::Intents` (r:0 w:1)
	/// Proof: `Intents::Intents` (`max_values`: None, `max_size`: Some(833), added: 3308, mode: `MaxEncodedLen`)
	fn submit_swap() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1002`
		//  Estimated: `6360`
		// Minimum execution time: 140_508_000 picoseconds.
		Weight::from_parts(154_669_000, 6360)
			.saturating_add(T::DbWeight::get().reads(11_u64))
			.saturating_add(T::DbWeight::get().writes(11_u64))
	}
	/// Storage: `Vaults::Vaults` (r:1 w:0)
	/// Proof: `Vaults::Vaults` (`max_values`: None, `max_size`: Some(465), added: 2940, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:2 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Strategies::VaultViews` (r:1 w:0)
	/// Proof: `Strategies::VaultViews` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Intents::BookSizes` (r:1 w:1)
	/// Proof: `Intents::BookSizes` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Vaults::Holds` (r:1 w:0)
	/// Proof: `Vaults::Holds` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Intents::NextIntentId` (r:1 w:1)
	/// Proof: `Intents::NextIntentId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Intents::AccountIntents` (r:1 w:1)
	/// Proof: `Intents::AccountIntents` (`max_values`: None, `max_size`: Some(305), added: 2780, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `Intents::CurrentBatch` (r:1 w:0)
	/// Proof: `Intents::CurrentBatch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Intents::Books` (r:0 w:1)
	/// Proof: `Intents::Books` (`max_values`: None, `max_size`: Some(41), added: 2516, mode: `MaxEncodedLen`)
	/// Storage: `Intents::Intents` (r:0 w:1)
	/// Proof: `Intents::Intents` (`max_values`: None, `max_size`: Some(833), added: 3308, mode: `MaxEncodedLen`)
	fn submit_redeem() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1800`
		//  Estimated: `6360`
		// Minimum execution time: 173_527_000 picoseconds.
		Weight::from_parts(257_642_000, 6360)
			.saturating_add(T::DbWeight::get().reads(14_u64))
			.saturating_add(T::DbWeight::get().writes(11_u64))
	}
	/// Storage: `Assets::Asset` (r:17 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `Measured`)
	/// Storage: `Vaults::VaultsOfAsset` (r:16 w:0)
	/// Proof: `Vaults::VaultsOfAsset` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `Measured`)
	/// Storage: `Vaults::Vaults` (r:16 w:0)
	/// Proof: `Vaults::Vaults` (`max_values`: None, `max_size`: Some(465), added: 2940, mode: `Measured`)
	/// Storage: `Strategies::VaultViews` (r:16 w:0)
	/// Proof: `Strategies::VaultViews` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `Measured`)
	/// Storage: `Intents::BookSizes` (r:1 w:1)
	/// Proof: `Intents::BookSizes` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `Measured`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `Measured`)
	/// Storage: `Intents::NextIntentId` (r:1 w:1)
	/// Proof: `Intents::NextIntentId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `Measured`)
	/// Storage: `Intents::AccountIntents` (r:1 w:1)
	/// Proof: `Intents::AccountIntents` (`max_values`: None, `max_size`: Some(305), added: 2780, mode: `Measured`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `Measured`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `Measured`)
	/// Storage: `Intents::CurrentBatch` (r:1 w:0)
	/// Proof: `Intents::CurrentBatch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `Measured`)
	/// Storage: `Intents::Books` (r:0 w:1)
	/// Proof: `Intents::Books` (`max_values`: None, `max_size`: Some(41), added: 2516, mode: `Measured`)
	/// Storage: `Intents::Intents` (r:0 w:1)
	/// Proof: `Intents::Intents` (`max_values`: None, `max_size`: Some(833), added: 3308, mode: `Measured`)
	fn submit_deposit() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `10571`
		//  Estimated: `53636`
		// Minimum execution time: 486_701_000 picoseconds.
		Weight::from_parts(763_292_000, 53636)
			.saturating_add(T::DbWeight::get().reads(74_u64))
			.saturating_add(T::DbWeight::get().writes(11_u64))
	}
	/// Storage: `Intents::Intents` (r:1 w:1)
	/// Proof: `Intents::Intents` (`max_values`: None, `max_size`: Some(833), added: 3308, mode: `MaxEncodedLen`)
	/// Storage: `Intents::CurrentBatch` (r:1 w:0)
	/// Proof: `Intents::CurrentBatch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Intents::Settling` (r:1 w:0)
	/// Proof: `Intents::Settling` (`max_values`: Some(1), `max_size`: Some(140), added: 635, mode: `MaxEncodedLen`)
	/// Storage: `Intents::Best` (r:1 w:0)
	/// Proof: `Intents::Best` (`max_values`: Some(1), `max_size`: Some(12986), added: 13481, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Intents::Books` (r:1 w:1)
	/// Proof: `Intents::Books` (`max_values`: None, `max_size`: Some(41), added: 2516, mode: `MaxEncodedLen`)
	/// Storage: `Intents::BookSizes` (r:1 w:1)
	/// Proof: `Intents::BookSizes` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Intents::AccountIntents` (r:1 w:1)
	/// Proof: `Intents::AccountIntents` (`max_values`: None, `max_size`: Some(305), added: 2780, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	fn cancel() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `14437`
		//  Estimated: `14471`
		// Minimum execution time: 123_393_000 picoseconds.
		Weight::from_parts(162_430_000, 14471)
			.saturating_add(T::DbWeight::get().reads(12_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	/// Storage: `Intents::Intents` (r:1 w:1)
	/// Proof: `Intents::Intents` (`max_values`: None, `max_size`: Some(833), added: 3308, mode: `MaxEncodedLen`)
	/// Storage: `Intents::CurrentBatch` (r:1 w:0)
	/// Proof: `Intents::CurrentBatch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Intents::Settling` (r:1 w:0)
	/// Proof: `Intents::Settling` (`max_values`: Some(1), `max_size`: Some(140), added: 635, mode: `MaxEncodedLen`)
	/// Storage: `Intents::Best` (r:1 w:0)
	/// Proof: `Intents::Best` (`max_values`: Some(1), `max_size`: Some(12986), added: 13481, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Intents::Books` (r:1 w:1)
	/// Proof: `Intents::Books` (`max_values`: None, `max_size`: Some(41), added: 2516, mode: `MaxEncodedLen`)
	/// Storage: `Intents::BookSizes` (r:1 w:1)
	/// Proof: `Intents::BookSizes` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Intents::AccountIntents` (r:1 w:1)
	/// Proof: `Intents::AccountIntents` (`max_values`: None, `max_size`: Some(305), added: 2780, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	fn clean_up() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `14437`
		//  Estimated: `14471`
		// Minimum execution time: 124_134_000 picoseconds.
		Weight::from_parts(187_277_000, 14471)
			.saturating_add(T::DbWeight::get().reads(12_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	/// Storage: `Intents::CurrentBatch` (r:1 w:0)
	/// Proof: `Intents::CurrentBatch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `Measured`)
	/// Storage: `Intents::Settling` (r:1 w:0)
	/// Proof: `Intents::Settling` (`max_values`: Some(1), `max_size`: Some(140), added: 635, mode: `Measured`)
	/// Storage: `Intents::Intents` (r:128 w:128)
	/// Proof: `Intents::Intents` (`max_values`: None, `max_size`: Some(833), added: 3308, mode: `Measured`)
	/// Storage: `Assets::Asset` (r:2 w:0)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `Measured`)
	/// Storage: `Assets::Account` (r:128 w:0)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `Measured`)
	/// Storage: `Intents::Books` (r:130 w:0)
	/// Proof: `Intents::Books` (`max_values`: None, `max_size`: Some(41), added: 2516, mode: `Ignored`)
	/// Storage: `Intents::ValuationPrices` (r:2 w:0)
	/// Proof: `Intents::ValuationPrices` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `Measured`)
	/// Storage: `Intents::Best` (r:1 w:1)
	/// Proof: `Intents::Best` (`max_values`: Some(1), `max_size`: Some(12986), added: 13481, mode: `Measured`)
	/// The range of component `n` is `[2, 128]`.
	fn submit_solution(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `757 + n * (301 ±0)`
		//  Estimated: `6690 + n * (2776 ±0)`
		// Minimum execution time: 88_471_000 picoseconds.
		Weight::from_parts(22_646_642, 6690)
			// Standard Error: 303_014
			.saturating_add(Weight::from_parts(32_231_709, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2776).saturating_mul(n.into()))
	}
	/// Storage: `Intents::Books` (r:258 w:0)
	/// Proof: `Intents::Books` (`max_values`: None, `max_size`: Some(41), added: 2516, mode: `Ignored`)
	/// Storage: `Intents::Intents` (r:256 w:0)
	/// Proof: `Intents::Intents` (`max_values`: None, `max_size`: Some(833), added: 3308, mode: `Measured`)
	/// The range of component `m` is `[1, 256]`.
	fn reference_clearing(m: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `244 + m * (196 ±0)`
		//  Estimated: `1224 + m * (2672 ±0)`
		// Minimum execution time: 19_990_000 picoseconds.
		Weight::from_parts(20_931_000, 1224)
			// Standard Error: 222_884
			.saturating_add(Weight::from_parts(15_567_726, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 2672).saturating_mul(m.into()))
	}
	/// Storage: `Assets::Asset` (r:1 w:0)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Intents::ValuationPrices` (r:0 w:1)
	/// Proof: `Intents::ValuationPrices` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	fn set_valuation_price() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `220`
		//  Estimated: `3675`
		// Minimum execution time: 11_007_000 picoseconds.
		Weight::from_parts(19_569_000, 3675)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Intents::Unclaimed` (r:1 w:1)
	/// Proof: `Intents::Unclaimed` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn claim_unclaimed() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `787`
		//  Estimated: `6208`
		// Minimum execution time: 62_503_000 picoseconds.
		Weight::from_parts(102_642_000, 6208)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Intents::CurrentBatch` (r:1 w:0)
	/// Proof: `Intents::CurrentBatch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Intents::Settling` (r:1 w:0)
	/// Proof: `Intents::Settling` (`max_values`: Some(1), `max_size`: Some(140), added: 635, mode: `MaxEncodedLen`)
	fn on_initialize_idle() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `73`
		//  Estimated: `1625`
		// Minimum execution time: 4_998_000 picoseconds.
		Weight::from_parts(7_491_000, 1625)
			.saturating_add(T::DbWeight::get().reads(2_u64))
	}
	/// Storage: `Intents::Best` (r:1 w:1)
	/// Proof: `Intents::Best` (`max_values`: Some(1), `max_size`: Some(12986), added: 13481, mode: `Measured`)
	/// Storage: `Intents::Intents` (r:128 w:0)
	/// Proof: `Intents::Intents` (`max_values`: None, `max_size`: Some(833), added: 3308, mode: `Measured`)
	/// Storage: `Intents::CurrentBatch` (r:0 w:1)
	/// Proof: `Intents::CurrentBatch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `Measured`)
	/// Storage: `Intents::Settling` (r:0 w:1)
	/// Proof: `Intents::Settling` (`max_values`: Some(1), `max_size`: Some(140), added: 635, mode: `Measured`)
	/// Storage: `Intents::SettlingSolution` (r:0 w:1)
	/// Proof: `Intents::SettlingSolution` (`max_values`: Some(1), `max_size`: Some(12986), added: 13481, mode: `Measured`)
	fn close_batch() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `29157`
		//  Estimated: `346947`
		// Minimum execution time: 565_849_000 picoseconds.
		Weight::from_parts(680_549_000, 346947)
			.saturating_add(T::DbWeight::get().reads(129_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Intents::Intents` (r:1 w:1)
	/// Proof: `Intents::Intents` (`max_values`: None, `max_size`: Some(833), added: 3308, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Intents::Books` (r:1 w:1)
	/// Proof: `Intents::Books` (`max_values`: None, `max_size`: Some(41), added: 2516, mode: `MaxEncodedLen`)
	/// Storage: `Intents::BookSizes` (r:1 w:1)
	/// Proof: `Intents::BookSizes` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Intents::AccountIntents` (r:1 w:1)
	/// Proof: `Intents::AccountIntents` (`max_values`: None, `max_size`: Some(305), added: 2780, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	fn apply_fill() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1678`
		//  Estimated: `6208`
		// Minimum execution time: 118_235_000 picoseconds.
		Weight::from_parts(155_730_000, 6208)
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	/// Storage: `Intents::Books` (r:130 w:128)
	/// Proof: `Intents::Books` (`max_values`: None, `max_size`: Some(41), added: 2516, mode: `Measured`)
	/// Storage: `Intents::Intents` (r:128 w:128)
	/// Proof: `Intents::Intents` (`max_values`: None, `max_size`: Some(833), added: 3308, mode: `Measured`)
	/// Storage: `Assets::Asset` (r:2 w:2)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `Measured`)
	/// Storage: `Assets::Account` (r:130 w:130)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `Measured`)
	/// Storage: `Intents::BookSizes` (r:2 w:2)
	/// Proof: `Intents::BookSizes` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `Measured`)
	/// Storage: `Intents::AccountIntents` (r:128 w:128)
	/// Proof: `Intents::AccountIntents` (`max_values`: None, `max_size`: Some(305), added: 2780, mode: `Measured`)
	/// Storage: `System::Account` (r:128 w:128)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `Measured`)
	/// Storage: `Balances::Holds` (r:128 w:128)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `Measured`)
	/// The range of component `n` is `[2, 128]`.
	fn clear_pair(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `995 + n * (520 ±0)`
		//  Estimated: `6950 + n * (2996 ±0)`
		// Minimum execution time: 248_678_000 picoseconds.
		Weight::from_parts(263_781_000, 6950)
			// Standard Error: 1_343_033
			.saturating_add(Weight::from_parts(136_506_591, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().reads((6_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(6_u64))
			.saturating_add(T::DbWeight::get().writes((6_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2996).saturating_mul(n.into()))
	}
	/// Storage: `Intents::Books` (r:129 w:128)
	/// Proof: `Intents::Books` (`max_values`: None, `max_size`: Some(41), added: 2516, mode: `Measured`)
	/// Storage: `Vaults::Vaults` (r:1 w:1)
	/// Proof: `Vaults::Vaults` (`max_values`: None, `max_size`: Some(465), added: 2940, mode: `Measured`)
	/// Storage: `Assets::Asset` (r:2 w:2)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `Measured`)
	/// Storage: `Strategies::VaultViews` (r:1 w:0)
	/// Proof: `Strategies::VaultViews` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `Measured`)
	/// Storage: `Intents::Intents` (r:128 w:128)
	/// Proof: `Intents::Intents` (`max_values`: None, `max_size`: Some(833), added: 3308, mode: `Measured`)
	/// Storage: `Assets::Account` (r:179 w:179)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `Measured`)
	/// Storage: `Vaults::Holds` (r:1 w:0)
	/// Proof: `Vaults::Holds` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `Measured`)
	/// Storage: `System::Account` (r:128 w:128)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `Measured`)
	/// Storage: `Intents::BookSizes` (r:1 w:1)
	/// Proof: `Intents::BookSizes` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `Measured`)
	/// Storage: `Intents::AccountIntents` (r:128 w:128)
	/// Proof: `Intents::AccountIntents` (`max_values`: None, `max_size`: Some(305), added: 2780, mode: `Measured`)
	/// Storage: `Balances::Holds` (r:128 w:128)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `Measured`)
	/// The range of component `n` is `[2, 128]`.
	fn net_vault(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2149 + n * (499 ±0)`
		//  Estimated: `11460 + n * (3901 ±2)`
		// Minimum execution time: 388_386_000 picoseconds.
		Weight::from_parts(299_057_207, 11460)
			// Standard Error: 3_432_032
			.saturating_add(Weight::from_parts(160_103_370, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().reads((6_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(7_u64))
			.saturating_add(T::DbWeight::get().writes((6_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3901).saturating_mul(n.into()))
	}
	/// Storage: `Intents::Books` (r:129 w:128)
	/// Proof: `Intents::Books` (`max_values`: None, `max_size`: Some(41), added: 2516, mode: `Measured`)
	/// Storage: `Vaults::Vaults` (r:1 w:1)
	/// Proof: `Vaults::Vaults` (`max_values`: None, `max_size`: Some(465), added: 2940, mode: `Measured`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `Measured`)
	/// Storage: `Strategies::VaultViews` (r:1 w:0)
	/// Proof: `Strategies::VaultViews` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `Measured`)
	/// Storage: `Intents::Intents` (r:128 w:128)
	/// Proof: `Intents::Intents` (`max_values`: None, `max_size`: Some(833), added: 3308, mode: `Measured`)
	/// Storage: `Assets::Account` (r:129 w:129)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `Measured`)
	/// Storage: `Vaults::Holds` (r:129 w:0)
	/// Proof: `Vaults::Holds` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `Measured`)
	/// Storage: `Vaults::NextRequestId` (r:1 w:1)
	/// Proof: `Vaults::NextRequestId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `Measured`)
	/// Storage: `Vaults::RequestsOf` (r:128 w:128)
	/// Proof: `Vaults::RequestsOf` (`max_values`: None, `max_size`: Some(177), added: 2652, mode: `Measured`)
	/// Storage: `Intents::BookSizes` (r:1 w:1)
	/// Proof: `Intents::BookSizes` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `Measured`)
	/// Storage: `Intents::AccountIntents` (r:128 w:128)
	/// Proof: `Intents::AccountIntents` (`max_values`: None, `max_size`: Some(305), added: 2780, mode: `Measured`)
	/// Storage: `System::Account` (r:128 w:128)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `Measured`)
	/// Storage: `Balances::Holds` (r:128 w:128)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `Measured`)
	/// Storage: `Vaults::RedeemQueue` (r:0 w:128)
	/// Proof: `Vaults::RedeemQueue` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `Measured`)
	/// Storage: `Vaults::Requests` (r:0 w:128)
	/// Proof: `Vaults::Requests` (`max_values`: None, `max_size`: Some(150), added: 2625, mode: `Measured`)
	/// The range of component `n` is `[1, 128]`.
	fn net_vault_queue(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1565 + n * (488 ±0)`
		//  Estimated: `5051 + n * (2963 ±0)`
		// Minimum execution time: 229_740_000 picoseconds.
		Weight::from_parts(255_639_000, 5051)
			// Standard Error: 3_185_430
			.saturating_add(Weight::from_parts(278_374_067, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().reads((8_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(5_u64))
			.saturating_add(T::DbWeight::get().writes((9_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2963).saturating_mul(n.into()))
	}
	/// Storage: `Intents::Books` (r:129 w:256)
	/// Proof: `Intents::Books` (`max_values`: None, `max_size`: Some(41), added: 2516, mode: `Measured`)
	/// Storage: `Vaults::Vaults` (r:16 w:0)
	/// Proof: `Vaults::Vaults` (`max_values`: None, `max_size`: Some(465), added: 2940, mode: `Measured`)
	/// Storage: `Assets::Asset` (r:16 w:0)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `Measured`)
	/// Storage: `Strategies::VaultViews` (r:16 w:0)
	/// Proof: `Strategies::VaultViews` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `Measured`)
	/// Storage: `Intents::Intents` (r:128 w:128)
	/// Proof: `Intents::Intents` (`max_values`: None, `max_size`: Some(833), added: 3308, mode: `Measured`)
	/// Storage: `Vaults::VaultsOfAsset` (r:16 w:0)
	/// Proof: `Vaults::VaultsOfAsset` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `Measured`)
	/// Storage: `Intents::BookSizes` (r:2 w:2)
	/// Proof: `Intents::BookSizes` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `Measured`)
	/// The range of component `n` is `[1, 128]`.
	fn net_vault_rematch(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `10075 + n * (189 ±0)`
		//  Estimated: `50669 + n * (2664 ±0)`
		// Minimum execution time: 381_656_000 picoseconds.
		Weight::from_parts(827_020_614, 50669)
			// Standard Error: 5_383_515
			.saturating_add(Weight::from_parts(253_299_840, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(67_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(2_u64))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2664).saturating_mul(n.into()))
	}
	/// Storage: `Assets::Asset` (r:16 w:16)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:32 w:32)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Intents::Settling` (r:0 w:1)
	/// Proof: `Intents::Settling` (`max_values`: Some(1), `max_size`: Some(140), added: 635, mode: `MaxEncodedLen`)
	/// Storage: `Intents::SettlingSolution` (r:0 w:1)
	/// Proof: `Intents::SettlingSolution` (`max_values`: Some(1), `max_size`: Some(12986), added: 13481, mode: `MaxEncodedLen`)
	fn finish_settlement() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2937`
		//  Estimated: `84478`
		// Minimum execution time: 642_152_000 picoseconds.
		Weight::from_parts(715_220_000, 84478)
			.saturating_add(T::DbWeight::get().reads(49_u64))
			.saturating_add(T::DbWeight::get().writes(51_u64))
	}
	/// Storage: `Intents::CurrentBatch` (r:1 w:0)
	/// Proof: `Intents::CurrentBatch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Intents::Settling` (r:1 w:0)
	/// Proof: `Intents::Settling` (`max_values`: Some(1), `max_size`: Some(140), added: 635, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Intents::Books` (r:1 w:1)
	/// Proof: `Intents::Books` (`max_values`: None, `max_size`: Some(41), added: 2516, mode: `MaxEncodedLen`)
	/// Storage: `Intents::BookSizes` (r:1 w:1)
	/// Proof: `Intents::BookSizes` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Intents::AccountIntents` (r:1 w:1)
	/// Proof: `Intents::AccountIntents` (`max_values`: None, `max_size`: Some(305), added: 2780, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `Intents::Intents` (r:0 w:1)
	/// Proof: `Intents::Intents` (`max_values`: None, `max_size`: Some(833), added: 3308, mode: `MaxEncodedLen`)
	fn expire_intent() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1261`
		//  Estimated: `6208`
		// Minimum execution time: 104_124_000 picoseconds.
		Weight::from_parts(114_119_000, 6208)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
}
