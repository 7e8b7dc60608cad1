// This file is part of Plexus.
// SPDX-License-Identifier: Apache-2.0

//! Weights for `pallet_strategies`, generated from its benchmarks by `benchmarks/run.sh`.
//!
//! Benchmark CLI 64.0.0, 2026-12-07. Steps: `10`, repeat: `3`.
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
// pallet_strategies
// --extrinsic
// *
// --steps
// 10
// --repeat
// 3
// --header
// /tmp/tmp.A0n7sImlEJ
// --genesis-builder
// runtime
// --genesis-builder-preset
// development
// --json-input
// /root/.cache/plexus-bench/pallet_strategies.json
// --template
// benchmarks/templates/pallet-weights.hbs
// --output
// pallets/strategies/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use polkadot_sdk::frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed for `pallet_strategies`.
pub trait WeightInfo {
	fn register_hub_asset() -> Weight;
	fn register_branch() -> Weight;
	fn set_inflow_limit() -> Weight;
	fn release_inflow() -> Weight;
	fn withdraw_to() -> Weight;
	fn register_strategy() -> Weight;
	fn retire_strategy() -> Weight;
	fn allocate() -> Weight;
	fn deallocate() -> Weight;
	fn rebalance() -> Weight;
	fn report() -> Weight;
	fn force_report() -> Weight;
	fn on_response() -> Weight;
	fn force_resolve() -> Weight;
	fn on_initialize_idle() -> Weight;
	fn on_initialize_with_pending() -> Weight;
}

/// Weights for `pallet_strategies` measured on the machine above, with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: polkadot_sdk::frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn register_hub_asset() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `529`
		//  Estimated: `0`
		// Minimum execution time: 29_413_000 picoseconds.
		Weight::from_parts(32_047_000, 0)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	fn register_branch() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `227`
		//  Estimated: `0`
		// Minimum execution time: 12_980_000 picoseconds.
		Weight::from_parts(14_612_000, 0)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn set_inflow_limit() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `304`
		//  Estimated: `0`
		// Minimum execution time: 17_927_000 picoseconds.
		Weight::from_parts(19_849_000, 0)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn release_inflow() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `954`
		//  Estimated: `0`
		// Minimum execution time: 65_307_000 picoseconds.
		Weight::from_parts(69_313_000, 0)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	fn withdraw_to() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1212`
		//  Estimated: `0`
		// Minimum execution time: 140_749_000 picoseconds.
		Weight::from_parts(148_841_000, 0)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	fn register_strategy() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `849`
		//  Estimated: `0`
		// Minimum execution time: 34_411_000 picoseconds.
		Weight::from_parts(37_916_000, 0)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	fn retire_strategy() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1839`
		//  Estimated: `0`
		// Minimum execution time: 18_067_000 picoseconds.
		Weight::from_parts(21_201_000, 0)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn allocate() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3722`
		//  Estimated: `0`
		// Minimum execution time: 212_856_000 picoseconds.
		Weight::from_parts(224_533_000, 0)
			.saturating_add(T::DbWeight::get().reads(16_u64))
			.saturating_add(T::DbWeight::get().writes(13_u64))
	}
	fn deallocate() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `4105`
		//  Estimated: `0`
		// Minimum execution time: 176_401_000 picoseconds.
		Weight::from_parts(186_406_000, 0)
			.saturating_add(T::DbWeight::get().reads(14_u64))
			.saturating_add(T::DbWeight::get().writes(11_u64))
	}
	fn rebalance() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `5746`
		//  Estimated: `0`
		// Minimum execution time: 266_595_000 picoseconds.
		Weight::from_parts(277_091_000, 0)
			.saturating_add(T::DbWeight::get().reads(31_u64))
			.saturating_add(T::DbWeight::get().writes(11_u64))
	}
	fn report() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `4276`
		//  Estimated: `0`
		// Minimum execution time: 121_470_000 picoseconds.
		Weight::from_parts(126_187_000, 0)
			.saturating_add(T::DbWeight::get().reads(19_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	fn force_report() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3895`
		//  Estimated: `0`
		// Minimum execution time: 112_067_000 picoseconds.
		Weight::from_parts(116_573_000, 0)
			.saturating_add(T::DbWeight::get().reads(18_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	fn on_response() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `4601`
		//  Estimated: `0`
		// Minimum execution time: 142_381_000 picoseconds.
		Weight::from_parts(147_018_000, 0)
			.saturating_add(T::DbWeight::get().reads(21_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	fn force_resolve() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `4601`
		//  Estimated: `0`
		// Minimum execution time: 148_901_000 picoseconds.
		Weight::from_parts(154_599_000, 0)
			.saturating_add(T::DbWeight::get().reads(21_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	fn on_initialize_idle() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `218`
		//  Estimated: `0`
		// Minimum execution time: 3_065_000 picoseconds.
		Weight::from_parts(3_495_000, 0)
	}
	fn on_initialize_with_pending() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1622`
		//  Estimated: `0`
		// Minimum execution time: 14_030_000 picoseconds.
		Weight::from_parts(15_353_000, 0)
			.saturating_add(T::DbWeight::get().reads(16_u64))
			.saturating_add(T::DbWeight::get().writes(16_u64))
	}
}

/// The same weights with `RocksDbWeight`, for tests and mocks.
impl WeightInfo for () {
	fn register_hub_asset() -> Weight {
		Weight::from_parts(32_047_000, 0)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn register_branch() -> Weight {
		Weight::from_parts(14_612_000, 0)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn set_inflow_limit() -> Weight {
		Weight::from_parts(19_849_000, 0)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn release_inflow() -> Weight {
		Weight::from_parts(69_313_000, 0)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn withdraw_to() -> Weight {
		Weight::from_parts(148_841_000, 0)
			.saturating_add(RocksDbWeight::get().reads(10_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn register_strategy() -> Weight {
		Weight::from_parts(37_916_000, 0)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn retire_strategy() -> Weight {
		Weight::from_parts(21_201_000, 0)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn allocate() -> Weight {
		Weight::from_parts(224_533_000, 0)
			.saturating_add(RocksDbWeight::get().reads(16_u64))
			.saturating_add(RocksDbWeight::get().writes(13_u64))
	}
	fn deallocate() -> Weight {
		Weight::from_parts(186_406_000, 0)
			.saturating_add(RocksDbWeight::get().reads(14_u64))
			.saturating_add(RocksDbWeight::get().writes(11_u64))
	}
	fn rebalance() -> Weight {
		Weight::from_parts(277_091_000, 0)
			.saturating_add(RocksDbWeight::get().reads(31_u64))
			.saturating_add(RocksDbWeight::get().writes(11_u64))
	}
	fn report() -> Weight {
		Weight::from_parts(126_187_000, 0)
			.saturating_add(RocksDbWeight::get().reads(19_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn force_report() -> Weight {
		Weight::from_parts(116_573_000, 0)
			.saturating_add(RocksDbWeight::get().reads(18_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn on_response() -> Weight {
		Weight::from_parts(147_018_000, 0)
			.saturating_add(RocksDbWeight::get().reads(21_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn force_resolve() -> Weight {
		Weight::from_parts(154_599_000, 0)
			.saturating_add(RocksDbWeight::get().reads(21_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn on_initialize_idle() -> Weight {
		Weight::from_parts(3_495_000, 0)
	}
	fn on_initialize_with_pending() -> Weight {
		Weight::from_parts(15_353_000, 0)
			.saturating_add(RocksDbWeight::get().reads(16_u64))
			.saturating_add(RocksDbWeight::get().writes(16_u64))
	}
}
