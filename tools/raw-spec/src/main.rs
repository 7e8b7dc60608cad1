//! `plexus-raw-spec`: writes a *raw* chain spec of the Plexus parachain for one of the runtime's
//! genesis presets, without a node.
//!
//! The genesis state is built natively (the runtime's `RuntimeGenesisConfig`, i.e. the same
//! code the WASM genesis builder runs) and the runtime's WASM blob is stored as `:code`. The
//! output loads in chopsticks (`--genesis`), `polkadot-omni-node` and zombienet.
//!
//! ```text
//! plexus-raw-spec [--preset development|local_testnet] [--out FILE] [--relay-chain NAME]
//! plexus-raw-spec --list
//! ```

use plexus_raw_spec::{raw_spec, write_spec, SpecMeta};
use plexus_runtime::{
	genesis_config_presets::{preset_config, preset_names, PARA_ID},
	WASM_BINARY,
};
use polkadot_sdk::sp_runtime::BuildStorage;
use serde_json::Value;
use std::{path::PathBuf, process::ExitCode};

struct Args {
	preset: String,
	out: Option<PathBuf>,
	relay_chain: String,
	list: bool,
}

fn parse_args() -> Result<Args, String> {
	let mut args = Args {
		preset: "development".into(),
		out: None,
		relay_chain: "westend-local".into(),
		list: false,
	};
	let mut it = std::env::args().skip(1);
	while let Some(arg) = it.next() {
		let mut value = |name: &str| it.next().ok_or(format!("{name} needs a value"));
		match arg.as_str() {
			"--preset" => args.preset = value("--preset")?,
			"--out" => args.out = Some(value("--out")?.into()),
			"--relay-chain" => args.relay_chain = value("--relay-chain")?,
			"--list" => args.list = true,
			"-h" | "--help" => {
				println!(
					"plexus-raw-spec [--preset development|local_testnet] [--out FILE] \
					 [--relay-chain NAME] | --list"
				);
				std::process::exit(0);
			},
			other => return Err(format!("unknown argument `{other}` (try --help)")),
		}
	}
	Ok(args)
}

/// The raw chain spec of `preset` as JSON.
fn spec_of(preset: &str, relay_chain: &str) -> Result<Value, String> {
	let wasm = WASM_BINARY
		.ok_or("the runtime was built without its WASM blob (unset SKIP_WASM_BUILD and rebuild)")?;
	let config = preset_config(preset).ok_or_else(|| {
		let names: Vec<String> =
			preset_names().iter().map(|p| String::from_utf8_lossy(p.as_ref()).into()).collect();
		format!("unknown preset `{preset}`; known presets: {}", names.join(", "))
	})?;
	let storage = config.build_storage()?;
	let (name, id, chain_type) = match preset {
		"development" => ("Plexus Development", "plexus_dev", "Development"),
		"local_testnet" => ("Plexus Local Testnet", "plexus_local", "Local"),
		other => (other, other, "Custom"),
	};
	let meta = SpecMeta {
		name,
		id,
		chain_type,
		protocol_id: "plexus",
		token_symbol: plexus_runtime::SYMBOL,
		token_decimals: plexus_runtime::DECIMALS,
		relay_chain,
		para_id: PARA_ID,
	};
	Ok(raw_spec(storage, wasm, &meta))
}

fn main() -> ExitCode {
	let args = match parse_args() {
		Ok(a) => a,
		Err(e) => {
			eprintln!("error: {e}");
			return ExitCode::from(2);
		},
	};
	if args.list {
		for p in preset_names() {
			println!("{}", String::from_utf8_lossy(p.as_ref()));
		}
		return ExitCode::SUCCESS;
	}
	let written = spec_of(&args.preset, &args.relay_chain)
		.and_then(|spec| write_spec(&spec, args.out.as_deref()));
	match written {
		Ok(()) => {
			if let Some(path) = &args.out {
				eprintln!("wrote raw chain spec of preset `{}` to {}", args.preset, path.display());
			}
			ExitCode::SUCCESS
		},
		Err(e) => {
			eprintln!("error: {e}");
			ExitCode::FAILURE
		},
	}
}
