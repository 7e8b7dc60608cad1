//! Raw chain specs without a node: the genesis state of a runtime's preset built natively, the
//! runtime's WASM blob as `:code`, written as the JSON chain spec chopsticks, `polkadot-omni-node`
//! and zombienet load.
//!
//! - [`genesis_storage`] builds the genesis storage of any runtime from a preset (a JSON patch
//!   over the runtime's default `RuntimeGenesisConfig`), the way a node's chain-spec builder
//!   does, but natively: Asset Hub Westend's genesis takes minutes in an in-WASM executor and
//!   seconds natively.
//! - [`raw_spec`] turns a genesis storage and a WASM blob into the raw chain spec.
//!
//! The binaries: `plexus-raw-spec` (this crate, Plexus' presets) and `asset-hub-raw-spec`
//! (`tools/asset-hub-spec`, Asset Hub Westend for the local multi-chain network).

use polkadot_sdk::{
	frame_support::traits::BuildGenesisConfig,
	sp_core::storage::{well_known_keys, Storage},
	sp_state_machine::BasicExternalities,
};
use serde_json::{json, Map, Value};

/// Merges a preset (a JSON patch) into a genesis config: objects merge key by key, anything else
/// replaces. Unlike RFC 7386, `null` replaces too: presets spell out `null` for fields whose
/// default is something else (e.g. a `PhantomData` marker serialized as `null`).
pub fn merge(base: &mut Value, patch: Value) {
	match (base, patch) {
		(Value::Object(base), Value::Object(patch)) => {
			for (key, value) in patch {
				merge(base.entry(key).or_insert(Value::Null), value);
			}
		},
		(base, patch) => *base = patch,
	}
}

/// The genesis storage of a runtime from `patches` applied in order over its default genesis
/// config `GC` (typically the runtime's preset, then local changes), built with
/// `frame_support`'s genesis builder as a node would.
///
/// Errors: a patch that does not fit the config, or a genesis build that fails (the builder's
/// message).
pub fn genesis_storage<GC: BuildGenesisConfig + Default + serde::Serialize>(
	patches: impl IntoIterator<Item = Value>,
) -> Result<Storage, String> {
	let mut config = serde_json::to_value(GC::default()).map_err(|e| e.to_string())?;
	for patch in patches {
		merge(&mut config, patch);
	}
	let json = serde_json::to_vec(&config).map_err(|e| e.to_string())?;
	let mut storage = Storage::default();
	BasicExternalities::execute_with_storage(&mut storage, || {
		polkadot_sdk::frame_support::genesis_builder_helper::build_state::<GC>(json)
	})?;
	Ok(storage)
}

/// A runtime's preset as JSON, read with `get_preset` (some presets read storage, e.g. Asset
/// Hub's para id for sovereign accounts, hence the externalities).
pub fn preset_patch<I>(
	preset: &str,
	get_preset: impl FnOnce(&I) -> Option<Vec<u8>>,
) -> Result<Value, String>
where
	I: for<'a> From<&'a str>,
{
	let id = I::from(preset);
	let bytes = BasicExternalities::new_empty()
		.execute_with(|| get_preset(&id))
		.ok_or_else(|| format!("the runtime has no preset `{preset}`"))?;
	serde_json::from_slice(&bytes).map_err(|e| format!("preset `{preset}` is not JSON: {e}"))
}

/// `0x`-prefixed lower-case hex.
pub fn hex(bytes: &[u8]) -> String {
	let mut s = String::with_capacity(2 + bytes.len() * 2);
	s.push_str("0x");
	for b in bytes {
		s.push_str(&format!("{b:02x}"));
	}
	s
}

/// What a chain spec says about its chain besides the state.
pub struct SpecMeta<'a> {
	/// Human-readable name (`name`).
	pub name: &'a str,
	/// Short id (`id`), also chopsticks' database name.
	pub id: &'a str,
	/// `Development`, `Local` or `Live`.
	pub chain_type: &'a str,
	/// Network protocol id.
	pub protocol_id: &'a str,
	/// Token symbol shown by wallets.
	pub token_symbol: &'a str,
	/// Token decimals shown by wallets.
	pub token_decimals: u8,
	/// The relay chain's spec id (`relay_chain`).
	pub relay_chain: &'a str,
	/// The parachain id (`para_id`).
	pub para_id: u32,
}

/// The raw chain spec of `storage` with `code` stored as `:code`.
pub fn raw_spec(mut storage: Storage, code: &[u8], meta: &SpecMeta) -> Value {
	storage.top.insert(well_known_keys::CODE.to_vec(), code.to_vec());
	let top: Map<String, Value> =
		storage.top.iter().map(|(k, v)| (hex(k), Value::String(hex(v)))).collect();
	let mut children = Map::new();
	for child in storage.children_default.values() {
		let kv: Map<String, Value> =
			child.data.iter().map(|(k, v)| (hex(k), Value::String(hex(v)))).collect();
		children.insert(hex(child.child_info.storage_key()), Value::Object(kv));
	}
	json!({
		"name": meta.name,
		"id": meta.id,
		"chainType": meta.chain_type,
		"bootNodes": [],
		"telemetryEndpoints": null,
		"protocolId": meta.protocol_id,
		"properties": {
			"tokenSymbol": meta.token_symbol,
			"tokenDecimals": meta.token_decimals,
			"ss58Format": 42,
		},
		"relay_chain": meta.relay_chain,
		"para_id": meta.para_id,
		"codeSubstitutes": {},
		"genesis": { "raw": { "top": top, "childrenDefault": children } },
	})
}

/// Writes `spec` as pretty JSON to `out`, or to stdout if `None`.
pub fn write_spec(spec: &Value, out: Option<&std::path::Path>) -> Result<(), String> {
	let text = serde_json::to_string_pretty(spec).map_err(|e| e.to_string())?;
	match out {
		Some(path) => {
			std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
		},
		None => {
			println!("{text}");
			Ok(())
		},
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn merge_replaces_scalars_and_nulls_and_merges_objects() {
		let mut base = json!({"a": {"x": 1, "y": 2}, "b": 3, "c": "keep"});
		merge(&mut base, json!({"a": {"y": 20, "z": 30}, "b": null, "d": [1]}));
		assert_eq!(
			base,
			json!({"a": {"x": 1, "y": 20, "z": 30}, "b": null, "c": "keep", "d": [1]})
		);
	}

	#[test]
	fn raw_spec_stores_the_code_and_hex_encodes_the_state() {
		let mut storage = Storage::default();
		storage.top.insert(vec![0xab], vec![0x01, 0x02]);
		let meta = SpecMeta {
			name: "Test",
			id: "test",
			chain_type: "Local",
			protocol_id: "test",
			token_symbol: "TST",
			token_decimals: 12,
			relay_chain: "westend-local",
			para_id: 7,
		};
		let spec = raw_spec(storage, &[0x00, 0x61], &meta);
		let top = &spec["genesis"]["raw"]["top"];
		assert_eq!(top["0xab"], "0x0102");
		assert_eq!(top[hex(well_known_keys::CODE)], "0x0061");
		assert_eq!(spec["para_id"], 7);
		assert_eq!(spec["properties"]["tokenSymbol"], "TST");
	}
}
