//! Genesis presets of the Plexus runtime.
//!
//! - `development`: a dev chain (e.g. under chopsticks or `--dev`): collators Alice and Bob,
//!   the well-known dev accounts endowed with 1 000 000 PLX each, Alice as sudo, para id 2000,
//!   DOT and USDT registered as hub assets, a demo USDT vault, and demo balances of 10 000 USDT and 1 000 DOT for
//!   Alice and Bob so vaults and intents can be tried at once.
//! - `local_testnet`: the same chain for a local relay network (zombienet): the same collators,
//!   accounts, sudo, hub assets and demo vault, but no hub-asset balances, since on a real network every
//!   hub asset must be backed by its reserve chain.

use crate::configs::xcm_config::{AssetHubLocation, DotLocation, UsdtLocation};
use crate::{
	configs::HubAssetsOwner, hub_assets as hub, AccountId, AssetsConfig, AuraId, Balance,
	BalancesConfig, CollatorSelectionConfig, ParachainInfoConfig, PolkadotXcmConfig, Runtime,
	RuntimeGenesisConfig, SessionConfig, SessionKeys, StrategiesConfig, SudoConfig, VaultsConfig,
	EXISTENTIAL_DEPOSIT, UNIT,
};
use alloc::{vec, vec::Vec};
use polkadot_sdk::{staging_xcm as xcm, *};

use cumulus_primitives_core::ParaId;
use frame_support::build_struct_json_patch;
use sp_genesis_builder::PresetId;
use sp_keyring::Sr25519Keyring;

/// The para id of Plexus in its presets.
pub const PARA_ID: u32 = 2000;
/// PLX given to each endowed dev account: 1 000 000 PLX.
pub const ENDOWMENT: Balance = 1_000_000 * UNIT;
/// USDT given to Alice and Bob on the development chain: 10 000 USDT.
pub const DEV_USDT: Balance = 10_000 * 1_000_000;
/// DOT given to Alice and Bob on the development chain: 1 000 DOT.
pub const DEV_DOT: Balance = 1_000 * 10_000_000_000;
/// PLX of `pallet-strategies`' account, which pays the delivery of strategies' XCM programs:
/// 1 000 PLX.
pub const STRATEGIES_PLX: Balance = 1_000 * UNIT;
/// Bond to become a collator candidate: 16 milli-PLX.
pub const CANDIDACY_BOND: Balance = EXISTENTIAL_DEPOSIT * 16;

const SAFE_XCM_VERSION: u32 = xcm::prelude::XCM_VERSION;

/// The hub assets every preset registers: `(id, name, symbol, decimals, min balance)`.
pub fn hub_assets() -> [(crate::AssetId, &'static str, &'static str, u8, Balance); 2] {
	[
		(hub::DOT, "Polkadot", "DOT", hub::DOT_DECIMALS, hub::DOT_MIN_BALANCE),
		(hub::USDT, "Tether USD", "USDT", hub::USDT_DECIMALS, hub::USDT_MIN_BALANCE),
	]
}

/// Where the hub assets of [`hub_assets`] come from, in the same order: DOT is the relay
/// chain's token, USDT is asset 1984 of Asset Hub.
pub fn hub_asset_locations() -> [xcm::latest::Location; 2] {
	[DotLocation::get(), UsdtLocation::get()]
}

/// The demo vault of every preset: a governed USDT vault (vault 0, share token `pxUSDT`) with a
/// cap of 10 000 000 USDT, a 10% idle buffer, a 10% performance fee and requests of at least
/// 1 USDT.
pub fn demo_vaults() -> Vec<pallet_vaults::GenesisVault<crate::AssetId>> {
	vec![(
		hub::USDT,
		10_000_000 * 1_000_000,
		1_000,
		1_000,
		1_000_000,
		b"Plexus USDT Vault".to_vec(),
		b"pxUSDT".to_vec(),
	)]
}

/// The session keys of a collator: its Aura key.
pub fn session_keys(aura: AuraId) -> SessionKeys {
	SessionKeys { aura }
}

fn plexus_genesis(
	invulnerables: Vec<(AccountId, AuraId)>,
	endowed_accounts: Vec<AccountId>,
	hub_asset_balances: Vec<(crate::AssetId, AccountId, Balance)>,
	root: AccountId,
	id: ParaId,
) -> serde_json::Value {
	let owner = HubAssetsOwner::get();
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig {
			balances: endowed_accounts
				.iter()
				.cloned()
				.map(|k| (k, ENDOWMENT))
				.chain([(pallet_strategies::Pallet::<Runtime>::account_id(), STRATEGIES_PLX)])
				.collect(),
		},
		parachain_info: ParachainInfoConfig { parachain_id: id },
		collator_selection: CollatorSelectionConfig {
			invulnerables: invulnerables.iter().cloned().map(|(acc, _)| acc).collect(),
			candidacy_bond: CANDIDACY_BOND,
		},
		session: SessionConfig {
			keys: invulnerables
				.into_iter()
				.map(|(acc, aura)| (acc.clone(), acc, session_keys(aura)))
				.collect(),
		},
		assets: AssetsConfig {
			assets: hub_assets()
				.iter()
				.map(|(id, _, _, _, min)| (*id, owner.clone(), true, *min))
				.collect(),
			metadata: hub_assets()
				.iter()
				.map(|(id, name, symbol, decimals, _)| {
					(*id, name.as_bytes().to_vec(), symbol.as_bytes().to_vec(), *decimals)
				})
				.collect(),
			accounts: hub_asset_balances,
		},
		polkadot_xcm: PolkadotXcmConfig { safe_xcm_version: Some(SAFE_XCM_VERSION) },
		sudo: SudoConfig { key: Some(root) },
		vaults: VaultsConfig { vaults: demo_vaults() },
		strategies: StrategiesConfig {
			hub_assets: hub_assets()
				.iter()
				.zip(hub_asset_locations())
				.map(|((id, name, symbol, decimals, min), location)| {
					(
						*id,
						location,
						name.as_bytes().to_vec(),
						symbol.as_bytes().to_vec(),
						*decimals,
						*min,
					)
				})
				.collect(),
			branches: vec![AssetHubLocation::get()],
		},
	})
}

fn collators() -> Vec<(AccountId, AuraId)> {
	vec![
		(Sr25519Keyring::Alice.to_account_id(), Sr25519Keyring::Alice.public().into()),
		(Sr25519Keyring::Bob.to_account_id(), Sr25519Keyring::Bob.public().into()),
	]
}

fn local_testnet_genesis() -> serde_json::Value {
	plexus_genesis(
		collators(),
		Sr25519Keyring::well_known().map(|k| k.to_account_id()).collect(),
		vec![],
		Sr25519Keyring::Alice.to_account_id(),
		PARA_ID.into(),
	)
}

fn development_genesis() -> serde_json::Value {
	let alice = Sr25519Keyring::Alice.to_account_id();
	let bob = Sr25519Keyring::Bob.to_account_id();
	plexus_genesis(
		collators(),
		Sr25519Keyring::well_known().map(|k| k.to_account_id()).collect(),
		vec![
			(hub::USDT, alice.clone(), DEV_USDT),
			(hub::USDT, bob.clone(), DEV_USDT),
			(hub::DOT, alice.clone(), DEV_DOT),
			(hub::DOT, bob, DEV_DOT),
			// The intents' escrow keeps one existential deposit of each asset it holds
			// (elsewhere the first intent in an asset provides it).
			(hub::USDT, pallet_intents::Pallet::<Runtime>::escrow_account(), hub::USDT_MIN_BALANCE),
			(hub::DOT, pallet_intents::Pallet::<Runtime>::escrow_account(), hub::DOT_MIN_BALANCE),
		],
		alice,
		PARA_ID.into(),
	)
}

/// Provides the JSON representation of the genesis config patch of a preset, if it exists.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET => local_testnet_genesis(),
		sp_genesis_builder::DEV_RUNTIME_PRESET => development_genesis(),
		_ => return None,
	};
	Some(
		serde_json::to_string(&patch)
			.expect("serialization to json is expected to work. qed.")
			.into_bytes(),
	)
}

/// The names of the genesis presets of this runtime.
pub fn preset_names() -> Vec<PresetId> {
	vec![
		PresetId::from(sp_genesis_builder::DEV_RUNTIME_PRESET),
		PresetId::from(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET),
	]
}

/// Merges a JSON `patch` into `base`, as chain-spec builders do with a preset patch and the
/// default genesis config: objects merge key by key, a `null` removes a key, anything else
/// replaces.
pub fn merge_json(base: &mut serde_json::Value, patch: serde_json::Value) {
	match (base, patch) {
		(serde_json::Value::Object(base), serde_json::Value::Object(patch)) => {
			for (key, value) in patch {
				if value.is_null() {
					base.remove(&key);
				} else {
					merge_json(base.entry(key).or_insert(serde_json::Value::Null), value);
				}
			}
		},
		(base, patch) => *base = patch,
	}
}

/// The complete genesis config of a preset: the default config with the preset's patch merged
/// in. `None` if there is no such preset.
pub fn preset_config(id: &str) -> Option<RuntimeGenesisConfig> {
	let patch: serde_json::Value =
		serde_json::from_slice(&get_preset(&PresetId::from(id))?).ok()?;
	let mut config = serde_json::to_value(RuntimeGenesisConfig::default()).ok()?;
	merge_json(&mut config, patch);
	serde_json::from_value(config).ok()
}
