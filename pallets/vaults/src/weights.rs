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
// /tmp/tmp.CrkD6fcODc
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
		//  Measured:  `702`
		//  Estimated: `0`
		// Minimum execution time: 36_655_000 picoseconds.
		Weight::from_parts(49_955_000, 0)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	fn deposit() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1893`
		//  Estimated: `0`
		// Minimum execution time: 77_787_000 picoseconds.
		Weight::from_parts(112_989_000, 0)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	fn mint() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1893`
		//  Estimated: `0`
		// Minimum execution time: 78_118_000 picoseconds.
		Weight::from_parts(109_053_000, 0)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	fn request_redeem() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1536`
		//  Estimated: `0`
		// Minimum execution time: 77_927_000 picoseconds.
		Weight::from_parts(117_747_000, 0)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	fn cancel_request() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1907`
		//  Estimated: `0`
		// Minimum execution time: 51_357_000 picoseconds.
		Weight::from_parts(67_661_000, 0)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// The range of component `n` is `[0, 32]`.
	fn finalize_requests(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `858 + n * (140 ±0)`
		//  Estimated: `0`
		// Minimum execution time: 9_033_000 picoseconds.
		Weight::from_parts(31_971_632, 0)
			// Standard Error: 87_155
			.saturating_add(Weight::from_parts(13_507_473, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(n.into())))
	}
	/// The range of component `n` is `[1, 16]`.
	fn claim(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1262 + n * (68 ±0)`
		//  Estimated: `0`
		// Minimum execution time: 53_340_000 picoseconds.
		Weight::from_parts(23_870_914, 0)
			// Standard Error: 25_804
			.saturating_add(Weight::from_parts(34_914_368, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(5_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn set_deposit_cap() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `370`
		//  Estimated: `0`
		// Minimum execution time: 8_873_000 picoseconds.
		Weight::from_parts(9_735_000, 0)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn set_fees() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `370`
		//  Estimated: `0`
		// Minimum execution time: 8_903_000 picoseconds.
		Weight::from_parts(9_925_000, 0)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn set_min_idle() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `370`
		//  Estimated: `0`
		// Minimum execution time: 8_312_000 picoseconds.
		Weight::from_parts(9_835_000, 0)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn pause() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `370`
		//  Estimated: `0`
		// Minimum execution time: 8_853_000 picoseconds.
		Weight::from_parts(9_635_000, 0)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn unpause() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `370`
		//  Estimated: `0`
		// Minimum execution time: 8_783_000 picoseconds.
		Weight::from_parts(9_714_000, 0)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn retire() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `370`
		//  Estimated: `0`
		// Minimum execution time: 9_084_000 picoseconds.
		Weight::from_parts(9_835_000, 0)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn fund_partner_reward() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1365`
		//  Estimated: `0`
		// Minimum execution time: 48_853_000 picoseconds.
		Weight::from_parts(53_971_000, 0)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
}

/// The same weights with `RocksDbWeight`, for tests and mocks.
impl WeightInfo for () {
	fn create_vault() -> Weight {
		Weight::from_parts(49_955_000, 0)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn deposit() -> Weight {
		Weight::from_parts(112_989_000, 0)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	fn mint() -> Weight {
		Weight::from_parts(109_053_000, 0)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	fn request_redeem() -> Weight {
		Weight::from_parts(117_747_000, 0)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	fn cancel_request() -> Weight {
		Weight::from_parts(67_661_000, 0)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn finalize_requests(n: u32, ) -> Weight {
		Weight::from_parts(31_971_632, 0)
			.saturating_add(Weight::from_parts(13_507_473, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(n.into())))
	}
	fn claim(n: u32, ) -> Weight {
		Weight::from_parts(23_870_914, 0)
			.saturating_add(Weight::from_parts(34_914_368, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn set_deposit_cap() -> Weight {
		Weight::from_parts(9_735_000, 0)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn set_fees() -> Weight {
		Weight::from_parts(9_925_000, 0)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn set_min_idle() -> Weight {
		Weight::from_parts(9_835_000, 0)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn pause() -> Weight {
		Weight::from_parts(9_635_000, 0)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn unpause() -> Weight {
		Weight::from_parts(9_714_000, 0)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn retire() -> Weight {
		Weight::from_parts(9_835_000, 0)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn fund_partner_reward() -> Weight {
		Weight::from_parts(53_971_000, 0)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
}
