//! Weights for `pallet_strategies`: replaced by `benchmarks/run.sh pallet_strategies`.
#![allow(missing_docs)]
use core::marker::PhantomData;
use polkadot_sdk::frame_support::weights::Weight;
pub struct WeightInfo<T>(PhantomData<T>);
impl<T> pallet_strategies::WeightInfo for WeightInfo<T> {
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
