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
// /tmp/tmp.sxBVD58866
// --genesis-builder
// runtime
// --genesis-builder-preset
// development
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
	/// Storage: `Assets::Asset` (r:2 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Vaults::NextVaultId` (r:1 w:1)
	/// Proof: `Vaults::NextVaultId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Metadata` (r:2 w:1)
	/// Proof: `Assets::Metadata` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	/// Storage: `Vaults::VaultOfShare` (r:0 w:1)
	/// Proof: `Vaults::VaultOfShare` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Vaults::Vaults` (r:0 w:1)
	/// Proof: `Vaults::Vaults` (`max_values`: None, `max_size`: Some(433), added: 2908, mode: `MaxEncodedLen`)
	fn create_vault() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `702`
		//  Estimated: `6360`
		// Minimum execution time: 30_336_000 picoseconds.
		Weight::from_parts(35_093_000, 6360)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Vaults::Vaults` (r:1 w:1)
	/// Proof: `Vaults::Vaults` (`max_values`: None, `max_size`: Some(433), added: 2908, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:2 w:2)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:3 w:3)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Vaults::VaultOfShare` (r:1 w:0)
	/// Proof: `Vaults::VaultOfShare` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Vaults::Holds` (r:1 w:1)
	/// Proof: `Vaults::Holds` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	fn deposit() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1702`
		//  Estimated: `8817`
		// Minimum execution time: 78_728_000 picoseconds.
		Weight::from_parts(83_685_000, 8817)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `Vaults::Vaults` (r:1 w:1)
	/// Proof: `Vaults::Vaults` (`max_values`: None, `max_size`: Some(433), added: 2908, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:2 w:2)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:3 w:3)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Vaults::VaultOfShare` (r:1 w:0)
	/// Proof: `Vaults::VaultOfShare` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Vaults::Holds` (r:1 w:1)
	/// Proof: `Vaults::Holds` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	fn mint() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1702`
		//  Estimated: `8817`
		// Minimum execution time: 78_799_000 picoseconds.
		Weight::from_parts(83_475_000, 8817)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `Vaults::Vaults` (r:1 w:1)
	/// Proof: `Vaults::Vaults` (`max_values`: None, `max_size`: Some(433), added: 2908, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Vaults::Holds` (r:2 w:2)
	/// Proof: `Vaults::Holds` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Vaults::NextRequestId` (r:1 w:1)
	/// Proof: `Vaults::NextRequestId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Vaults::RequestsOf` (r:1 w:1)
	/// Proof: `Vaults::RequestsOf` (`max_values`: None, `max_size`: Some(177), added: 2652, mode: `MaxEncodedLen`)
	/// Storage: `Vaults::VaultOfShare` (r:1 w:0)
	/// Proof: `Vaults::VaultOfShare` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Vaults::RedeemQueue` (r:0 w:1)
	/// Proof: `Vaults::RedeemQueue` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Vaults::Requests` (r:0 w:1)
	/// Proof: `Vaults::Requests` (`max_values`: None, `max_size`: Some(113), added: 2588, mode: `MaxEncodedLen`)
	fn request_redeem() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1741`
		//  Estimated: `6208`
		// Minimum execution time: 132_038_000 picoseconds.
		Weight::from_parts(143_967_000, 6208)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(11_u64))
	}
	/// Storage: `Vaults::Requests` (r:1 w:1)
	/// Proof: `Vaults::Requests` (`max_values`: None, `max_size`: Some(113), added: 2588, mode: `MaxEncodedLen`)
	/// Storage: `Vaults::Vaults` (r:1 w:1)
	/// Proof: `Vaults::Vaults` (`max_values`: None, `max_size`: Some(433), added: 2908, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Vaults::VaultOfShare` (r:1 w:0)
	/// Proof: `Vaults::VaultOfShare` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Vaults::Holds` (r:1 w:0)
	/// Proof: `Vaults::Holds` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Vaults::RequestsOf` (r:1 w:1)
	/// Proof: `Vaults::RequestsOf` (`max_values`: None, `max_size`: Some(177), added: 2652, mode: `MaxEncodedLen`)
	/// Storage: `Vaults::RedeemQueue` (r:0 w:1)
	/// Proof: `Vaults::RedeemQueue` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	fn cancel_request() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2079`
		//  Estimated: `6208`
		// Minimum execution time: 67_802_000 picoseconds.
		Weight::from_parts(79_429_000, 6208)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `Vaults::Vaults` (r:1 w:1)
	/// Proof: `Vaults::Vaults` (`max_values`: None, `max_size`: Some(433), added: 2908, mode: `MaxEncodedLen`)
	/// Storage: `Vaults::RedeemQueue` (r:32 w:32)
	/// Proof: `Vaults::RedeemQueue` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Vaults::Requests` (r:32 w:32)
	/// Proof: `Vaults::Requests` (`max_values`: None, `max_size`: Some(113), added: 2588, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:1 w:1)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Vaults::VaultOfShare` (r:1 w:0)
	/// Proof: `Vaults::VaultOfShare` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Vaults::Holds` (r:1 w:1)
	/// Proof: `Vaults::Holds` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[0, 32]`.
	fn finalize_requests(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1318 + n * (140 ±0)`
		//  Estimated: `3898 + n * (2588 ±0)`
		// Minimum execution time: 9_334_000 picoseconds.
		Weight::from_parts(22_188_974, 3898)
			// Standard Error: 133_632
			.saturating_add(Weight::from_parts(44_479_980, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(4_u64))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2588).saturating_mul(n.into()))
	}
	/// Storage: `Vaults::Requests` (r:16 w:16)
	/// Proof: `Vaults::Requests` (`max_values`: None, `max_size`: Some(113), added: 2588, mode: `MaxEncodedLen`)
	/// Storage: `Vaults::Vaults` (r:1 w:1)
	/// Proof: `Vaults::Vaults` (`max_values`: None, `max_size`: Some(433), added: 2908, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Vaults::VaultOfShare` (r:1 w:0)
	/// Proof: `Vaults::VaultOfShare` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Vaults::RequestsOf` (r:1 w:1)
	/// Proof: `Vaults::RequestsOf` (`max_values`: None, `max_size`: Some(177), added: 2652, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 16]`.
	fn claim(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1289 + n * (68 ±0)`
		//  Estimated: `6208 + n * (2588 ±0)`
		// Minimum execution time: 63_555_000 picoseconds.
		Weight::from_parts(27_252_135, 6208)
			// Standard Error: 23_176
			.saturating_add(Weight::from_parts(39_112_918, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(5_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2588).saturating_mul(n.into()))
	}
	/// Storage: `Vaults::Vaults` (r:1 w:1)
	/// Proof: `Vaults::Vaults` (`max_values`: None, `max_size`: Some(433), added: 2908, mode: `MaxEncodedLen`)
	fn set_deposit_cap() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `354`
		//  Estimated: `3898`
		// Minimum execution time: 9_173_000 picoseconds.
		Weight::from_parts(9_955_000, 3898)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Vaults::Vaults` (r:1 w:1)
	/// Proof: `Vaults::Vaults` (`max_values`: None, `max_size`: Some(433), added: 2908, mode: `MaxEncodedLen`)
	fn set_fees() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `354`
		//  Estimated: `3898`
		// Minimum execution time: 9_093_000 picoseconds.
		Weight::from_parts(9_925_000, 3898)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Vaults::Vaults` (r:1 w:1)
	/// Proof: `Vaults::Vaults` (`max_values`: None, `max_size`: Some(433), added: 2908, mode: `MaxEncodedLen`)
	fn set_min_idle() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `354`
		//  Estimated: `3898`
		// Minimum execution time: 8_933_000 picoseconds.
		Weight::from_parts(9_845_000, 3898)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Vaults::Vaults` (r:1 w:1)
	/// Proof: `Vaults::Vaults` (`max_values`: None, `max_size`: Some(433), added: 2908, mode: `MaxEncodedLen`)
	fn pause() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `354`
		//  Estimated: `3898`
		// Minimum execution time: 9_034_000 picoseconds.
		Weight::from_parts(9_895_000, 3898)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Vaults::Vaults` (r:1 w:1)
	/// Proof: `Vaults::Vaults` (`max_values`: None, `max_size`: Some(433), added: 2908, mode: `MaxEncodedLen`)
	fn unpause() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `354`
		//  Estimated: `3898`
		// Minimum execution time: 8_933_000 picoseconds.
		Weight::from_parts(9_725_000, 3898)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Vaults::Vaults` (r:1 w:1)
	/// Proof: `Vaults::Vaults` (`max_values`: None, `max_size`: Some(433), added: 2908, mode: `MaxEncodedLen`)
	fn retire() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `354`
		//  Estimated: `3898`
		// Minimum execution time: 8_963_000 picoseconds.
		Weight::from_parts(9_714_000, 3898)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Vaults::Vaults` (r:1 w:1)
	/// Proof: `Vaults::Vaults` (`max_values`: None, `max_size`: Some(433), added: 2908, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Vaults::VaultOfShare` (r:1 w:0)
	/// Proof: `Vaults::VaultOfShare` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	fn fund_partner_reward() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1392`
		//  Estimated: `6208`
		// Minimum execution time: 51_487_000 picoseconds.
		Weight::from_parts(56_665_000, 6208)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
}

/// The same weights with `RocksDbWeight`, for tests and mocks.
impl WeightInfo for () {
	fn create_vault() -> Weight {
		Weight::from_parts(35_093_000, 6360)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn deposit() -> Weight {
		Weight::from_parts(83_685_000, 8817)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	fn mint() -> Weight {
		Weight::from_parts(83_475_000, 8817)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	fn request_redeem() -> Weight {
		Weight::from_parts(143_967_000, 6208)
			.saturating_add(RocksDbWeight::get().reads(10_u64))
			.saturating_add(RocksDbWeight::get().writes(11_u64))
	}
	fn cancel_request() -> Weight {
		Weight::from_parts(79_429_000, 6208)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	fn finalize_requests(n: u32, ) -> Weight {
		Weight::from_parts(22_188_974, 3898)
			.saturating_add(Weight::from_parts(44_479_980, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2588).saturating_mul(n.into()))
	}
	fn claim(n: u32, ) -> Weight {
		Weight::from_parts(27_252_135, 6208)
			.saturating_add(Weight::from_parts(39_112_918, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2588).saturating_mul(n.into()))
	}
	fn set_deposit_cap() -> Weight {
		Weight::from_parts(9_955_000, 3898)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn set_fees() -> Weight {
		Weight::from_parts(9_925_000, 3898)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn set_min_idle() -> Weight {
		Weight::from_parts(9_845_000, 3898)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn pause() -> Weight {
		Weight::from_parts(9_895_000, 3898)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn unpause() -> Weight {
		Weight::from_parts(9_725_000, 3898)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn retire() -> Weight {
		Weight::from_parts(9_714_000, 3898)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn fund_partner_reward() -> Weight {
		Weight::from_parts(56_665_000, 6208)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
}
