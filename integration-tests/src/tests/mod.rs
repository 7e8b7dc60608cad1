//! Cross-chain tests of Plexus with the real Westend and Asset Hub Westend runtimes.

mod hub_assets;
mod strategies;

pub use crate::*;
pub use plexus_primitives::assets as hub;
pub use polkadot_sdk::staging_xcm_executor::traits::TransferType;
pub use polkadot_sdk::{
	frame_support::{assert_ok, traits::fungibles::Inspect as _},
	sp_runtime::traits::AccountIdConversion,
	staging_xcm::{
		latest::{prelude::*, AssetTransferFilter},
		VersionedAssetId, VersionedAssets, VersionedLocation, VersionedXcm,
	},
};
pub use xcm_emulator::{Chain, Network, TestExt};

/// Account ids are the same 32 bytes on all three chains.
pub type AccountId = polkadot_sdk::sp_core::crypto::AccountId32;

/// One USDT (6 decimals) in planck.
pub const USDT_UNIT: u128 = 1_000_000;
/// One WND (12 decimals) in planck.
pub const WND_UNIT: u128 = 1_000_000_000_000;
/// USDT's id in Asset Hub's trust-backed `pallet-assets`.
pub const AH_USDT_ID: u32 = 1984;

/// Alice's account (endowed on every chain by its preset).
pub fn alice() -> AccountId {
	polkadot_sdk::sp_keyring::Sr25519Keyring::Alice.to_account_id()
}

/// A fresh account with no history on any chain.
pub fn fresh_account(seed: u8) -> AccountId {
	AccountId::new([seed; 32])
}

/// Plexus' sovereign account on Asset Hub (and any sibling).
pub fn plexus_sovereign_on_asset_hub() -> AccountId {
	polkadot_sdk::polkadot_parachain_primitives::primitives::Sibling::from(PLEXUS_ID)
		.into_account_truncating()
}

/// USDT's location as Asset Hub sees it.
pub fn ah_usdt_location() -> Location {
	Location::new(0, [PalletInstance(50), GeneralIndex(AH_USDT_ID as u128)])
}

/// Plexus' location as Asset Hub sees it.
pub fn plexus_from_siblings() -> Location {
	Location::new(1, [Parachain(PLEXUS_ID)])
}

/// An account as a beneficiary location.
pub fn account_location(who: &AccountId) -> Location {
	Location::new(0, [AccountId32 { network: None, id: who.clone().into() }])
}

/// Creates USDT (1984) on Asset Hub by Root, as on the real network, and mints `amount` to
/// `to`.
pub fn create_usdt_on_asset_hub(to: AccountId, amount: u128) {
	AssetHub::execute_with(|| {
		type Assets = asset_hub_westend_runtime::Assets;
		let root = asset_hub_westend_runtime::RuntimeOrigin::root();
		assert_ok!(Assets::force_create(root, AH_USDT_ID.into(), alice().into(), true, 10_000));
		assert_ok!(Assets::mint(
			asset_hub_westend_runtime::RuntimeOrigin::signed(alice()),
			AH_USDT_ID.into(),
			to.into(),
			amount
		));
	});
}

/// USDT balance of `who` on Asset Hub.
pub fn ah_usdt_balance(who: &AccountId) -> u128 {
	asset_hub_westend_runtime::Assets::balance(AH_USDT_ID, who)
}

/// WND (free) balance of `who` on Asset Hub.
pub fn ah_wnd_balance(who: &AccountId) -> u128 {
	asset_hub_westend_runtime::Balances::free_balance(who)
}

/// Hub-asset balance of `who` on Plexus.
pub fn plexus_hub_balance(asset: u32, who: &AccountId) -> u128 {
	plexus_runtime::Assets::balance(asset, who)
}

/// `from` on Asset Hub sends `wnd` WND (also paying the fees) and `usdt` USDT to `to` on
/// Plexus with `pallet-xcm`'s `transfer_assets_using_type_and_then` (a local-reserve
/// transfer), and the network delivers the message.
pub fn transfer_from_asset_hub(from: AccountId, to: AccountId, wnd: u128, usdt: u128) {
	AssetHub::execute_with(|| {
		let mut assets: Vec<Asset> = vec![(Location::parent(), wnd).into()];
		if usdt > 0 {
			assets.push((ah_usdt_location(), usdt).into());
		}
		let count = assets.len() as u32;
		// `transfer_assets` refuses to guess the reserve of the relay token since the Asset Hub
		// migration: Asset Hub says it is the reserve (`LocalReserve`) explicitly.
		let local_reserve = || Box::new(TransferType::LocalReserve);
		assert_ok!(asset_hub_westend_runtime::PolkadotXcm::transfer_assets_using_type_and_then(
			asset_hub_westend_runtime::RuntimeOrigin::signed(from),
			Box::new(VersionedLocation::from(plexus_from_siblings())),
			Box::new(VersionedAssets::from(Assets::from(assets))),
			local_reserve(),
			Box::new(VersionedAssetId::from(AssetId(Location::parent()))),
			local_reserve(),
			Box::new(VersionedXcm::from(Xcm::<()>(vec![DepositAsset {
				assets: Wild(AllCounted(count)),
				beneficiary: account_location(&to),
			}]))),
			WeightLimit::Unlimited,
		));
	});
}

/// Asset Hub as Plexus sees it.
pub fn asset_hub_from_plexus() -> Location {
	Location::new(1, [Parachain(ASSET_HUB_ID)])
}

/// The account of `pallet-strategies` on Plexus (pays remote fees in WND).
pub fn strategies_account() -> AccountId {
	pallet_strategies::Pallet::<plexus_runtime::Runtime>::account_id()
}

/// USDT issued on Plexus (all of it backed by the reserve on Asset Hub).
pub fn plexus_usdt_issuance() -> u128 {
	plexus_runtime::Assets::total_issuance(hub::USDT)
}

/// The vault's accounting on Plexus: `(idle, debt, in_transit)`.
pub fn vault_buckets(vault: u32) -> (u128, u128, u128) {
	let v = pallet_vaults::Vaults::<plexus_runtime::Runtime>::get(vault).expect("vault");
	(v.idle, v.debt, v.in_transit)
}
