// This file is part of Plexus.
// SPDX-License-Identifier: Apache-2.0

//! Weights for `pallet_strategies`. Replaced by the output of `benchmarks/run.sh
//! pallet_strategies`; until then the `()` implementation (for tests) charges nothing.

#![allow(missing_docs)]

use polkadot_sdk::frame_support::weights::Weight;

/// Weight functions needed for `pallet_strategies`.
pub trait WeightInfo {
	fn register_hub_asset() -> Weight;
	fn register_branch() -> Weight;
	fn set_inflow_limit() -> Weight;
	fn release_inflow() -> Weight;
	fn withdraw_to() -> Weight;
	fn register_strategy() -> Weight;
	fn retire_strategy() -> Weight;
	fn allocate() -> Weight;
	fn deallocate() -> Weight;
	fn rebalance() -> Weight;
	fn report() -> Weight;
	fn force_report() -> Weight;
	fn on_response() -> Weight;
	fn force_resolve() -> Weight;
	fn on_initialize_idle() -> Weight;
	fn on_initialize_with_pending() -> Weight;
}

impl WeightInfo for () {
	fn register_hub_asset() -> Weight {
		Weight::zero()
	}
	fn register_branch() -> Weight {
		Weight::zero()
	}
	fn set_inflow_limit() -> Weight {
		Weight::zero()
	}
	fn release_inflow() -> Weight {
		Weight::zero()
	}
	fn withdraw_to() -> Weight {
		Weight::zero()
	}
	fn register_strategy() -> Weight {
		Weight::zero()
	}
	fn retire_strategy() -> Weight {
		Weight::zero()
	}
	fn allocate() -> Weight {
		Weight::zero()
	}
	fn deallocate() -> Weight {
		Weight::zero()
	}
	fn rebalance() -> Weight {
		Weight::zero()
	}
	fn report() -> Weight {
		Weight::zero()
	}
	fn force_report() -> Weight {
		Weight::zero()
	}
	fn on_response() -> Weight {
		Weight::zero()
	}
	fn force_resolve() -> Weight {
		Weight::zero()
	}
	fn on_initialize_idle() -> Weight {
		Weight::zero()
	}
	fn on_initialize_with_pending() -> Weight {
		Weight::zero()
	}
}
