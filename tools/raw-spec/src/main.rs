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

use plexus_runtime::{
	genesis_config_presets::{preset_config, preset_names, PARA_ID},
	WASM_BINARY,
};
use polkadot_sdk::{sp_core::storage::well_known_keys, sp_runtime::BuildStorage};
use serde_json::{json, Map, Value};
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

fn hex(bytes: &[u8]) -> String {
	let mut s = String::with_capacity(2 + bytes.len() * 2);
	s.push_str("0x");
	for b in bytes {
		s.push_str(&format!("{b:02x}"));
	}
	s
}

/// The raw chain spec of `preset` as JSON.
fn raw_spec(preset: &str, relay_chain: &str) -> Result<Value, String> {
	let wasm = WASM_BINARY
		.ok_or("the runtime was built without its WASM blob (unset SKIP_WASM_BUILD and rebuild)")?;
	let config = preset_config(preset).ok_or_else(|| {
		let names: Vec<String> =
			preset_names().iter().map(|p| String::from_utf8_lossy(p.as_ref()).into()).collect();
		format!("unknown preset `{preset}`; known presets: {}", names.join(", "))
	})?;
	let mut storage = config.build_storage()?;
	storage.top.insert(well_known_keys::CODE.to_vec(), wasm.to_vec());

	let top: Map<String, Value> =
		storage.top.iter().map(|(k, v)| (hex(k), Value::String(hex(v)))).collect();
	let mut children = Map::new();
	for child in storage.children_default.values() {
		let kv: Map<String, Value> =
			child.data.iter().map(|(k, v)| (hex(k), Value::String(hex(v)))).collect();
		children.insert(hex(child.child_info.storage_key()), Value::Object(kv));
	}
	let (name, id, chain_type) = match preset {
		"development" => ("Plexus Development", "plexus_dev", "Development"),
		"local_testnet" => ("Plexus Local Testnet", "plexus_local", "Local"),
		other => (other, other, "Custom"),
	};
	Ok(json!({
		"name": name,
		"id": id,
		"chainType": chain_type,
		"bootNodes": [],
		"telemetryEndpoints": null,
		"protocolId": "plexus",
		"properties": {
			"tokenSymbol": plexus_runtime::SYMBOL,
			"tokenDecimals": plexus_runtime::DECIMALS,
			"ss58Format": 42,
		},
		"relay_chain": relay_chain,
		"para_id": PARA_ID,
		"codeSubstitutes": {},
		"genesis": { "raw": { "top": top, "childrenDefault": children } },
	}))
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
	let spec = match raw_spec(&args.preset, &args.relay_chain) {
		Ok(s) => s,
		Err(e) => {
			eprintln!("error: {e}");
			return ExitCode::FAILURE;
		},
	};
	let text = match serde_json::to_string_pretty(&spec) {
		Ok(t) => t,
		Err(e) => {
			eprintln!("error: {e}");
			return ExitCode::FAILURE;
		},
	};
	match args.out {
		Some(path) => {
			if let Err(e) = std::fs::write(&path, text) {
				eprintln!("error: cannot write {}: {e}", path.display());
				return ExitCode::FAILURE;
			}
			eprintln!("wrote raw chain spec of preset `{}` to {}", args.preset, path.display());
		},
		None => println!("{text}"),
	}
	ExitCode::SUCCESS
}
