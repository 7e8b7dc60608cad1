//! # Registry: hub assets and branch chains
//!
//! Governance maps an XCM `Location` to a `pallet-assets` id ([`Pallet::register_hub_asset`]):
//! a *hub asset*, reserve-backed (`Σ supply on Plexus ≤ Plexus' sovereign balance at the
//! reserve`). The runtime's XCM asset transactor mints and burns hub assets through this
//! registry only ([`HubAssetRegistry`], a `Location ↔ AssetId` equivalence): an unregistered
//! asset is refused. The reserve of a hub asset is its location's chain, except for the relay
//! token, whose reserve is [`Config::RelayTokenReserve`] (Asset Hub, since the Asset Hub
//! migration) ([`Pallet::reserve_of`]).
//!
//! Governance also registers the *branch chains* liquidity comes from
//! ([`Pallet::register_branch`]); their inflow limits are the transactor's (`transactor.rs`).
//!
//! Source: Mitosis' branch/hub vault design (assets of branch chains as hub assets).

use crate::{pallet::*, types::*};
use core::marker::PhantomData;
use plexus_primitives::{assets::FIRST_SHARE_ASSET_ID, AssetId};
use polkadot_sdk::{
	frame_support::{
		ensure,
		traits::{
			fungibles::{Create, Inspect},
			Get,
		},
	},
	sp_runtime::{traits::MaybeEquivalence, DispatchResult},
	staging_xcm::latest::Location,
};

impl<T: Config> Pallet<T> {
	/// Registers `location` as the hub asset `asset`, creating its `pallet-assets` entry
	/// (sufficient, owned by the pallet's account) unless it exists.
	pub(crate) fn do_register_hub_asset(
		asset: AssetId,
		location: Location,
		name: AssetString,
		symbol: AssetString,
		decimals: u8,
		min_balance: u128,
	) -> DispatchResult {
		ensure!(asset < FIRST_SHARE_ASSET_ID, Error::<T>::InvalidAssetId);
		ensure!(!HubAssets::<T>::contains_key(asset), Error::<T>::AssetAlreadyRegistered);
		ensure!(!HubAssetIds::<T>::contains_key(&location), Error::<T>::LocationAlreadyRegistered);
		if !T::Assets::asset_exists(asset) {
			T::Assets::create(asset, Self::account_id(), true, min_balance)?;
		}
		HubAssetIds::<T>::insert(&location, asset);
		HubAssets::<T>::insert(
			asset,
			HubAsset { location: location.clone(), name, symbol, decimals, min_balance },
		);
		Self::deposit_event(Event::HubAssetRegistered { asset, location });
		Ok(())
	}

	/// Registers a branch chain.
	pub(crate) fn do_register_branch(branch: Location) -> DispatchResult {
		ensure!(!Branches::<T>::contains_key(&branch), Error::<T>::BranchAlreadyRegistered);
		Branches::<T>::insert(&branch, ());
		Self::deposit_event(Event::BranchRegistered { branch });
		Ok(())
	}

	/// The reserve chain of a hub asset ([`HubAsset::reserve`] with
	/// [`Config::RelayTokenReserve`]).
	pub fn reserve_of(hub: &HubAsset) -> Location {
		hub.reserve(T::RelayTokenReserve::get())
	}
}

/// The registry as a `Location ↔ AssetId` equivalence, for the runtime's asset matcher
/// (`ConvertedConcreteId<AssetId, Balance, HubAssetRegistry<Runtime>, Identity>`).
pub struct HubAssetRegistry<T>(PhantomData<T>);
impl<T: Config> MaybeEquivalence<Location, AssetId> for HubAssetRegistry<T> {
	fn convert(location: &Location) -> Option<AssetId> {
		HubAssetIds::<T>::get(location)
	}
	fn convert_back(id: &AssetId) -> Option<Location> {
		HubAssets::<T>::get(id).map(|h| h.location)
	}
}
