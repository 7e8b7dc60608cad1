// This file is part of Plexus.
// SPDX-License-Identifier: Apache-2.0

//! Weights of `pallet_intents` in the Plexus runtime, generated from its benchmarks by
//! `benchmarks/run.sh`.
//!
//! Benchmark CLI 64.0.0, 2026-11-21. Steps: `10`, repeat: `5`.
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
// 5
// --header
// /tmp/tmp.w92IaPVhJz
// --genesis-builder
// runtime
// --genesis-builder-preset
// development
// --json-file
// /work/main/benchmarks/results/pallet_intents.json
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
	/// Storage: `Intents::NextIntentId` (r:1 w:1)
	/// Proof: `Intents::NextIntentId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Intents::AccountIntents` (r:1 w:1)
	/// Proof: `Intents::AccountIntents` (`max_values`: None, `max_size`: Some(305), added: 2780, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `Intents::CurrentBatch` (r:1 w:1)
	/// Proof: `Intents::CurrentBatch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Intents::BookSizes` (r:1 w:1)
	/// Proof: `Intents::BookSizes` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Intents::Books` (r:0 w:1)
	/// Proof: `Intents::Books` (`max_values`: None, `max_size`: Some(41), added: 2516, mode: `MaxEncodedLen`)
	/// Storage: `Intents::Intents` (r:0 w:1)
	/// Proof: `Intents::Intents` (`max_values`: None, `max_size`: Some(833), added: 3308, mode: `MaxEncodedLen`)
	fn submit_swap() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `970`
		//  Estimated: `6360`
		// Minimum execution time: 98_378_000 picoseconds.
		Weight::from_parts(111_657_000, 6360)
			.saturating_add(T::DbWeight::get().reads(11_u64))
			.saturating_add(T::DbWeight::get().writes(12_u64))
	}
	/// Storage: `Vaults::Vaults` (r:1 w:0)
	/// Proof: `Vaults::Vaults` (`max_values`: None, `max_size`: Some(449), added: 2924, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:2 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Strategies::ReportDeadlines` (r:1 w:0)
	/// Proof: `Strategies::ReportDeadlines` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Intents::NextIntentId` (r:1 w:1)
	/// Proof: `Intents::NextIntentId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Intents::AccountIntents` (r:1 w:1)
	/// Proof: `Intents::AccountIntents` (`max_values`: None, `max_size`: Some(305), added: 2780, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Vaults::Holds` (r:1 w:0)
	/// Proof: `Vaults::Holds` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `Intents::CurrentBatch` (r:1 w:1)
	/// Proof: `Intents::CurrentBatch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Intents::BookSizes` (r:1 w:1)
	/// Proof: `Intents::BookSizes` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Intents::Books` (r:0 w:1)
	/// Proof: `Intents::Books` (`max_values`: None, `max_size`: Some(41), added: 2516, mode: `MaxEncodedLen`)
	/// Storage: `Intents::Intents` (r:0 w:1)
	/// Proof: `Intents::Intents` (`max_values`: None, `max_size`: Some(833), added: 3308, mode: `MaxEncodedLen`)
	fn submit_redeem() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1752`
		//  Estimated: `6360`
		// Minimum execution time: 122_333_000 picoseconds.
		Weight::from_parts(135_153_000, 6360)
			.saturating_add(T::DbWeight::get().reads(14_u64))
			.saturating_add(T::DbWeight::get().writes(12_u64))
	}
	/// Storage: `Assets::Asset` (r:17 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `Measured`)
	/// Storage: `Vaults::VaultsOfAsset` (r:16 w:0)
	/// Proof: `Vaults::VaultsOfAsset` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `Measured`)
	/// Storage: `Vaults::Vaults` (r:16 w:0)
	/// Proof: `Vaults::Vaults` (`max_values`: None, `max_size`: Some(449), added: 2924, mode: `Measured`)
	/// Storage: `Strategies::ReportDeadlines` (r:16 w:0)
	/// Proof: `Strategies::ReportDeadlines` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `Measured`)
	/// Storage: `Strategies::VaultStrategies` (r:16 w:0)
	/// Proof: `Strategies::VaultStrategies` (`max_values`: None, `max_size`: Some(77), added: 2552, mode: `Measured`)
	/// Storage: `Intents::NextIntentId` (r:1 w:1)
	/// Proof: `Intents::NextIntentId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `Measured`)
	/// Storage: `Intents::AccountIntents` (r:1 w:1)
	/// Proof: `Intents::AccountIntents` (`max_values`: None, `max_size`: Some(305), added: 2780, mode: `Measured`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `Measured`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `Measured`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `Measured`)
	/// Storage: `Intents::CurrentBatch` (r:1 w:1)
	/// Proof: `Intents::CurrentBatch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `Measured`)
	/// Storage: `Intents::BookSizes` (r:1 w:1)
	/// Proof: `Intents::BookSizes` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `Measured`)
	/// Storage: `Intents::Books` (r:0 w:1)
	/// Proof: `Intents::Books` (`max_values`: None, `max_size`: Some(41), added: 2516, mode: `Measured`)
	/// Storage: `Intents::Intents` (r:0 w:1)
	/// Proof: `Intents::Intents` (`max_values`: None, `max_size`: Some(833), added: 3308, mode: `Measured`)
	fn submit_deposit() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `8505`
		//  Estimated: `51570`
		// Minimum execution time: 290_537_000 picoseconds.
		Weight::from_parts(339_570_000, 51570)
			.saturating_add(T::DbWeight::get().reads(90_u64))
			.saturating_add(T::DbWeight::get().writes(12_u64))
	}
	/// Storage: `Intents::Intents` (r:1 w:1)
	/// Proof: `Intents::Intents` (`max_values`: None, `max_size`: Some(833), added: 3308, mode: `MaxEncodedLen`)
	/// Storage: `Intents::Settling` (r:1 w:0)
	/// Proof: `Intents::Settling` (`max_values`: Some(1), `max_size`: Some(140), added: 635, mode: `MaxEncodedLen`)
	/// Storage: `Intents::CurrentBatch` (r:1 w:0)
	/// Proof: `Intents::CurrentBatch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
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
		//  Measured:  `1421`
		//  Estimated: `6208`
		// Minimum execution time: 94_462_000 picoseconds.
		Weight::from_parts(131_237_000, 6208)
			.saturating_add(T::DbWeight::get().reads(11_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	/// Storage: `Intents::Intents` (r:1 w:1)
	/// Proof: `Intents::Intents` (`max_values`: None, `max_size`: Some(833), added: 3308, mode: `MaxEncodedLen`)
	/// Storage: `Intents::Settling` (r:1 w:0)
	/// Proof: `Intents::Settling` (`max_values`: Some(1), `max_size`: Some(140), added: 635, mode: `MaxEncodedLen`)
	/// Storage: `Intents::CurrentBatch` (r:1 w:0)
	/// Proof: `Intents::CurrentBatch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
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
		//  Measured:  `1421`
		//  Estimated: `6208`
		// Minimum execution time: 91_066_000 picoseconds.
		Weight::from_parts(123_765_000, 6208)
			.saturating_add(T::DbWeight::get().reads(11_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	/// Storage: `Intents::CurrentBatch` (r:1 w:1)
	/// Proof: `Intents::CurrentBatch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `Measured`)
	/// Storage: `Intents::Intents` (r:2048 w:1024)
	/// Proof: `Intents::Intents` (`max_values`: None, `max_size`: Some(833), added: 3308, mode: `Measured`)
	/// Storage: `Assets::Asset` (r:2 w:0)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `Measured`)
	/// Storage: `Assets::Account` (r:1024 w:0)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `Measured`)
	/// Storage: `Intents::Books` (r:2050 w:0)
	/// Proof: `Intents::Books` (`max_values`: None, `max_size`: Some(41), added: 2516, mode: `Measured`)
	/// Storage: `Intents::ValuationPrices` (r:2 w:0)
	/// Proof: `Intents::ValuationPrices` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `Measured`)
	/// Storage: `Intents::Best` (r:1 w:1)
	/// Proof: `Intents::Best` (`max_values`: Some(1), `max_size`: Some(49850), added: 50345, mode: `Measured`)
	/// The range of component `n` is `[2, 1024]`.
	/// The range of component `m` is `[0, 1024]`.
	fn submit_solution(n: u32, m: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0 + m * (243 ±0) + n * (327 ±0)`
		//  Estimated: `2750064 + m * (993 ±20) + n * (2657 ±20)`
		// Minimum execution time: 8_859_132_000 picoseconds.
		Weight::from_parts(9_064_530_000, 2750064)
			// Standard Error: 1_152_404
			.saturating_add(Weight::from_parts(30_499_037, 0).saturating_mul(n.into()))
			// Standard Error: 1_152_626
			.saturating_add(Weight::from_parts(2_170_269, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 993).saturating_mul(m.into()))
			.saturating_add(Weight::from_parts(0, 2657).saturating_mul(n.into()))
	}
	/// Storage: `Assets::Asset` (r:1 w:0)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Intents::ValuationPrices` (r:0 w:1)
	/// Proof: `Intents::ValuationPrices` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	fn set_valuation_price() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `220`
		//  Estimated: `3675`
		// Minimum execution time: 9_243_000 picoseconds.
		Weight::from_parts(14_331_000, 3675)
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
		// Minimum execution time: 52_549_000 picoseconds.
		Weight::from_parts(77_065_000, 6208)
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
		// Minimum execution time: 4_227_000 picoseconds.
		Weight::from_parts(5_949_000, 1625)
			.saturating_add(T::DbWeight::get().reads(2_u64))
	}
	/// Storage: `Intents::Best` (r:1 w:1)
	/// Proof: `Intents::Best` (`max_values`: Some(1), `max_size`: Some(49850), added: 50345, mode: `MaxEncodedLen`)
	/// Storage: `Intents::CurrentBatch` (r:0 w:1)
	/// Proof: `Intents::CurrentBatch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Intents::Settling` (r:0 w:1)
	/// Proof: `Intents::Settling` (`max_values`: Some(1), `max_size`: Some(140), added: 635, mode: `MaxEncodedLen`)
	/// Storage: `Intents::SettlingSolution` (r:0 w:1)
	/// Proof: `Intents::SettlingSolution` (`max_values`: Some(1), `max_size`: Some(49850), added: 50345, mode: `MaxEncodedLen`)
	fn close_batch() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `41725`
		//  Estimated: `51335`
		// Minimum execution time: 45_879_000 picoseconds.
		Weight::from_parts(74_052_000, 51335)
			.saturating_add(T::DbWeight::get().reads(1_u64))
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
		// Minimum execution time: 91_628_000 picoseconds.
		Weight::from_parts(128_943_000, 6208)
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	/// Storage: `Intents::Books` (r:1026 w:1024)
	/// Proof: `Intents::Books` (`max_values`: None, `max_size`: Some(41), added: 2516, mode: `Measured`)
	/// Storage: `Intents::Intents` (r:1024 w:1024)
	/// Proof: `Intents::Intents` (`max_values`: None, `max_size`: Some(833), added: 3308, mode: `Measured`)
	/// Storage: `Assets::Asset` (r:2 w:2)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `Measured`)
	/// Storage: `Assets::Account` (r:1026 w:1026)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `Measured`)
	/// Storage: `Intents::BookSizes` (r:2 w:2)
	/// Proof: `Intents::BookSizes` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `Measured`)
	/// Storage: `Intents::AccountIntents` (r:1024 w:1024)
	/// Proof: `Intents::AccountIntents` (`max_values`: None, `max_size`: Some(305), added: 2780, mode: `Measured`)
	/// Storage: `System::Account` (r:1024 w:1024)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `Measured`)
	/// Storage: `Balances::Holds` (r:1024 w:1024)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `Measured`)
	/// The range of component `n` is `[2, 1024]`.
	fn clear_pair(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1081 + n * (520 ±0)`
		//  Estimated: `6906 + n * (2997 ±0)`
		// Minimum execution time: 294_592_000 picoseconds.
		Weight::from_parts(298_598_000, 6906)
			// Standard Error: 4_205_073
			.saturating_add(Weight::from_parts(129_139_830, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().reads((6_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(2_u64))
			.saturating_add(T::DbWeight::get().writes((6_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2997).saturating_mul(n.into()))
	}
	/// Storage: `Intents::Books` (r:1025 w:1024)
	/// Proof: `Intents::Books` (`max_values`: None, `max_size`: Some(41), added: 2516, mode: `Measured`)
	/// Storage: `Vaults::Vaults` (r:1 w:1)
	/// Proof: `Vaults::Vaults` (`max_values`: None, `max_size`: Some(449), added: 2924, mode: `Measured`)
	/// Storage: `Assets::Asset` (r:2 w:2)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `Measured`)
	/// Storage: `Strategies::ReportDeadlines` (r:1 w:0)
	/// Proof: `Strategies::ReportDeadlines` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `Measured`)
	/// Storage: `Strategies::VaultStrategies` (r:1 w:0)
	/// Proof: `Strategies::VaultStrategies` (`max_values`: None, `max_size`: Some(77), added: 2552, mode: `Measured`)
	/// Storage: `Intents::Intents` (r:1024 w:1024)
	/// Proof: `Intents::Intents` (`max_values`: None, `max_size`: Some(833), added: 3308, mode: `Measured`)
	/// Storage: `Assets::Account` (r:1411 w:1411)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `Measured`)
	/// Storage: `Vaults::Holds` (r:1 w:0)
	/// Proof: `Vaults::Holds` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `Measured`)
	/// Storage: `System::Account` (r:1024 w:1024)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `Measured`)
	/// Storage: `Intents::BookSizes` (r:1 w:1)
	/// Proof: `Intents::BookSizes` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `Measured`)
	/// Storage: `Intents::AccountIntents` (r:1024 w:1024)
	/// Proof: `Intents::AccountIntents` (`max_values`: None, `max_size`: Some(305), added: 2780, mode: `Measured`)
	/// Storage: `Balances::Holds` (r:1024 w:1024)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `Measured`)
	/// The range of component `n` is `[2, 1024]`.
	fn net_vault(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2305 + n * (500 ±0)`
		//  Estimated: `12388 + n * (3903 ±0)`
		// Minimum execution time: 317_887_000 picoseconds.
		Weight::from_parts(323_436_000, 12388)
			// Standard Error: 4_453_304
			.saturating_add(Weight::from_parts(150_434_292, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(12_u64))
			.saturating_add(T::DbWeight::get().reads((6_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(8_u64))
			.saturating_add(T::DbWeight::get().writes((6_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3903).saturating_mul(n.into()))
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
	/// Proof: `Intents::SettlingSolution` (`max_values`: Some(1), `max_size`: Some(49850), added: 50345, mode: `MaxEncodedLen`)
	fn finish_settlement() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2937`
		//  Estimated: `84478`
		// Minimum execution time: 708_875_000 picoseconds.
		Weight::from_parts(805_800_000, 84478)
			.saturating_add(T::DbWeight::get().reads(49_u64))
			.saturating_add(T::DbWeight::get().writes(51_u64))
	}
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
		// Minimum execution time: 110_807_000 picoseconds.
		Weight::from_parts(126_280_000, 6208)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
}
