// This file is part of Plexus.
// SPDX-License-Identifier: Apache-2.0

//! Weights for `pallet_gauges`, generated from its benchmarks by `benchmarks/run.sh`.
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
// pallet_gauges
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
// /root/.cache/plexus-bench/pallet_gauges.json
// --template
// benchmarks/templates/pallet-weights.hbs
// --output
// pallets/gauges/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use polkadot_sdk::frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed for `pallet_gauges`.
pub trait WeightInfo {
	fn lock() -> Weight;
	fn extend_lock() -> Weight;
	fn increase_amount() -> Weight;
	fn withdraw() -> Weight;
	fn create_gauge() -> Weight;
	fn kill_gauge() -> Weight;
	fn vote(n: u32, ) -> Weight;
	fn checkpoint_gauge(n: u32, ) -> Weight;
	fn stake() -> Weight;
	fn unstake() -> Weight;
	fn claim_emissions() -> Weight;
	fn add_incentive() -> Weight;
	fn claim_incentives(e: u32, p: u32, ) -> Weight;
	fn refund_incentive() -> Weight;
	fn keeper(n: u32, ) -> Weight;
	fn roll_emission_total() -> Weight;
}

/// Weights for `pallet_gauges` measured on the machine above, with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: polkadot_sdk::frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn lock() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `143`
		//  Estimated: `0`
		// Minimum execution time: 35_172_000 picoseconds.
		Weight::from_parts(37_315_000, 0)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	fn extend_lock() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `123`
		//  Estimated: `0`
		// Minimum execution time: 12_558_000 picoseconds.
		Weight::from_parts(13_881_000, 0)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn increase_amount() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `318`
		//  Estimated: `0`
		// Minimum execution time: 35_312_000 picoseconds.
		Weight::from_parts(37_286_000, 0)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	fn withdraw() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `318`
		//  Estimated: `0`
		// Minimum execution time: 34_461_000 picoseconds.
		Weight::from_parts(36_725_000, 0)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	fn create_gauge() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1419`
		//  Estimated: `0`
		// Minimum execution time: 35_333_000 picoseconds.
		Weight::from_parts(38_007_000, 0)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	fn kill_gauge() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `4587`
		//  Estimated: `0`
		// Minimum execution time: 725_526_000 picoseconds.
		Weight::from_parts(739_957_000, 0)
			.saturating_add(T::DbWeight::get().reads(211_u64))
			.saturating_add(T::DbWeight::get().writes(213_u64))
	}
	/// The range of component `n` is `[1, 16]`.
	fn vote(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `650 + n * (220 ±0)`
		//  Estimated: `0`
		// Minimum execution time: 65_768_000 picoseconds.
		Weight::from_parts(33_208_179, 0)
			// Standard Error: 12_477
			.saturating_add(Weight::from_parts(36_552_850, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().reads((4_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(4_u64))
			.saturating_add(T::DbWeight::get().writes((5_u64).saturating_mul(n.into())))
	}
	/// The range of component `n` is `[1, 102]`.
	fn checkpoint_gauge(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `443 + n * (31 ±0)`
		//  Estimated: `0`
		// Minimum execution time: 25_457_000 picoseconds.
		Weight::from_parts(15_586_247, 0)
			// Standard Error: 4_004
			.saturating_add(Weight::from_parts(7_306_495, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn stake() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1772`
		//  Estimated: `0`
		// Minimum execution time: 112_857_000 picoseconds.
		Weight::from_parts(118_956_000, 0)
			.saturating_add(T::DbWeight::get().reads(11_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	fn unstake() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1632`
		//  Estimated: `0`
		// Minimum execution time: 98_897_000 picoseconds.
		Weight::from_parts(103_162_000, 0)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	fn claim_emissions() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `745`
		//  Estimated: `0`
		// Minimum execution time: 61_601_000 picoseconds.
		Weight::from_parts(65_147_000, 0)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	fn add_incentive() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1779`
		//  Estimated: `0`
		// Minimum execution time: 85_607_000 picoseconds.
		Weight::from_parts(89_793_000, 0)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// The range of component `p` is `[0, 8]`.
	/// The range of component `e` is `[1, 16]`.
	fn claim_incentives(e: u32, p: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1370 + e * (22 ±0) + p * (188 ±0)`
		//  Estimated: `0`
		// Minimum execution time: 75_161_000 picoseconds.
		Weight::from_parts(43_124_570, 0)
			// Standard Error: 31_592
			.saturating_add(Weight::from_parts(2_902_371, 0).saturating_mul(e.into()))
			// Standard Error: 55_990
			.saturating_add(Weight::from_parts(49_472_083, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(e.into())))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(p.into())))
			.saturating_add(T::DbWeight::get().writes(6_u64))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(p.into())))
	}
	fn refund_incentive() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1916`
		//  Estimated: `0`
		// Minimum execution time: 85_697_000 picoseconds.
		Weight::from_parts(90_794_000, 0)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// The range of component `n` is `[0, 8]`.
	fn keeper(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `305 + n * (164 ±0)`
		//  Estimated: `0`
		// Minimum execution time: 5_848_000 picoseconds.
		Weight::from_parts(10_491_602, 0)
			// Standard Error: 14_216
			.saturating_add(Weight::from_parts(13_346_922, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(n.into())))
	}
	fn roll_emission_total() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `116`
		//  Estimated: `0`
		// Minimum execution time: 8_903_000 picoseconds.
		Weight::from_parts(9_814_000, 0)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
}

/// The same weights with `RocksDbWeight`, for tests and mocks.
impl WeightInfo for () {
	fn lock() -> Weight {
		Weight::from_parts(37_315_000, 0)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn extend_lock() -> Weight {
		Weight::from_parts(13_881_000, 0)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn increase_amount() -> Weight {
		Weight::from_parts(37_286_000, 0)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn withdraw() -> Weight {
		Weight::from_parts(36_725_000, 0)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn create_gauge() -> Weight {
		Weight::from_parts(38_007_000, 0)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn kill_gauge() -> Weight {
		Weight::from_parts(739_957_000, 0)
			.saturating_add(RocksDbWeight::get().reads(211_u64))
			.saturating_add(RocksDbWeight::get().writes(213_u64))
	}
	fn vote(n: u32, ) -> Weight {
		Weight::from_parts(33_208_179, 0)
			.saturating_add(Weight::from_parts(36_552_850, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().reads((4_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
			.saturating_add(RocksDbWeight::get().writes((5_u64).saturating_mul(n.into())))
	}
	fn checkpoint_gauge(n: u32, ) -> Weight {
		Weight::from_parts(15_586_247, 0)
			.saturating_add(Weight::from_parts(7_306_495, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn stake() -> Weight {
		Weight::from_parts(118_956_000, 0)
			.saturating_add(RocksDbWeight::get().reads(11_u64))
			.saturating_add(RocksDbWeight::get().writes(10_u64))
	}
	fn unstake() -> Weight {
		Weight::from_parts(103_162_000, 0)
			.saturating_add(RocksDbWeight::get().reads(10_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	fn claim_emissions() -> Weight {
		Weight::from_parts(65_147_000, 0)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn add_incentive() -> Weight {
		Weight::from_parts(89_793_000, 0)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn claim_incentives(e: u32, p: u32, ) -> Weight {
		Weight::from_parts(43_124_570, 0)
			.saturating_add(Weight::from_parts(2_902_371, 0).saturating_mul(e.into()))
			.saturating_add(Weight::from_parts(49_472_083, 0).saturating_mul(p.into()))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(e.into())))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(p.into())))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
			.saturating_add(RocksDbWeight::get().writes((3_u64).saturating_mul(p.into())))
	}
	fn refund_incentive() -> Weight {
		Weight::from_parts(90_794_000, 0)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	fn keeper(n: u32, ) -> Weight {
		Weight::from_parts(10_491_602, 0)
			.saturating_add(Weight::from_parts(13_346_922, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(n.into())))
	}
	fn roll_emission_total() -> Weight {
		Weight::from_parts(9_814_000, 0)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
}
