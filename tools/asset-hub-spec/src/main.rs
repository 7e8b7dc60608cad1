//! `asset-hub-raw-spec`: writes a *raw* chain spec of Asset Hub Westend (para 1000) for
//! Plexus' local multi-chain network (`scripts/devnet.sh --with-asset-hub`).
//!
//! The state is the real runtime's `local_testnet` preset built natively (seconds; chopsticks'
//! in-WASM genesis builder does not finish it in 15 minutes on 2 cores), without the preset's
//! 25 000 generated dev stakers (staking plays no part in Plexus' flows), and with USDT as on
//! the real Asset Hub: asset 1984 of the trust-backed `pallet-assets` (6 decimals, sufficient),
//! here with [`DEV_USDT`] for each dev account so the journey has something to bring to Plexus.
//! The runtime's WASM blob (given with `--wasm`, built by `scripts/env.sh`'s
//! `plexus_asset_hub_wasm`) becomes `:code`, and the time of writing (a whole Aura slot)
//! `Timestamp::Now`, so that chopsticks times the first block from the state.
//!
//! Under a real relay chain (zombienet, `zombienet/run.sh asset-hub`), `--collator NAME` makes
//! the node zombienet names `NAME` the one collator (invulnerable, session and Aura key of the
//! seed `//Name`, the key zombienet puts in that node's keystore): zombienet cannot customise a
//! raw spec.
//!
//! ```text
//! asset-hub-raw-spec --wasm FILE [--out FILE] [--preset local_testnet] [--collator NAME]
//! ```

use asset_hub_westend_runtime::{Block, Runtime, RuntimeGenesisConfig};
use codec::Encode;
use plexus_raw_spec::{genesis_storage, preset_patch, raw_spec, write_spec, SpecMeta};
use polkadot_sdk::{
	frame_support::traits::Get,
	pallet_aura,
	sp_core::{sr25519, Pair},
	sp_genesis_builder::{runtime_decl_for_genesis_builder::GenesisBuilder, PresetId},
	sp_keyring::Sr25519Keyring,
};
use serde_json::{json, Value};
use std::{path::PathBuf, process::ExitCode};

/// USDT's id in Asset Hub's trust-backed assets.
const USDT_ID: u32 = 1984;
/// USDT's decimals.
const USDT_DECIMALS: u8 = 6;
/// USDT's minimum balance on Asset Hub: 0.01 USDT, in planck.
const USDT_MIN_BALANCE: u128 = 10_000;
/// USDT each dev account holds on Asset Hub: 100 000 USDT, in planck.
const DEV_USDT: u128 = 100_000 * 1_000_000;
/// Asset Hub's para id.
const PARA_ID: u32 = 1000;

/// The patch that removes the generated stakers and adds USDT.
fn local_changes() -> Value {
	let accounts = [
		Sr25519Keyring::Alice,
		Sr25519Keyring::Bob,
		Sr25519Keyring::Charlie,
		Sr25519Keyring::Dave,
		Sr25519Keyring::Eve,
		Sr25519Keyring::Ferdie,
	];
	let owner = Sr25519Keyring::Alice.to_account_id();
	let balances: Vec<Value> =
		accounts.iter().map(|k| json!([USDT_ID, k.to_account_id(), DEV_USDT])).collect();
	json!({
		"staking": { "devStakers": null },
		"assets": {
			"assets": [[USDT_ID, owner, true, USDT_MIN_BALANCE]],
			"metadata": [[USDT_ID, b"Tether USD".to_vec(), b"USDT".to_vec(), USDT_DECIMALS]],
			"accounts": balances,
		},
	})
}

/// The patch that makes the account of the seed `//Name` (zombienet's key of the node `name`)
/// the one collator: invulnerable, with its Aura key as session key.
fn collator_changes(name: &str) -> Result<Value, String> {
	let mut chars = name.chars();
	let first = chars.next().ok_or("--collator needs a node name")?;
	let seed = format!("//{}{}", first.to_uppercase(), chars.as_str());
	let pair = <sr25519::Pair as Pair>::from_string(&seed, None)
		.map_err(|e| format!("bad collator seed {seed}: {e:?}"))?;
	let public = pair.public();
	let account = polkadot_sdk::sp_core::crypto::AccountId32::from(public);
	Ok(json!({
		"collatorSelection": { "invulnerables": [account] },
		"session": { "keys": [[account, account, { "aura": public }]] },
	}))
}

/// The storage key of `pallet_timestamp`'s `Now`.
fn timestamp_now_key() -> Vec<u8> {
	polkadot_sdk::frame_support::storage::storage_prefix(b"Timestamp", b"Now").to_vec()
}

/// Now, in milliseconds since the Unix epoch, rounded down to a whole Aura slot.
fn genesis_time() -> Result<u64, String> {
	let now = std::time::SystemTime::now()
		.duration_since(std::time::UNIX_EPOCH)
		.map_err(|e| e.to_string())?
		.as_millis() as u64;
	let slot: u64 = <Runtime as pallet_aura::Config>::SlotDuration::get();
	Ok(now - now % slot)
}

fn run() -> Result<(), String> {
	let mut wasm: Option<PathBuf> = None;
	let mut out: Option<PathBuf> = None;
	let mut preset = String::from("local_testnet");
	let mut collator: Option<String> = None;
	let mut it = std::env::args().skip(1);
	while let Some(arg) = it.next() {
		let mut value = |name: &str| it.next().ok_or(format!("{name} needs a value"));
		match arg.as_str() {
			"--wasm" => wasm = Some(value("--wasm")?.into()),
			"--out" => out = Some(value("--out")?.into()),
			"--preset" => preset = value("--preset")?,
			"--collator" => collator = Some(value("--collator")?),
			"-h" | "--help" => {
				println!(
					"asset-hub-raw-spec --wasm FILE [--out FILE] [--preset local_testnet] [--collator NAME]"
				);
				return Ok(());
			},
			other => return Err(format!("unknown argument `{other}` (try --help)")),
		}
	}
	let wasm = wasm.ok_or("--wasm FILE is required (the Asset Hub Westend runtime blob)")?;
	let code = std::fs::read(&wasm).map_err(|e| format!("cannot read {}: {e}", wasm.display()))?;
	// A WASM module, or one compressed behind sp-maybe-compressed-blob's prefix.
	const ZSTD_PREFIX: [u8; 8] = [82, 188, 83, 118, 70, 219, 142, 5];
	if !code.starts_with(b"\0asm") && !code.starts_with(&ZSTD_PREFIX) {
		return Err(format!("{} is not a WASM module (compressed or not)", wasm.display()));
	}
	let patch = preset_patch(&preset, |id: &PresetId| {
		<Runtime as GenesisBuilder<Block>>::get_preset(&Some(id.clone()))
	})?;
	let mut patches = vec![patch, local_changes()];
	if let Some(name) = &collator {
		patches.push(collator_changes(name)?);
	}
	let mut storage = genesis_storage::<RuntimeGenesisConfig>(patches)?;
	// chopsticks takes the time of a chain's first block from `Timestamp::Now`, and from its
	// clock when the genesis has none; reading the clock twice (for the slot and for the
	// timestamp) can straddle a slot boundary, which fails the block's Aura check (and with it
	// the block that opens the HRMP channels). A genesis time makes the first block exact.
	storage.top.insert(timestamp_now_key(), genesis_time()?.encode());
	let meta = SpecMeta {
		name: "Asset Hub Westend Local",
		id: "asset-hub-westend-local",
		chain_type: "Local",
		protocol_id: "ah-westend-local",
		token_symbol: "WND",
		token_decimals: 12,
		relay_chain: "westend-local",
		para_id: PARA_ID,
	};
	write_spec(&raw_spec(storage, &code, &meta), out.as_deref())?;
	if let Some(path) = out {
		eprintln!("wrote raw chain spec of Asset Hub Westend ({preset}) to {}", path.display());
	}
	Ok(())
}

fn main() -> ExitCode {
	match run() {
		Ok(()) => ExitCode::SUCCESS,
		Err(e) => {
			eprintln!("error: {e}");
			ExitCode::FAILURE
		},
	}
}
