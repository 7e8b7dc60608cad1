//! The weight of every XCM instruction Plexus executes, from `pallet_xcm_benchmarks` run on
//! this runtime (`benchmarks/run.sh xcm`): [`PlexusXcmWeight`], used by the executor's and
//! `pallet-xcm`'s weigher (`WeightInfoBounds` in `configs::xcm_config`).
//!
//! - `pallet_xcm_benchmarks_fungible.rs`: instructions that move assets, measured for one asset
//!   (USDT through the whole transactor stack: PLX's adapter tried first, the hub-asset
//!   registry, `pallet-assets`, the branch inflow limits);
//! - `pallet_xcm_benchmarks_generic.rs`: the others (execution bought with DOT, the last fee
//!   asset the traders try; responses, `Transact`, version subscriptions, reports to Asset
//!   Hub…), with a full holding register.
//!
//! An instruction that handles assets weighs its one-asset figure times the number of assets it
//! may handle: the assets it names, or for a wildcard the most the holding register can hold
//! (`2 × MaxAssetsIntoHolding`, the executor's own bound). `ReserveAssetDeposited` also pays,
//! per asset, for the hold a later `DepositAsset` makes when the deposit exceeds its branch's
//! inflow limit (at the weight of `pallet_strategies::release_inflow`, the same transfer and
//! held-inflow record in the other direction).
//!
//! Instructions Plexus does not support weigh `Weight::MAX`, so a message carrying one is
//! refused when weighed: teleports in (no trusted teleporter), HRMP channel notices (handled by
//! the relay chain), asset exchange (no exchanger), universal origins (no universal aliases),
//! bridging exports (no exporter) and remote locks (no locker). `ExecuteWithOrigin` is not
//! implemented by this XCM executor: its benchmark fails and reports `Weight::MAX` itself.

mod pallet_xcm_benchmarks_fungible;
mod pallet_xcm_benchmarks_generic;

use crate::{configs::xcm_config::MaxAssetsIntoHolding, Runtime};
use alloc::vec::Vec;
use frame_support::weights::Weight;
use pallet_strategies::WeightInfo as _;
use pallet_xcm_benchmarks_fungible::WeightInfo as Fungible;
use pallet_xcm_benchmarks_generic::WeightInfo as Generic;
use polkadot_sdk::{staging_xcm as xcm, *};
use sp_runtime::BoundedVec;
use xcm::{
	latest::{prelude::*, AssetTransferFilter},
	DoubleEncoded,
};

/// The most assets one instruction can take from the holding register: the executor lets it
/// grow to twice `MaxAssetsIntoHolding` before refusing more.
fn max_assets_in_holding() -> u64 {
	u64::from(MaxAssetsIntoHolding::get()).saturating_mul(2)
}

/// How many assets an instruction may handle.
trait AssetCount {
	/// The number of assets, at least one.
	fn asset_count(&self) -> u64;
}

impl AssetCount for Assets {
	fn asset_count(&self) -> u64 {
		(self.len() as u64).max(1)
	}
}

impl AssetCount for AssetFilter {
	fn asset_count(&self) -> u64 {
		let most = max_assets_in_holding();
		match self {
			Definite(assets) => assets.asset_count(),
			Wild(All) => most,
			// One fungible asset of this id; non-fungibles: every instance held.
			Wild(AllOf { fun: WildFungibility::Fungible, .. }) => 1,
			Wild(AllOf { fun: WildFungibility::NonFungible, .. }) => most,
			Wild(AllCounted(count)) | Wild(AllOfCounted { count, .. }) => {
				u64::from(*count).clamp(1, most)
			},
		}
	}
}

/// `weight` for each of `n` assets.
fn per_asset(weight: Weight, n: u64) -> Weight {
	weight.saturating_mul(n)
}

/// [`XcmWeightInfo`] of the Plexus runtime: the benchmarked weight of each instruction.
pub struct PlexusXcmWeight<Call>(core::marker::PhantomData<Call>);

impl<Call> XcmWeightInfo<Call> for PlexusXcmWeight<Call> {
	fn withdraw_asset(assets: &Assets) -> Weight {
		per_asset(Fungible::<Runtime>::withdraw_asset(), assets.asset_count())
	}
	fn reserve_asset_deposited(assets: &Assets) -> Weight {
		let hold = crate::weights::pallet_strategies::WeightInfo::<Runtime>::release_inflow();
		per_asset(
			Fungible::<Runtime>::reserve_asset_deposited().saturating_add(hold),
			assets.asset_count(),
		)
	}
	fn receive_teleported_asset(_assets: &Assets) -> Weight {
		// No teleporter is trusted: the executor refuses every teleported asset.
		Weight::MAX
	}
	fn query_response(
		_query_id: &u64,
		_response: &Response,
		_max_weight: &Weight,
		_querier: &Option<Location>,
	) -> Weight {
		// `max_weight` (the notified call's) is added by the executor itself.
		Generic::<Runtime>::query_response()
	}
	fn transfer_asset(assets: &Assets, _beneficiary: &Location) -> Weight {
		per_asset(Fungible::<Runtime>::transfer_asset(), assets.asset_count())
	}
	fn transfer_reserve_asset(assets: &Assets, _dest: &Location, _xcm: &Xcm<()>) -> Weight {
		per_asset(Fungible::<Runtime>::transfer_reserve_asset(), assets.asset_count())
	}
	fn transact(
		_origin_kind: &OriginKind,
		_fallback_max_weight: &Option<Weight>,
		_call: &DoubleEncoded<Call>,
	) -> Weight {
		// The overhead of dispatching; the call's own weight is added by the weigher.
		Generic::<Runtime>::transact()
	}
	fn hrmp_new_channel_open_request(
		_sender: &u32,
		_max_message_size: &u32,
		_max_capacity: &u32,
	) -> Weight {
		// HRMP notices come from the relay chain and are not handled by Plexus' executor.
		Weight::MAX
	}
	fn hrmp_channel_accepted(_recipient: &u32) -> Weight {
		Weight::MAX
	}
	fn hrmp_channel_closing(_initiator: &u32, _sender: &u32, _recipient: &u32) -> Weight {
		Weight::MAX
	}
	fn clear_origin() -> Weight {
		Generic::<Runtime>::clear_origin()
	}
	fn descend_origin(_who: &InteriorLocation) -> Weight {
		Generic::<Runtime>::descend_origin()
	}
	fn report_error(_query_response_info: &QueryResponseInfo) -> Weight {
		Generic::<Runtime>::report_error()
	}
	fn deposit_asset(assets: &AssetFilter, _beneficiary: &Location) -> Weight {
		per_asset(Fungible::<Runtime>::deposit_asset(), assets.asset_count())
	}
	fn deposit_reserve_asset(assets: &AssetFilter, _dest: &Location, _xcm: &Xcm<()>) -> Weight {
		per_asset(Fungible::<Runtime>::deposit_reserve_asset(), assets.asset_count())
	}
	fn exchange_asset(_give: &AssetFilter, _want: &Assets, _maximal: &bool) -> Weight {
		// No asset exchanger.
		Weight::MAX
	}
	fn initiate_reserve_withdraw(
		assets: &AssetFilter,
		_reserve: &Location,
		_xcm: &Xcm<()>,
	) -> Weight {
		per_asset(Fungible::<Runtime>::initiate_reserve_withdraw(), assets.asset_count())
	}
	fn initiate_teleport(assets: &AssetFilter, _dest: &Location, _xcm: &Xcm<()>) -> Weight {
		per_asset(Fungible::<Runtime>::initiate_teleport(), assets.asset_count())
	}
	fn initiate_transfer(
		_destination: &Location,
		remote_fees: &Option<AssetTransferFilter>,
		_preserve_origin: &bool,
		assets: &BoundedVec<AssetTransferFilter, MaxAssetTransferFilters>,
		_remote_xcm: &Xcm<()>,
	) -> Weight {
		// One transfer per asset named, the remote fees' included.
		let fees = remote_fees.as_ref().map_or(0, |f| f.inner().asset_count());
		let moved = assets.iter().fold(0u64, |n, f| n.saturating_add(f.inner().asset_count()));
		per_asset(Fungible::<Runtime>::initiate_transfer(), fees.saturating_add(moved).max(1))
	}
	fn report_holding(_response_info: &QueryResponseInfo, _assets: &AssetFilter) -> Weight {
		Generic::<Runtime>::report_holding()
	}
	fn buy_execution(_fees: &Asset, _weight_limit: &WeightLimit) -> Weight {
		Generic::<Runtime>::buy_execution()
	}
	fn pay_fees(_asset: &Asset) -> Weight {
		Generic::<Runtime>::pay_fees()
	}
	fn refund_surplus() -> Weight {
		Generic::<Runtime>::refund_surplus()
	}
	fn set_error_handler(_xcm: &Xcm<Call>) -> Weight {
		Generic::<Runtime>::set_error_handler()
	}
	fn set_appendix(_xcm: &Xcm<Call>) -> Weight {
		Generic::<Runtime>::set_appendix()
	}
	fn clear_error() -> Weight {
		Generic::<Runtime>::clear_error()
	}
	fn set_hints(hints: &BoundedVec<Hint, HintNumVariants>) -> Weight {
		hints.iter().fold(Weight::zero(), |w, hint| match hint {
			AssetClaimer { .. } => w.saturating_add(Generic::<Runtime>::asset_claimer()),
		})
	}
	fn claim_asset(assets: &Assets, _ticket: &Location) -> Weight {
		per_asset(Generic::<Runtime>::claim_asset(), assets.asset_count())
	}
	fn trap(_code: &u64) -> Weight {
		Generic::<Runtime>::trap()
	}
	fn subscribe_version(_query_id: &QueryId, _max_response_weight: &Weight) -> Weight {
		Generic::<Runtime>::subscribe_version()
	}
	fn unsubscribe_version() -> Weight {
		Generic::<Runtime>::unsubscribe_version()
	}
	fn burn_asset(assets: &Assets) -> Weight {
		per_asset(Generic::<Runtime>::burn_asset(), assets.asset_count())
	}
	fn expect_asset(assets: &Assets) -> Weight {
		per_asset(Generic::<Runtime>::expect_asset(), assets.asset_count())
	}
	fn expect_origin(_origin: &Option<Location>) -> Weight {
		Generic::<Runtime>::expect_origin()
	}
	fn expect_error(_error: &Option<(u32, XcmError)>) -> Weight {
		Generic::<Runtime>::expect_error()
	}
	fn expect_transact_status(_transact_status: &MaybeErrorCode) -> Weight {
		Generic::<Runtime>::expect_transact_status()
	}
	fn query_pallet(_module_name: &Vec<u8>, _response_info: &QueryResponseInfo) -> Weight {
		Generic::<Runtime>::query_pallet()
	}
	fn expect_pallet(
		_index: &u32,
		_name: &Vec<u8>,
		_module_name: &Vec<u8>,
		_crate_major: &u32,
		_min_crate_minor: &u32,
	) -> Weight {
		Generic::<Runtime>::expect_pallet()
	}
	fn report_transact_status(_response_info: &QueryResponseInfo) -> Weight {
		Generic::<Runtime>::report_transact_status()
	}
	fn clear_transact_status() -> Weight {
		Generic::<Runtime>::clear_transact_status()
	}
	fn universal_origin(_global: &Junction) -> Weight {
		// No universal aliases.
		Weight::MAX
	}
	fn export_message(_network: &NetworkId, _destination: &Junctions, _xcm: &Xcm<()>) -> Weight {
		// No bridges.
		Weight::MAX
	}
	fn lock_asset(_asset: &Asset, _unlocker: &Location) -> Weight {
		// No asset locker.
		Weight::MAX
	}
	fn unlock_asset(_asset: &Asset, _target: &Location) -> Weight {
		Weight::MAX
	}
	fn note_unlockable(_asset: &Asset, _owner: &Location) -> Weight {
		Weight::MAX
	}
	fn request_unlock(_asset: &Asset, _locker: &Location) -> Weight {
		Weight::MAX
	}
	fn set_fees_mode(_jit_withdraw: &bool) -> Weight {
		Generic::<Runtime>::set_fees_mode()
	}
	fn set_topic(_topic: &[u8; 32]) -> Weight {
		Generic::<Runtime>::set_topic()
	}
	fn clear_topic() -> Weight {
		Generic::<Runtime>::clear_topic()
	}
	fn alias_origin(_origin: &Location) -> Weight {
		Generic::<Runtime>::alias_origin()
	}
	fn unpaid_execution(_weight_limit: &WeightLimit, _check_origin: &Option<Location>) -> Weight {
		Generic::<Runtime>::unpaid_execution()
	}
	fn execute_with_origin(
		_descendant_origin: &Option<InteriorLocation>,
		_xcm: &Xcm<Call>,
	) -> Weight {
		Generic::<Runtime>::execute_with_origin()
	}
}
