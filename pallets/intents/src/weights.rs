// This file is part of Plexus.
// SPDX-License-Identifier: Apache-2.0

//! Weights for `pallet_intents`, generated from its benchmarks by `benchmarks/run.sh`.
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
// pallet_intents
// --extrinsic
// *
// --steps
// 10
// --repeat
// 3
// --header
// /tmp/tmp.WIVuW8qZd7
// --genesis-builder
// runtime
// --genesis-builder-preset
// development
// --json-input
// /root/.cache/plexus-bench/pallet_intents.json
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
	fn submit_solution(n: u32, ) -> Weight;
	fn reference_clearing(m: u32, ) -> Weight;
	fn set_valuation_price() -> Weight;
	fn claim_unclaimed() -> Weight;
	fn on_initialize_idle() -> Weight;
	fn close_batch() -> Weight;
	fn apply_fill() -> Weight;
	fn clear_pair(n: u32, ) -> Weight;
	fn net_vault(n: u32, ) -> Weight;
	fn net_vault_queue(n: u32, ) -> Weight;
	fn net_vault_rematch(n: u32, ) -> Weight;
	fn finish_settlement() -> Weight;
	fn expire_intent() -> Weight;
}

/// Weights for `pallet_intents` measured on the machine above, with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: polkadot_sdk::frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn submit_swap() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `975`
		//  Estimated: `0`
		// Minimum execution time: 138_946_000 picoseconds.
		Weight::from_parts(148_280_000, 0)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	fn submit_redeem() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1768`
		//  Estimated: `0`
		// Minimum execution time: 181_529_000 picoseconds.
		Weight::from_parts(191_694_000, 0)
			.saturating_add(T::DbWeight::get().reads(15_u64))
			.saturating_add(T::DbWeight::get().writes(12_u64))
	}
	fn submit_deposit() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `8761`
		//  Estimated: `0`
		// Minimum execution time: 484_107_000 picoseconds.
		Weight::from_parts(505_239_000, 0)
			.saturating_add(T::DbWeight::get().reads(106_u64))
			.saturating_add(T::DbWeight::get().writes(12_u64))
	}
	fn cancel() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1421`
		//  Estimated: `0`
		// Minimum execution time: 116_052_000 picoseconds.
		Weight::from_parts(122_963_000, 0)
			.saturating_add(T::DbWeight::get().reads(11_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	fn clean_up() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1421`
		//  Estimated: `0`
		// Minimum execution time: 116_232_000 picoseconds.
		Weight::from_parts(123_022_000, 0)
			.saturating_add(T::DbWeight::get().reads(11_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	/// The range of component `n` is `[2, 128]`.
	fn submit_solution(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `757 + n * (301 ±0)`
		//  Estimated: `0`
		// Minimum execution time: 82_212_000 picoseconds.
		Weight::from_parts(34_064_994, 0)
			// Standard Error: 43_545
			.saturating_add(Weight::from_parts(20_319_278, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	/// The range of component `m` is `[1, 256]`.
	fn reference_clearing(m: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `244 + m * (196 ±0)`
		//  Estimated: `0`
		// Minimum execution time: 18_056_000 picoseconds.
		Weight::from_parts(18_697_000, 0)
			// Standard Error: 25_270
			.saturating_add(Weight::from_parts(10_419_654, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(m.into())))
	}
	fn set_valuation_price() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `220`
		//  Estimated: `0`
		// Minimum execution time: 10_626_000 picoseconds.
		Weight::from_parts(11_797_000, 0)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn claim_unclaimed() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `787`
		//  Estimated: `0`
		// Minimum execution time: 61_972_000 picoseconds.
		Weight::from_parts(65_266_000, 0)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	fn on_initialize_idle() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `73`
		//  Estimated: `0`
		// Minimum execution time: 4_977_000 picoseconds.
		Weight::from_parts(5_529_000, 0)
			.saturating_add(T::DbWeight::get().reads(2_u64))
	}
	fn close_batch() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `29157`
		//  Estimated: `0`
		// Minimum execution time: 547_913_000 picoseconds.
		Weight::from_parts(576_324_000, 0)
			.saturating_add(T::DbWeight::get().reads(129_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	fn apply_fill() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1678`
		//  Estimated: `0`
		// Minimum execution time: 117_153_000 picoseconds.
		Weight::from_parts(122_301_000, 0)
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	/// The range of component `n` is `[2, 128]`.
	fn clear_pair(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `995 + n * (520 ±0)`
		//  Estimated: `0`
		// Minimum execution time: 241_298_000 picoseconds.
		Weight::from_parts(244_352_000, 0)
			// Standard Error: 178_838
			.saturating_add(Weight::from_parts(102_646_304, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().reads((6_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(6_u64))
			.saturating_add(T::DbWeight::get().writes((6_u64).saturating_mul(n.into())))
	}
	/// The range of component `n` is `[2, 128]`.
	fn net_vault(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1962 + n * (499 ±0)`
		//  Estimated: `0`
		// Minimum execution time: 386_763_000 picoseconds.
		Weight::from_parts(38_067_612, 0)
			// Standard Error: 395_970
			.saturating_add(Weight::from_parts(137_458_531, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(12_u64))
			.saturating_add(T::DbWeight::get().reads((6_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(7_u64))
			.saturating_add(T::DbWeight::get().writes((6_u64).saturating_mul(n.into())))
	}
	/// The range of component `n` is `[1, 128]`.
	fn net_vault_queue(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1565 + n * (488 ±0)`
		//  Estimated: `0`
		// Minimum execution time: 231_153_000 picoseconds.
		Weight::from_parts(234_147_000, 0)
			// Standard Error: 635_006
			.saturating_add(Weight::from_parts(190_928_924, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().reads((8_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(5_u64))
			.saturating_add(T::DbWeight::get().writes((9_u64).saturating_mul(n.into())))
	}
	/// The range of component `n` is `[1, 128]`.
	fn net_vault_rematch(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `8297 + n * (189 ±0)`
		//  Estimated: `0`
		// Minimum execution time: 368_126_000 picoseconds.
		Weight::from_parts(375_166_000, 0)
			// Standard Error: 718_148
			.saturating_add(Weight::from_parts(255_585_758, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(97_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(2_u64))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(n.into())))
	}
	fn finish_settlement() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2937`
		//  Estimated: `0`
		// Minimum execution time: 644_445_000 picoseconds.
		Weight::from_parts(659_558_000, 0)
			.saturating_add(T::DbWeight::get().reads(49_u64))
			.saturating_add(T::DbWeight::get().writes(51_u64))
	}
	fn expire_intent() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1261`
		//  Estimated: `0`
		// Minimum execution time: 101_730_000 picoseconds.
		Weight::from_parts(106_879_000, 0)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
}

/// The same weights with `RocksDbWeight`, for tests and mocks.
impl WeightInfo for () {
	fn submit_swap() -> Weight {
		Weight::from_parts(148_280_000, 0)
			.saturating_add(RocksDbWeight::get().reads(10_u64))
			.saturating_add(RocksDbWeight::get().writes(10_u64))
	}
	fn submit_redeem() -> Weight {
		Weight::from_parts(191_694_000, 0)
			.saturating_add(RocksDbWeight::get().reads(15_u64))
			.saturating_add(RocksDbWeight::get().writes(12_u64))
	}
	fn submit_deposit() -> Weight {
		Weight::from_parts(505_239_000, 0)
			.saturating_add(RocksDbWeight::get().reads(106_u64))
			.saturating_add(RocksDbWeight::get().writes(12_u64))
	}
	fn cancel() -> Weight {
		Weight::from_parts(122_963_000, 0)
			.saturating_add(RocksDbWeight::get().reads(11_u64))
			.saturating_add(RocksDbWeight::get().writes(9_u64))
	}
	fn clean_up() -> Weight {
		Weight::from_parts(123_022_000, 0)
			.saturating_add(RocksDbWeight::get().reads(11_u64))
			.saturating_add(RocksDbWeight::get().writes(9_u64))
	}
	fn submit_solution(n: u32, ) -> Weight {
		Weight::from_parts(34_064_994, 0)
			.saturating_add(Weight::from_parts(20_319_278, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(9_u64))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn reference_clearing(m: u32, ) -> Weight {
		Weight::from_parts(18_697_000, 0)
			.saturating_add(Weight::from_parts(10_419_654, 0).saturating_mul(m.into()))
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(m.into())))
	}
	fn set_valuation_price() -> Weight {
		Weight::from_parts(11_797_000, 0)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn claim_unclaimed() -> Weight {
		Weight::from_parts(65_266_000, 0)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn on_initialize_idle() -> Weight {
		Weight::from_parts(5_529_000, 0)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
	}
	fn close_batch() -> Weight {
		Weight::from_parts(576_324_000, 0)
			.saturating_add(RocksDbWeight::get().reads(129_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn apply_fill() -> Weight {
		Weight::from_parts(122_301_000, 0)
			.saturating_add(RocksDbWeight::get().reads(9_u64))
			.saturating_add(RocksDbWeight::get().writes(9_u64))
	}
	fn clear_pair(n: u32, ) -> Weight {
		Weight::from_parts(244_352_000, 0)
			.saturating_add(Weight::from_parts(102_646_304, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().reads((6_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
			.saturating_add(RocksDbWeight::get().writes((6_u64).saturating_mul(n.into())))
	}
	fn net_vault(n: u32, ) -> Weight {
		Weight::from_parts(38_067_612, 0)
			.saturating_add(Weight::from_parts(137_458_531, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(12_u64))
			.saturating_add(RocksDbWeight::get().reads((6_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
			.saturating_add(RocksDbWeight::get().writes((6_u64).saturating_mul(n.into())))
	}
	fn net_vault_queue(n: u32, ) -> Weight {
		Weight::from_parts(234_147_000, 0)
			.saturating_add(Weight::from_parts(190_928_924, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(10_u64))
			.saturating_add(RocksDbWeight::get().reads((8_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
			.saturating_add(RocksDbWeight::get().writes((9_u64).saturating_mul(n.into())))
	}
	fn net_vault_rematch(n: u32, ) -> Weight {
		Weight::from_parts(375_166_000, 0)
			.saturating_add(Weight::from_parts(255_585_758, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(97_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
			.saturating_add(RocksDbWeight::get().writes((3_u64).saturating_mul(n.into())))
	}
	fn finish_settlement() -> Weight {
		Weight::from_parts(659_558_000, 0)
			.saturating_add(RocksDbWeight::get().reads(49_u64))
			.saturating_add(RocksDbWeight::get().writes(51_u64))
	}
	fn expire_intent() -> Weight {
		Weight::from_parts(106_879_000, 0)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(9_u64))
	}
}
