//! XCM: the programs Plexus sends, the hub-asset registry as an XCM asset matcher, and the asset
//! transactor that applies branch inflow limits.

use crate::{pallet::*, types::*};
use alloc::vec;
use core::marker::PhantomData;
use plexus_primitives::AssetId;
use polkadot_sdk::{
	frame_support::{
		dispatch::GetDispatchInfo,
		pallet_prelude::*,
		traits::{fungibles::Mutate, tokens::Preservation},
	},
	sp_runtime::{traits::MaybeEquivalence, DispatchError},
	staging_xcm::latest::prelude::*,
	staging_xcm_executor::{
		traits::{ConvertLocation, TransactAsset},
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
/// amount over the branch's [`InflowLimit`] is noted for this message; the `DepositAsset` that
/// follows (`deposit_asset`) credits the beneficiary and moves the noted amount into the pallet's
/// hold account as a [`HeldInflow`]. Everything else is `Inner`'s.
pub struct HubAssetTransactor<T, Inner>(PhantomData<(T, Inner)>);

impl<T: Config, Inner: TransactAsset> HubAssetTransactor<T, Inner> {
	fn hub_id(what: &Asset) -> Option<(AssetId, u128)> {
		match what.fun {
			Fungible(amount) => HubAssetIds::<T>::get(&what.id.0).map(|id| (id, amount)),
			NonFungible(_) => None,
		}
	}

	/// Notes the part of `amount` over the branch's limit; records the rest as inflow.
	fn note_inflow(id: AssetId, amount: u128, context: &XcmContext) -> Result<(), XcmError> {
		let Some(origin) = context.origin.as_ref() else { return Ok(()) };
		let branch = origin.chain_location();
		if branch.parent_count() == 0 {
			return Ok(());
		}
		let epoch = Pallet::<T>::epoch_at(crate::dispatchable_impls::now::<T>());
		let limit = InflowLimits::<T>::get(id, &branch);
		let mut flow = BranchFlows::<T>::get(id, &branch);
		let accepted = flow.accept(limit.as_ref(), epoch, amount);
		flow.record_inflow(epoch, accepted);
		BranchFlows::<T>::insert(id, &branch, flow);
		let excess = amount.saturating_sub(accepted);
		if excess > 0 {
			PendingHolds::<T>::try_append(PendingHold {
				message: context.message_id,
				asset: id,
				branch,
				amount: excess,
			})
			.map_err(|_| XcmError::TooManyAssets)?;
		}
		Ok(())
	}

	/// Moves what this message has pending (in `pending`, the block's `PendingHolds`) of `id`,
	/// up to `amount`, from `who` to the hold account, recording a held inflow.
	fn hold_pending(
		mut pending: BoundedVec<PendingHold, T::MaxPendingHolds>,
		id: AssetId,
		amount: u128,
		who: &Location,
		context: &XcmContext,
	) -> Result<(), XcmError> {
		let Some(i) = pending.iter().position(|p| p.message == context.message_id && p.asset == id)
		else {
			return Ok(());
		};
		let held = pending[i].amount.min(amount);
		let branch = pending[i].branch.clone();
		pending[i].amount = pending[i].amount.saturating_sub(held);
		if pending[i].amount == 0 {
			pending.remove(i);
		}
		PendingHolds::<T>::put(pending);
		let beneficiary = T::LocationToAccountId::convert_location(who).ok_or(
			XcmError::FailedToTransactAsset("beneficiary of a held inflow is not an account"),
		)?;
		T::Assets::transfer(
			id,
			&beneficiary,
			&Pallet::<T>::hold_account(),
			held,
			Preservation::Expendable,
		)
		.map_err(|_| XcmError::FailedToTransactAsset("could not hold the inflow"))?;
		let hold_id = NextHeldId::<T>::get();
		NextHeldId::<T>::put(hold_id.wrapping_add(1));
		let now = crate::dispatchable_impls::now::<T>();
		let releasable_at = Pallet::<T>::epoch_start(Pallet::<T>::epoch_at(now).saturating_add(1));
		HeldInflows::<T>::insert(
			hold_id,
			HeldInflow {
				beneficiary: beneficiary.clone(),
				asset: id,
				amount: held,
				branch: branch.clone(),
				releasable_at,
			},
		);
		Pallet::<T>::deposit_event(Event::InflowHeld {
			id: hold_id,
			beneficiary,
			asset: id,
			amount: held,
			branch,
			releasable_at,
		});
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
		let (id, amount) = Self::hub_id(what).ok_or(XcmError::AssetNotFound)?;
		Self::note_inflow(id, amount, context)?;
		Inner::mint_asset(what, context)
	}

	fn deposit_asset(
		what: AssetsInHolding,
		who: &Location,
		context: Option<&XcmContext>,
	) -> Result<(), (AssetsInHolding, XcmError)> {
		// Usually nothing is pending: one read, and the deposit is `Inner`'s alone.
		let pending = PendingHolds::<T>::get();
		let held = if pending.is_empty() {
			None
		} else {
			what.fungible_assets_iter().next().and_then(|a| Self::hub_id(&a))
		};
		Inner::deposit_asset(what, who, context)?;
		if let (Some((id, amount)), Some(context)) = (held, context) {
			// The deposit is done: a failure here would leave it unheld but credited, so the
			// executor's transactional processing reverts the whole instruction.
			Self::hold_pending(pending, id, amount, who, context)
				.map_err(|e| (AssetsInHolding::new(), e))?;
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
