//! Weights of the Plexus runtime.
//!
//! Block and extrinsic base weights and the database weights are, until the benchmark
//! pipeline of `benchmarks/` produces Plexus' own, polkadot-sdk's reference values
//! (`frame_support::weights::constants`), and the pallets use their crates' benchmarked
//! `SubstrateWeight`.

pub use polkadot_sdk::frame_support::weights::constants::{
	BlockExecutionWeight, ExtrinsicBaseWeight, RocksDbWeight,
};
