// This file is part of Plexus.
// SPDX-License-Identifier: Apache-2.0

//! Weights of `pallet_gauges` in the Plexus runtime, generated from its benchmarks by
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
// pallet_gauges
// --extrinsic
// *
// --steps
// 10
// --repeat
// 3
// --header
// /tmp/tmp.lmBQK11pSW
// --genesis-builder
// runtime
// --genesis-builder-preset
// development
// --json-file
// /root/.cache/plexus-bench/pallet_gauges.json
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
		// Minimum execution time: 34_661_000 picoseconds.
		Weight::from_parts(37_075_000, 4764)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Gauges::Locks` (r:1 w:1)
	/// Proof: `Gauges::Locks` (`max_values`: None, `max_size`: Some(92), added: 2567, mode: `MaxEncodedLen`)
	fn extend_lock() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `123`
		//  Estimated: `3557`
		// Minimum execution time: 12_429_000 picoseconds.
		Weight::from_parts(14_001_000, 3557)
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
		// Minimum execution time: 35_232_000 picoseconds.
		Weight::from_parts(37_846_000, 4764)
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
		// Minimum execution time: 34_491_000 picoseconds.
		Weight::from_parts(37_475_000, 4764)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Gauges::NextGaugeId` (r:1 w:1)
	/// Proof: `Gauges::NextGaugeId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Vaults::Vaults` (r:1 w:0)
	/// Proof: `Vaults::Vaults` (`max_values`: None, `max_size`: Some(465), added: 2940, mode: `MaxEncodedLen`)
	/// Storage: `Strategies::Strategies` (r:1 w:0)
	/// Proof: `Strategies::Strategies` (`max_values`: None, `max_size`: Some(2424), added: 4899, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::AllocationGauges` (r:1 w:1)
	/// Proof: `Gauges::AllocationGauges` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::Gauges` (r:0 w:1)
	/// Proof: `Gauges::Gauges` (`max_values`: None, `max_size`: Some(114), added: 2589, mode: `MaxEncodedLen`)
	fn create_gauge() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1419`
		//  Estimated: `5889`
		// Minimum execution time: 34_942_000 picoseconds.
		Weight::from_parts(38_638_000, 5889)
			.saturating_add(T::DbWeight::get().reads(4_u64))
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
		// Minimum execution time: 724_324_000 picoseconds.
		Weight::from_parts(758_545_000, 265065)
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
	/// Storage: `Gauges::ArchivedVoteSlots` (r:0 w:16)
	/// Proof: `Gauges::ArchivedVoteSlots` (`max_values`: None, `max_size`: Some(107), added: 2582, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::EmissionTotalAt` (r:0 w:1)
	/// Proof: `Gauges::EmissionTotalAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::GaugeWeightAt` (r:0 w:16)
	/// Proof: `Gauges::GaugeWeightAt` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 16]`.
	fn vote(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `650 + n * (220 ±0)`
		//  Estimated: `5996 + n * (5030 ±0)`
		// Minimum execution time: 66_159_000 picoseconds.
		Weight::from_parts(32_177_774, 5996)
			// Standard Error: 92_277
			.saturating_add(Weight::from_parts(39_230_411, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().reads((4_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(4_u64))
			.saturating_add(T::DbWeight::get().writes((5_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 5030).saturating_mul(n.into()))
	}
	/// Storage: `Gauges::Gauges` (r:1 w:1)
	/// Proof: `Gauges::Gauges` (`max_values`: None, `max_size`: Some(114), added: 2589, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::EmissionTotal` (r:1 w:0)
	/// Proof: `Gauges::EmissionTotal` (`max_values`: Some(1), `max_size`: Some(36), added: 531, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::EmissionTotalAt` (r:102 w:0)
	/// Proof: `Gauges::EmissionTotalAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::SlopeChanges` (r:102 w:102)
	/// Proof: `Gauges::SlopeChanges` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::GaugeWeightAt` (r:0 w:102)
	/// Proof: `Gauges::GaugeWeightAt` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 102]`.
	fn checkpoint_gauge(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `461 + n * (63 ±0)`
		//  Estimated: `3579 + n * (2515 ±0)`
		// Minimum execution time: 27_220_000 picoseconds.
		Weight::from_parts(6_096_051, 3579)
			// Standard Error: 24_541
			.saturating_add(Weight::from_parts(10_229_773, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(n.into())))
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
	/// Proof: `Vaults::Vaults` (`max_values`: None, `max_size`: Some(465), added: 2940, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Vaults::Holds` (r:1 w:1)
	/// Proof: `Vaults::Holds` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::EmissionTotalAt` (r:0 w:1)
	/// Proof: `Gauges::EmissionTotalAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::GaugeWeightAt` (r:0 w:1)
	/// Proof: `Gauges::GaugeWeightAt` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	fn stake() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1615`
		//  Estimated: `6208`
		// Minimum execution time: 119_617_000 picoseconds.
		Weight::from_parts(127_189_000, 6208)
			.saturating_add(T::DbWeight::get().reads(12_u64))
			.saturating_add(T::DbWeight::get().writes(11_u64))
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
	/// Proof: `Vaults::Vaults` (`max_values`: None, `max_size`: Some(465), added: 2940, mode: `MaxEncodedLen`)
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
	fn unstake() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1772`
		//  Estimated: `6208`
		// Minimum execution time: 112_117_000 picoseconds.
		Weight::from_parts(118_025_000, 6208)
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
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::EmissionTotalAt` (r:0 w:1)
	/// Proof: `Gauges::EmissionTotalAt` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::GaugeWeightAt` (r:0 w:1)
	/// Proof: `Gauges::GaugeWeightAt` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	fn claim_emissions() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `745`
		//  Estimated: `3593`
		// Minimum execution time: 61_131_000 picoseconds.
		Weight::from_parts(64_906_000, 3593)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `Gauges::Gauges` (r:1 w:0)
	/// Proof: `Gauges::Gauges` (`max_values`: None, `max_size`: Some(114), added: 2589, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::Incentives` (r:1 w:1)
	/// Proof: `Gauges::Incentives` (`max_values`: None, `max_size`: Some(313), added: 2788, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::IncentiveDeposits` (r:1 w:1)
	/// Proof: `Gauges::IncentiveDeposits` (`max_values`: None, `max_size`: Some(108), added: 2583, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn add_incentive() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1779`
		//  Estimated: `6208`
		// Minimum execution time: 86_358_000 picoseconds.
		Weight::from_parts(97_374_000, 6208)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
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
	/// Storage: `Gauges::Incentives` (r:16 w:16)
	/// Proof: `Gauges::Incentives` (`max_values`: None, `max_size`: Some(313), added: 2788, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::GaugeWeightAt` (r:16 w:1)
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
		//  Measured:  `1409 + e * (79 ±0) + p * (188 ±0)`
		//  Estimated: `3666 + e * (2788 ±0) + p * (5218 ±0)`
		// Minimum execution time: 190_532_000 picoseconds.
		Weight::from_parts(42_005_387, 3666)
			// Standard Error: 588_494
			.saturating_add(Weight::from_parts(13_572_175, 0).saturating_mul(e.into()))
			// Standard Error: 1_044_930
			.saturating_add(Weight::from_parts(61_610_352, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(e.into())))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(p.into())))
			.saturating_add(T::DbWeight::get().writes(5_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(e.into())))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(p.into())))
			.saturating_add(Weight::from_parts(0, 2788).saturating_mul(e.into()))
			.saturating_add(Weight::from_parts(0, 5218).saturating_mul(p.into()))
	}
	/// Storage: `Gauges::Gauges` (r:1 w:1)
	/// Proof: `Gauges::Gauges` (`max_values`: None, `max_size`: Some(114), added: 2589, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::EmissionTotal` (r:1 w:1)
	/// Proof: `Gauges::EmissionTotal` (`max_values`: Some(1), `max_size`: Some(36), added: 531, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::GaugeWeightAt` (r:1 w:0)
	/// Proof: `Gauges::GaugeWeightAt` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::IncentiveDeposits` (r:1 w:1)
	/// Proof: `Gauges::IncentiveDeposits` (`max_values`: None, `max_size`: Some(108), added: 2583, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::Incentives` (r:1 w:1)
	/// Proof: `Gauges::Incentives` (`max_values`: None, `max_size`: Some(313), added: 2788, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	fn refund_incentive() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1916`
		//  Estimated: `6208`
		// Minimum execution time: 87_599_000 picoseconds.
		Weight::from_parts(123_292_000, 6208)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
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
	/// The range of component `n` is `[1, 8]`.
	fn keeper(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `311 + n * (162 ±0)`
		//  Estimated: `3493 + n * (2589 ±0)`
		// Minimum execution time: 25_207_000 picoseconds.
		Weight::from_parts(16_314_643, 3493)
			// Standard Error: 55_340
			.saturating_add(Weight::from_parts(13_645_114, 0).saturating_mul(n.into()))
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
		// Minimum execution time: 8_703_000 picoseconds.
		Weight::from_parts(10_806_000, 3493)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
}
