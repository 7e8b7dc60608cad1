// This file is part of Plexus.
// SPDX-License-Identifier: Apache-2.0

//! Weights for `pallet_gauges`, generated from its benchmarks by `benchmarks/run.sh`.
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
// --json-input
// /work/main/benchmarks/results/pallet_gauges.json
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
		// Minimum execution time: 26_570_000 picoseconds.
		Weight::from_parts(28_462_000, 0)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	fn extend_lock() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `123`
		//  Estimated: `0`
		// Minimum execution time: 9_064_000 picoseconds.
		Weight::from_parts(9_895_000, 0)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn increase_amount() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `318`
		//  Estimated: `0`
		// Minimum execution time: 25_759_000 picoseconds.
		Weight::from_parts(29_684_000, 0)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	fn withdraw() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `318`
		//  Estimated: `0`
		// Minimum execution time: 27_111_000 picoseconds.
		Weight::from_parts(28_863_000, 0)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	fn create_gauge() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `339`
		//  Estimated: `0`
		// Minimum execution time: 13_721_000 picoseconds.
		Weight::from_parts(15_003_000, 0)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	fn kill_gauge() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `4587`
		//  Estimated: `0`
		// Minimum execution time: 568_594_000 picoseconds.
		Weight::from_parts(597_858_000, 0)
			.saturating_add(T::DbWeight::get().reads(211_u64))
			.saturating_add(T::DbWeight::get().writes(213_u64))
	}
	/// The range of component `n` is `[1, 16]`.
	fn vote(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `476 + n * (220 ±0)`
		//  Estimated: `0`
		// Minimum execution time: 44_747_000 picoseconds.
		Weight::from_parts(21_938_619, 0)
			// Standard Error: 7_816
			.saturating_add(Weight::from_parts(25_507_208, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().reads((4_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(4_u64))
			.saturating_add(T::DbWeight::get().writes((4_u64).saturating_mul(n.into())))
	}
	/// The range of component `n` is `[1, 102]`.
	fn checkpoint_gauge(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `442 + n * (31 ±0)`
		//  Estimated: `0`
		// Minimum execution time: 18_177_000 picoseconds.
		Weight::from_parts(11_197_580, 0)
			// Standard Error: 1_796
			.saturating_add(Weight::from_parts(5_733_580, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn stake() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1685`
		//  Estimated: `0`
		// Minimum execution time: 81_071_000 picoseconds.
		Weight::from_parts(87_541_000, 0)
			.saturating_add(T::DbWeight::get().reads(11_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	fn unstake() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1582`
		//  Estimated: `0`
		// Minimum execution time: 73_330_000 picoseconds.
		Weight::from_parts(80_711_000, 0)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	fn claim_emissions() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `708`
		//  Estimated: `0`
		// Minimum execution time: 45_999_000 picoseconds.
		Weight::from_parts(49_094_000, 0)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	fn add_incentive() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1598`
		//  Estimated: `0`
		// Minimum execution time: 48_974_000 picoseconds.
		Weight::from_parts(52_108_000, 0)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// The range of component `p` is `[0, 8]`.
	/// The range of component `e` is `[1, 16]`.
	fn claim_incentives(e: u32, p: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1355 + e * (22 ±0) + p * (218 ±0)`
		//  Estimated: `0`
		// Minimum execution time: 52_970_000 picoseconds.
		Weight::from_parts(37_370_347, 0)
			// Standard Error: 25_968
			.saturating_add(Weight::from_parts(1_847_359, 0).saturating_mul(e.into()))
			// Standard Error: 47_013
			.saturating_add(Weight::from_parts(38_253_160, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(e.into())))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(p.into())))
			.saturating_add(T::DbWeight::get().writes(6_u64))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(p.into())))
	}
	fn refund_incentive() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1666`
		//  Estimated: `0`
		// Minimum execution time: 53_320_000 picoseconds.
		Weight::from_parts(60_471_000, 0)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// The range of component `n` is `[0, 8]`.
	fn keeper(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `305 + n * (164 ±0)`
		//  Estimated: `0`
		// Minimum execution time: 4_877_000 picoseconds.
		Weight::from_parts(8_762_284, 0)
			// Standard Error: 8_617
			.saturating_add(Weight::from_parts(10_784_943, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(n.into())))
	}
	fn roll_emission_total() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `116`
		//  Estimated: `0`
		// Minimum execution time: 6_910_000 picoseconds.
		Weight::from_parts(7_551_000, 0)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
}

/// The same weights with `RocksDbWeight`, for tests and mocks.
impl WeightInfo for () {
	fn lock() -> Weight {
		Weight::from_parts(28_462_000, 0)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn extend_lock() -> Weight {
		Weight::from_parts(9_895_000, 0)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn increase_amount() -> Weight {
		Weight::from_parts(29_684_000, 0)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn withdraw() -> Weight {
		Weight::from_parts(28_863_000, 0)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn create_gauge() -> Weight {
		Weight::from_parts(15_003_000, 0)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn kill_gauge() -> Weight {
		Weight::from_parts(597_858_000, 0)
			.saturating_add(RocksDbWeight::get().reads(211_u64))
			.saturating_add(RocksDbWeight::get().writes(213_u64))
	}
	fn vote(n: u32, ) -> Weight {
		Weight::from_parts(21_938_619, 0)
			.saturating_add(Weight::from_parts(25_507_208, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().reads((4_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
			.saturating_add(RocksDbWeight::get().writes((4_u64).saturating_mul(n.into())))
	}
	fn checkpoint_gauge(n: u32, ) -> Weight {
		Weight::from_parts(11_197_580, 0)
			.saturating_add(Weight::from_parts(5_733_580, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn stake() -> Weight {
		Weight::from_parts(87_541_000, 0)
			.saturating_add(RocksDbWeight::get().reads(11_u64))
			.saturating_add(RocksDbWeight::get().writes(10_u64))
	}
	fn unstake() -> Weight {
		Weight::from_parts(80_711_000, 0)
			.saturating_add(RocksDbWeight::get().reads(10_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	fn claim_emissions() -> Weight {
		Weight::from_parts(49_094_000, 0)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn add_incentive() -> Weight {
		Weight::from_parts(52_108_000, 0)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn claim_incentives(e: u32, p: u32, ) -> Weight {
		Weight::from_parts(37_370_347, 0)
			.saturating_add(Weight::from_parts(1_847_359, 0).saturating_mul(e.into()))
			.saturating_add(Weight::from_parts(38_253_160, 0).saturating_mul(p.into()))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(e.into())))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(p.into())))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
			.saturating_add(RocksDbWeight::get().writes((3_u64).saturating_mul(p.into())))
	}
	fn refund_incentive() -> Weight {
		Weight::from_parts(60_471_000, 0)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn keeper(n: u32, ) -> Weight {
		Weight::from_parts(8_762_284, 0)
			.saturating_add(Weight::from_parts(10_784_943, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(n.into())))
	}
	fn roll_emission_total() -> Weight {
		Weight::from_parts(7_551_000, 0)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
}
