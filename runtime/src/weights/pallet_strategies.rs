// This file is part of Plexus.
// SPDX-License-Identifier: Apache-2.0

//! Weights of `pallet_strategies` in the Plexus runtime, generated from its benchmarks by
//! `benchmarks/run.sh`.
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
// pallet_strategies
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
// /root/.cache/plexus-bench/pallet_strategies.json
// --template
// benchmarks/templates/runtime-weights.hbs
// --output
// runtime/src/weights/pallet_strategies.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use polkadot_sdk::*;
use frame_support::{traits::Get, weights::Weight};
use core::marker::PhantomData;

/// Weights of `pallet_strategies` measured on the machine above, with the runtime's database weights.
pub struct WeightInfo<T>(PhantomData<T>);
impl<T: frame_system::Config> pallet_strategies::WeightInfo for WeightInfo<T> {
	/// Storage: `Strategies::HubAssets` (r:1 w:1)
	/// Proof: `Strategies::HubAssets` (`max_values`: None, `max_size`: Some(705), added: 3180, mode: `MaxEncodedLen`)
	/// Storage: `Strategies::HubAssetIds` (r:1 w:1)
	/// Proof: `Strategies::HubAssetIds` (`max_values`: None, `max_size`: Some(622), added: 3097, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	fn register_hub_asset() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `529`
		//  Estimated: `4170`
		// Minimum execution time: 29_965_000 picoseconds.
		Weight::from_parts(46_048_000, 4170)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Strategies::Branches` (r:1 w:1)
	/// Proof: `Strategies::Branches` (`max_values`: None, `max_size`: Some(618), added: 3093, mode: `MaxEncodedLen`)
	fn register_branch() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `227`
		//  Estimated: `4083`
		// Minimum execution time: 12_919_000 picoseconds.
		Weight::from_parts(23_905_000, 4083)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Strategies::HubAssets` (r:1 w:0)
	/// Proof: `Strategies::HubAssets` (`max_values`: None, `max_size`: Some(705), added: 3180, mode: `MaxEncodedLen`)
	/// Storage: `Strategies::Branches` (r:1 w:0)
	/// Proof: `Strategies::Branches` (`max_values`: None, `max_size`: Some(618), added: 3093, mode: `MaxEncodedLen`)
	/// Storage: `Strategies::InflowLimits` (r:0 w:1)
	/// Proof: `Strategies::InflowLimits` (`max_values`: None, `max_size`: Some(670), added: 3145, mode: `MaxEncodedLen`)
	fn set_inflow_limit() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `304`
		//  Estimated: `4170`
		// Minimum execution time: 17_877_000 picoseconds.
		Weight::from_parts(37_335_000, 4170)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Strategies::HeldInflows` (r:1 w:1)
	/// Proof: `Strategies::HeldInflows` (`max_values`: None, `max_size`: Some(670), added: 3145, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Strategies::BranchFlows` (r:1 w:1)
	/// Proof: `Strategies::BranchFlows` (`max_values`: None, `max_size`: Some(674), added: 3149, mode: `MaxEncodedLen`)
	fn release_inflow() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `967`
		//  Estimated: `6208`
		// Minimum execution time: 68_622_000 picoseconds.
		Weight::from_parts(102_993_000, 6208)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `Strategies::HubAssets` (r:1 w:0)
	/// Proof: `Strategies::HubAssets` (`max_values`: None, `max_size`: Some(705), added: 3180, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:1 w:1)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `ParachainInfo::ParachainId` (r:1 w:0)
	/// Proof: `ParachainInfo::ParachainId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `XcmpQueue::DeliveryFeeFactor` (r:1 w:0)
	/// Proof: `XcmpQueue::DeliveryFeeFactor` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `PolkadotXcm::SupportedVersion` (r:1 w:0)
	/// Proof: `PolkadotXcm::SupportedVersion` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `XcmpQueue::OutboundXcmpStatus` (r:1 w:1)
	/// Proof: `XcmpQueue::OutboundXcmpStatus` (`max_values`: Some(1), `max_size`: Some(2306), added: 2801, mode: `MaxEncodedLen`)
	/// Storage: `ParachainSystem::RelevantMessagingState` (r:1 w:0)
	/// Proof: `ParachainSystem::RelevantMessagingState` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `Strategies::BranchFlows` (r:1 w:1)
	/// Proof: `Strategies::BranchFlows` (`max_values`: None, `max_size`: Some(674), added: 3149, mode: `MaxEncodedLen`)
	/// Storage: `XcmpQueue::OutboundXcmpMessages` (r:0 w:1)
	/// Proof: `XcmpQueue::OutboundXcmpMessages` (`max_values`: None, `max_size`: Some(105506), added: 107981, mode: `MaxEncodedLen`)
	fn withdraw_to() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1212`
		//  Estimated: `4677`
		// Minimum execution time: 148_100_000 picoseconds.
		Weight::from_parts(227_887_000, 4677)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `Vaults::Vaults` (r:1 w:0)
	/// Proof: `Vaults::Vaults` (`max_values`: None, `max_size`: Some(465), added: 2940, mode: `MaxEncodedLen`)
	/// Storage: `Strategies::HubAssets` (r:1 w:0)
	/// Proof: `Strategies::HubAssets` (`max_values`: None, `max_size`: Some(705), added: 3180, mode: `MaxEncodedLen`)
	/// Storage: `Strategies::NextStrategyId` (r:1 w:1)
	/// Proof: `Strategies::NextStrategyId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Strategies::VaultStrategies` (r:1 w:1)
	/// Proof: `Strategies::VaultStrategies` (`max_values`: None, `max_size`: Some(77), added: 2552, mode: `MaxEncodedLen`)
	/// Storage: `Strategies::Strategies` (r:1 w:1)
	/// Proof: `Strategies::Strategies` (`max_values`: None, `max_size`: Some(2424), added: 4899, mode: `MaxEncodedLen`)
	/// Storage: `Strategies::VaultViews` (r:1 w:1)
	/// Proof: `Strategies::VaultViews` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	fn register_strategy() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1285`
		//  Estimated: `5889`
		// Minimum execution time: 44_206_000 picoseconds.
		Weight::from_parts(76_363_000, 5889)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Strategies::Strategies` (r:1 w:1)
	/// Proof: `Strategies::Strategies` (`max_values`: None, `max_size`: Some(2424), added: 4899, mode: `MaxEncodedLen`)
	/// Storage: `Strategies::VaultViews` (r:1 w:1)
	/// Proof: `Strategies::VaultViews` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	fn retire_strategy() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1960`
		//  Estimated: `5889`
		// Minimum execution time: 27_321_000 picoseconds.
		Weight::from_parts(48_772_000, 5889)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Strategies::Strategies` (r:1 w:1)
	/// Proof: `Strategies::Strategies` (`max_values`: None, `max_size`: Some(2424), added: 4899, mode: `MaxEncodedLen`)
	/// Storage: `Vaults::Vaults` (r:1 w:1)
	/// Proof: `Vaults::Vaults` (`max_values`: None, `max_size`: Some(465), added: 2940, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:2 w:2)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `PolkadotXcm::QueryCounter` (r:1 w:1)
	/// Proof: `PolkadotXcm::QueryCounter` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `Strategies::HubAssets` (r:2 w:0)
	/// Proof: `Strategies::HubAssets` (`max_values`: None, `max_size`: Some(705), added: 3180, mode: `MaxEncodedLen`)
	/// Storage: `ParachainInfo::ParachainId` (r:1 w:0)
	/// Proof: `ParachainInfo::ParachainId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `XcmpQueue::DeliveryFeeFactor` (r:1 w:0)
	/// Proof: `XcmpQueue::DeliveryFeeFactor` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `PolkadotXcm::SupportedVersion` (r:1 w:0)
	/// Proof: `PolkadotXcm::SupportedVersion` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `XcmpQueue::OutboundXcmpStatus` (r:1 w:1)
	/// Proof: `XcmpQueue::OutboundXcmpStatus` (`max_values`: Some(1), `max_size`: Some(2306), added: 2801, mode: `MaxEncodedLen`)
	/// Storage: `ParachainSystem::RelevantMessagingState` (r:1 w:0)
	/// Proof: `ParachainSystem::RelevantMessagingState` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `Strategies::Operations` (r:0 w:1)
	/// Proof: `Strategies::Operations` (`max_values`: None, `max_size`: Some(41), added: 2516, mode: `MaxEncodedLen`)
	/// Storage: `XcmpQueue::OutboundXcmpMessages` (r:0 w:1)
	/// Proof: `XcmpQueue::OutboundXcmpMessages` (`max_values`: None, `max_size`: Some(105506), added: 107981, mode: `MaxEncodedLen`)
	/// Storage: `PolkadotXcm::Queries` (r:0 w:1)
	/// Proof: `PolkadotXcm::Queries` (`max_values`: None, `max_size`: None, mode: `Measured`)
	fn allocate() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3755`
		//  Estimated: `7350`
		// Minimum execution time: 219_666_000 picoseconds.
		Weight::from_parts(354_004_000, 7350)
			.saturating_add(T::DbWeight::get().reads(16_u64))
			.saturating_add(T::DbWeight::get().writes(13_u64))
	}
	/// Storage: `Strategies::Strategies` (r:1 w:1)
	/// Proof: `Strategies::Strategies` (`max_values`: None, `max_size`: Some(2424), added: 4899, mode: `MaxEncodedLen`)
	/// Storage: `Vaults::Vaults` (r:1 w:1)
	/// Proof: `Vaults::Vaults` (`max_values`: None, `max_size`: Some(465), added: 2940, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:1 w:1)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `PolkadotXcm::QueryCounter` (r:1 w:1)
	/// Proof: `PolkadotXcm::QueryCounter` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `Strategies::HubAssets` (r:1 w:0)
	/// Proof: `Strategies::HubAssets` (`max_values`: None, `max_size`: Some(705), added: 3180, mode: `MaxEncodedLen`)
	/// Storage: `ParachainInfo::ParachainId` (r:1 w:0)
	/// Proof: `ParachainInfo::ParachainId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `XcmpQueue::DeliveryFeeFactor` (r:1 w:0)
	/// Proof: `XcmpQueue::DeliveryFeeFactor` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `PolkadotXcm::SupportedVersion` (r:1 w:0)
	/// Proof: `PolkadotXcm::SupportedVersion` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `XcmpQueue::OutboundXcmpStatus` (r:1 w:1)
	/// Proof: `XcmpQueue::OutboundXcmpStatus` (`max_values`: Some(1), `max_size`: Some(2306), added: 2801, mode: `MaxEncodedLen`)
	/// Storage: `ParachainSystem::RelevantMessagingState` (r:1 w:0)
	/// Proof: `ParachainSystem::RelevantMessagingState` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `XcmpQueue::OutboundXcmpMessages` (r:1 w:1)
	/// Proof: `XcmpQueue::OutboundXcmpMessages` (`max_values`: None, `max_size`: Some(105506), added: 107981, mode: `MaxEncodedLen`)
	/// Storage: `Strategies::Operations` (r:0 w:1)
	/// Proof: `Strategies::Operations` (`max_values`: None, `max_size`: Some(41), added: 2516, mode: `MaxEncodedLen`)
	/// Storage: `PolkadotXcm::Queries` (r:0 w:1)
	/// Proof: `PolkadotXcm::Queries` (`max_values`: None, `max_size`: None, mode: `Measured`)
	fn deallocate() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `4105`
		//  Estimated: `108971`
		// Minimum execution time: 182_601_000 picoseconds.
		Weight::from_parts(219_405_000, 108971)
			.saturating_add(T::DbWeight::get().reads(14_u64))
			.saturating_add(T::DbWeight::get().writes(11_u64))
	}
	/// Storage: `Strategies::Strategies` (r:16 w:1)
	/// Proof: `Strategies::Strategies` (`max_values`: None, `max_size`: Some(2424), added: 4899, mode: `MaxEncodedLen`)
	/// Storage: `Vaults::Vaults` (r:1 w:1)
	/// Proof: `Vaults::Vaults` (`max_values`: None, `max_size`: Some(465), added: 2940, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::AllocationGauges` (r:1 w:0)
	/// Proof: `Gauges::AllocationGauges` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::Gauges` (r:1 w:0)
	/// Proof: `Gauges::Gauges` (`max_values`: None, `max_size`: Some(114), added: 2589, mode: `MaxEncodedLen`)
	/// Storage: `Gauges::GaugeWeightAt` (r:1 w:0)
	/// Proof: `Gauges::GaugeWeightAt` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Strategies::VaultStrategies` (r:1 w:0)
	/// Proof: `Strategies::VaultStrategies` (`max_values`: None, `max_size`: Some(77), added: 2552, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:1 w:1)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `PolkadotXcm::QueryCounter` (r:1 w:1)
	/// Proof: `PolkadotXcm::QueryCounter` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `Strategies::HubAssets` (r:1 w:0)
	/// Proof: `Strategies::HubAssets` (`max_values`: None, `max_size`: Some(705), added: 3180, mode: `MaxEncodedLen`)
	/// Storage: `ParachainInfo::ParachainId` (r:1 w:0)
	/// Proof: `ParachainInfo::ParachainId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `XcmpQueue::DeliveryFeeFactor` (r:1 w:0)
	/// Proof: `XcmpQueue::DeliveryFeeFactor` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `PolkadotXcm::SupportedVersion` (r:1 w:0)
	/// Proof: `PolkadotXcm::SupportedVersion` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `XcmpQueue::OutboundXcmpStatus` (r:1 w:1)
	/// Proof: `XcmpQueue::OutboundXcmpStatus` (`max_values`: Some(1), `max_size`: Some(2306), added: 2801, mode: `MaxEncodedLen`)
	/// Storage: `ParachainSystem::RelevantMessagingState` (r:1 w:0)
	/// Proof: `ParachainSystem::RelevantMessagingState` (`max_values`: Some(1), `max_size`: None, mode: `Measured`)
	/// Storage: `XcmpQueue::OutboundXcmpMessages` (r:1 w:1)
	/// Proof: `XcmpQueue::OutboundXcmpMessages` (`max_values`: None, `max_size`: Some(105506), added: 107981, mode: `MaxEncodedLen`)
	/// Storage: `Strategies::Operations` (r:0 w:1)
	/// Proof: `Strategies::Operations` (`max_values`: None, `max_size`: Some(41), added: 2516, mode: `MaxEncodedLen`)
	/// Storage: `PolkadotXcm::Queries` (r:0 w:1)
	/// Proof: `PolkadotXcm::Queries` (`max_values`: None, `max_size`: None, mode: `Measured`)
	fn rebalance() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `5988`
		//  Estimated: `108971`
		// Minimum execution time: 286_455_000 picoseconds.
		Weight::from_parts(423_618_000, 108971)
			.saturating_add(T::DbWeight::get().reads(33_u64))
			.saturating_add(T::DbWeight::get().writes(11_u64))
	}
	/// Storage: `Strategies::Strategies` (r:16 w:1)
	/// Proof: `Strategies::Strategies` (`max_values`: None, `max_size`: Some(2424), added: 4899, mode: `MaxEncodedLen`)
	/// Storage: `Vaults::Vaults` (r:1 w:1)
	/// Proof: `Vaults::Vaults` (`max_values`: None, `max_size`: Some(465), added: 2940, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:0)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:1 w:0)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Strategies::VaultViews` (r:1 w:1)
	/// Proof: `Strategies::VaultViews` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Strategies::VaultStrategies` (r:1 w:0)
	/// Proof: `Strategies::VaultStrategies` (`max_values`: None, `max_size`: Some(77), added: 2552, mode: `MaxEncodedLen`)
	fn report() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `4551`
		//  Estimated: `79374`
		// Minimum execution time: 141_149_000 picoseconds.
		Weight::from_parts(215_670_000, 79374)
			.saturating_add(T::DbWeight::get().reads(21_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Strategies::Strategies` (r:16 w:1)
	/// Proof: `Strategies::Strategies` (`max_values`: None, `max_size`: Some(2424), added: 4899, mode: `MaxEncodedLen`)
	/// Storage: `Strategies::VaultViews` (r:1 w:1)
	/// Proof: `Strategies::VaultViews` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Vaults::Vaults` (r:1 w:1)
	/// Proof: `Vaults::Vaults` (`max_values`: None, `max_size`: Some(465), added: 2940, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:0)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:1 w:0)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Strategies::VaultStrategies` (r:1 w:0)
	/// Proof: `Strategies::VaultStrategies` (`max_values`: None, `max_size`: Some(77), added: 2552, mode: `MaxEncodedLen`)
	fn force_report() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `4567`
		//  Estimated: `79374`
		// Minimum execution time: 141_580_000 picoseconds.
		Weight::from_parts(196_161_000, 79374)
			.saturating_add(T::DbWeight::get().reads(21_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Strategies::Operations` (r:1 w:1)
	/// Proof: `Strategies::Operations` (`max_values`: None, `max_size`: Some(41), added: 2516, mode: `MaxEncodedLen`)
	/// Storage: `Strategies::Strategies` (r:16 w:1)
	/// Proof: `Strategies::Strategies` (`max_values`: None, `max_size`: Some(2424), added: 4899, mode: `MaxEncodedLen`)
	/// Storage: `Vaults::Vaults` (r:1 w:1)
	/// Proof: `Vaults::Vaults` (`max_values`: None, `max_size`: Some(465), added: 2940, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:1 w:1)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Strategies::VaultStrategies` (r:1 w:0)
	/// Proof: `Strategies::VaultStrategies` (`max_values`: None, `max_size`: Some(77), added: 2552, mode: `MaxEncodedLen`)
	/// Storage: `Strategies::VaultViews` (r:1 w:1)
	/// Proof: `Strategies::VaultViews` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	fn on_response() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `4723`
		//  Estimated: `79374`
		// Minimum execution time: 149_331_000 picoseconds.
		Weight::from_parts(216_441_000, 79374)
			.saturating_add(T::DbWeight::get().reads(22_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `Strategies::Operations` (r:1 w:1)
	/// Proof: `Strategies::Operations` (`max_values`: None, `max_size`: Some(41), added: 2516, mode: `MaxEncodedLen`)
	/// Storage: `Strategies::Strategies` (r:16 w:1)
	/// Proof: `Strategies::Strategies` (`max_values`: None, `max_size`: Some(2424), added: 4899, mode: `MaxEncodedLen`)
	/// Storage: `Vaults::Vaults` (r:1 w:1)
	/// Proof: `Vaults::Vaults` (`max_values`: None, `max_size`: Some(465), added: 2940, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:1 w:1)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Strategies::VaultStrategies` (r:1 w:0)
	/// Proof: `Strategies::VaultStrategies` (`max_values`: None, `max_size`: Some(77), added: 2552, mode: `MaxEncodedLen`)
	/// Storage: `Strategies::VaultViews` (r:1 w:1)
	/// Proof: `Strategies::VaultViews` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	fn force_resolve() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `4723`
		//  Estimated: `79374`
		// Minimum execution time: 155_701_000 picoseconds.
		Weight::from_parts(221_738_000, 79374)
			.saturating_add(T::DbWeight::get().reads(22_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	fn on_initialize_idle() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `218`
		//  Estimated: `0`
		// Minimum execution time: 2_954_000 picoseconds.
		Weight::from_parts(5_949_000, 0)
	}
	/// Storage: `Strategies::PendingHolds` (r:17 w:16)
	/// Proof: `Strategies::PendingHolds` (`max_values`: None, `max_size`: Some(678), added: 3153, mode: `MaxEncodedLen`)
	fn on_initialize_with_pending() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1711`
		//  Estimated: `54591`
		// Minimum execution time: 15_112_000 picoseconds.
		Weight::from_parts(24_226_000, 54591)
			.saturating_add(T::DbWeight::get().reads(17_u64))
			.saturating_add(T::DbWeight::get().writes(16_u64))
	}
}
