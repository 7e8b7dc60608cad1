//! Chain specs of Plexus: built from the runtime's genesis presets, or read from a file.

use plexus_runtime::genesis_config_presets::PARA_ID;
use polkadot_sdk::{
	sc_chain_spec::{ChainSpecExtension, ChainSpecGroup, ChainType, GenericChainSpec, Properties},
	sp_genesis_builder::{DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET},
};
use serde::{Deserialize, Serialize};

/// A Plexus chain spec.
pub type ChainSpec = GenericChainSpec<Extensions>;

/// The relay chain and para id a Plexus chain spec names (the fields cumulus nodes and
/// zombienet read).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ChainSpecGroup, ChainSpecExtension)]
pub struct Extensions {
	/// The relay chain's chain id, e.g. `westend-local`.
	#[serde(alias = "relayChain", alias = "RelayChain")]
	pub relay_chain: String,
	/// The para id Plexus is registered with.
	#[serde(alias = "paraId", alias = "ParaId")]
	pub para_id: u32,
}

impl Extensions {
	/// The extensions of `spec`, if it has them.
	pub fn try_get(spec: &dyn polkadot_sdk::sc_service::ChainSpec) -> Option<&Self> {
		polkadot_sdk::sc_chain_spec::get_extension(spec.extensions())
	}
}

fn properties() -> Properties {
	let mut p = Properties::new();
	p.insert("tokenSymbol".into(), plexus_runtime::SYMBOL.into());
	p.insert("tokenDecimals".into(), plexus_runtime::DECIMALS.into());
	p.insert("ss58Format".into(), 42.into());
	p
}

fn from_preset(
	name: &str,
	id: &str,
	chain_type: ChainType,
	preset: &str,
) -> Result<ChainSpec, String> {
	let wasm = plexus_runtime::WASM_BINARY.ok_or(
		"plexus-node was built without the runtime's WASM blob (unset SKIP_WASM_BUILD and rebuild)",
	)?;
	Ok(ChainSpec::builder(
		wasm,
		Extensions { relay_chain: "westend-local".into(), para_id: PARA_ID },
	)
	.with_name(name)
	.with_id(id)
	.with_chain_type(chain_type)
	.with_protocol_id("plexus")
	.with_properties(properties())
	.with_genesis_config_preset_name(preset)
	.build())
}

/// The chain spec `id` names: `dev`/`development` (the `development` preset: Alice collates,
/// dev accounts endowed, sudo Alice, the demo vault), `local`/`local_testnet` (two collators,
/// Alice and Bob) or a JSON file (plain or raw).
pub fn load(id: &str) -> Result<Box<dyn polkadot_sdk::sc_service::ChainSpec>, String> {
	Ok(match id {
		"" | "dev" | "development" => Box::new(from_preset(
			"Plexus Development",
			"plexus_dev",
			ChainType::Development,
			DEV_RUNTIME_PRESET,
		)?),
		"local" | "local_testnet" => Box::new(from_preset(
			"Plexus Local Testnet",
			"plexus_local",
			ChainType::Local,
			LOCAL_TESTNET_RUNTIME_PRESET,
		)?),
		path => Box::new(ChainSpec::from_json_file(path.into()).map_err(|e| {
			format!("`{path}` is neither a built-in chain (dev, local) nor a chain spec file: {e}")
		})?),
	})
}
