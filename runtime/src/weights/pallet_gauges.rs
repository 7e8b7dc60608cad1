// This file is part of Plexus.
// SPDX-License-Identifier: Apache-2.0

//! Weights of `pallet_gauges` in the Plexus runtime, generated from its benchmarks by
//! `benchmarks/run.sh`.
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
// pallet_gauges
// --extrinsic
// *
// --steps
// 50
// --repeat
// 20
// --header
// /tmp/tmp.hB0c2BkkaY
// --genesis-builder
// runtime
// --genesis-builder-preset
// development
// --json-file
// /work/main/benchmarks/results/pallet_gauges.json
// --template
// benchmarks/templates/runtime-weights.hbs
// --output
// runtime/src/weights/pallet_gauges.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use polkadot_sdk::*;
use frame_support::{traits::Get, weights::Weight};
use core::marker::PhantomData;

/// Weights of `pallet_gauges` measured on the machine above, with the runtime's database weights.
pub struct WeightInfo<T>(PhantomData<T>);
impl<T: frame_system::Config> pallet_gauges::WeightInfo for WeightInfo<T> {
	/// Storage: `Gauges::Locks` (r:1 w:1)
	/// Proof: `Gauges::Locks` (`max_values`: None, `max_size`: Some(92), added: 2567, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Freezes` (r:1 w:1)
	/// Proof: `Balances::Freezes` (`max_values`: None, `max_size`: Some(67), added: 2542, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Locks` (r:1 w:0)
	/// Proof: `Balances::Locks` (`max_values`: None, `max_size`: Some(1299), added: 3774, mode: `MaxEncodedLen`)
	fn lock() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `143`
		//  Estimated: `4764`
		// Minimum execution time: 26_570_000 picoseconds.
		Weight::from_parts(28_462_000, 4764)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Gauges::Locks` (r:1 w:1)
	/// Proof: `Gauges::Locks` (`max_values`: None, `max_size`: Some(92), added: 2567, mode: `MaxEncodedLen`)
	fn extend_lock() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `123`
		//  Estimated: `3557`
		// Minimum execution time: 9_064_000 picoseconds.
		Weight::from_parts(9_895_000, 3557)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Gauges::Locks` (r:1 w:1)
	/// Proof: `Gauges::Locks` (`max_values`: None, `max_size`: Some(92), added: 2567, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Freezes` (r:1 w:1)
	/// Proof: `Balances::Freezes` (`max_values`: None, `max_size`: Some(67), added: 2542, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Locks` (r:1 w:0)
	/// Proof: `Balances::Locks` (`max_values`: None, `max_size`: Some(1299), added: 3774, mode: `MaxEncodedLen`)
	fn increase_amount() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `318`
		//  Estimated: `4764`
		// Minimum execution time: 25_759_000 picoseconds.
		Weight::from_parts(29_684_000, 4764)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Gauges::Locks` (r:1 w:1)
	/// Proof: `Gauges::Locks` (`max_values`: None, `max_size`: Some(92), added: 2567, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Freezes` (r:1 w:1)
	/// Proof: `Balances::Freezes` (`max_values`: None, `max_size`: Some(67), added: 2542, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Locks` (r:1 w:0)
	/// Proof: `Balances::Locks` (`max_values`: None, `max_size`: Some(1299), added: 3774, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::VotesOf` (r:0 w:1)
	/// Proof: `Gauges::VotesOf` (`max_values`: None, `max_size`: Some(209), added: 2684, mode: `MaxEncodedLen`)
	fn withdraw() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `318`
		//  Estimated: `4764`
		// Minimum execution time: 27_111_000 picoseconds.
		Weight::from_parts(28_863_000, 4764)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Gauges::NextGaugeId` (r:1 w:1)
	/// Proof: `Gauges::NextGaugeId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Vaults::Vaults` (r:1 w:0)
	/// Proof: `Vaults::Vaults` (`max_values`: None, `max_size`: Some(449), added: 2924, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::EmissionGauge` (r:1 w:1)
	/// Proof: `Gauges::EmissionGauge` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::Gauges` (r:0 w:1)
	/// Proof: `Gauges::Gauges` (`max_values`: None, `max_size`: Some(114), added: 2589, mode: `MaxEncodedLen`)
	fn create_gauge() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `339`
		//  Estimated: `3914`
		// Minimum execution time: 13_721_000 picoseconds.
		Weight::from_parts(15_003_000, 3914)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Gauges::Gauges` (r:1 w:1)
	/// Proof: `Gauges::Gauges` (`max_values`: None, `max_size`: Some(114), added: 2589, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::EmissionTotal` (r:1 w:1)
	/// Proof: `Gauges::EmissionTotal` (`max_values`: Some(1), `max_size`: Some(36), added: 531, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::EmissionSlopeChanges` (r:104 w:104)
	/// Proof: `Gauges::EmissionSlopeChanges` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::SlopeChanges` (r:105 w:104)
	/// Proof: `Gauges::SlopeChanges` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::EmissionGauge` (r:0 w:1)
	/// Proof: `Gauges::EmissionGauge` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::EmissionTotalAt` (r:0 w:1)
	/// Proof: `Gauges::EmissionTotalAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::GaugeWeightAt` (r:0 w:1)
	/// Proof: `Gauges::GaugeWeightAt` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	fn kill_gauge() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `4587`
		//  Estimated: `265065`
		// Minimum execution time: 568_594_000 picoseconds.
		Weight::from_parts(597_858_000, 265065)
			.saturating_add(T::DbWeight::get().reads(211_u64))
			.saturating_add(T::DbWeight::get().writes(213_u64))
	}
	/// Storage: `Gauges::Locks` (r:1 w:0)
	/// Proof: `Gauges::Locks` (`max_values`: None, `max_size`: Some(92), added: 2567, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::EmissionTotal` (r:1 w:1)
	/// Proof: `Gauges::EmissionTotal` (`max_values`: Some(1), `max_size`: Some(36), added: 531, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::EmissionSlopeChanges` (r:2 w:1)
	/// Proof: `Gauges::EmissionSlopeChanges` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::VotesOf` (r:1 w:1)
	/// Proof: `Gauges::VotesOf` (`max_values`: None, `max_size`: Some(209), added: 2684, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::Gauges` (r:16 w:16)
	/// Proof: `Gauges::Gauges` (`max_values`: None, `max_size`: Some(114), added: 2589, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::SlopeChanges` (r:32 w:16)
	/// Proof: `Gauges::SlopeChanges` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::VoteSlots` (r:16 w:16)
	/// Proof: `Gauges::VoteSlots` (`max_values`: None, `max_size`: Some(201), added: 2676, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::EmissionTotalAt` (r:0 w:1)
	/// Proof: `Gauges::EmissionTotalAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::GaugeWeightAt` (r:0 w:16)
	/// Proof: `Gauges::GaugeWeightAt` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 16]`.
	fn vote(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `476 + n * (220 ±0)`
		//  Estimated: `5996 + n * (5030 ±0)`
		// Minimum execution time: 44_747_000 picoseconds.
		Weight::from_parts(21_938_619, 5996)
			// Standard Error: 7_816
			.saturating_add(Weight::from_parts(25_507_208, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().reads((4_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(4_u64))
			.saturating_add(T::DbWeight::get().writes((4_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 5030).saturating_mul(n.into()))
	}
	/// Storage: `Gauges::Gauges` (r:1 w:1)
	/// Proof: `Gauges::Gauges` (`max_values`: None, `max_size`: Some(114), added: 2589, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::EmissionTotal` (r:1 w:0)
	/// Proof: `Gauges::EmissionTotal` (`max_values`: Some(1), `max_size`: Some(36), added: 531, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::EmissionTotalAt` (r:102 w:0)
	/// Proof: `Gauges::EmissionTotalAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::SlopeChanges` (r:102 w:1)
	/// Proof: `Gauges::SlopeChanges` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::GaugeWeightAt` (r:0 w:102)
	/// Proof: `Gauges::GaugeWeightAt` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 102]`.
	fn checkpoint_gauge(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `442 + n * (31 ±0)`
		//  Estimated: `3579 + n * (2515 ±0)`
		// Minimum execution time: 18_177_000 picoseconds.
		Weight::from_parts(11_197_580, 3579)
			// Standard Error: 1_796
			.saturating_add(Weight::from_parts(5_733_580, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2515).saturating_mul(n.into()))
	}
	/// Storage: `Gauges::Gauges` (r:1 w:1)
	/// Proof: `Gauges::Gauges` (`max_values`: None, `max_size`: Some(114), added: 2589, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::EmissionTotal` (r:1 w:1)
	/// Proof: `Gauges::EmissionTotal` (`max_values`: Some(1), `max_size`: Some(36), added: 531, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::EmissionSlopeChanges` (r:1 w:0)
	/// Proof: `Gauges::EmissionSlopeChanges` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::SlopeChanges` (r:1 w:0)
	/// Proof: `Gauges::SlopeChanges` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::Stakes` (r:1 w:1)
	/// Proof: `Gauges::Stakes` (`max_values`: None, `max_size`: Some(108), added: 2583, mode: `MaxEncodedLen`)
	/// Storage: `Vaults::Vaults` (r:1 w:0)
	/// Proof: `Vaults::Vaults` (`max_values`: None, `max_size`: Some(449), added: 2924, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Vaults::Holds` (r:1 w:1)
	/// Proof: `Vaults::Holds` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::EmissionTotalAt` (r:0 w:1)
	/// Proof: `Gauges::EmissionTotalAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::GaugeWeightAt` (r:0 w:1)
	/// Proof: `Gauges::GaugeWeightAt` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	fn stake() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1685`
		//  Estimated: `6208`
		// Minimum execution time: 81_071_000 picoseconds.
		Weight::from_parts(87_541_000, 6208)
			.saturating_add(T::DbWeight::get().reads(11_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	/// Storage: `Gauges::Gauges` (r:1 w:1)
	/// Proof: `Gauges::Gauges` (`max_values`: None, `max_size`: Some(114), added: 2589, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::EmissionTotal` (r:1 w:1)
	/// Proof: `Gauges::EmissionTotal` (`max_values`: Some(1), `max_size`: Some(36), added: 531, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::EmissionSlopeChanges` (r:1 w:0)
	/// Proof: `Gauges::EmissionSlopeChanges` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::SlopeChanges` (r:1 w:0)
	/// Proof: `Gauges::SlopeChanges` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::Stakes` (r:1 w:1)
	/// Proof: `Gauges::Stakes` (`max_values`: None, `max_size`: Some(108), added: 2583, mode: `MaxEncodedLen`)
	/// Storage: `Vaults::Vaults` (r:1 w:0)
	/// Proof: `Vaults::Vaults` (`max_values`: None, `max_size`: Some(449), added: 2924, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Vaults::Holds` (r:1 w:0)
	/// Proof: `Vaults::Holds` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::EmissionTotalAt` (r:0 w:1)
	/// Proof: `Gauges::EmissionTotalAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::GaugeWeightAt` (r:0 w:1)
	/// Proof: `Gauges::GaugeWeightAt` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	fn unstake() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1582`
		//  Estimated: `6208`
		// Minimum execution time: 73_330_000 picoseconds.
		Weight::from_parts(80_711_000, 6208)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `Gauges::Gauges` (r:1 w:1)
	/// Proof: `Gauges::Gauges` (`max_values`: None, `max_size`: Some(114), added: 2589, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::EmissionTotal` (r:1 w:1)
	/// Proof: `Gauges::EmissionTotal` (`max_values`: Some(1), `max_size`: Some(36), added: 531, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::EmissionSlopeChanges` (r:1 w:0)
	/// Proof: `Gauges::EmissionSlopeChanges` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::SlopeChanges` (r:1 w:0)
	/// Proof: `Gauges::SlopeChanges` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::Stakes` (r:1 w:1)
	/// Proof: `Gauges::Stakes` (`max_values`: None, `max_size`: Some(108), added: 2583, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::EmissionTotalAt` (r:0 w:1)
	/// Proof: `Gauges::EmissionTotalAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::GaugeWeightAt` (r:0 w:1)
	/// Proof: `Gauges::GaugeWeightAt` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	fn claim_emissions() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `708`
		//  Estimated: `3593`
		// Minimum execution time: 45_999_000 picoseconds.
		Weight::from_parts(49_094_000, 3593)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `Gauges::Gauges` (r:1 w:0)
	/// Proof: `Gauges::Gauges` (`max_values`: None, `max_size`: Some(114), added: 2589, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::Incentives` (r:1 w:1)
	/// Proof: `Gauges::Incentives` (`max_values`: None, `max_size`: Some(569), added: 3044, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	fn add_incentive() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1598`
		//  Estimated: `6208`
		// Minimum execution time: 48_974_000 picoseconds.
		Weight::from_parts(52_108_000, 6208)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Gauges::Gauges` (r:1 w:1)
	/// Proof: `Gauges::Gauges` (`max_values`: None, `max_size`: Some(114), added: 2589, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::EmissionTotal` (r:1 w:1)
	/// Proof: `Gauges::EmissionTotal` (`max_values`: Some(1), `max_size`: Some(36), added: 531, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::EmissionSlopeChanges` (r:1 w:0)
	/// Proof: `Gauges::EmissionSlopeChanges` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::SlopeChanges` (r:1 w:0)
	/// Proof: `Gauges::SlopeChanges` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::VoteSlots` (r:1 w:1)
	/// Proof: `Gauges::VoteSlots` (`max_values`: None, `max_size`: Some(201), added: 2676, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::Incentives` (r:16 w:1)
	/// Proof: `Gauges::Incentives` (`max_values`: None, `max_size`: Some(569), added: 3044, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::GaugeWeightAt` (r:1 w:1)
	/// Proof: `Gauges::GaugeWeightAt` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:8 w:8)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:16 w:16)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::EmissionTotalAt` (r:0 w:1)
	/// Proof: `Gauges::EmissionTotalAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// The range of component `e` is `[1, 16]`.
	/// The range of component `p` is `[0, 8]`.
	fn claim_incentives(e: u32, p: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1355 + e * (22 ±0) + p * (218 ±0)`
		//  Estimated: `3666 + e * (3044 ±0) + p * (5218 ±23)`
		// Minimum execution time: 52_970_000 picoseconds.
		Weight::from_parts(37_370_347, 3666)
			// Standard Error: 25_968
			.saturating_add(Weight::from_parts(1_847_359, 0).saturating_mul(e.into()))
			// Standard Error: 47_013
			.saturating_add(Weight::from_parts(38_253_160, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(e.into())))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(p.into())))
			.saturating_add(T::DbWeight::get().writes(6_u64))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(p.into())))
			.saturating_add(Weight::from_parts(0, 3044).saturating_mul(e.into()))
			.saturating_add(Weight::from_parts(0, 5218).saturating_mul(p.into()))
	}
	/// Storage: `Gauges::Gauges` (r:1 w:1)
	/// Proof: `Gauges::Gauges` (`max_values`: None, `max_size`: Some(114), added: 2589, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::EmissionTotal` (r:1 w:1)
	/// Proof: `Gauges::EmissionTotal` (`max_values`: Some(1), `max_size`: Some(36), added: 531, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::GaugeWeightAt` (r:1 w:0)
	/// Proof: `Gauges::GaugeWeightAt` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::Incentives` (r:1 w:1)
	/// Proof: `Gauges::Incentives` (`max_values`: None, `max_size`: Some(569), added: 3044, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	fn refund_incentive() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1666`
		//  Estimated: `6208`
		// Minimum execution time: 53_320_000 picoseconds.
		Weight::from_parts(60_471_000, 6208)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `Gauges::EmissionTotal` (r:1 w:0)
	/// Proof: `Gauges::EmissionTotal` (`max_values`: Some(1), `max_size`: Some(36), added: 531, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::KeeperCursor` (r:1 w:1)
	/// Proof: `Gauges::KeeperCursor` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::NextGaugeId` (r:1 w:0)
	/// Proof: `Gauges::NextGaugeId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::Gauges` (r:8 w:8)
	/// Proof: `Gauges::Gauges` (`max_values`: None, `max_size`: Some(114), added: 2589, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::EmissionTotalAt` (r:1 w:0)
	/// Proof: `Gauges::EmissionTotalAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::SlopeChanges` (r:8 w:0)
	/// Proof: `Gauges::SlopeChanges` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::GaugeWeightAt` (r:0 w:8)
	/// Proof: `Gauges::GaugeWeightAt` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[0, 8]`.
	fn keeper(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `305 + n * (164 ±0)`
		//  Estimated: `3493 + n * (2589 ±0)`
		// Minimum execution time: 4_877_000 picoseconds.
		Weight::from_parts(8_762_284, 3493)
			// Standard Error: 8_617
			.saturating_add(Weight::from_parts(10_784_943, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2589).saturating_mul(n.into()))
	}
	/// Storage: `Gauges::EmissionTotal` (r:1 w:1)
	/// Proof: `Gauges::EmissionTotal` (`max_values`: Some(1), `max_size`: Some(36), added: 531, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::EmissionSlopeChanges` (r:1 w:1)
	/// Proof: `Gauges::EmissionSlopeChanges` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::EmissionTotalAt` (r:0 w:1)
	/// Proof: `Gauges::EmissionTotalAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn roll_emission_total() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `116`
		//  Estimated: `3493`
		// Minimum execution time: 6_910_000 picoseconds.
		Weight::from_parts(7_551_000, 3493)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
}
