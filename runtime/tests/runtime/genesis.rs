//! Every genesis preset builds, and its state has the expected collators, balances, sudo key
//! and hub assets.

use super::{account, ext_for};
use plexus_runtime::{
	configs::HubAssetsOwner,
	genesis_config_presets::{self as presets, preset_config, preset_names, ENDOWMENT, PARA_ID},
	hub_assets as hub, Assets, Balances, ParachainInfo, Runtime, Session,
};
use polkadot_sdk::{
	frame_support::traits::fungibles::{metadata::Inspect as MetadataInspect, Inspect},
	sp_keyring::Sr25519Keyring,
	sp_runtime::traits::MaybeEquivalence,
	*,
};

const PRESETS: [&str; 2] = ["development", "local_testnet"];

#[test]
fn the_runtime_lists_exactly_its_two_presets() {
	let names: Vec<String> =
		preset_names().iter().map(|p| String::from_utf8_lossy(p.as_ref()).into()).collect();
	assert_eq!(names, vec!["development".to_string(), "local_testnet".to_string()]);
	assert!(preset_config("no_such_preset").is_none());
}

#[test]
fn every_preset_has_alice_and_bob_as_collators_and_aura_authorities() {
	for preset in PRESETS {
		ext_for(preset).execute_with(|| {
			let alice = account(Sr25519Keyring::Alice);
			let bob = account(Sr25519Keyring::Bob);
			// Collator selection keeps its invulnerables sorted by account id.
			let mut expected = vec![alice, bob];
			expected.sort();
			assert_eq!(
				pallet_collator_selection::Invulnerables::<Runtime>::get().into_inner(),
				expected,
				"{preset}"
			);
			let mut validators = Session::validators();
			validators.sort();
			assert_eq!(validators, expected, "{preset}");
			let mut authorities = pallet_aura::Authorities::<Runtime>::get().into_inner();
			authorities.sort();
			let mut expected_keys: Vec<plexus_runtime::AuraId> =
				vec![Sr25519Keyring::Alice.public().into(), Sr25519Keyring::Bob.public().into()];
			expected_keys.sort();
			assert_eq!(authorities, expected_keys, "{preset}");
			assert_eq!(u32::from(ParachainInfo::parachain_id()), PARA_ID, "{preset}");
			assert_eq!(PARA_ID, 2000);
		});
	}
}

#[test]
fn every_preset_endows_the_dev_accounts_and_makes_alice_sudo() {
	for preset in PRESETS {
		ext_for(preset).execute_with(|| {
			for k in Sr25519Keyring::well_known() {
				assert_eq!(Balances::free_balance(account(k)), ENDOWMENT, "{preset} {k:?}");
			}
			assert_eq!(
				pallet_sudo::Key::<Runtime>::get(),
				Some(account(Sr25519Keyring::Alice)),
				"{preset}"
			);
		});
	}
}

#[test]
fn every_preset_registers_dot_and_usdt_as_sufficient_hub_assets() {
	for preset in PRESETS {
		ext_for(preset).execute_with(|| {
			for (id, name, symbol, decimals, min_balance) in presets::hub_assets() {
				assert!(Assets::asset_exists(id), "{preset}: asset {id}");
				assert_eq!(Assets::name(id), name.as_bytes().to_vec());
				assert_eq!(Assets::symbol(id), symbol.as_bytes().to_vec());
				assert_eq!(Assets::decimals(id), decimals);
				assert_eq!(<Assets as Inspect<_>>::minimum_balance(id), min_balance);
				let details = pallet_assets::Asset::<Runtime>::get(id).expect("asset exists");
				assert!(details.is_sufficient, "{preset}: {symbol} pays for its own account");
				assert_eq!(details.owner, HubAssetsOwner::get());
				assert_eq!(details.issuer, HubAssetsOwner::get());
			}
			assert_eq!(Assets::decimals(hub::USDT), 6);
			assert_eq!(Assets::decimals(hub::DOT), 10);
		});
	}
}

#[test]
fn only_the_development_preset_has_demo_hub_asset_balances() {
	ext_for("development").execute_with(|| {
		for k in [Sr25519Keyring::Alice, Sr25519Keyring::Bob] {
			assert_eq!(Assets::balance(hub::USDT, account(k)), presets::DEV_USDT);
			assert_eq!(Assets::balance(hub::DOT, account(k)), presets::DEV_DOT);
		}
	});
	ext_for("local_testnet").execute_with(|| {
		assert_eq!(Assets::total_issuance(hub::USDT), 0);
		assert_eq!(Assets::total_issuance(hub::DOT), 0);
	});
}

#[test]
fn genesis_registers_dot_and_usdt_in_the_hub_asset_registry_both_ways() {
	use polkadot_sdk::staging_xcm::latest::prelude::*;
	type HubAssetLocations = pallet_strategies::HubAssetRegistry<Runtime>;
	for preset in PRESETS {
		ext_for(preset).execute_with(|| {
			let usdt = Location::new(1, [Parachain(1000), PalletInstance(50), GeneralIndex(1984)]);
			assert_eq!(HubAssetLocations::convert(&usdt), Some(hub::USDT));
			assert_eq!(HubAssetLocations::convert(&Location::parent()), Some(hub::DOT));
			assert_eq!(HubAssetLocations::convert_back(&hub::USDT), Some(usdt));
			assert_eq!(HubAssetLocations::convert_back(&hub::DOT), Some(Location::parent()));
			let unknown = Location::new(1, [Parachain(1000), PalletInstance(50), GeneralIndex(42)]);
			assert_eq!(HubAssetLocations::convert(&unknown), None);
			assert_eq!(HubAssetLocations::convert_back(&4242), None);
			assert!(pallet_strategies::Branches::<Runtime>::contains_key(Location::new(
				1,
				[Parachain(1000)]
			)));
		});
	}
}

#[test]
fn every_preset_has_the_demo_usdt_vault() {
	for preset in PRESETS {
		ext_for(preset).execute_with(|| {
			let vault = plexus_runtime::Vaults::api_vault(0).expect("vault 0 exists");
			assert_eq!(vault.asset, hub::USDT, "{preset}");
			assert!(!vault.curated);
			assert_eq!(vault.total_assets, 0);
			assert_eq!(Assets::symbol(vault.share_asset), b"pxUSDT".to_vec());
			assert_eq!(pallet_vaults::NextVaultId::<Runtime>::get(), 1);
		});
	}
}
