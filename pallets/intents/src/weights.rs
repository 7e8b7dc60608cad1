// This file is part of Plexus.
// SPDX-License-Identifier: Apache-2.0

//! Weights for `pallet_intents`, generated from its benchmarks by `benchmarks/run.sh`.
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
// --json-input
// /work/main/benchmarks/results/pallet_intents.json
// --template
// benchmarks/templates/pallet-weights.hbs
// --output
// pallets/intents/src/weights.rs

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

/// Weights for `pallet_intents` measured on the machine above, with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: polkadot_sdk::frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn submit_swap() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `970`
		//  Estimated: `0`
		// Minimum execution time: 98_378_000 picoseconds.
		Weight::from_parts(111_657_000, 0)
			.saturating_add(T::DbWeight::get().reads(11_u64))
			.saturating_add(T::DbWeight::get().writes(12_u64))
	}
	fn submit_redeem() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1752`
		//  Estimated: `0`
		// Minimum execution time: 122_333_000 picoseconds.
		Weight::from_parts(135_153_000, 0)
			.saturating_add(T::DbWeight::get().reads(14_u64))
			.saturating_add(T::DbWeight::get().writes(12_u64))
	}
	fn submit_deposit() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `8505`
		//  Estimated: `0`
		// Minimum execution time: 290_537_000 picoseconds.
		Weight::from_parts(339_570_000, 0)
			.saturating_add(T::DbWeight::get().reads(90_u64))
			.saturating_add(T::DbWeight::get().writes(12_u64))
	}
	fn cancel() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1421`
		//  Estimated: `0`
		// Minimum execution time: 94_462_000 picoseconds.
		Weight::from_parts(131_237_000, 0)
			.saturating_add(T::DbWeight::get().reads(11_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	fn clean_up() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1421`
		//  Estimated: `0`
		// Minimum execution time: 91_066_000 picoseconds.
		Weight::from_parts(123_765_000, 0)
			.saturating_add(T::DbWeight::get().reads(11_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	/// The range of component `n` is `[2, 1024]`.
	/// The range of component `m` is `[0, 1024]`.
	fn submit_solution(n: u32, m: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0 + m * (243 ±0) + n * (327 ±0)`
		//  Estimated: `0`
		// Minimum execution time: 8_859_132_000 picoseconds.
		Weight::from_parts(9_064_530_000, 0)
			// Standard Error: 1_152_404
			.saturating_add(Weight::from_parts(30_499_037, 0).saturating_mul(n.into()))
			// Standard Error: 1_152_626
			.saturating_add(Weight::from_parts(2_170_269, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn set_valuation_price() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `220`
		//  Estimated: `0`
		// Minimum execution time: 9_243_000 picoseconds.
		Weight::from_parts(14_331_000, 0)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn claim_unclaimed() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `787`
		//  Estimated: `0`
		// Minimum execution time: 52_549_000 picoseconds.
		Weight::from_parts(77_065_000, 0)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	fn on_initialize_idle() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `73`
		//  Estimated: `0`
		// Minimum execution time: 4_227_000 picoseconds.
		Weight::from_parts(5_949_000, 0)
			.saturating_add(T::DbWeight::get().reads(2_u64))
	}
	fn close_batch() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `41725`
		//  Estimated: `0`
		// Minimum execution time: 45_879_000 picoseconds.
		Weight::from_parts(74_052_000, 0)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	fn apply_fill() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1678`
		//  Estimated: `0`
		// Minimum execution time: 91_628_000 picoseconds.
		Weight::from_parts(128_943_000, 0)
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	/// The range of component `n` is `[2, 1024]`.
	fn clear_pair(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1081 + n * (520 ±0)`
		//  Estimated: `0`
		// Minimum execution time: 294_592_000 picoseconds.
		Weight::from_parts(298_598_000, 0)
			// Standard Error: 4_205_073
			.saturating_add(Weight::from_parts(129_139_830, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().reads((6_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(2_u64))
			.saturating_add(T::DbWeight::get().writes((6_u64).saturating_mul(n.into())))
	}
	/// The range of component `n` is `[2, 1024]`.
	fn net_vault(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2305 + n * (500 ±0)`
		//  Estimated: `0`
		// Minimum execution time: 317_887_000 picoseconds.
		Weight::from_parts(323_436_000, 0)
			// Standard Error: 4_453_304
			.saturating_add(Weight::from_parts(150_434_292, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(12_u64))
			.saturating_add(T::DbWeight::get().reads((6_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(8_u64))
			.saturating_add(T::DbWeight::get().writes((6_u64).saturating_mul(n.into())))
	}
	fn finish_settlement() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2937`
		//  Estimated: `0`
		// Minimum execution time: 708_875_000 picoseconds.
		Weight::from_parts(805_800_000, 0)
			.saturating_add(T::DbWeight::get().reads(49_u64))
			.saturating_add(T::DbWeight::get().writes(51_u64))
	}
	fn expire_intent() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1261`
		//  Estimated: `0`
		// Minimum execution time: 110_807_000 picoseconds.
		Weight::from_parts(126_280_000, 0)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
}

/// The same weights with `RocksDbWeight`, for tests and mocks.
impl WeightInfo for () {
	fn submit_swap() -> Weight {
		Weight::from_parts(111_657_000, 0)
			.saturating_add(RocksDbWeight::get().reads(11_u64))
			.saturating_add(RocksDbWeight::get().writes(12_u64))
	}
	fn submit_redeem() -> Weight {
		Weight::from_parts(135_153_000, 0)
			.saturating_add(RocksDbWeight::get().reads(14_u64))
			.saturating_add(RocksDbWeight::get().writes(12_u64))
	}
	fn submit_deposit() -> Weight {
		Weight::from_parts(339_570_000, 0)
			.saturating_add(RocksDbWeight::get().reads(90_u64))
			.saturating_add(RocksDbWeight::get().writes(12_u64))
	}
	fn cancel() -> Weight {
		Weight::from_parts(131_237_000, 0)
			.saturating_add(RocksDbWeight::get().reads(11_u64))
			.saturating_add(RocksDbWeight::get().writes(9_u64))
	}
	fn clean_up() -> Weight {
		Weight::from_parts(123_765_000, 0)
			.saturating_add(RocksDbWeight::get().reads(11_u64))
			.saturating_add(RocksDbWeight::get().writes(9_u64))
	}
	fn submit_solution(n: u32, m: u32, ) -> Weight {
		Weight::from_parts(9_064_530_000, 0)
			.saturating_add(Weight::from_parts(30_499_037, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(2_170_269, 0).saturating_mul(m.into()))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(m.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn set_valuation_price() -> Weight {
		Weight::from_parts(14_331_000, 0)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn claim_unclaimed() -> Weight {
		Weight::from_parts(77_065_000, 0)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn on_initialize_idle() -> Weight {
		Weight::from_parts(5_949_000, 0)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
	}
	fn close_batch() -> Weight {
		Weight::from_parts(74_052_000, 0)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn apply_fill() -> Weight {
		Weight::from_parts(128_943_000, 0)
			.saturating_add(RocksDbWeight::get().reads(9_u64))
			.saturating_add(RocksDbWeight::get().writes(9_u64))
	}
	fn clear_pair(n: u32, ) -> Weight {
		Weight::from_parts(298_598_000, 0)
			.saturating_add(Weight::from_parts(129_139_830, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().reads((6_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
			.saturating_add(RocksDbWeight::get().writes((6_u64).saturating_mul(n.into())))
	}
	fn net_vault(n: u32, ) -> Weight {
		Weight::from_parts(323_436_000, 0)
			.saturating_add(Weight::from_parts(150_434_292, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(12_u64))
			.saturating_add(RocksDbWeight::get().reads((6_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
			.saturating_add(RocksDbWeight::get().writes((6_u64).saturating_mul(n.into())))
	}
	fn finish_settlement() -> Weight {
		Weight::from_parts(805_800_000, 0)
			.saturating_add(RocksDbWeight::get().reads(49_u64))
			.saturating_add(RocksDbWeight::get().writes(51_u64))
	}
	fn expire_intent() -> Weight {
		Weight::from_parts(126_280_000, 0)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(9_u64))
	}
}
