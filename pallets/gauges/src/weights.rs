// This file is part of Plexus.
// SPDX-License-Identifier: Apache-2.0

//! Weights for `pallet_gauges`: placeholder until `benchmarks/run.sh pallet_gauges` writes them.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use polkadot_sdk::frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed for `pallet_gauges`.
pub trait WeightInfo {
	fn lock() -> Weight;
	fn extend_lock() -> Weight;
	fn increase_amount() -> Weight;
	fn withdraw() -> Weight;
	fn create_gauge() -> Weight;
	fn kill_gauge() -> Weight;
	fn vote(n: u32, ) -> Weight;
	fn checkpoint_gauge(n: u32, ) -> Weight;
	fn stake() -> Weight;
	fn unstake() -> Weight;
	fn claim_emissions() -> Weight;
	fn add_incentive() -> Weight;
	fn claim_incentives(e: u32, p: u32, ) -> Weight;
	fn refund_incentive() -> Weight;
	fn keeper(n: u32, ) -> Weight;
	fn roll_emission_total() -> Weight;
}

/// Weights for `pallet_gauges`.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: polkadot_sdk::frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn lock() -> Weight {
		Weight::zero()
	}
	fn extend_lock() -> Weight {
		Weight::zero()
	}
	fn increase_amount() -> Weight {
		Weight::zero()
	}
	fn withdraw() -> Weight {
		Weight::zero()
	}
	fn create_gauge() -> Weight {
		Weight::zero()
	}
	fn kill_gauge() -> Weight {
		Weight::zero()
	}
	fn vote(_n: u32, ) -> Weight {
		Weight::zero()
	}
	fn checkpoint_gauge(_n: u32, ) -> Weight {
		Weight::zero()
	}
	fn stake() -> Weight {
		Weight::zero()
	}
	fn unstake() -> Weight {
		Weight::zero()
	}
	fn claim_emissions() -> Weight {
		Weight::zero()
	}
	fn add_incentive() -> Weight {
		Weight::zero()
	}
	fn claim_incentives(_e: u32, _p: u32, ) -> Weight {
		Weight::zero()
	}
	fn refund_incentive() -> Weight {
		Weight::zero()
	}
	fn keeper(_n: u32, ) -> Weight {
		Weight::zero()
	}
	fn roll_emission_total() -> Weight {
		Weight::zero()
	}
}

// For tests.
impl WeightInfo for () {
	fn lock() -> Weight {
		Weight::zero()
	}
	fn extend_lock() -> Weight {
		Weight::zero()
	}
	fn increase_amount() -> Weight {
		Weight::zero()
	}
	fn withdraw() -> Weight {
		Weight::zero()
	}
	fn create_gauge() -> Weight {
		Weight::zero()
	}
	fn kill_gauge() -> Weight {
		Weight::zero()
	}
	fn vote(_n: u32, ) -> Weight {
		Weight::zero()
	}
	fn checkpoint_gauge(_n: u32, ) -> Weight {
		Weight::zero()
	}
	fn stake() -> Weight {
		Weight::zero()
	}
	fn unstake() -> Weight {
		Weight::zero()
	}
	fn claim_emissions() -> Weight {
		Weight::zero()
	}
	fn add_incentive() -> Weight {
		Weight::zero()
	}
	fn claim_incentives(_e: u32, _p: u32, ) -> Weight {
		Weight::zero()
	}
	fn refund_incentive() -> Weight {
		Weight::zero()
	}
	fn keeper(_n: u32, ) -> Weight {
		Weight::zero()
	}
	fn roll_emission_total() -> Weight {
		Weight::zero()
	}
}
