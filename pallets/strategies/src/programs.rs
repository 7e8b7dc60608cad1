//! # XCM programs
//!
//! The programs Plexus sends to the chains where its strategies work, and what they cost.
//!
//! An **operation** (allocation or deallocation of a strategy) is one program from Plexus'
//! sovereign account at the destination:
//!
//! ```text
//! WithdrawAsset(a of the asset, f of the fee asset)   // allocation; f alone to deallocate
//! BuyExecution(f of the fee asset, Unlimited)
//! SetAppendix(RefundSurplus, ReportError(query), DepositAsset(All → Plexus' sovereign))
//! Transact(SovereignAccount, adapter call with a)     // e.g. asset-rewards `stake(pool, a)`
//! ExpectTransactStatus(Success)
//! ```
//!
//! so the assets either work at the destination (the call used them) or are back in the
//! sovereign account (the appendix runs on error), and `ReportError` answers the operation's
//! `pallet-xcm` query with `ExecutionResult(None)` or the error (XCM's query-response pattern:
//! `report_outcome_notify`, `ReportError` in the appendix). The remote fee `f`, a strategy's
//! `remote_fee` of the relay token, is burnt here from the pallet's account
//! ([`Pallet::account_id`], which governance keeps funded); what the destination does not spend
//! stays in the reserve.
//!
//! A **withdrawal** (`withdraw_to`, `return_inflow`) is a reserve withdrawal whose remote fee
//! is paid from the amount itself:
//! `WithdrawAsset(a) · ClearOrigin · BuyExecution(a) · DepositAsset(beneficiary)`.

use crate::{pallet::*, types::*};
use alloc::vec;
use plexus_primitives::AssetId;
use polkadot_sdk::{
	frame_support::{
		dispatch::GetDispatchInfo,
		pallet_prelude::*,
		traits::{
			fungibles::Mutate,
			tokens::{Fortitude, Precision, Preservation},
		},
	},
	sp_runtime::{
		traits::{AccountIdConversion, Zero},
		DispatchError,
	},
	staging_xcm::latest::prelude::*,
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

impl<T: Config> Pallet<T> {
	/// The pallet's account: pays remote fees (hold the fee asset and some PLX here).
	pub fn account_id() -> T::AccountId {
		T::PalletId::get().into_account_truncating()
	}

	/// Burns the strategy's remote fee (`remote_fee` of [`Config::FeeAsset`]) from the pallet's
	/// account.
	pub(crate) fn pay_remote_fee(s: &StrategyOf<T>) -> DispatchResult {
		if s.params.remote_fee.is_zero() {
			return Ok(());
		}
		T::Assets::burn_from(
			T::FeeAsset::get(),
			&Self::account_id(),
			s.params.remote_fee,
			Preservation::Expendable,
			Precision::Exact,
			Fortitude::Polite,
		)
		.map_err(|_| Error::<T>::InsufficientFeeFunds)?;
		Ok(())
	}
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

/// The hub asset `asset` as `dest` sees it, `amount` of it.
fn hub_asset_at<T: Config>(
	asset: AssetId,
	amount: u128,
	dest: &Location,
) -> Result<Asset, DispatchError> {
	let hub = HubAssets::<T>::get(asset).ok_or(Error::<T>::UnknownHubAsset)?;
	Ok((reanchored::<T>(&hub.location, dest)?, amount).into())
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

/// The program of an operation (see the module docs): withdraw from the sovereign account,
/// pay, set the appendix that reports and puts everything back, transact the adapter's call
/// and expect it to have succeeded.
pub(crate) fn operation_program<T: Config>(
	s: &StrategyOf<T>,
	kind: OperationKind,
	amount: u128,
	query_id: QueryId,
) -> Result<Xcm<()>, DispatchError> {
	let dest = &s.params.destination;
	let fee = hub_asset_at::<T>(T::FeeAsset::get(), s.params.remote_fee, dest)?;
	let mut assets: Assets = fee.clone().into();
	let call = match kind {
		OperationKind::Allocate => {
			assets.push(hub_asset_at::<T>(s.asset, amount, dest)?);
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
