// Provisional: replaced by `benchmarks/run.sh pallet_intents`.
#![allow(missing_docs)]
use core::marker::PhantomData;
use polkadot_sdk::frame_support::weights::Weight;
pub struct WeightInfo<T>(PhantomData<T>);
impl<T: polkadot_sdk::frame_system::Config> pallet_intents::WeightInfo for WeightInfo<T> {
	fn submit_swap() -> Weight { Weight::zero() }
	fn submit_redeem() -> Weight { Weight::zero() }
	fn submit_deposit() -> Weight { Weight::zero() }
	fn cancel() -> Weight { Weight::zero() }
	fn clean_up() -> Weight { Weight::zero() }
	fn submit_solution(_n: u32, _m: u32, ) -> Weight { Weight::zero() }
	fn set_valuation_price() -> Weight { Weight::zero() }
	fn claim_unclaimed() -> Weight { Weight::zero() }
	fn on_initialize_idle() -> Weight { Weight::zero() }
	fn close_batch() -> Weight { Weight::zero() }
	fn apply_fill() -> Weight { Weight::zero() }
	fn clear_pair(_n: u32, ) -> Weight { Weight::zero() }
	fn net_vault(_n: u32, ) -> Weight { Weight::zero() }
	fn finish_settlement() -> Weight { Weight::zero() }
	fn expire_intent() -> Weight { Weight::zero() }
}
