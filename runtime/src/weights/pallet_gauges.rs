// This file is part of Plexus.
// SPDX-License-Identifier: Apache-2.0

//! Placeholder until `benchmarks/run.sh pallet_gauges` writes the measured weights.

#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use core::marker::PhantomData;
use frame_support::{traits::Get, weights::Weight};
use polkadot_sdk::*;

/// Weights of `pallet_gauges`.
pub struct WeightInfo<T>(PhantomData<T>);
impl<T: frame_system::Config> pallet_gauges::WeightInfo for WeightInfo<T> {
	fn lock() -> Weight {
		<pallet_gauges::weights::SubstrateWeight<T> as pallet_gauges::WeightInfo>::lock()
	}
	fn extend_lock() -> Weight {
		<pallet_gauges::weights::SubstrateWeight<T> as pallet_gauges::WeightInfo>::extend_lock()
	}
	fn increase_amount() -> Weight {
		<pallet_gauges::weights::SubstrateWeight<T> as pallet_gauges::WeightInfo>::increase_amount()
	}
	fn withdraw() -> Weight {
		<pallet_gauges::weights::SubstrateWeight<T> as pallet_gauges::WeightInfo>::withdraw()
	}
	fn create_gauge() -> Weight {
		<pallet_gauges::weights::SubstrateWeight<T> as pallet_gauges::WeightInfo>::create_gauge()
	}
	fn kill_gauge() -> Weight {
		<pallet_gauges::weights::SubstrateWeight<T> as pallet_gauges::WeightInfo>::kill_gauge()
	}
	fn vote(n: u32) -> Weight {
		<pallet_gauges::weights::SubstrateWeight<T> as pallet_gauges::WeightInfo>::vote(n)
	}
	fn checkpoint_gauge(n: u32) -> Weight {
		<pallet_gauges::weights::SubstrateWeight<T> as pallet_gauges::WeightInfo>::checkpoint_gauge(
			n,
		)
	}
	fn stake() -> Weight {
		<pallet_gauges::weights::SubstrateWeight<T> as pallet_gauges::WeightInfo>::stake()
	}
	fn unstake() -> Weight {
		<pallet_gauges::weights::SubstrateWeight<T> as pallet_gauges::WeightInfo>::unstake()
	}
	fn claim_emissions() -> Weight {
		<pallet_gauges::weights::SubstrateWeight<T> as pallet_gauges::WeightInfo>::claim_emissions()
	}
	fn add_incentive() -> Weight {
		<pallet_gauges::weights::SubstrateWeight<T> as pallet_gauges::WeightInfo>::add_incentive()
	}
	fn claim_incentives(e: u32, p: u32) -> Weight {
		<pallet_gauges::weights::SubstrateWeight<T> as pallet_gauges::WeightInfo>::claim_incentives(
			e, p,
		)
	}
	fn refund_incentive() -> Weight {
		<pallet_gauges::weights::SubstrateWeight<T> as pallet_gauges::WeightInfo>::refund_incentive(
		)
	}
	fn keeper(n: u32) -> Weight {
		<pallet_gauges::weights::SubstrateWeight<T> as pallet_gauges::WeightInfo>::keeper(n)
	}
	fn roll_emission_total() -> Weight {
		<pallet_gauges::weights::SubstrateWeight<T> as pallet_gauges::WeightInfo>::roll_emission_total()
	}
}
