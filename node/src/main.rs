//! # `plexus-node`
//!
//! The node of the Plexus parachain, on polkadot-sdk's cumulus client:
//!
//! - **collator / full node under a relay chain**: Aura with async backing (lookahead
//!   collator), the relay chain node in-process (or `--relay-chain-rpc-url`), relay-chain
//!   arguments after `--`: `plexus-node --collator --chain local -- --chain westend-local.json`;
//! - **dev mode without a relay chain**: `plexus-node --dev` seals a block every
//!   `--dev-block-time` ms (default 6 000) or, with `--instant-seal`, as soon as a transaction
//!   arrives; the relay chain is mocked (validation data, timestamps), the `development` genesis
//!   preset endows the dev accounts, RPC on `ws://127.0.0.1:9944`;
//! - chain specs built in from the runtime's presets (`dev`, `local`) or `--chain path.json`;
//! - the standard RPC plus the `plexus_` methods (crate `plexus-rpc`);
//! - `build-spec`, `export-genesis-head`, `export-genesis-wasm`, `key`, `purge-chain`,
//!   `check-block`, `export-blocks`, `import-blocks`, `export-state`, `revert` and `benchmark`
//!   (`pallet` and `storage` with the `runtime-benchmarks` feature; `block`, `machine`).

// `sc_cli::Error` and `sc_service::Error`, the error types of polkadot-sdk's node API, are large
// by design; every command and service function returns them.
#![allow(clippy::result_large_err)]

mod chain_spec;
mod cli;
mod command;
mod rpc;
mod service;

fn main() -> polkadot_sdk::sc_cli::Result<()> {
	command::run()
}
