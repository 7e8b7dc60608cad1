//! XCM: the programs Plexus sends, the hub-asset registry as an XCM asset matcher, and the asset
//! transactor that applies branch inflow limits.

use crate::{pallet::*, types::*};
use alloc::{vec, vec::Vec};
use core::marker::PhantomData;
use plexus_primitives::AssetId;
use polkadot_sdk::{
	frame_support::{
		dispatch::GetDispatchInfo,
		pallet_prelude::*,
		traits::{fungibles::Mutate, tokens::Preservation},
	},
	sp_runtime::{
		traits::{MaybeEquivalence, Saturating},
		DispatchError,
	},
	staging_xcm::latest::prelude::*,
	staging_xcm_executor::{
		traits::{ClaimAssets, ConvertLocation, DropAssets, TransactAsset},
		AssetsInHolding,
	},
};

/// Weight allowed for a `Transact` if the destination only speaks XCM v4 (which needs it).
pub const TRANSACT_FALLBACK_WEIGHT: Weight = Weight::from_parts(10_000_000_000, 200_000);

/// What the pallet needs of the runtime's XCM stack (Plexus: `pallet-xcm` and its router).
pub trait XcmSupport<AccountId, RuntimeCall, BlockNumber> {
	/// Sends `message` to `dest`; the delivery fee is charged to `payer`.
	fn send(payer: &AccountId, dest: Location, message: Xcm<()>) -> Result<XcmHash, DispatchError>;
	/// Registers a query expecting a response from `responder` until `timeout`; the response
	/// dispatches `notify` (with the query id and the response as its arguments).
	fn new_notify_query(responder: Location, notify: RuntimeCall, timeout: BlockNumber) -> QueryId;
}

/// `location` as `dest` sees it.
fn reanchored<T: Config>(location: &Location, dest: &Location) -> Result<Location, DispatchError> {
	location
		.clone()
		.reanchored(dest, &T::UniversalLocation::get())
		.map_err(|_| Error::<T>::Unanchorable.into())
}

/// Plexus as `dest` sees it: where responses go and whose sovereign account holds the assets.
fn plexus_from<T: Config>(dest: &Location) -> Result<Location, DispatchError> {
	T::UniversalLocation::get().invert_target(dest).map_err(|_| Error::<T>::Unanchorable.into())
}

/// The reserve withdrawal of `withdraw_to`: the remote fee is paid from the amount.
pub(crate) fn withdraw_program<T: Config>(
	hub: &HubAsset,
	amount: u128,
	dest: &Location,
	beneficiary: &Location,
) -> Result<Xcm<()>, DispatchError> {
	let asset: Asset = (reanchored::<T>(&hub.location, dest)?, amount).into();
	Ok(Xcm(vec![
		WithdrawAsset(asset.clone().into()),
		ClearOrigin,
		BuyExecution { fees: asset, weight_limit: Unlimited },
		DepositAsset { assets: Wild(AllCounted(1)), beneficiary: beneficiary.clone() },
	]))
}

/// The program of an operation (see the crate docs): withdraw from the sovereign account, pay,
/// set the appendix that reports and puts everything back, transact the adapter's call and
/// expect it to have succeeded.
pub(crate) fn operation_program<T: Config>(
	s: &StrategyOf<T>,
	kind: OperationKind,
	amount: u128,
	query_id: QueryId,
) -> Result<Xcm<()>, DispatchError> {
	let dest = &s.params.destination;
	let fee_hub = HubAssets::<T>::get(T::FeeAsset::get()).ok_or(Error::<T>::UnknownHubAsset)?;
	let fee: Asset = (reanchored::<T>(&fee_hub.location, dest)?, s.params.remote_fee).into();
	let mut assets: Assets = fee.clone().into();
	let call = match kind {
		OperationKind::Allocate => {
			let hub = HubAssets::<T>::get(s.asset).ok_or(Error::<T>::UnknownHubAsset)?;
			assets.push((reanchored::<T>(&hub.location, dest)?, amount).into());
			s.params.adapter.allocate_call(amount)
		},
		OperationKind::Deallocate => s.params.adapter.deallocate_call(amount),
	};
	let plexus = plexus_from::<T>(dest)?;
	let max_weight = Call::<T>::on_response { query_id, response: Response::Null }
		.get_dispatch_info()
		.call_weight;
	let response = QueryResponseInfo { destination: plexus.clone(), query_id, max_weight };
	Ok(Xcm(vec![
		WithdrawAsset(assets),
		BuyExecution { fees: fee, weight_limit: Unlimited },
		SetAppendix(Xcm(vec![
			RefundSurplus,
			ReportError(response),
			DepositAsset { assets: Wild(AllCounted(2)), beneficiary: plexus },
		])),
		Transact {
			origin_kind: OriginKind::SovereignAccount,
			fallback_max_weight: Some(TRANSACT_FALLBACK_WEIGHT),
			call: call.into(),
		},
		ExpectTransactStatus(MaybeErrorCode::Success),
	]))
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
/// account), releasable by anyone a full inflow window (`EpochLength` blocks) later.
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
	use polkadot_sdk::frame_support::traits::fungibles::Inspect;
	let hold = Pallet::<T>::hold_account();
	let before = T::Assets::balance(asset, &hold).saturating_sub(amount);
	let floor = T::Assets::minimum_balance(asset).saturating_sub(before);
	let amount = amount.saturating_sub(floor);
	if amount == 0 {
		return;
	}
	let id = NextHeldId::<T>::get();
	NextHeldId::<T>::put(id.wrapping_add(1));
	let releasable_at = crate::dispatchable_impls::now::<T>().saturating_add(T::EpochLength::get());
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
		let epoch = Pallet::<T>::epoch_at(crate::dispatchable_impls::now::<T>());
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
			None => (
				<T::Assets as polkadot_sdk::frame_support::traits::fungibles::Inspect<_>>::balance(
					id,
					&beneficiary,
				),
				Preservation::Expendable,
			),
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
