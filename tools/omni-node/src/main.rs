//! `polkadot-omni-node`: Asset Hub Westend's collator in Plexus' local networks, the program of
//! polkadot-sdk's `polkadot-omni-node` binary built from `polkadot-omni-node-lib` in this
//! workspace (it shares plexus-node's compiled crates).
//!
//! Why not `plexus-node` itself: Asset Hub Westend's runtime builds on a relay parent one block
//! back (`RELAY_PARENT_OFFSET = 1`) at three blocks per relay slot, which only the slot-based
//! collator supports (`--authoring slot-based`); plexus-node runs the lookahead collator.

use polkadot_sdk::polkadot_omni_node_lib::{
	chain_spec::DiskChainSpecLoader, run, runtime::DefaultRuntimeResolver, CliConfig, RunConfig,
	NODE_VERSION,
};

/// The omni-node's command-line identity.
struct OmniNode;

impl CliConfig for OmniNode {
	fn impl_version() -> String {
		format!("{NODE_VERSION}-plexus")
	}

	fn author() -> String {
		"Parity Technologies (built by Plexus for its local networks)".into()
	}

	fn support_url() -> String {
		"https://github.com/paritytech/polkadot-sdk/issues/new".into()
	}

	fn copyright_start_year() -> u16 {
		2017
	}
}

fn main() -> polkadot_sdk::sc_cli::Result<()> {
	let config = RunConfig::new(Box::new(DefaultRuntimeResolver), Box::new(DiskChainSpecLoader));
	run::<OmniNode>(config)
}
