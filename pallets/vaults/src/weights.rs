// This file is part of Plexus.
// SPDX-License-Identifier: Apache-2.0

//! Weights for `pallet_vaults`, generated from its benchmarks by `benchmarks/run.sh`
//! (`benchmarks/pallet_weights.py` writes this file from the runtime's weight file).
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
// pallet_vaults
// --extrinsic
// *
// --steps
// 10
// --repeat
// 3
// --header
// /tmp/tmp.gufGmavGTp
// --genesis-builder
// runtime
// --genesis-builder-preset
// development
// --json-file
// /root/.cache/plexus-bench/pallet_vaults.json
// --template
// benchmarks/templates/runtime-weights.hbs
// --output
// runtime/src/weights/pallet_vaults.rs

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
	/// Storage: `Vaults::Vaults` (r:0 w:1)
	/// Proof: `Vaults::Vaults` (`max_values`: None, `max_size`: Some(465), added: 2940, mode: `MaxEncodedLen`)
	/// Storage: `Vaults::VaultsOfAsset` (r:0 w:1)
	/// Proof: `Vaults::VaultsOfAsset` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	fn create_vault() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `702`
		//  Estimated: `6360`
		// Minimum execution time: 42_684_000 picoseconds.
		Weight::from_parts(71_927_000, 6360)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Vaults::Vaults` (r:1 w:1)
	/// Proof: `Vaults::Vaults` (`max_values`: None, `max_size`: Some(465), added: 2940, mode: `MaxEncodedLen`)
	/// Storage: `Strategies::VaultViews` (r:1 w:0)
	/// Proof: `Strategies::VaultViews` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:2 w:2)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:3 w:3)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Vaults::Holds` (r:1 w:1)
	/// Proof: `Vaults::Holds` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	fn deposit() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1909`
		//  Estimated: `8817`
		// Minimum execution time: 120_679_000 picoseconds.
		Weight::from_parts(169_882_000, 8817)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `Vaults::Vaults` (r:1 w:1)
	/// Proof: `Vaults::Vaults` (`max_values`: None, `max_size`: Some(465), added: 2940, mode: `MaxEncodedLen`)
	/// Storage: `Strategies::VaultViews` (r:1 w:0)
	/// Proof: `Strategies::VaultViews` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:2 w:2)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:3 w:3)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Vaults::Holds` (r:1 w:1)
	/// Proof: `Vaults::Holds` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	fn mint() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1909`
		//  Estimated: `8817`
		// Minimum execution time: 110_664_000 picoseconds.
		Weight::from_parts(154_970_000, 8817)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `Vaults::Vaults` (r:1 w:1)
	/// Proof: `Vaults::Vaults` (`max_values`: None, `max_size`: Some(465), added: 2940, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:1 w:1)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Vaults::Holds` (r:1 w:1)
	/// Proof: `Vaults::Holds` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Vaults::NextRequestId` (r:1 w:1)
	/// Proof: `Vaults::NextRequestId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Vaults::RequestsOf` (r:1 w:1)
	/// Proof: `Vaults::RequestsOf` (`max_values`: None, `max_size`: Some(177), added: 2652, mode: `MaxEncodedLen`)
	/// Storage: `Strategies::VaultViews` (r:1 w:0)
	/// Proof: `Strategies::VaultViews` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Vaults::RedeemQueue` (r:0 w:1)
	/// Proof: `Vaults::RedeemQueue` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Vaults::Requests` (r:0 w:1)
	/// Proof: `Vaults::Requests` (`max_values`: None, `max_size`: Some(150), added: 2625, mode: `MaxEncodedLen`)
	fn request_redeem() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1770`
		//  Estimated: `3930`
		// Minimum execution time: 107_419_000 picoseconds.
		Weight::from_parts(181_449_000, 3930)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `Vaults::Requests` (r:1 w:1)
	/// Proof: `Vaults::Requests` (`max_values`: None, `max_size`: Some(150), added: 2625, mode: `MaxEncodedLen`)
	/// Storage: `Vaults::Vaults` (r:1 w:1)
	/// Proof: `Vaults::Vaults` (`max_values`: None, `max_size`: Some(465), added: 2940, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:1 w:1)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Vaults::RequestsOf` (r:1 w:1)
	/// Proof: `Vaults::RequestsOf` (`max_values`: None, `max_size`: Some(177), added: 2652, mode: `MaxEncodedLen`)
	/// Storage: `Vaults::Holds` (r:1 w:1)
	/// Proof: `Vaults::Holds` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Vaults::RedeemQueue` (r:0 w:1)
	/// Proof: `Vaults::RedeemQueue` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	fn cancel_request() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2028`
		//  Estimated: `3930`
		// Minimum execution time: 65_597_000 picoseconds.
		Weight::from_parts(114_600_000, 3930)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `Vaults::Vaults` (r:1 w:1)
	/// Proof: `Vaults::Vaults` (`max_values`: None, `max_size`: Some(465), added: 2940, mode: `MaxEncodedLen`)
	/// Storage: `Strategies::VaultViews` (r:1 w:0)
	/// Proof: `Strategies::VaultViews` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Vaults::RedeemQueue` (r:32 w:32)
	/// Proof: `Vaults::RedeemQueue` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Vaults::Requests` (r:32 w:32)
	/// Proof: `Vaults::Requests` (`max_values`: None, `max_size`: Some(150), added: 2625, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:0)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[0, 32]`.
	fn finalize_requests(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1092 + n * (157 ±0)`
		//  Estimated: `3930 + n * (2625 ±0)`
		// Minimum execution time: 17_046_000 picoseconds.
		Weight::from_parts(34_400_443, 3930)
			// Standard Error: 158_748
			.saturating_add(Weight::from_parts(23_838_943, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2625).saturating_mul(n.into()))
	}
	/// Storage: `Vaults::Requests` (r:16 w:16)
	/// Proof: `Vaults::Requests` (`max_values`: None, `max_size`: Some(150), added: 2625, mode: `MaxEncodedLen`)
	/// Storage: `Vaults::Vaults` (r:16 w:16)
	/// Proof: `Vaults::Vaults` (`max_values`: None, `max_size`: Some(465), added: 2940, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:16 w:16)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:32 w:32)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Vaults::RequestsOf` (r:1 w:1)
	/// Proof: `Vaults::RequestsOf` (`max_values`: None, `max_size`: Some(177), added: 2652, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 16]`.
	fn claim(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `832 + n * (583 ±0)`
		//  Estimated: `3642 + n * (5218 ±0)`
		// Minimum execution time: 78_546_000 picoseconds.
		Weight::from_parts(17_563_601, 3642)
			// Standard Error: 398_049
			.saturating_add(Weight::from_parts(91_984_725, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().reads((5_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(2_u64))
			.saturating_add(T::DbWeight::get().writes((5_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 5218).saturating_mul(n.into()))
	}
	/// Storage: `Vaults::Vaults` (r:1 w:1)
	/// Proof: `Vaults::Vaults` (`max_values`: None, `max_size`: Some(465), added: 2940, mode: `MaxEncodedLen`)
	fn set_deposit_cap() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `386`
		//  Estimated: `3930`
		// Minimum execution time: 12_318_000 picoseconds.
		Weight::from_parts(25_087_000, 3930)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Vaults::Vaults` (r:1 w:1)
	/// Proof: `Vaults::Vaults` (`max_values`: None, `max_size`: Some(465), added: 2940, mode: `MaxEncodedLen`)
	fn set_fees() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `386`
		//  Estimated: `3930`
		// Minimum execution time: 12_519_000 picoseconds.
		Weight::from_parts(22_744_000, 3930)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Vaults::Vaults` (r:1 w:1)
	/// Proof: `Vaults::Vaults` (`max_values`: None, `max_size`: Some(465), added: 2940, mode: `MaxEncodedLen`)
	fn set_min_idle() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `386`
		//  Estimated: `3930`
		// Minimum execution time: 12_559_000 picoseconds.
		Weight::from_parts(23_285_000, 3930)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Vaults::Vaults` (r:1 w:1)
	/// Proof: `Vaults::Vaults` (`max_values`: None, `max_size`: Some(465), added: 2940, mode: `MaxEncodedLen`)
	fn pause() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `386`
		//  Estimated: `3930`
		// Minimum execution time: 12_529_000 picoseconds.
		Weight::from_parts(20_110_000, 3930)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Vaults::Vaults` (r:1 w:1)
	/// Proof: `Vaults::Vaults` (`max_values`: None, `max_size`: Some(465), added: 2940, mode: `MaxEncodedLen`)
	fn unpause() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `386`
		//  Estimated: `3930`
		// Minimum execution time: 12_298_000 picoseconds.
		Weight::from_parts(20_661_000, 3930)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Vaults::Vaults` (r:1 w:1)
	/// Proof: `Vaults::Vaults` (`max_values`: None, `max_size`: Some(465), added: 2940, mode: `MaxEncodedLen`)
	fn retire() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `386`
		//  Estimated: `3930`
		// Minimum execution time: 12_468_000 picoseconds.
		Weight::from_parts(18_217_000, 3930)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Vaults::Vaults` (r:1 w:1)
	/// Proof: `Vaults::Vaults` (`max_values`: None, `max_size`: Some(465), added: 2940, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn fund_partner_reward() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1322`
		//  Estimated: `6208`
		// Minimum execution time: 68_892_000 picoseconds.
		Weight::from_parts(87_790_000, 6208)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
}

/// The same weights with polkadot-sdk's reference database weights (`RocksDbWeight`).
impl WeightInfo for () {
	fn create_vault() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `702`
		//  Estimated: `6360`
		// Minimum execution time: 42_684_000 picoseconds.
		Weight::from_parts(71_927_000, 6360)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn deposit() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1909`
		//  Estimated: `8817`
		// Minimum execution time: 120_679_000 picoseconds.
		Weight::from_parts(169_882_000, 8817)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	fn mint() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1909`
		//  Estimated: `8817`
		// Minimum execution time: 110_664_000 picoseconds.
		Weight::from_parts(154_970_000, 8817)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	fn request_redeem() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1770`
		//  Estimated: `3930`
		// Minimum execution time: 107_419_000 picoseconds.
		Weight::from_parts(181_449_000, 3930)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	fn cancel_request() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2028`
		//  Estimated: `3930`
		// Minimum execution time: 65_597_000 picoseconds.
		Weight::from_parts(114_600_000, 3930)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	fn finalize_requests(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1092 + n * (157 ±0)`
		//  Estimated: `3930 + n * (2625 ±0)`
		// Minimum execution time: 17_046_000 picoseconds.
		Weight::from_parts(34_400_443, 3930)
			// Standard Error: 158_748
			.saturating_add(Weight::from_parts(23_838_943, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2625).saturating_mul(n.into()))
	}
	fn claim(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `832 + n * (583 ±0)`
		//  Estimated: `3642 + n * (5218 ±0)`
		// Minimum execution time: 78_546_000 picoseconds.
		Weight::from_parts(17_563_601, 3642)
			// Standard Error: 398_049
			.saturating_add(Weight::from_parts(91_984_725, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().reads((5_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
			.saturating_add(RocksDbWeight::get().writes((5_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 5218).saturating_mul(n.into()))
	}
	fn set_deposit_cap() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `386`
		//  Estimated: `3930`
		// Minimum execution time: 12_318_000 picoseconds.
		Weight::from_parts(25_087_000, 3930)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn set_fees() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `386`
		//  Estimated: `3930`
		// Minimum execution time: 12_519_000 picoseconds.
		Weight::from_parts(22_744_000, 3930)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn set_min_idle() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `386`
		//  Estimated: `3930`
		// Minimum execution time: 12_559_000 picoseconds.
		Weight::from_parts(23_285_000, 3930)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn pause() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `386`
		//  Estimated: `3930`
		// Minimum execution time: 12_529_000 picoseconds.
		Weight::from_parts(20_110_000, 3930)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn unpause() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `386`
		//  Estimated: `3930`
		// Minimum execution time: 12_298_000 picoseconds.
		Weight::from_parts(20_661_000, 3930)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn retire() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `386`
		//  Estimated: `3930`
		// Minimum execution time: 12_468_000 picoseconds.
		Weight::from_parts(18_217_000, 3930)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn fund_partner_reward() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1322`
		//  Estimated: `6208`
		// Minimum execution time: 68_892_000 picoseconds.
		Weight::from_parts(87_790_000, 6208)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
}
