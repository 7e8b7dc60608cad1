//! `plexus-raw-spec`: writes a *raw* chain spec of the Plexus parachain for one of the runtime's
//! genesis presets, without a node.
//!
//! The genesis state is built natively (the runtime's `RuntimeGenesisConfig`, i.e. the same
//! code the WASM genesis builder runs) and the runtime's WASM blob is stored as `:code`. The
//! output loads in chopsticks (`--genesis`), `polkadot-omni-node` and zombienet.
//!
//! ```text
//! plexus-raw-spec [--preset development|local_testnet] [--out FILE] [--relay-chain NAME]
//!                 [--holders N]
//! plexus-raw-spec --list
//! ```
//!
//! `--holders N` adds N accounts holding 1 PLX and 1 USDT each (two storage entries per
//! holder plus its `System::Account`): a state of a running chain's size for
//! `plexus-node benchmark storage` (`benchmarks/run.sh storage`), whose database weights are
//! averages over every key of the state. A genesis alone has ~90 keys and one 15 MB `:code`.

use plexus_raw_spec::{raw_spec, write_spec, SpecMeta};
use plexus_runtime::{
	genesis_config_presets::{preset_config, preset_names, PARA_ID},
	AccountId, RuntimeGenesisConfig, UNIT, WASM_BINARY,
};
use polkadot_sdk::{sp_io::hashing::blake2_256, sp_runtime::BuildStorage};
use serde_json::Value;
use std::{path::PathBuf, process::ExitCode};

struct Args {
	preset: String,
	out: Option<PathBuf>,
	relay_chain: String,
	holders: u32,
	list: bool,
}

fn parse_args() -> Result<Args, String> {
	let mut args = Args {
		preset: "development".into(),
		out: None,
		relay_chain: "westend-local".into(),
		holders: 0,
		list: false,
	};
	let mut it = std::env::args().skip(1);
	while let Some(arg) = it.next() {
		let mut value = |name: &str| it.next().ok_or(format!("{name} needs a value"));
		match arg.as_str() {
			"--preset" => args.preset = value("--preset")?,
			"--out" => args.out = Some(value("--out")?.into()),
			"--relay-chain" => args.relay_chain = value("--relay-chain")?,
			"--holders" => {
				let n = value("--holders")?;
				args.holders =
					n.parse().map_err(|_| format!("--holders takes a count, not `{n}`"))?;
			},
			"--list" => args.list = true,
			"-h" | "--help" => {
				println!(
					"plexus-raw-spec [--preset development|local_testnet] [--out FILE] \
					 [--relay-chain NAME] [--holders N] | --list"
				);
				std::process::exit(0);
			},
			other => return Err(format!("unknown argument `{other}` (try --help)")),
		}
	}
	Ok(args)
}

/// Holder `i` of `--holders`: an account nobody has the key of (a hash of its index).
fn holder(i: u32) -> AccountId {
	let mut seed = *b"plexus/raw-spec/holder..........";
	seed[28..].copy_from_slice(&i.to_le_bytes());
	AccountId::from(blake2_256(&seed))
}

/// USDT each holder gets: 1 USDT (6 decimals).
const HOLDER_USDT: u128 = 1_000_000;

/// Adds `n` holders of 1 PLX and 1 USDT each to `config`.
fn add_holders(config: &mut RuntimeGenesisConfig, n: u32) {
	let usdt = plexus_runtime::hub_assets::USDT;
	for i in 0..n {
		let who = holder(i);
		config.balances.balances.push((who.clone(), UNIT));
		config.assets.accounts.push((usdt, who, HOLDER_USDT));
	}
}

/// The raw chain spec of `preset` (with `holders` extra accounts) as JSON.
fn spec_of(preset: &str, relay_chain: &str, holders: u32) -> Result<Value, String> {
	let wasm = WASM_BINARY
		.ok_or("the runtime was built without its WASM blob (unset SKIP_WASM_BUILD and rebuild)")?;
	let config = preset_config(preset).ok_or_else(|| {
		let names: Vec<String> =
			preset_names().iter().map(|p| String::from_utf8_lossy(p.as_ref()).into()).collect();
		format!("unknown preset `{preset}`; known presets: {}", names.join(", "))
	})?;
	let mut config = config;
	add_holders(&mut config, holders);
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
	let written = spec_of(&args.preset, &args.relay_chain, args.holders)
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

#[cfg(test)]
mod tests {
	use super::*;
	use plexus_runtime::{Assets, Balances, Runtime};
	use polkadot_sdk::{
		frame_support::traits::{fungible, fungibles},
		sp_io::TestExternalities,
	};

	fn plx_issuance() -> u128 {
		<Balances as fungible::Inspect<AccountId>>::total_issuance()
	}

	fn usdt_issuance() -> u128 {
		<Assets as fungibles::Inspect<AccountId>>::total_issuance(plexus_runtime::hub_assets::USDT)
	}

	#[test]
	fn holders_add_one_plx_and_one_usdt_account_each_and_their_issuance() {
		let base = preset_config("development").expect("preset exists");
		let mut config = preset_config("development").expect("preset exists");
		add_holders(&mut config, 50);

		let accounts = || polkadot_sdk::frame_system::Account::<Runtime>::iter().count();
		let usdt = plexus_runtime::hub_assets::USDT;
		let (plx_before, usdt_before, accounts_before) =
			TestExternalities::new(base.build_storage().unwrap())
				.execute_with(|| (plx_issuance(), usdt_issuance(), accounts()));
		TestExternalities::new(config.build_storage().unwrap()).execute_with(|| {
			for i in [0, 17, 49] {
				assert_eq!(Balances::free_balance(holder(i)), UNIT);
				assert_eq!(Assets::balance(usdt, holder(i)), HOLDER_USDT);
			}
			assert_eq!(Balances::free_balance(holder(50)), 0, "only n holders");
			assert_eq!(plx_issuance(), plx_before + 50 * UNIT);
			assert_eq!(usdt_issuance(), usdt_before + 50 * HOLDER_USDT);
			assert_eq!(accounts(), accounts_before + 50, "one new account per holder");
		});
	}

	#[test]
	fn holders_are_distinct_accounts() {
		let mut seen = std::collections::BTreeSet::new();
		for i in 0..1_000 {
			assert!(seen.insert(holder(i)), "holder {i} repeats an earlier one");
		}
	}
}
