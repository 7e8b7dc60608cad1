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
};
use xcm_emulator::{decl_test_networks, decl_test_parachains, decl_test_relay_chains};

#[cfg(test)]
mod tests;

/// Para id of Asset Hub Westend.
pub const ASSET_HUB_ID: u32 = 1000;
/// Para id of Plexus (the runtime's presets).
pub const PLEXUS_ID: u32 = plexus_runtime::genesis_config_presets::PARA_ID;

/// The genesis storage of a runtime's preset: the preset (a patch) merged over the runtime's
/// default genesis config, then built the way a node's chain-spec builder builds it
/// ([`plexus_raw_spec::genesis_storage`], which also writes the raw specs of the local
/// multi-chain network).
///
/// Panics (test set-up only) if the preset is unknown or does not build.
pub fn genesis_of<GC: BuildGenesisConfig + Default + serde::Serialize>(
	preset: &str,
	get_preset: fn(&PresetId) -> Option<Vec<u8>>,
) -> Storage {
	let patch = plexus_raw_spec::preset_patch(preset, get_preset).expect("the preset");
	// Asset Hub's presets generate 26 000 dev stakers (each a bip39 key derivation: minutes in a
	// debug build); staking plays no part in these tests.
	let no_stakers = serde_json::json!({ "staking": { "devStakers": null } });
	let patches =
		if patch.get("staking").is_some() { vec![patch, no_stakers] } else { vec![patch] };
	plexus_raw_spec::genesis_storage::<GC>(patches).expect("the preset builds")
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
