//! `westend-local-spec`: writes the *plain* chain spec of the `westend-local` relay chain of
//! Plexus' local networks, the same spec as `polkadot build-spec --chain westend-local` of a
//! `polkadot` built with `westend-native` (id `westend_local_testnet`, the runtime's
//! `local_testnet` preset: validators Alice and Bob), from a `westend-runtime` WASM built with
//! `fast-runtime` (`zombienet/run.sh` builds it, see `plexus_westend_wasm` in `scripts/env.sh`).
//! Zombienet adds its validators' keys and the parachains to it and turns it raw.
//!
//! ```text
//! westend-local-spec --wasm FILE --out FILE
//! ```

use polkadot_cli::service::chain_spec::Extensions;
use polkadot_sdk::sc_chain_spec::{ChainType, GenericChainSpec, Properties};
use std::{path::PathBuf, process::ExitCode};

/// The token of Westend: WND, 12 decimals, the generic SS58 prefix.
fn properties() -> Properties {
	let mut properties = Properties::new();
	properties.insert("tokenSymbol".into(), "WND".into());
	properties.insert("tokenDecimals".into(), 12.into());
	properties.insert("ss58Format".into(), 42.into());
	properties
}

fn run() -> Result<(), String> {
	let mut wasm: Option<PathBuf> = None;
	let mut out: Option<PathBuf> = None;
	let mut args = std::env::args().skip(1);
	while let Some(arg) = args.next() {
		match arg.as_str() {
			"--wasm" => wasm = args.next().map(PathBuf::from),
			"--out" => out = args.next().map(PathBuf::from),
			other => return Err(format!("unknown argument {other}")),
		}
	}
	let wasm = wasm.ok_or("--wasm FILE is required")?;
	let out = out.ok_or("--out FILE is required")?;
	let code = std::fs::read(&wasm).map_err(|e| format!("{}: {e}", wasm.display()))?;
	let spec = GenericChainSpec::<Extensions>::builder(&code, Default::default())
		.with_name("Westend Local Testnet")
		.with_id("westend_local_testnet")
		.with_chain_type(ChainType::Local)
		.with_genesis_config_preset_name("local_testnet")
		.with_protocol_id("dot")
		.with_properties(properties())
		.build();
	let json = spec.as_json(false)?;
	std::fs::write(&out, json).map_err(|e| format!("{}: {e}", out.display()))?;
	eprintln!("wrote {}", out.display());
	Ok(())
}

fn main() -> ExitCode {
	match run() {
		Ok(()) => ExitCode::SUCCESS,
		Err(e) => {
			eprintln!("westend-local-spec: {e}");
			ExitCode::FAILURE
		},
	}
}
