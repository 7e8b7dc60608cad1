//! # Plexus integration tests
//!
//! An [`xcm_emulator`] network of the **real** runtimes from the crate registry: the Westend
//! relay (`westend-runtime`), Asset Hub Westend (`asset-hub-westend-runtime`, para 1000) and
//! Plexus (`plexus-runtime`, para 2000). Each chain starts from its own runtime's
//! `local_testnet` genesis preset (Plexus' has no unbacked hub-asset balances); messages move
//! between them the way the relay chain would route them (UMP, DMP, HRMP).
//!
//! The tests live in `src/tests/`; they check Plexus' cross-chain flows end to end: hub assets
//! arriving from Asset Hub, one-step deposits into vaults from another chain, withdrawals back,
//! strategies on Asset Hub and their reports.

pub use asset_hub_westend_runtime;
pub use plexus_runtime;
pub use westend_runtime;

use polkadot_sdk::{
	cumulus_primitives_core::AggregateMessageOrigin,
	frame_support::{
		self,
		traits::{BuildGenesisConfig, OnInitialize},
	},
	sp_core::storage::Storage,
	sp_genesis_builder::PresetId,
	sp_state_machine::BasicExternalities,
};
use serde_json::Value;
use xcm_emulator::{decl_test_networks, decl_test_parachains, decl_test_relay_chains};

#[cfg(test)]
mod tests;

/// Para id of Asset Hub Westend.
pub const ASSET_HUB_ID: u32 = 1000;
/// Para id of Plexus (the runtime's presets).
pub const PLEXUS_ID: u32 = plexus_runtime::genesis_config_presets::PARA_ID;

/// Merges a preset (a JSON patch) into the default config: objects merge key by key, anything
/// else replaces. Unlike RFC 7386, `null` replaces too: presets spell out `null` for fields
/// whose default is something else (e.g. a `PhantomData` marker serialized as `null`).
fn merge(base: &mut Value, patch: Value) {
	match (base, patch) {
		(Value::Object(base), Value::Object(patch)) => {
			for (key, value) in patch {
				merge(base.entry(key).or_insert(Value::Null), value);
			}
		},
		(base, patch) => *base = patch,
	}
}

/// The genesis storage of a runtime's preset: the preset (a patch) merged over the runtime's
/// default genesis config, then built the way a node's chain-spec builder builds it.
///
/// Panics (test set-up only) if the preset is unknown or does not build.
pub fn genesis_of<GC: BuildGenesisConfig + Default + serde::Serialize>(
	preset: &str,
	get_preset: fn(&PresetId) -> Option<Vec<u8>>,
) -> Storage {
	// Some presets read storage (e.g. Asset Hub's para id for sovereign accounts).
	let bytes = BasicExternalities::new_empty()
		.execute_with(|| get_preset(&PresetId::from(preset)))
		.unwrap_or_else(|| panic!("preset {preset}"));
	let patch: Value = serde_json::from_slice(&bytes).expect("presets are JSON");
	let mut config = serde_json::to_value(GC::default()).expect("the default config serializes");
	merge(&mut config, patch);
	// Asset Hub's presets generate 26 000 dev stakers (each a bip39 key derivation: minutes in a
	// debug build); staking plays no part in these tests.
	if let Some(stakers) = config.get_mut("staking").and_then(|s| s.get_mut("devStakers")) {
		*stakers = Value::Null;
	}
	let json = serde_json::to_vec(&config).expect("JSON serializes");
	let mut storage = Storage::default();
	BasicExternalities::execute_with_storage(&mut storage, || {
		polkadot_sdk::frame_support::genesis_builder_helper::build_state::<GC>(json)
			.expect("the preset builds")
	});
	storage
}

decl_test_relay_chains! {
	#[api_version(16)]
	pub struct Westend {
		genesis = genesis_of::<westend_runtime::RuntimeGenesisConfig>(
			"local_testnet",
			|id| {
				use polkadot_sdk::sp_genesis_builder::runtime_decl_for_genesis_builder::GenesisBuilder;
				<westend_runtime::Runtime as GenesisBuilder<westend_runtime::Block>>::get_preset(
					&Some(id.clone()),
				)
			},
		),
		on_init = (),
		runtime = westend_runtime,
		core = {
			SovereignAccountOf: westend_runtime::xcm_config::LocationConverter,
		},
		pallets = {
			XcmPallet: westend_runtime::XcmPallet,
			Balances: westend_runtime::Balances,
		}
	},
}

decl_test_parachains! {
	pub struct AssetHubWestend {
		genesis = genesis_of::<asset_hub_westend_runtime::RuntimeGenesisConfig>(
			"local_testnet",
			|id| {
				use polkadot_sdk::sp_genesis_builder::runtime_decl_for_genesis_builder::GenesisBuilder;
				<asset_hub_westend_runtime::Runtime as GenesisBuilder<
					asset_hub_westend_runtime::Block,
				>>::get_preset(&Some(id.clone()))
			},
		),
		on_init = {
			asset_hub_westend_runtime::AuraExt::on_initialize(1);
		},
		runtime = asset_hub_westend_runtime,
		core = {
			XcmpMessageHandler: asset_hub_westend_runtime::XcmpQueue,
			LocationToAccountId: asset_hub_westend_runtime::xcm_config::LocationToAccountId,
			ParachainInfo: asset_hub_westend_runtime::ParachainInfo,
			MessageOrigin: AggregateMessageOrigin,
		},
		pallets = {
			PolkadotXcm: asset_hub_westend_runtime::PolkadotXcm,
			Balances: asset_hub_westend_runtime::Balances,
			Assets: asset_hub_westend_runtime::Assets,
			AssetConversion: asset_hub_westend_runtime::AssetConversion,
		}
	},
	pub struct Plexus {
		genesis = genesis_of::<plexus_runtime::RuntimeGenesisConfig>(
			"local_testnet",
			plexus_runtime::genesis_config_presets::get_preset,
		),
		on_init = {
			plexus_runtime::AuraExt::on_initialize(1);
		},
		runtime = plexus_runtime,
		core = {
			XcmpMessageHandler: plexus_runtime::XcmpQueue,
			LocationToAccountId: plexus_runtime::configs::xcm_config::LocationToAccountId,
			ParachainInfo: plexus_runtime::ParachainInfo,
			MessageOrigin: AggregateMessageOrigin,
		},
		pallets = {
			PolkadotXcm: plexus_runtime::PolkadotXcm,
			Balances: plexus_runtime::Balances,
			Assets: plexus_runtime::Assets,
			Vaults: plexus_runtime::Vaults,
		}
	},
}

// Westend with Asset Hub and Plexus.
decl_test_networks! {
	pub struct WestendNet {
		relay_chain = Westend,
		parachains = vec![
			AssetHubWestend,
			Plexus,
		],
		bridge = ()
	},
}

/// Asset Hub Westend in [`WestendNet`] (the network macro also names it
/// `AssetHubWestendPara`; Plexus is `PlexusPara`, the relay `WestendRelay`).
pub type AssetHub = AssetHubWestendPara;
