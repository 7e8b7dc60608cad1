//! The runtime API of the strategies: strategies of a vault, operations in flight, branch
//! liquidity, the hub-asset registry and held inflows, for polkadot.js, the node's `plexus_` RPC
//! and wallets.

use crate::{pallet::*, types::*};
use alloc::vec::Vec;
use codec::{Codec, Decode, Encode};
use plexus_primitives::{AssetId, StrategyId, VaultId};
use polkadot_sdk::{
	frame_system::pallet_prelude::BlockNumberFor,
	sp_api,
	staging_xcm::{latest::Location, VersionedXcm},
};
use scale_info::TypeInfo;

/// A strategy as the API shows it.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, TypeInfo)]
pub struct StrategySummary<AccountId, BlockNumber> {
	/// Its id.
	pub id: StrategyId,
	/// The strategy.
	pub strategy: Strategy<AccountId, BlockNumber>,
	/// Whether its last report is older than `max_report_age` (deposits into its vault pause).
	pub stale: bool,
	/// Its gauge target for governed vaults, `min(w_s·I, cap_s)`, planck; `None` for curated
	/// vaults.
	pub target: Option<u128>,
}

/// An operation in flight.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, TypeInfo)]
pub struct OperationSummary<BlockNumber> {
	/// Its `pallet-xcm` query id.
	pub query_id: u64,
	/// The operation.
	pub operation: Operation<BlockNumber>,
}

sp_api::decl_runtime_apis! {
	/// What polkadot.js and the node's RPC read of the strategies.
	pub trait StrategiesApi<AccountId, BlockNumber>
	where
		AccountId: Codec,
		BlockNumber: Codec,
	{
		/// The strategies of a vault, in registration order.
		fn strategies(vault: VaultId) -> Vec<StrategySummary<AccountId, BlockNumber>>;
		/// One strategy.
		fn strategy(id: StrategyId) -> Option<StrategySummary<AccountId, BlockNumber>>;
		/// Operations in flight of a vault's strategies.
		fn operations(vault: VaultId) -> Vec<OperationSummary<BlockNumber>>;
		/// Branch liquidity of a hub asset per branch chain.
		fn branch_liquidity(asset: AssetId) -> Vec<(Location, BranchFlow)>;
		/// The hub-asset registry.
		fn hub_assets() -> Vec<(AssetId, HubAsset)>;
		/// Inflows held for an account: `(id, held inflow)`.
		fn held_inflows(who: AccountId) -> Vec<(u32, HeldInflow<AccountId, BlockNumber>)>;
		/// The program `withdraw_to` would send, to price it with the destination's
		/// `XcmPaymentApi` (`query_xcm_weight`, then `query_weight_to_asset_fee`); `None` for an
		/// unknown asset or a destination that is not its reserve.
		fn withdraw_to_program(
			asset: AssetId,
			amount: u128,
			destination: Location,
			beneficiary: Location,
		) -> Option<VersionedXcm<()>>;
	}
}

impl<T: Config> Pallet<T> {
	fn summary(
		id: StrategyId,
		strategy: StrategyOf<T>,
	) -> StrategySummary<T::AccountId, BlockNumberFor<T>> {
		use plexus_primitives::VaultInspect;
		let target = <T::Vaults as VaultInspect<AssetId>>::is_governed(strategy.params.vault)
			.then(|| Self::target_of(&strategy, id));
		StrategySummary { id, stale: Self::is_stale(&strategy), target, strategy }
	}

	/// `StrategiesApi::strategies`.
	pub fn api_strategies(vault: VaultId) -> Vec<StrategySummary<T::AccountId, BlockNumberFor<T>>> {
		Self::strategies_of(vault).into_iter().map(|(id, s)| Self::summary(id, s)).collect()
	}

	/// `StrategiesApi::strategy`.
	pub fn api_strategy(
		id: StrategyId,
	) -> Option<StrategySummary<T::AccountId, BlockNumberFor<T>>> {
		Strategies::<T>::get(id).map(|s| Self::summary(id, s))
	}

	/// `StrategiesApi::operations`.
	pub fn api_operations(vault: VaultId) -> Vec<OperationSummary<BlockNumberFor<T>>> {
		Self::strategies_of(vault)
			.into_iter()
			.filter_map(|(_, s)| s.operation)
			.filter_map(|q| {
				Operations::<T>::get(q).map(|operation| OperationSummary { query_id: q, operation })
			})
			.collect()
	}

	/// `StrategiesApi::branch_liquidity`.
	pub fn api_branch_liquidity(asset: AssetId) -> Vec<(Location, BranchFlow)> {
		BranchFlows::<T>::iter_prefix(asset).collect()
	}

	/// `StrategiesApi::hub_assets`.
	pub fn api_hub_assets() -> Vec<(AssetId, HubAsset)> {
		HubAssets::<T>::iter().collect()
	}

	/// `StrategiesApi::held_inflows`.
	pub fn api_held_inflows(who: T::AccountId) -> Vec<(u32, HeldInflowOf<T>)> {
		HeldInflows::<T>::iter().filter(|(_, h)| h.beneficiary == who).collect()
	}

	/// `StrategiesApi::withdraw_to_program`.
	pub fn api_withdraw_to_program(
		asset: AssetId,
		amount: u128,
		destination: Location,
		beneficiary: Location,
	) -> Option<VersionedXcm<()>> {
		let hub = HubAssets::<T>::get(asset).filter(|h| Self::reserve_of(h) == destination)?;
		crate::programs::withdraw_program::<T>(&hub, amount, &destination, &beneficiary)
			.ok()
			.map(VersionedXcm::from)
	}
}
