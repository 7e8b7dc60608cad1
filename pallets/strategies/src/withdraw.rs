//! # Withdraw to a branch
//!
//! [`Pallet::withdraw_to`] burns `a` of a hub asset here and sends it to an account on the
//! asset's reserve chain by reserve withdrawal (the program is `programs.rs`'
//! `WithdrawAsset(a) · ClearOrigin · BuyExecution(a) · DepositAsset`): the beneficiary gets `a`
//! minus the remote execution fee, which clients estimate with the destination's
//! `XcmPaymentApi` ([`crate::runtime_api::StrategiesApi::withdraw_to_program`]). The branch's
//! liquidity (`BranchFlow::liquidity`) shrinks by `a`, never below zero. `pallet-intents`
//! delivers its outputs with the same function ([`Pallet::do_withdraw_to`]).

use crate::{pallet::*, programs, XcmSupport};
use plexus_primitives::AssetId;
use polkadot_sdk::{
	frame_support::{
		ensure,
		storage::with_storage_layer,
		traits::{
			fungibles::{Inspect, Mutate},
			tokens::{Fortitude, Precision, Preservation},
		},
	},
	sp_runtime::{traits::Zero, DispatchResult},
	staging_xcm::latest::Location,
};

impl<T: Config> Pallet<T> {
	/// Burns `amount` of hub asset `asset` from `who` and sends it to `beneficiary` on
	/// `destination` (the asset's reserve chain) by reserve withdrawal; the remote fee comes out
	/// of the amount, the delivery fee is charged to `who`. What `withdraw_to` does, for other
	/// pallets (`pallet-intents` delivers outputs with it).
	///
	/// All or nothing for any caller, including hooks: the burn, the delivery fee and the send
	/// run in one storage layer, so a send that fails (no channel, full queue, no PLX for the
	/// delivery fee) leaves the asset with `who`.
	pub fn do_withdraw_to(
		who: T::AccountId,
		asset: AssetId,
		amount: u128,
		destination: Location,
		beneficiary: Location,
	) -> DispatchResult {
		with_storage_layer(|| {
			Self::withdraw_to_layered(who, asset, amount, destination, beneficiary)
		})
	}

	fn withdraw_to_layered(
		who: T::AccountId,
		asset: AssetId,
		amount: u128,
		destination: Location,
		beneficiary: Location,
	) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		let hub = HubAssets::<T>::get(asset).ok_or(Error::<T>::UnknownHubAsset)?;
		ensure!(Self::reserve_of(&hub) == destination, Error::<T>::NotAssetReserve);
		ensure!(
			T::Assets::reducible_balance(asset, &who, Preservation::Expendable, Fortitude::Polite)
				>= amount,
			Error::<T>::InsufficientBalance
		);
		// A part of the balance leaves at least the minimum behind: burning the rest as dust
		// would take more from the sender than the reserve sends.
		let keep =
			plexus_primitives::transfer::keeping_minimum::<T::Assets, _>(asset, &who, amount)
				.ok_or(Error::<T>::RemainderBelowMinimum)?;
		T::Assets::burn_from(asset, &who, amount, keep, Precision::Exact, Fortitude::Polite)?;
		let message = programs::withdraw_program::<T>(&hub, amount, &destination, &beneficiary)?;
		T::Xcm::send(&who, destination.clone(), message)?;
		BranchFlows::<T>::mutate(asset, &destination, |f| f.record_outflow(amount));
		Self::deposit_event(Event::WithdrawnTo { who, asset, amount, destination, beneficiary });
		Ok(())
	}
}
