// This file is part of Plexus.
// SPDX-License-Identifier: Apache-2.0

//! Weights of `pallet_multisig` in the Plexus runtime, generated from its benchmarks by
//! `benchmarks/run.sh`.
//!
//! Benchmark CLI 64.0.0, 2026-12-05. Steps: `10`, repeat: `3`.
//! Machine: `vm`, CPU: `AMD EPYC`. WASM execution: `Compiled`.
//! Database weights are applied through `T::DbWeight` of the runtime that uses these weights.

// Executed command:
// /root/.cache/plexus-tools/bin/frame-omni-bencher
// v1
// benchmark
// pallet
// --runtime
// /root/.cache/plexus-target/release/wbuild/plexus-runtime/plexus_runtime.compact.compressed.wasm
// --pallet
// pallet_multisig
// --extrinsic
// *
// --steps
// 10
// --repeat
// 3
// --header
// /tmp/tmp.E7PN97Tp4X
// --genesis-builder
// runtime
// --genesis-builder-preset
// development
// --json-file
// /root/.cache/plexus-bench/pallet_multisig.json
// --template
// benchmarks/templates/runtime-weights.hbs
// --output
// runtime/src/weights/pallet_multisig.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use polkadot_sdk::*;
use frame_support::{traits::Get, weights::Weight};
use core::marker::PhantomData;

/// Weights of `pallet_multisig` measured on the machine above, with the runtime's database weights.
pub struct WeightInfo<T>(PhantomData<T>);
impl<T: frame_system::Config> pallet_multisig::WeightInfo for WeightInfo<T> {
	/// The range of component `z` is `[0, 10000]`.
	fn as_multi_threshold_1(z: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `0`
		// Minimum execution time: 38_357_000 picoseconds.
		Weight::from_parts(55_127_380, 0)
			// Standard Error: 82
			.saturating_add(Weight::from_parts(7_621, 0).saturating_mul(z.into()))
	}
	/// Storage: `Multisig::Multisigs` (r:1 w:1)
	/// Proof: `Multisig::Multisigs` (`max_values`: None, `max_size`: Some(3346), added: 5821, mode: `MaxEncodedLen`)
	/// The range of component `s` is `[2, 100]`.
	/// The range of component `z` is `[0, 10000]`.
	fn as_multi_create(s: u32, z: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `114`
		//  Estimated: `6811`
		// Minimum execution time: 63_204_000 picoseconds.
		Weight::from_parts(39_010_161, 6811)
			// Standard Error: 11_825
			.saturating_add(Weight::from_parts(522_094, 0).saturating_mul(s.into()))
			// Standard Error: 116
			.saturating_add(Weight::from_parts(8_014, 0).saturating_mul(z.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Multisig::Multisigs` (r:1 w:1)
	/// Proof: `Multisig::Multisigs` (`max_values`: None, `max_size`: Some(3346), added: 5821, mode: `MaxEncodedLen`)
	/// The range of component `s` is `[3, 100]`.
	/// The range of component `z` is `[0, 10000]`.
	fn as_multi_approve(s: u32, z: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `320`
		//  Estimated: `6811`
		// Minimum execution time: 48_202_000 picoseconds.
		Weight::from_parts(22_746_186, 6811)
			// Standard Error: 4_102
			.saturating_add(Weight::from_parts(324_031, 0).saturating_mul(s.into()))
			// Standard Error: 39
			.saturating_add(Weight::from_parts(7_443, 0).saturating_mul(z.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Multisig::Multisigs` (r:1 w:1)
	/// Proof: `Multisig::Multisigs` (`max_values`: None, `max_size`: Some(3346), added: 5821, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// The range of component `s` is `[2, 100]`.
	/// The range of component `z` is `[0, 10000]`.
	fn as_multi_complete(s: u32, z: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `426 + s * (33 ±0)`
		//  Estimated: `6811`
		// Minimum execution time: 83_734_000 picoseconds.
		Weight::from_parts(45_856_449, 6811)
			// Standard Error: 25_445
			.saturating_add(Weight::from_parts(627_190, 0).saturating_mul(s.into()))
			// Standard Error: 251
			.saturating_add(Weight::from_parts(9_336, 0).saturating_mul(z.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Multisig::Multisigs` (r:1 w:1)
	/// Proof: `Multisig::Multisigs` (`max_values`: None, `max_size`: Some(3346), added: 5821, mode: `MaxEncodedLen`)
	/// The range of component `s` is `[2, 100]`.
	fn approve_as_multi_create(s: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `114`
		//  Estimated: `6811`
		// Minimum execution time: 31_947_000 picoseconds.
		Weight::from_parts(39_513_779, 6811)
			// Standard Error: 4_556
			.saturating_add(Weight::from_parts(409_063, 0).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Multisig::Multisigs` (r:1 w:1)
	/// Proof: `Multisig::Multisigs` (`max_values`: None, `max_size`: Some(3346), added: 5821, mode: `MaxEncodedLen`)
	/// The range of component `s` is `[2, 100]`.
	fn approve_as_multi_approve(s: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `320`
		//  Estimated: `6811`
		// Minimum execution time: 18_648_000 picoseconds.
		Weight::from_parts(21_831_619, 6811)
			// Standard Error: 2_335
			.saturating_add(Weight::from_parts(372_612, 0).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Multisig::Multisigs` (r:1 w:1)
	/// Proof: `Multisig::Multisigs` (`max_values`: None, `max_size`: Some(3346), added: 5821, mode: `MaxEncodedLen`)
	/// The range of component `s` is `[2, 100]`.
	fn cancel_as_multi(s: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `320`
		//  Estimated: `6811`
		// Minimum execution time: 31_126_000 picoseconds.
		Weight::from_parts(34_150_481, 6811)
			// Standard Error: 2_164
			.saturating_add(Weight::from_parts(372_339, 0).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Multisig::Multisigs` (r:1 w:1)
	/// Proof: `Multisig::Multisigs` (`max_values`: None, `max_size`: Some(3346), added: 5821, mode: `MaxEncodedLen`)
	/// The range of component `s` is `[2, 100]`.
	fn poke_deposit(s: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `320`
		//  Estimated: `6811`
		// Minimum execution time: 29_604_000 picoseconds.
		Weight::from_parts(32_293_334, 6811)
			// Standard Error: 1_982
			.saturating_add(Weight::from_parts(358_280, 0).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
}
