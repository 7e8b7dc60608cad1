//! # Asset transactor: inflows from branch chains and their limits
//!
//! Hub assets arrive from branch chains over XCM (`ReserveAssetDeposited` minted by the
//! runtime's asset transactor, [`HubAssetTransactor`]). Governance sets, per (hub asset,
//! branch), an [`InflowLimit`]: a cap on the branch's liquidity `L` and a limit per epoch `W`
//! (epochs of [`Config::Epochs`]). Of an inflow `a` arriving in epoch `e`,
//!
//! ```text
//! accepted = min(a, W − inflow_e, cap − L)      held = a − accepted
//! ```
//!
//! The accepted part counts as the branch's liquidity ([`BranchFlow`], like Mitosis'
//! `branchLiquidity`); the held part is neither refused nor trapped: at `mint_asset` it is
//! noted for the message in [`PendingHolds`] (`note_inflow`), and the `DepositAsset` that names
//! its beneficiary moves it into the pallet's hold account ([`Pallet::hold_account`]) as a
//! [`HeldInflow`] (`hold_pending`, `record_held`). If the message leaves the assets in holding,
//! the runtime's asset trap [`HoldExcessOnTrap`] holds the noted part for the claimer instead of
//! trapping it, so `claim_assets` cannot take it free of the limit. A held inflow is released
//! by governance at any time or by anyone a full inflow window (one epoch) after it arrived
//! ([`Pallet::release_inflow`]), or returned to the reserve by governance
//! ([`Pallet::return_inflow`]). Any number of inflows per block is held; pending holds a
//! message left unused are removed at the start of later blocks (`on_initialize`).
//!
//! Source: the inflow rate limits of cross-chain bridges (e.g. Wormhole's Governor, which
//! delays rather than drops transfers above a limit).

use crate::{pallet::*, programs, types::*, XcmSupport};
use alloc::vec::Vec;
use core::marker::PhantomData;
use plexus_primitives::{
	time::{now, EpochClock},
	AssetId,
};
use polkadot_sdk::{
	frame_support::{
		ensure,
		pallet_prelude::*,
		storage::with_storage_layer,
		traits::{
			fungibles::{Inspect, Mutate},
			tokens::{Fortitude, Precision, Preservation},
		},
	},
	sp_runtime::{
		traits::{AccountIdConversion, Saturating},
		DispatchResult,
	},
	staging_xcm::latest::prelude::*,
	staging_xcm_executor::{
		traits::{ClaimAssets, ConvertLocation, DropAssets, TransactAsset},
		AssetsInHolding,
	},
};

impl<T: Config> Pallet<T> {
	/// The account that keeps held inflows until they are released.
	pub fn hold_account() -> T::AccountId {
		T::PalletId::get().into_sub_account_truncating(*b"hold")
	}

	/// Sets (or with `None` removes) the inflow limit of `asset` from `branch`.
	pub(crate) fn do_set_inflow_limit(
		asset: AssetId,
		branch: Location,
		limit: Option<InflowLimit>,
	) -> DispatchResult {
		ensure!(HubAssets::<T>::contains_key(asset), Error::<T>::UnknownHubAsset);
		ensure!(Branches::<T>::contains_key(&branch), Error::<T>::UnknownBranch);
		InflowLimits::<T>::set(asset, &branch, limit);
		Self::deposit_event(Event::InflowLimitSet { asset, branch, limit });
		Ok(())
	}

	/// Pays a held inflow out of the hold account to its beneficiary (`forced`: by governance,
	/// before it is releasable); it then counts as the branch's liquidity.
	pub(crate) fn do_release_inflow(id: u32, forced: bool) -> DispatchResult {
		let held = HeldInflows::<T>::get(id).ok_or(Error::<T>::UnknownHeldInflow)?;
		ensure!(forced || now::<T>() >= held.releasable_at, Error::<T>::NotReleasableYet);
		T::Assets::transfer(
			held.asset,
			&Self::hold_account(),
			&held.beneficiary,
			held.amount,
			Preservation::Preserve,
		)?;
		let epoch = T::Epochs::epoch_at(now::<T>());
		BranchFlows::<T>::mutate(held.asset, &held.branch, |f| f.record_inflow(epoch, held.amount));
		HeldInflows::<T>::remove(id);
		Self::deposit_event(Event::InflowReleased {
			id,
			beneficiary: held.beneficiary,
			amount: held.amount,
		});
		Ok(())
	}

	/// Burns a held inflow from the hold account and sends it to `beneficiary` on the asset's
	/// reserve; the delivery fee is the pallet account's. Runs in its own storage layer: a
	/// failed send leaves the inflow held.
	pub(crate) fn do_return_inflow(id: u32, beneficiary: Location) -> DispatchResult {
		with_storage_layer(|| {
			let held = HeldInflows::<T>::take(id).ok_or(Error::<T>::UnknownHeldInflow)?;
			let hub = HubAssets::<T>::get(held.asset).ok_or(Error::<T>::UnknownHubAsset)?;
			let destination = Self::reserve_of(&hub);
			// The hold account keeps its floor (see `record_held`): never ended.
			T::Assets::burn_from(
				held.asset,
				&Self::hold_account(),
				held.amount,
				Preservation::Preserve,
				Precision::Exact,
				Fortitude::Polite,
			)?;
			let message =
				programs::withdraw_program::<T>(&hub, held.amount, &destination, &beneficiary)?;
			T::Xcm::send(&Self::account_id(), destination.clone(), message)?;
			Self::deposit_event(Event::InflowReturned {
				id,
				asset: held.asset,
				amount: held.amount,
				destination,
				beneficiary,
			});
			Ok(())
		})
	}

	/// Removes pending holds earlier messages left, `MaxStaleHoldsCleared` at most; whether
	/// there was any.
	pub(crate) fn clear_stale_holds() -> bool {
		PendingHolds::<T>::clear(T::MaxStaleHoldsCleared::get(), None).backend != 0
	}
}

/// The XCM asset transactor of hub assets: `Inner` (a `FungiblesAdapter` matching through
/// [`HubAssetRegistry`]) with branch inflow limits on top.
///
/// At `ReserveAssetDeposited` (`mint_asset`, where the origin is still the sending chain) the
/// amount over the branch's [`InflowLimit`] is noted for this message in [`PendingHolds`]; the
/// `DepositAsset` that follows (`deposit_asset`) credits the beneficiary and moves the noted
/// amount into the pallet's hold account as a [`HeldInflow`]. If the message ends with the
/// assets still in holding, [`HoldExcessOnTrap`] holds the noted amount for the claimer
/// instead of trapping it. Everything else is `Inner`'s.
pub struct HubAssetTransactor<T, Inner>(PhantomData<(T, Inner)>);

/// The hub asset and amount of a fungible XCM asset, if it is a registered hub asset.
fn hub_id<T: Config>(what: &Asset) -> Option<(AssetId, u128)> {
	match what.fun {
		Fungible(amount) => HubAssetIds::<T>::get(&what.id.0).map(|id| (id, amount)),
		NonFungible(_) => None,
	}
}

/// Records `amount` of `asset` from `branch` as held for `beneficiary` (already in the hold
/// account), releasable by anyone a full inflow window (an epoch of [`Config::Epochs`]) later.
///
/// The hold account keeps a floor of one minimum balance that nobody is owed, so paying a
/// held inflow out never ends the account (`pallet-assets` would destroy what it then held
/// below the minimum: other beneficiaries' inflows). The first inflow held into the account
/// pays that floor out of its amount, as a vault's first deposit pays the vault's; an inflow
/// smaller than the floor is all floor (nothing to release). Found by the runtime fuzzer.
fn record_held<T: Config>(
	beneficiary: T::AccountId,
	asset: AssetId,
	amount: u128,
	branch: Location,
) {
	let hold = Pallet::<T>::hold_account();
	let before = T::Assets::balance(asset, &hold).saturating_sub(amount);
	let floor = T::Assets::minimum_balance(asset).saturating_sub(before);
	let amount = amount.saturating_sub(floor);
	if amount == 0 {
		return;
	}
	let id = NextHeldId::<T>::get();
	NextHeldId::<T>::put(id.wrapping_add(1));
	let releasable_at = now::<T>().saturating_add(T::Epochs::epoch_length());
	HeldInflows::<T>::insert(
		id,
		HeldInflow {
			beneficiary: beneficiary.clone(),
			asset,
			amount,
			branch: branch.clone(),
			releasable_at,
		},
	);
	Pallet::<T>::deposit_event(Event::InflowHeld {
		id,
		beneficiary,
		asset,
		amount,
		branch,
		releasable_at,
	});
}

/// Takes up to `amount` of what message `message` has pending of `asset`: the branch and the
/// amount taken (`None` if nothing is pending).
fn take_pending<T: Config>(
	message: &XcmHash,
	asset: AssetId,
	amount: u128,
) -> Option<(Location, u128)> {
	let mut pending = PendingHolds::<T>::get(message, asset)?;
	let taken = pending.amount.min(amount);
	pending.amount = pending.amount.saturating_sub(taken);
	let branch = pending.branch.clone();
	if pending.amount == 0 {
		PendingHolds::<T>::remove(message, asset);
	} else {
		PendingHolds::<T>::insert(message, asset, pending);
	}
	(taken > 0).then_some((branch, taken))
}

impl<T: Config, Inner: TransactAsset> HubAssetTransactor<T, Inner> {
	/// Notes the part of `amount` over the branch's limit; records the rest as inflow.
	fn note_inflow(id: AssetId, amount: u128, context: &XcmContext) {
		let Some(origin) = context.origin.as_ref() else { return };
		let branch = origin.chain_location();
		if branch.parent_count() == 0 {
			return;
		}
		let epoch = T::Epochs::epoch_at(now::<T>());
		let limit = InflowLimits::<T>::get(id, &branch);
		let mut flow = BranchFlows::<T>::get(id, &branch);
		let accepted = flow.accept(limit.as_ref(), epoch, amount);
		flow.record_inflow(epoch, accepted);
		BranchFlows::<T>::insert(id, &branch, flow);
		let excess = amount.saturating_sub(accepted);
		if excess > 0 {
			PendingHolds::<T>::mutate(context.message_id, id, |pending| {
				let p = pending.get_or_insert(PendingHold { branch, amount: 0 });
				p.amount = p.amount.saturating_add(excess);
			});
		}
	}

	/// Moves what this message has pending of `id`, up to `amount`, from `who` (just credited)
	/// to the hold account, recording a held inflow.
	fn hold_pending(
		id: AssetId,
		amount: u128,
		who: &Location,
		context: &XcmContext,
	) -> Result<(), XcmError> {
		let Some((branch, held)) = take_pending::<T>(&context.message_id, id, amount) else {
			return Ok(());
		};
		let beneficiary = T::LocationToAccountId::convert_location(who).ok_or(
			XcmError::FailedToTransactAsset("beneficiary of a held inflow is not an account"),
		)?;
		// What the limit lets in stays with the beneficiary only if it is at least the asset's
		// minimum; a smaller remainder is held with the rest rather than left to
		// `pallet-assets`, which would destroy it with the account.
		let (held, keep) = match plexus_primitives::transfer::keeping_minimum::<T::Assets, _>(
			id,
			&beneficiary,
			held,
		) {
			Some(keep) => (held, keep),
			None => (T::Assets::balance(id, &beneficiary), Preservation::Expendable),
		};
		T::Assets::transfer(id, &beneficiary, &Pallet::<T>::hold_account(), held, keep)
			.map_err(|_| XcmError::FailedToTransactAsset("could not hold the inflow"))?;
		record_held::<T>(beneficiary, id, held, branch);
		Ok(())
	}
}

impl<T: Config, Inner: TransactAsset> TransactAsset for HubAssetTransactor<T, Inner> {
	fn can_check_in(origin: &Location, what: &Asset, context: &XcmContext) -> XcmResult {
		Inner::can_check_in(origin, what, context)
	}
	fn check_in(origin: &Location, what: &Asset, context: &XcmContext) {
		Inner::check_in(origin, what, context)
	}
	fn can_check_out(dest: &Location, what: &Asset, context: &XcmContext) -> XcmResult {
		Inner::can_check_out(dest, what, context)
	}
	fn check_out(dest: &Location, what: &Asset, context: &XcmContext) {
		Inner::check_out(dest, what, context)
	}

	fn mint_asset(what: &Asset, context: &XcmContext) -> Result<AssetsInHolding, XcmError> {
		let (id, amount) = hub_id::<T>(what).ok_or(XcmError::AssetNotFound)?;
		let minted = Inner::mint_asset(what, context)?;
		Self::note_inflow(id, amount, context);
		Ok(minted)
	}

	fn deposit_asset(
		what: AssetsInHolding,
		who: &Location,
		context: Option<&XcmContext>,
	) -> Result<(), (AssetsInHolding, XcmError)> {
		// The hub assets deposited; usually nothing of them is pending (one read each).
		let deposited: Vec<(AssetId, u128)> = match context {
			Some(_) => what.fungible_assets_iter().filter_map(|a| hub_id::<T>(&a)).collect(),
			None => Vec::new(),
		};
		Inner::deposit_asset(what, who, context)?;
		if let Some(context) = context {
			for (id, amount) in deposited {
				// The deposit is done: a failure here would leave it unheld but credited, so
				// the executor's transactional processing reverts the whole instruction.
				Self::hold_pending(id, amount, who, context)
					.map_err(|e| (AssetsInHolding::new(), e))?;
			}
		}
		Ok(())
	}

	fn withdraw_asset(
		what: &Asset,
		who: &Location,
		context: Option<&XcmContext>,
	) -> Result<AssetsInHolding, XcmError> {
		Inner::withdraw_asset(what, who, context)
	}

	fn internal_transfer_asset(
		what: &Asset,
		from: &Location,
		to: &Location,
		context: &XcmContext,
	) -> Result<Asset, XcmError> {
		Inner::internal_transfer_asset(what, from, to, context)
	}
}

/// The runtime's asset trap with branch inflow limits on top: before `Trap` traps what a
/// message left in holding, the part of each hub asset that is still pending as inflow over
/// its limit (see [`HubAssetTransactor`]) is deposited into the hold account and recorded as a
/// [`HeldInflow`] for the claimer (the message's `AssetClaimer` hint, else its origin), so that
/// `claim_assets` cannot take assets over a branch's limit free: they are held like a
/// `DepositAsset`'s and released after the same window, or returned by governance.
pub struct HoldExcessOnTrap<T, Inner, Trap, HoldAt>(PhantomData<(T, Inner, Trap, HoldAt)>);

impl<T: Config, Inner: TransactAsset, Trap: DropAssets, HoldAt: Get<Location>> DropAssets
	for HoldExcessOnTrap<T, Inner, Trap, HoldAt>
{
	fn drop_assets(
		origin: &Location,
		mut holding: AssetsInHolding,
		context: &XcmContext,
	) -> Weight {
		let hold = HoldAt::get();
		// `HoldAt` must be the hold account's location; if it is not, nothing is held here
		// (the assets are trapped, and claims from another chain meet the limit again).
		let beneficiary = T::LocationToAccountId::convert_location(origin).filter(|_| {
			T::LocationToAccountId::convert_location(&hold) == Some(Pallet::<T>::hold_account())
		});
		if let Some(beneficiary) = beneficiary {
			let hub: Vec<(Asset, AssetId, u128)> = holding
				.fungible_assets_iter()
				.filter_map(|a| hub_id::<T>(&a).map(|(id, amount)| (a, id, amount)))
				.collect();
			for (asset, id, amount) in hub {
				let Some(pending) = PendingHolds::<T>::get(context.message_id, id) else {
					continue;
				};
				let held = pending.amount.min(amount);
				let part = holding.saturating_take(Asset::from((asset.id.clone(), held)).into());
				// Not transactional (the trap runs after the message): the pending entry is
				// taken only once the part is in the hold account; a failed deposit puts the
				// part back into the trap whole and changes nothing.
				match Inner::deposit_asset(part, &hold, Some(context)) {
					Ok(()) => {
						let _ = take_pending::<T>(&context.message_id, id, held);
						record_held::<T>(beneficiary.clone(), id, held, pending.branch);
					},
					Err((part, _)) => holding.subsume_assets(part),
				}
			}
		}
		Trap::drop_assets(origin, holding, context)
	}
}

impl<T, Inner, Trap: ClaimAssets, HoldAt> ClaimAssets for HoldExcessOnTrap<T, Inner, Trap, HoldAt> {
	fn claim_assets(
		origin: &Location,
		ticket: &Location,
		what: &Assets,
		context: &XcmContext,
	) -> Option<AssetsInHolding> {
		Trap::claim_assets(origin, ticket, what, context)
	}
}
