//! `polkadot`: the relay-chain node of Plexus' local networks (zombienet), the same program
//! as the `polkadot` crate's binary (`polkadot_cli::run`), compiled in this workspace.
//!
//! Built without native runtimes: the relay chain's runtime is the WASM in its chain spec
//! (`westend-local`, written by `westend-local-spec`).

fn main() -> Result<(), Box<dyn std::error::Error>> {
	polkadot_cli::run()?;
	Ok(())
}
