// This file is part of Plexus.
// SPDX-License-Identifier: Apache-2.0

//! Weights for `pallet_vaults`, generated from its benchmarks by `benchmarks/run.sh`.
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
// pallet_vaults
// --extrinsic
// *
// --steps
// 50
// --repeat
// 20
// --header
// /tmp/tmp.fWDb7jJLYg
// --genesis-builder
// runtime
// --genesis-builder-preset
// development
// --json-input
// /work/main/benchmarks/results/pallet_vaults.json
// --template
// benchmarks/templates/pallet-weights.hbs
// --output
// pallets/vaults/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use polkadot_sdk::frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed for `pallet_vaults`.
pub trait WeightInfo {
	fn create_vault() -> Weight;
	fn deposit() -> Weight;
	fn mint() -> Weight;
	fn request_redeem() -> Weight;
	fn cancel_request() -> Weight;
	fn finalize_requests(n: u32, ) -> Weight;
	fn claim(n: u32, ) -> Weight;
	fn set_deposit_cap() -> Weight;
	fn set_fees() -> Weight;
	fn set_min_idle() -> Weight;
	fn pause() -> Weight;
	fn unpause() -> Weight;
	fn retire() -> Weight;
	fn fund_partner_reward() -> Weight;
}

/// Weights for `pallet_vaults` measured on the machine above, with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: polkadot_sdk::frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn create_vault() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `669`
		//  Estimated: `0`
		// Minimum execution time: 28_032_000 picoseconds.
		Weight::from_parts(31_938_000, 0)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	fn deposit() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1641`
		//  Estimated: `0`
		// Minimum execution time: 67_051_000 picoseconds.
		Weight::from_parts(73_820_000, 0)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	fn mint() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1641`
		//  Estimated: `0`
		// Minimum execution time: 64_346_000 picoseconds.
		Weight::from_parts(74_833_000, 0)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	fn request_redeem() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1503`
		//  Estimated: `0`
		// Minimum execution time: 72_028_000 picoseconds.
		Weight::from_parts(77_457_000, 0)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	fn cancel_request() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1874`
		//  Estimated: `0`
		// Minimum execution time: 38_888_000 picoseconds.
		Weight::from_parts(43_826_000, 0)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// The range of component `n` is `[0, 32]`.
	fn finalize_requests(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `825 + n * (140 ±0)`
		//  Estimated: `0`
		// Minimum execution time: 8_432_000 picoseconds.
		Weight::from_parts(11_840_906, 0)
			// Standard Error: 7_074
			.saturating_add(Weight::from_parts(12_121_039, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(n.into())))
	}
	/// The range of component `n` is `[1, 16]`.
	fn claim(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1229 + n * (68 ±0)`
		//  Estimated: `0`
		// Minimum execution time: 54_793_000 picoseconds.
		Weight::from_parts(24_234_462, 0)
			// Standard Error: 14_369
			.saturating_add(Weight::from_parts(33_644_490, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(5_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn set_deposit_cap() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `336`
		//  Estimated: `0`
		// Minimum execution time: 8_663_000 picoseconds.
		Weight::from_parts(9_364_000, 0)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn set_fees() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `336`
		//  Estimated: `0`
		// Minimum execution time: 8_153_000 picoseconds.
		Weight::from_parts(9_384_000, 0)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn set_min_idle() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `336`
		//  Estimated: `0`
		// Minimum execution time: 8_643_000 picoseconds.
		Weight::from_parts(9_444_000, 0)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn pause() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `336`
		//  Estimated: `0`
		// Minimum execution time: 8_553_000 picoseconds.
		Weight::from_parts(9_334_000, 0)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn unpause() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `336`
		//  Estimated: `0`
		// Minimum execution time: 8_583_000 picoseconds.
		Weight::from_parts(9_324_000, 0)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn retire() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `336`
		//  Estimated: `0`
		// Minimum execution time: 8_703_000 picoseconds.
		Weight::from_parts(9_485_000, 0)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn fund_partner_reward() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1331`
		//  Estimated: `0`
		// Minimum execution time: 46_690_000 picoseconds.
		Weight::from_parts(50_265_000, 0)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
}

/// The same weights with `RocksDbWeight`, for tests and mocks.
impl WeightInfo for () {
	fn create_vault() -> Weight {
		Weight::from_parts(31_938_000, 0)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn deposit() -> Weight {
		Weight::from_parts(73_820_000, 0)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	fn mint() -> Weight {
		Weight::from_parts(74_833_000, 0)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	fn request_redeem() -> Weight {
		Weight::from_parts(77_457_000, 0)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	fn cancel_request() -> Weight {
		Weight::from_parts(43_826_000, 0)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn finalize_requests(n: u32, ) -> Weight {
		Weight::from_parts(11_840_906, 0)
			.saturating_add(Weight::from_parts(12_121_039, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(n.into())))
	}
	fn claim(n: u32, ) -> Weight {
		Weight::from_parts(24_234_462, 0)
			.saturating_add(Weight::from_parts(33_644_490, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn set_deposit_cap() -> Weight {
		Weight::from_parts(9_364_000, 0)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn set_fees() -> Weight {
		Weight::from_parts(9_384_000, 0)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn set_min_idle() -> Weight {
		Weight::from_parts(9_444_000, 0)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn pause() -> Weight {
		Weight::from_parts(9_334_000, 0)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn unpause() -> Weight {
		Weight::from_parts(9_324_000, 0)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn retire() -> Weight {
		Weight::from_parts(9_485_000, 0)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn fund_partner_reward() -> Weight {
		Weight::from_parts(50_265_000, 0)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
}
