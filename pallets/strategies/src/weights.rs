// This file is part of Plexus.
// SPDX-License-Identifier: Apache-2.0

//! Weights for `pallet_strategies`, generated from its benchmarks by `benchmarks/run.sh`.
//!
//! Benchmark CLI 64.0.0, 2026-11-21. Steps: `50`, repeat: `20`.
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
// 50
// --repeat
// 20
// --header
// /tmp/tmp.rmVyJR2eVU
// --genesis-builder
// runtime
// --genesis-builder-preset
// development
// --json-input
// /work/main/benchmarks/results/pallet_strategies.json
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
		// Minimum execution time: 21_683_000 picoseconds.
		Weight::from_parts(23_686_000, 0)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	fn register_branch() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `227`
		//  Estimated: `0`
		// Minimum execution time: 9_124_000 picoseconds.
		Weight::from_parts(10_336_000, 0)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn set_inflow_limit() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `304`
		//  Estimated: `0`
		// Minimum execution time: 13_270_000 picoseconds.
		Weight::from_parts(14_191_000, 0)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn release_inflow() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `920`
		//  Estimated: `0`
		// Minimum execution time: 49_795_000 picoseconds.
		Weight::from_parts(54_172_000, 0)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	fn withdraw_to() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1178`
		//  Estimated: `0`
		// Minimum execution time: 99_189_000 picoseconds.
		Weight::from_parts(105_728_000, 0)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	fn register_strategy() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `799`
		//  Estimated: `0`
		// Minimum execution time: 24_557_000 picoseconds.
		Weight::from_parts(26_280_000, 0)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	fn retire_strategy() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1780`
		//  Estimated: `0`
		// Minimum execution time: 11_607_000 picoseconds.
		Weight::from_parts(12_960_000, 0)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn allocate() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3547`
		//  Estimated: `0`
		// Minimum execution time: 161_552_000 picoseconds.
		Weight::from_parts(170_947_000, 0)
			.saturating_add(T::DbWeight::get().reads(16_u64))
			.saturating_add(T::DbWeight::get().writes(13_u64))
	}
	fn deallocate() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3957`
		//  Estimated: `0`
		// Minimum execution time: 132_579_000 picoseconds.
		Weight::from_parts(143_245_000, 0)
			.saturating_add(T::DbWeight::get().reads(14_u64))
			.saturating_add(T::DbWeight::get().writes(11_u64))
	}
	fn rebalance() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `5539`
		//  Estimated: `0`
		// Minimum execution time: 189_144_000 picoseconds.
		Weight::from_parts(209_164_000, 0)
			.saturating_add(T::DbWeight::get().reads(31_u64))
			.saturating_add(T::DbWeight::get().writes(11_u64))
	}
	fn report() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `4108`
		//  Estimated: `0`
		// Minimum execution time: 86_951_000 picoseconds.
		Weight::from_parts(93_400_000, 0)
			.saturating_add(T::DbWeight::get().reads(19_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	fn force_report() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3727`
		//  Estimated: `0`
		// Minimum execution time: 75_583_000 picoseconds.
		Weight::from_parts(86_119_000, 0)
			.saturating_add(T::DbWeight::get().reads(18_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	fn on_response() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `4400`
		//  Estimated: `0`
		// Minimum execution time: 106_460_000 picoseconds.
		Weight::from_parts(113_610_000, 0)
			.saturating_add(T::DbWeight::get().reads(21_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	fn force_resolve() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `4400`
		//  Estimated: `0`
		// Minimum execution time: 107_902_000 picoseconds.
		Weight::from_parts(119_449_000, 0)
			.saturating_add(T::DbWeight::get().reads(21_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	fn on_initialize_idle() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `218`
		//  Estimated: `0`
		// Minimum execution time: 2_524_000 picoseconds.
		Weight::from_parts(2_824_000, 0)
			.saturating_add(T::DbWeight::get().reads(1_u64))
	}
	fn on_initialize_with_pending() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `270`
		//  Estimated: `0`
		// Minimum execution time: 3_205_000 picoseconds.
		Weight::from_parts(3_566_000, 0)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
}

/// The same weights with `RocksDbWeight`, for tests and mocks.
impl WeightInfo for () {
	fn register_hub_asset() -> Weight {
		Weight::from_parts(23_686_000, 0)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn register_branch() -> Weight {
		Weight::from_parts(10_336_000, 0)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn set_inflow_limit() -> Weight {
		Weight::from_parts(14_191_000, 0)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn release_inflow() -> Weight {
		Weight::from_parts(54_172_000, 0)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn withdraw_to() -> Weight {
		Weight::from_parts(105_728_000, 0)
			.saturating_add(RocksDbWeight::get().reads(10_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn register_strategy() -> Weight {
		Weight::from_parts(26_280_000, 0)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn retire_strategy() -> Weight {
		Weight::from_parts(12_960_000, 0)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn allocate() -> Weight {
		Weight::from_parts(170_947_000, 0)
			.saturating_add(RocksDbWeight::get().reads(16_u64))
			.saturating_add(RocksDbWeight::get().writes(13_u64))
	}
	fn deallocate() -> Weight {
		Weight::from_parts(143_245_000, 0)
			.saturating_add(RocksDbWeight::get().reads(14_u64))
			.saturating_add(RocksDbWeight::get().writes(11_u64))
	}
	fn rebalance() -> Weight {
		Weight::from_parts(209_164_000, 0)
			.saturating_add(RocksDbWeight::get().reads(31_u64))
			.saturating_add(RocksDbWeight::get().writes(11_u64))
	}
	fn report() -> Weight {
		Weight::from_parts(93_400_000, 0)
			.saturating_add(RocksDbWeight::get().reads(19_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn force_report() -> Weight {
		Weight::from_parts(86_119_000, 0)
			.saturating_add(RocksDbWeight::get().reads(18_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn on_response() -> Weight {
		Weight::from_parts(113_610_000, 0)
			.saturating_add(RocksDbWeight::get().reads(21_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn force_resolve() -> Weight {
		Weight::from_parts(119_449_000, 0)
			.saturating_add(RocksDbWeight::get().reads(21_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn on_initialize_idle() -> Weight {
		Weight::from_parts(2_824_000, 0)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
	}
	fn on_initialize_with_pending() -> Weight {
		Weight::from_parts(3_566_000, 0)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
}
