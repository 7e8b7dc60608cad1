//! # Payouts and delivery
//!
//! What an intent receives at settlement is paid from escrow to its owner on Plexus. An
//! output the owner's account cannot take (below the asset's minimum balance, a frozen or
//! blocked account, …) waits in escrow in `Unclaimed` (`PayoutUnclaimed`) until the owner
//! claims it ([`Pallet::claim_unclaimed`], `PayoutClaimed`). An intent naming `deliver_to` has
//! each output sent on to that location over XCM (`Config::Deliver`); a delivery that fails is
//! rolled back in its own storage layer and the output stays with the owner (`DeliveryFailed`).

use crate::{pallet::*, types::IntentId, Deliver};
use plexus_primitives::AssetId;
use polkadot_sdk::{
	frame_support::{
		pallet_prelude::*,
		storage::with_storage_layer,
		traits::{fungibles::Mutate, tokens::Preservation},
	},
	sp_runtime::DispatchResult,
};

impl<T: Config> Pallet<T> {
	/// Moves `amount` of `asset` out of escrow to `to`, keeping the escrow's existential deposit.
	pub(crate) fn escrow_out(asset: AssetId, to: &T::AccountId, amount: u128) -> DispatchResult {
		T::Assets::transfer(asset, &Self::escrow_account(), to, amount, Preservation::Preserve)
			.map(|_| ())
	}

	/// Pays `amount` of `asset` from escrow to an intent's owner, then sends it on if the intent
	/// says so; returns the weight of the delivery. A payment the owner's account cannot take
	/// waits in [`Unclaimed`].
	pub(crate) fn pay_out(
		id: IntentId,
		intent: &IntentOf<T>,
		asset: AssetId,
		amount: u128,
	) -> Weight {
		if amount == 0 {
			return Weight::zero();
		}
		let paid = Self::escrow_out(asset, &intent.owner, amount);
		if paid.is_err() {
			Unclaimed::<T>::mutate(&intent.owner, asset, |u| {
				*u = Some(u.unwrap_or(0).saturating_add(amount))
			});
			Self::deposit_event(Event::PayoutUnclaimed {
				who: intent.owner.clone(),
				asset,
				amount,
			});
			return Weight::zero();
		}
		Self::deliver(id, intent, asset, amount)
	}

	/// Sends `amount` of `asset` of the owner's to the intent's `deliver_to`, if any; returns
	/// the weight used. A failed delivery leaves the output with the owner: the delivery runs
	/// in its own storage layer, so whatever it did before failing (a burn, a fee charged) is
	/// rolled back, although settlement runs in `on_initialize`, which is not transactional.
	pub(crate) fn deliver(
		id: IntentId,
		intent: &IntentOf<T>,
		asset: AssetId,
		amount: u128,
	) -> Weight {
		let Some(to) = &intent.deliver_to else { return Weight::zero() };
		if amount == 0 {
			return Weight::zero();
		}
		match with_storage_layer(|| T::Deliver::deliver(&intent.owner, asset, amount, to)) {
			Ok(()) => Self::deposit_event(Event::Delivered { intent: id, asset, amount }),
			Err(error) => Self::deposit_event(Event::DeliveryFailed { intent: id, error }),
		}
		T::Deliver::weight()
	}

	/// Pays `who` its outputs of `asset` that could not be paid at settlement (`PayoutClaimed`).
	pub(crate) fn do_claim_unclaimed(who: &T::AccountId, asset: AssetId) -> DispatchResult {
		let amount = Unclaimed::<T>::get(who, asset).ok_or(Error::<T>::NothingToClaim)?;
		Self::escrow_out(asset, who, amount)?;
		Unclaimed::<T>::remove(who, asset);
		Self::deposit_event(Event::PayoutClaimed { who: who.clone(), asset, amount });
		Ok(())
	}
}
