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
// /tmp/tmp.b7XvZfVvlU
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
		// Minimum execution time: 30_415_000 picoseconds.
		Weight::from_parts(32_759_000, 0)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	fn deposit() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1625`
		//  Estimated: `0`
		// Minimum execution time: 70_687_000 picoseconds.
		Weight::from_parts(77_586_000, 0)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	fn mint() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1625`
		//  Estimated: `0`
		// Minimum execution time: 71_067_000 picoseconds.
		Weight::from_parts(76_355_000, 0)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	fn request_redeem() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1665`
		//  Estimated: `0`
		// Minimum execution time: 112_689_000 picoseconds.
		Weight::from_parts(123_465_000, 0)
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(11_u64))
	}
	fn cancel_request() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2003`
		//  Estimated: `0`
		// Minimum execution time: 65_979_000 picoseconds.
		Weight::from_parts(71_547_000, 0)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// The range of component `n` is `[0, 32]`.
	fn finalize_requests(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1242 + n * (140 ±0)`
		//  Estimated: `0`
		// Minimum execution time: 9_224_000 picoseconds.
		Weight::from_parts(26_451_106, 0)
			// Standard Error: 31_686
			.saturating_add(Weight::from_parts(37_597_474, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(4_u64))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(n.into())))
	}
	/// The range of component `n` is `[1, 16]`.
	fn claim(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1213 + n * (68 ±0)`
		//  Estimated: `0`
		// Minimum execution time: 56_184_000 picoseconds.
		Weight::from_parts(25_571_088, 0)
			// Standard Error: 12_309
			.saturating_add(Weight::from_parts(33_680_068, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(5_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn set_deposit_cap() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `320`
		//  Estimated: `0`
		// Minimum execution time: 8_934_000 picoseconds.
		Weight::from_parts(9_635_000, 0)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn set_fees() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `320`
		//  Estimated: `0`
		// Minimum execution time: 8_713_000 picoseconds.
		Weight::from_parts(9_444_000, 0)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn set_min_idle() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `320`
		//  Estimated: `0`
		// Minimum execution time: 8_673_000 picoseconds.
		Weight::from_parts(9_454_000, 0)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn pause() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `320`
		//  Estimated: `0`
		// Minimum execution time: 8_563_000 picoseconds.
		Weight::from_parts(9_384_000, 0)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn unpause() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `320`
		//  Estimated: `0`
		// Minimum execution time: 8_813_000 picoseconds.
		Weight::from_parts(9_795_000, 0)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn retire() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `320`
		//  Estimated: `0`
		// Minimum execution time: 8_874_000 picoseconds.
		Weight::from_parts(9_724_000, 0)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn fund_partner_reward() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1315`
		//  Estimated: `0`
		// Minimum execution time: 45_107_000 picoseconds.
		Weight::from_parts(49_905_000, 0)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
}

/// The same weights with `RocksDbWeight`, for tests and mocks.
impl WeightInfo for () {
	fn create_vault() -> Weight {
		Weight::from_parts(32_759_000, 0)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn deposit() -> Weight {
		Weight::from_parts(77_586_000, 0)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	fn mint() -> Weight {
		Weight::from_parts(76_355_000, 0)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	fn request_redeem() -> Weight {
		Weight::from_parts(123_465_000, 0)
			.saturating_add(RocksDbWeight::get().reads(9_u64))
			.saturating_add(RocksDbWeight::get().writes(11_u64))
	}
	fn cancel_request() -> Weight {
		Weight::from_parts(71_547_000, 0)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	fn finalize_requests(n: u32, ) -> Weight {
		Weight::from_parts(26_451_106, 0)
			.saturating_add(Weight::from_parts(37_597_474, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(n.into())))
	}
	fn claim(n: u32, ) -> Weight {
		Weight::from_parts(25_571_088, 0)
			.saturating_add(Weight::from_parts(33_680_068, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn set_deposit_cap() -> Weight {
		Weight::from_parts(9_635_000, 0)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn set_fees() -> Weight {
		Weight::from_parts(9_444_000, 0)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn set_min_idle() -> Weight {
		Weight::from_parts(9_454_000, 0)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn pause() -> Weight {
		Weight::from_parts(9_384_000, 0)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn unpause() -> Weight {
		Weight::from_parts(9_795_000, 0)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn retire() -> Weight {
		Weight::from_parts(9_724_000, 0)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn fund_partner_reward() -> Weight {
		Weight::from_parts(49_905_000, 0)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
}
