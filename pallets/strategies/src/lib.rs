//! # Strategies
//!
//! XCM carries Plexus' liquidity between chains: assets arrive from branch chains as *hub
//! assets*, vaults' liquidity is allocated to *strategies* on other chains and
//! comes back, and strategies report their value, which moves the vaults' share price.
//!
//! ## Overview
//!
//! - **Hub-asset registry.** Governance maps an XCM `Location` to a `pallet-assets` id
//!   ([`Pallet::register_hub_asset`]). The runtime's XCM asset transactor
//!   ([`HubAssetTransactor`]) mints and burns hub assets through this registry only: an
//!   unregistered asset is refused.
//! - **Branch chains.** Governance registers the chains liquidity comes from
//!   ([`Pallet::register_branch`]) and, per (hub asset, branch), an [`InflowLimit`]: a cap on the
//!   branch's liquidity and a limit per epoch. Inflow above the limit is *held*, not refused
//!   and not trapped: it is minted into the pallet's hold account and recorded as a
//!   [`HeldInflow`] for its beneficiary, released by governance at any time or by anyone a
//!   full inflow window (an epoch of [`Config::Epochs`]) after it arrived
//!   ([`Pallet::release_inflow`]), or returned to the reserve by governance
//!   ([`Pallet::return_inflow`]). Any number of
//!   inflows per block is held (none is refused for a full buffer), and hub assets over the
//!   limit that a message leaves in holding are held for its claimer by the runtime's asset
//!   trap ([`HoldExcessOnTrap`]) instead of trapped, so `claim_assets` cannot take them free
//!   of the limit. Branch liquidity (inflow minus
//!   what went back with [`Pallet::withdraw_to`]) is accounted per chain, like Mitosis'
//!   `branchLiquidity`.
//! - **Withdraw to a branch.** [`Pallet::withdraw_to`] burns a hub asset and sends it to an
//!   account on its reserve chain (reserve withdrawal). The remote execution fee is paid from
//!   the amount (`BuyExecution`); clients estimate it with the destination's `XcmPaymentApi`
//!   (see [`runtime_api::StrategiesApi::withdraw_to_program`]).
//! - **Strategies.** Governance registers a strategy for a vault ([`Pallet::register_strategy`]):
//!   its destination chain, an [`Adapter`] (how liquidity works there), a cap, report bounds and
//!   who reports. Adapters: [`Adapter::AssetRewardsPool`] stakes in a pool of Asset Hub's
//!   `pallet-asset-rewards`; [`Adapter::EncodedCall`] is any governance-approved call template.
//! - **Allocation.** [`Pallet::allocate`] / [`Pallet::deallocate`] (the curator of a curated vault,
//!   or governance) and the permissionless [`Pallet::rebalance`] of governed vaults (toward the
//!   gauge targets, once per epoch per strategy, and only when the difference exceeds the
//!   strategy's `rebalance_threshold_bps` of its target) send one XCM program per operation
//!   of at least the strategy's `min_operation` (each pays a remote fee) and register
//!   a `pallet-xcm` query for its outcome. Until the response ([`Pallet::on_response`]) the
//!   amount is `in_transit`; on success it becomes debt (allocate) or idle (deallocate); on
//!   failure it returns where it came from, and the assets are back in Plexus' sovereign
//!   account at the destination. A program that never answers is resolved by governance after
//!   [`Config::QueryTimeout`] ([`Pallet::force_resolve`]).
//! - **Reports.** The strategy's report origin (a governance-approved account, or an XCM origin
//!   such as the remote chain itself) reports its value ([`Pallet::report`]). The reports of one
//!   window of `max_report_age` blocks together move the value by at most
//!   `max_report_change_bps` ([`ReportWindow`]), so repeating a report cannot crush or pump a
//!   vault: a gain beyond the bound is refused, a loss beyond it is held for governance
//!   ([`Pallet::force_report`]). A gain goes through the vault's profit unlocking, a loss applies
//!   at once. While a strategy is stale (its last report is older than `max_report_age`) or has
//!   a held loss, its vault's deposits and the finalization of its redemptions pause
//!   ([`plexus_primitives::DepositGate`]): nobody enters or exits at a price in doubt.
//!
//! ## Mechanics
//!
//! Hub assets are reserve-backed: `Σ supply on Plexus ≤ Plexus' sovereign balance at the
//! reserve`. Allocating `a` of a hub asset burns `a` on Plexus and sends
//!
//! ```text
//! WithdrawAsset(a of the asset, f of the fee asset)   // from Plexus' sovereign account
//! BuyExecution(f of the fee asset, Unlimited)
//! SetAppendix(RefundSurplus, ReportError(query), DepositAsset(All → Plexus' sovereign))
//! Transact(SovereignAccount, adapter call with a)     // e.g. asset-rewards `stake(pool, a)`
//! ExpectTransactStatus(Success)
//! ```
//!
//! so the assets either work at the destination (the call used them) or are back in the
//! sovereign account (the appendix runs on error); `ReportError` answers the query with
//! `ExecutionResult(None)` or the error. On failure Plexus re-mints `a` into the vault account:
//! the backing is intact. Deallocating sends the adapter's withdrawal call the same way and mints
//! `a` into the vault account when it succeeded. The remote fee `f` (the relay token) is burnt
//! from the pallet's account, which governance keeps funded; unspent fee stays in the reserve.
//!
//! Rebalance of a governed vault: with `w_s` the strategy's gauge weight
//! ([`plexus_primitives::AllocationWeights`]) and `I = allocatable + Σ_s (debt_s + in_transit_s)
//! − shortfall` the vault's investable assets (idle plus strategies, minus the idle buffer and
//! pending redemptions; `shortfall` is what idle lacks for those two, so redemptions that
//! wait for more than idle holds shrink the targets and the rebalance brings the difference back),
//! the target is `t_s = min(w_s·I, cap_s)` and the strategy moves `|t_s − debt_s|` (an
//! allocation is bounded by the vault's allocatable idle). Deposits and redemptions of the
//! epoch are netted in the vault's idle before: only the difference crosses chains.
//!
//! A report `v` of a strategy with debt `d` is in bounds iff `m + |v − d| ≤ max(b, d)·
//! max_report_change_bps / 10 000`, where `b` is the debt at the window's first report and `m`
//! what the window's earlier reports moved (Σ of their `|change|`). A new window opens at the
//! first report `max_report_age` (at least 1) blocks after the last one opened, and at
//! `force_report`. A rebalance moves `|t_s − debt_s|` only if it exceeds
//! `t_s·rebalance_threshold_bps / 10 000` and `min_operation` (a full exit, `t_s = 0`, always
//! moves).
//!
//! ## Origins
//!
//! - [`Config::AdminOrigin`] (Plexus: `Root` or the `LiquidityAdmin` track): registry, branches,
//!   limits, strategies, forced reports and resolutions; allocation of any vault.
//! - The curator of a curated vault: `allocate`/`deallocate` of its strategies.
//! - Anyone: `rebalance` of governed vaults, `release_inflow` once releasable, `withdraw_to`.
//! - A strategy's report origin: `report`. `pallet-xcm`'s response origin: `on_response`.
//!
//! ## Layout
//!
//! One mechanism, one file; each file's module docs explain its mechanism.
//!
//! | Mechanism | File |
//! |---|---|
//! | Declarations: config, storage, events, errors, calls (delegating to `do_*`), hooks | `lib.rs` |
//! | Hub-asset registry, branch chains, reserves ([`HubAssetRegistry`]) | `registry.rs` |
//! | Inflows over XCM, inflow limits, held inflows: hold, trap, release, return ([`HubAssetTransactor`], [`HoldExcessOnTrap`]) | `transactor.rs` |
//! | Withdrawal of a hub asset to its reserve chain (`withdraw_to`) | `withdraw.rs` |
//! | XCM programs sent to strategies' chains, remote fees ([`XcmSupport`], [`TRANSACT_FALLBACK_WEIGHT`]) | `programs.rs` |
//! | Strategy registration and retirement, each vault's view of its strategies ([`VaultViews`]), [`plexus_primitives::StrategyInspect`] | `strategies.rs` |
//! | Storage migrations (v1: [`VaultViews`] built from the strategies) | `migrations.rs` |
//! | Allocate/deallocate operations and their XCM responses (`on_response`, `force_resolve`) | `operations.rs` |
//! | Gauge-weighted rebalance of governed vaults | `rebalance.rs` |
//! | Value reports, their bound per window, held reports, staleness → [`plexus_primitives::DepositGate`] | `reports.rs` |
//! | Invariants (`try_state`) | `try_state.rs` |
//! | Types and their own arithmetic (inflow windows, call templates) | `types.rs` |
//! | Runtime API | `runtime_api.rs` |
//! | Benchmarks | `benchmarking.rs` |
//!
//! ## Sources
//!
//! Mitosis' branch/hub vault design (`branchLiquidity`, strategies executing on other chains);
//! Yearn V3 / ERC-4626 strategy debt and reports with profit unlocking; XCM's query-response
//! pattern of `pallet-xcm` (`report_outcome_notify`, `ReportError` in the appendix); the inflow
//! rate limits of cross-chain bridges (e.g. Wormhole's Governor, which delays rather than drops
//! transfers above a limit).

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

pub use pallet::*;

#[cfg(feature = "runtime-benchmarks")]
pub mod benchmarking;
pub mod migrations;
#[cfg(test)]
mod mock;
mod operations;
pub mod programs;
mod rebalance;
pub mod registry;
pub mod reports;
pub mod runtime_api;
mod strategies;
#[cfg(test)]
pub(crate) mod testing_utils;
#[cfg(test)]
mod tests;
pub mod transactor;
#[cfg(any(feature = "try-runtime", test))]
mod try_state;
pub mod types;
pub mod weights;
mod withdraw;

pub use programs::{XcmSupport, TRANSACT_FALLBACK_WEIGHT};
pub use registry::HubAssetRegistry;
pub use reports::{annualised_yield_bps, BLOCKS_PER_YEAR};
pub use transactor::{HoldExcessOnTrap, HubAssetTransactor};
pub use types::*;
pub use weights::WeightInfo;

use polkadot_sdk::{
	frame_support, frame_system, staging_xcm as xcm, staging_xcm_executor as xcm_executor,
};

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::{boxed::Box, vec::Vec};
	use frame_support::{pallet_prelude::*, traits::fungibles, PalletId};
	use frame_system::pallet_prelude::*;
	use plexus_primitives::{AllocationWeights, AssetId, StrategyId, VaultId, VaultLiquidity};
	use xcm::{
		latest::{InteriorLocation, Location, Response},
		VersionedLocation,
	};

	/// Account identifier.
	pub type AccountIdOf<T> = <T as frame_system::Config>::AccountId;
	/// A strategy of this runtime.
	pub type StrategyOf<T> = Strategy<AccountIdOf<T>, BlockNumberFor<T>>;
	/// A vault's view of its strategies in this runtime ([`VaultViews`]).
	pub type ViewOf<T> = VaultStrategyView<<T as Config>::MaxStrategiesPerVault, BlockNumberFor<T>>;
	/// Parameters of a strategy of this runtime.
	pub type StrategyParamsOf<T> = StrategyParams<AccountIdOf<T>, BlockNumberFor<T>>;
	/// A held inflow of this runtime.
	pub type HeldInflowOf<T> = HeldInflow<AccountIdOf<T>, BlockNumberFor<T>>;

	/// Inflow above its limit seen by `mint_asset` in the message being executed, waiting for
	/// the `DepositAsset` that names its beneficiary (or for the asset trap, which holds it for
	/// the claimer); keyed by (message id, hub asset) in [`PendingHolds`].
	#[derive(Clone, Encode, Decode, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
	pub struct PendingHold {
		/// The branch it came from.
		pub branch: Location,
		/// How much is to be held, planck.
		pub amount: u128,
	}

	/// Configuration of the strategies pallet.
	#[pallet::config]
	pub trait Config: polkadot_sdk::frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// The runtime call: `on_response` is registered with `pallet-xcm` as a notification.
		type RuntimeCall: From<Call<Self>>;

		/// Hub assets and share tokens (`pallet-assets`).
		type Assets: fungibles::Inspect<Self::AccountId, AssetId = AssetId, Balance = u128>
			+ fungibles::Mutate<Self::AccountId>
			+ fungibles::Create<Self::AccountId>;

		/// The vaults: their assets, accounts, curators and liquidity buckets.
		type Vaults: VaultLiquidity<Self::AccountId, AssetId, u128>
			+ plexus_primitives::VaultInspect<AssetId>;

		/// The gauges: each strategy's relative weight in its governed vault.
		type Gauges: AllocationWeights;

		/// Registry, branches, limits, strategies, forced reports and resolutions.
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// An XCM origin (`pallet_xcm::EnsureXcm`): reports `Transact`ed by a remote chain.
		type XcmOrigin: EnsureOrigin<Self::RuntimeOrigin, Success = Location>;

		/// `pallet-xcm`'s response origin (`pallet_xcm::EnsureResponse`): the responder.
		type ResponseOrigin: EnsureOrigin<Self::RuntimeOrigin, Success = Location>;

		/// Sends XCM and registers queries (Plexus: `pallet-xcm` and the XCM router).
		type Xcm: XcmSupport<Self::AccountId, <Self as Config>::RuntimeCall, BlockNumberFor<Self>>;

		/// Converts the beneficiary of an XCM deposit into an account.
		type LocationToAccountId: xcm_executor::traits::ConvertLocation<Self::AccountId>;

		/// Plexus' location in the consensus universe.
		type UniversalLocation: Get<InteriorLocation>;

		/// The one reserve of the relay token (DOT) as Plexus sees it: Asset Hub, Polkadot's
		/// reserve for DOT since the Asset Hub migration. DOT is withdrawn to it and strategies
		/// of DOT vaults work there; the runtime accepts DOT from it alone.
		type RelayTokenReserve: Get<Location>;

		/// Derives the pallet's account (pays remote fees) and its hold account.
		#[pallet::constant]
		type PalletId: Get<PalletId>;

		/// The hub asset that pays remote execution (the relay token).
		#[pallet::constant]
		type FeeAsset: Get<AssetId>;

		/// The epoch clock, `pallet-gauges` in the runtime: inflow windows (a held inflow is
		/// releasable by anyone one epoch after it arrived) and one rebalance per strategy per
		/// epoch.
		type Epochs: plexus_primitives::time::EpochClock<BlockNumberFor<Self>>;

		/// Blocks an operation may wait for its response before governance may resolve it.
		#[pallet::constant]
		type QueryTimeout: Get<BlockNumberFor<Self>>;

		/// Strategies of one vault at most.
		#[pallet::constant]
		type MaxStrategiesPerVault: Get<u32>;

		/// Pending holds that a message left unused (its assets went elsewhere than a
		/// `DepositAsset` or the trap) removed at the start of a block at most; the rest the
		/// next blocks. Any number of inflows above their limit is held per block: this bounds
		/// only the clean-up.
		#[pallet::constant]
		type MaxStaleHoldsCleared: Get<u32>;

		/// Weights of the calls and hooks, from the benchmarks.
		type WeightInfo: WeightInfo;

		/// Creates vaults and funds accounts for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: benchmarking::BenchmarkHelper<Self>;
	}

	/// The strategies pallet.
	/// The storage version: 1 added [`VaultViews`], which took in `ReportDeadlines` and
	/// `HeldReports` (`migrations::v1` builds it and removes them).
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Hub assets by id.
	#[pallet::storage]
	pub type HubAssets<T: Config> = StorageMap<_, Blake2_128Concat, AssetId, HubAsset>;

	/// Hub asset id by XCM location (the transactor's lookup).
	#[pallet::storage]
	pub type HubAssetIds<T: Config> = StorageMap<_, Blake2_128Concat, Location, AssetId>;

	/// Registered branch chains.
	#[pallet::storage]
	pub type Branches<T: Config> = StorageMap<_, Blake2_128Concat, Location, ()>;

	/// Inflow limit per (hub asset, branch); none means unlimited.
	#[pallet::storage]
	pub type InflowLimits<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, AssetId, Blake2_128Concat, Location, InflowLimit>;

	/// Branch liquidity and the epoch's inflow per (hub asset, branch).
	#[pallet::storage]
	pub type BranchFlows<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		AssetId,
		Blake2_128Concat,
		Location,
		BranchFlow,
		ValueQuery,
	>;

	/// Inflows held above their limit, by id.
	#[pallet::storage]
	pub type HeldInflows<T: Config> = StorageMap<_, Twox64Concat, u32, HeldInflowOf<T>>;

	/// Id of the next held inflow.
	#[pallet::storage]
	pub type NextHeldId<T: Config> = StorageValue<_, u32, ValueQuery>;

	/// Inflow above its limit of the message being executed, by (message id, hub asset),
	/// waiting for the message's `DepositAsset` (or the asset trap). An entry is created and
	/// used up within one message; entries a message left are removed at the start of later
	/// blocks (`MaxStaleHoldsCleared` per block). No bound on the number per block: every
	/// inflow above a limit is held, none refused.
	#[pallet::storage]
	pub type PendingHolds<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, [u8; 32], Twox64Concat, AssetId, PendingHold>;

	/// Strategies by id.
	#[pallet::storage]
	pub type Strategies<T: Config> = StorageMap<_, Twox64Concat, StrategyId, StrategyOf<T>>;

	/// Id of the next strategy.
	#[pallet::storage]
	pub type NextStrategyId<T: Config> = StorageValue<_, StrategyId, ValueQuery>;

	/// Strategies of each vault, in registration order.
	#[pallet::storage]
	pub type VaultStrategies<T: Config> = StorageMap<
		_,
		Twox64Concat,
		VaultId,
		BoundedVec<StrategyId, T::MaxStrategiesPerVault>,
		ValueQuery,
	>;

	/// Per vault, its active strategies and their debt-weighted yield (what
	/// [`plexus_primitives::StrategyInspect`] answers), kept in step by every change of a
	/// strategy's status, debt or yield ([`Pallet::store_strategy`]), and its price gate (what
	/// [`plexus_primitives::DepositGate`] answers): the report deadline, recomputed after every
	/// report and operation, and the number of held reports. No entry for a vault without
	/// strategies.
	#[pallet::storage]
	pub type VaultViews<T: Config> = StorageMap<_, Twox64Concat, VaultId, ViewOf<T>, ValueQuery>;

	/// Operations in flight by `pallet-xcm` query id.
	#[pallet::storage]
	pub type Operations<T: Config> = StorageMap<_, Twox64Concat, u64, Operation<BlockNumberFor<T>>>;

	/// A hub asset at genesis: `(id, location, name, symbol, decimals, min_balance)`.
	pub type GenesisHubAsset = (AssetId, Location, Vec<u8>, Vec<u8>, u8, u128);

	/// Genesis: hub assets and branch chains.
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// `(id, location, name, symbol, decimals, min_balance)`; the `pallet-assets` entry is
		/// created unless it exists.
		pub hub_assets: Vec<GenesisHubAsset>,
		/// Branch chains.
		pub branches: Vec<Location>,
		#[serde(skip)]
		#[allow(missing_docs)]
		pub _config: core::marker::PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for (id, location, name, symbol, decimals, min_balance) in &self.hub_assets {
				Pallet::<T>::do_register_hub_asset(
					*id,
					location.clone(),
					BoundedVec::truncate_from(name.clone()),
					BoundedVec::truncate_from(symbol.clone()),
					*decimals,
					*min_balance,
				)
				.expect("genesis hub assets are valid");
			}
			for branch in &self.branches {
				Branches::<T>::insert(branch, ());
			}
		}
	}

	/// Events of the strategies pallet.
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A location is a hub asset now.
		HubAssetRegistered {
			/// Its `pallet-assets` id.
			asset: AssetId,
			/// Its XCM location.
			location: Location,
		},
		/// A chain is a branch now.
		BranchRegistered {
			/// The chain.
			branch: Location,
		},
		/// The inflow limit of an asset from a branch changed (`None`: unlimited).
		InflowLimitSet {
			/// The hub asset.
			asset: AssetId,
			/// The branch.
			branch: Location,
			/// The new limit.
			limit: Option<InflowLimit>,
		},
		/// Inflow above its branch's limit is held for its beneficiary.
		InflowHeld {
			/// Id of the held inflow.
			id: u32,
			/// Who it is for.
			beneficiary: T::AccountId,
			/// The hub asset.
			asset: AssetId,
			/// Planck held.
			amount: u128,
			/// The branch.
			branch: Location,
			/// Releasable by anyone from this block on.
			releasable_at: BlockNumberFor<T>,
		},
		/// A held inflow went to its beneficiary.
		InflowReleased {
			/// Id of the held inflow.
			id: u32,
			/// Who got it.
			beneficiary: T::AccountId,
			/// Planck released.
			amount: u128,
		},
		/// Governance returned a held inflow to the asset's reserve chain.
		InflowReturned {
			/// Id of the held inflow.
			id: u32,
			/// The hub asset.
			asset: AssetId,
			/// Planck burnt here and sent (the remote fee is paid from it).
			amount: u128,
			/// The reserve chain.
			destination: Location,
			/// Who receives it there.
			beneficiary: Location,
		},
		/// A hub asset was burnt here and sent to an account on its reserve chain.
		WithdrawnTo {
			/// Who sent it.
			who: T::AccountId,
			/// The hub asset.
			asset: AssetId,
			/// Planck burnt (the beneficiary gets it minus the remote fee).
			amount: u128,
			/// The reserve chain.
			destination: Location,
			/// The beneficiary there.
			beneficiary: Location,
		},
		/// A strategy was registered.
		StrategyRegistered {
			/// Its id.
			strategy: StrategyId,
			/// Its vault.
			vault: VaultId,
		},
		/// A strategy takes no new allocations.
		StrategyRetired {
			/// The strategy.
			strategy: StrategyId,
		},
		/// An XCM program was sent for a strategy; the amount is in transit.
		OperationSent {
			/// The strategy.
			strategy: StrategyId,
			/// Its `pallet-xcm` query.
			query_id: u64,
			/// Allocate or deallocate.
			kind: OperationKind,
			/// Planck.
			amount: u128,
		},
		/// An operation succeeded: an allocation is debt, a deallocation idle.
		OperationCompleted {
			/// The strategy.
			strategy: StrategyId,
			/// The query.
			query_id: u64,
			/// Allocate or deallocate.
			kind: OperationKind,
			/// Planck.
			amount: u128,
		},
		/// An operation failed at the destination: the amount is back where it came from.
		OperationFailed {
			/// The strategy.
			strategy: StrategyId,
			/// The query.
			query_id: u64,
			/// Allocate or deallocate.
			kind: OperationKind,
			/// Planck.
			amount: u128,
			/// The failing instruction's index and the error, if the destination said
			/// (`None` when governance resolved a silent operation).
			error: Option<(u32, xcm::latest::Error)>,
		},
		/// A reported loss was beyond the strategy's bound for its report window: it waits for
		/// governance (`force_report`), and meanwhile deposits into the vault and
		/// finalizations of its redemptions pause.
		ReportHeld {
			/// The strategy.
			strategy: StrategyId,
			/// The value reported, planck.
			value: u128,
			/// The value (debt) it would replace, planck.
			previous: u128,
		},
		/// A strategy's value was reported.
		Reported {
			/// The strategy.
			strategy: StrategyId,
			/// The new value (debt), planck.
			value: u128,
			/// The previous value, planck.
			previous: u128,
		},
	}

	/// Errors of the strategies pallet.
	#[pallet::error]
	pub enum Error<T> {
		/// The location is not a valid XCM location of a supported version.
		BadLocation,
		/// This location is a hub asset already.
		LocationAlreadyRegistered,
		/// This asset id is a hub asset already.
		AssetAlreadyRegistered,
		/// Hub asset ids are below `FIRST_SHARE_ASSET_ID` (share tokens use the rest).
		InvalidAssetId,
		/// No hub asset with this id.
		UnknownHubAsset,
		/// The chain is a branch already.
		BranchAlreadyRegistered,
		/// The chain is not a registered branch.
		UnknownBranch,
		/// No held inflow with this id.
		UnknownHeldInflow,
		/// The held inflow is not releasable by anyone yet.
		NotReleasableYet,
		/// `withdraw_to` goes to the asset's reserve chain only.
		NotAssetReserve,
		/// The amount is zero.
		ZeroAmount,
		/// An allocation or deallocation below the strategy's `min_operation` (other than a
		/// deallocation of its whole debt).
		OperationTooSmall,
		/// The caller's spendable balance of the asset is less than the amount.
		InsufficientBalance,
		/// No vault with this id.
		UnknownVault,
		/// The vault has `MaxStrategiesPerVault` strategies.
		TooManyStrategies,
		/// A strategy works on its asset's reserve chain (where Plexus' sovereign account holds
		/// the backing).
		DestinationNotReserve,
		/// `max_report_change_bps` is above 10 000.
		InvalidBps,
		/// No strategy with this id.
		UnknownStrategy,
		/// The strategy is not active (it is retired).
		StrategyNotActive,
		/// The strategy has an operation in flight.
		OperationInFlight,
		/// The allocation would take the strategy's debt above its cap.
		CapExceeded,
		/// The vault's allocatable idle is smaller than the amount.
		InsufficientIdle,
		/// The strategy's debt is smaller than the amount.
		InsufficientDebt,
		/// The pallet's account cannot pay the remote fee (fund it with the fee asset).
		InsufficientFeeFunds,
		/// The origin is neither governance nor the vault's curator.
		NotCurator,
		/// `rebalance` is for governed vaults: the vault is not governed.
		NotGovernedVault,
		/// The strategy was rebalanced in this epoch already.
		AlreadyRebalanced,
		/// The strategy is at its target, or within its `rebalance_threshold_bps` of it, or the
		/// difference is below its `min_operation`.
		NothingToRebalance,
		/// The origin is not the strategy's reporter.
		NotReporter,
		/// The report would raise the value by more than `max_report_change_bps` within the
		/// report window.
		ReportOutOfBounds,
		/// A loss reported earlier waits for governance (`force_report`); no report until then.
		ReportHeld,
		/// No operation with this query id.
		UnknownOperation,
		/// The response came from another location than the strategy's destination.
		WrongResponder,
		/// The operation has not timed out yet.
		OperationNotTimedOut,
		/// The strategy has debt or an operation in flight.
		StrategyInUse,
		/// A location could not be expressed from the destination.
		Unanchorable,
		/// Sending the XCM program failed.
		SendFailed,
		/// Arithmetic overflow.
		Overflow,
		/// A strategy's `remote_fee` is zero: every program buys its execution at the
		/// destination with it, and an XCM asset of zero planck is not an asset.
		ZeroRemoteFee,
		/// The amount would leave less than the asset's minimum balance in the account (which
		/// `pallet-assets` would destroy): move the whole balance, or leave at least the minimum.
		RemainderBelowMinimum,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Removes pending holds earlier messages left, `MaxStaleHoldsCleared` at most (no
		/// message is being executed at the start of a block, so none of them is still
		/// waiting for its `DepositAsset`).
		fn on_initialize(_: BlockNumberFor<T>) -> Weight {
			if Self::clear_stale_holds() {
				T::WeightInfo::on_initialize_with_pending()
			} else {
				// Finding nothing still walks the trie to where the first hold would be: a
				// proof that the benchmark's estimate leaves out (it lists no storage item
				// read). Charge the proof of one hold, from the benchmark of a full clean-up.
				let per_hold = T::WeightInfo::on_initialize_with_pending().proof_size()
					/ u64::from(T::MaxStaleHoldsCleared::get().max(1));
				T::WeightInfo::on_initialize_idle().saturating_add(Weight::from_parts(0, per_hold))
			}
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(
			_: BlockNumberFor<T>,
		) -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call(weight(<T as Config>::WeightInfo))]
	impl<T: Config> Pallet<T> {
		/// Registers `location` as the hub asset `asset` (`AdminOrigin`), creating its
		/// `pallet-assets` entry (sufficient, owned by the pallet) unless it exists.
		///
		/// Errors: `BadLocation`, `InvalidAssetId`, `AssetAlreadyRegistered`,
		/// `LocationAlreadyRegistered`.
		#[pallet::call_index(0)]
		pub fn register_hub_asset(
			origin: OriginFor<T>,
			asset: AssetId,
			location: Box<VersionedLocation>,
			name: AssetString,
			symbol: AssetString,
			decimals: u8,
			min_balance: u128,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			let location = Location::try_from(*location).map_err(|_| Error::<T>::BadLocation)?;
			Self::do_register_hub_asset(asset, location, name, symbol, decimals, min_balance)
		}

		/// Registers a branch chain (`AdminOrigin`).
		///
		/// Errors: `BadLocation`, `BranchAlreadyRegistered`.
		#[pallet::call_index(1)]
		pub fn register_branch(
			origin: OriginFor<T>,
			branch: Box<VersionedLocation>,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			let branch = Location::try_from(*branch).map_err(|_| Error::<T>::BadLocation)?;
			Self::do_register_branch(branch)
		}

		/// Sets (or with `None` removes) the inflow limit of `asset` from `branch`
		/// (`AdminOrigin`): a cap on branch liquidity and a limit per epoch, planck.
		///
		/// Errors: `BadLocation`, `UnknownHubAsset`, `UnknownBranch`.
		#[pallet::call_index(2)]
		pub fn set_inflow_limit(
			origin: OriginFor<T>,
			asset: AssetId,
			branch: Box<VersionedLocation>,
			limit: Option<InflowLimit>,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			let branch = Location::try_from(*branch).map_err(|_| Error::<T>::BadLocation)?;
			Self::do_set_inflow_limit(asset, branch, limit)
		}

		/// Releases a held inflow to its beneficiary: by `AdminOrigin` at any time, by anyone
		/// once it is releasable (one epoch of [`Config::Epochs`], a full inflow window, after it
		/// was held). It then counts as the branch's liquidity.
		///
		/// Errors: `UnknownHeldInflow`, `NotReleasableYet`.
		#[pallet::call_index(3)]
		pub fn release_inflow(origin: OriginFor<T>, id: u32) -> DispatchResult {
			let forced = T::AdminOrigin::try_origin(origin).map(|_| true).or_else(|o| {
				ensure_signed(o)?;
				Ok::<_, DispatchError>(false)
			})?;
			Self::do_release_inflow(id, forced)
		}

		/// Returns a held inflow to the asset's reserve chain (`AdminOrigin`), instead of
		/// releasing it here: the held amount is burnt from the hold account and sent to
		/// `beneficiary` on the reserve (reserve withdrawal, the remote fee paid from the
		/// amount; the delivery fee is paid by the pallet's account). All or nothing: if the
		/// send fails, the inflow stays held.
		///
		/// Weight: `release_inflow` and `withdraw_to` together (a transfer-sized record update,
		/// a burn and a send).
		///
		/// Errors: `BadLocation`, `UnknownHeldInflow`, `UnknownHubAsset`, `Unanchorable`,
		/// `SendFailed`.
		#[pallet::call_index(14)]
		#[pallet::weight(
			<T as Config>::WeightInfo::release_inflow()
				.saturating_add(<T as Config>::WeightInfo::withdraw_to())
		)]
		pub fn return_inflow(
			origin: OriginFor<T>,
			id: u32,
			beneficiary: Box<VersionedLocation>,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			let beneficiary =
				Location::try_from(*beneficiary).map_err(|_| Error::<T>::BadLocation)?;
			Self::do_return_inflow(id, beneficiary)
		}

		/// Burns `amount` of the hub asset `asset` from the caller and sends it to `beneficiary`
		/// on `destination`, which must be the asset's reserve chain. The remote execution fee is
		/// paid from the amount (estimate it with the destination's `XcmPaymentApi`); the
		/// delivery fee is charged to the caller.
		///
		/// Errors: `BadLocation`, `ZeroAmount`, `UnknownHubAsset`, `NotAssetReserve`,
		/// `InsufficientBalance`, `SendFailed`.
		#[pallet::call_index(4)]
		pub fn withdraw_to(
			origin: OriginFor<T>,
			asset: AssetId,
			amount: u128,
			destination: Box<VersionedLocation>,
			beneficiary: Box<VersionedLocation>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let destination =
				Location::try_from(*destination).map_err(|_| Error::<T>::BadLocation)?;
			let beneficiary =
				Location::try_from(*beneficiary).map_err(|_| Error::<T>::BadLocation)?;
			Self::do_withdraw_to(who, asset, amount, destination, beneficiary)
		}

		/// Registers a strategy for a vault (`AdminOrigin`). Its asset is the vault's asset,
		/// which must be a hub asset whose reserve is the strategy's destination.
		///
		/// Errors: `UnknownVault`, `UnknownHubAsset`, `DestinationNotReserve`, `InvalidBps`,
		/// `ZeroRemoteFee`, `TooManyStrategies`, `Overflow`.
		#[pallet::call_index(5)]
		pub fn register_strategy(
			origin: OriginFor<T>,
			params: Box<StrategyParamsOf<T>>,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Self::do_register_strategy(*params).map(|_| ())
		}

		/// Retires a strategy (`AdminOrigin`): no new allocations; its debt can still be
		/// deallocated and reported.
		///
		/// Errors: `UnknownStrategy`, `StrategyNotActive`.
		#[pallet::call_index(6)]
		pub fn retire_strategy(origin: OriginFor<T>, strategy: StrategyId) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Self::do_retire_strategy(strategy)
		}

		/// Allocates `amount` (planck) of the vault's idle to a strategy: burns it here and sends
		/// the adapter's allocation program (the curator of a curated vault, or `AdminOrigin`).
		///
		/// Errors: `UnknownStrategy`, `NotCurator`, `StrategyNotActive`, `OperationInFlight`,
		/// `ZeroAmount`, `OperationTooSmall`, `CapExceeded`, `InsufficientIdle`,
		/// `InsufficientFeeFunds`, `Unanchorable`, `SendFailed`.
		#[pallet::call_index(7)]
		pub fn allocate(
			origin: OriginFor<T>,
			strategy: StrategyId,
			amount: u128,
		) -> DispatchResult {
			let s = Strategies::<T>::get(strategy).ok_or(Error::<T>::UnknownStrategy)?;
			Self::ensure_allocator(origin, s.params.vault)?;
			Self::do_allocate(strategy, s, amount)
		}

		/// Takes `amount` (planck) of a strategy's debt back to the vault's idle: sends the
		/// adapter's withdrawal program (the curator of a curated vault, or `AdminOrigin`).
		///
		/// Errors: `UnknownStrategy`, `NotCurator`, `OperationInFlight`, `ZeroAmount`,
		/// `OperationTooSmall`, `InsufficientDebt`, `InsufficientFeeFunds`, `Unanchorable`,
		/// `SendFailed`.
		#[pallet::call_index(8)]
		pub fn deallocate(
			origin: OriginFor<T>,
			strategy: StrategyId,
			amount: u128,
		) -> DispatchResult {
			let s = Strategies::<T>::get(strategy).ok_or(Error::<T>::UnknownStrategy)?;
			Self::ensure_allocator(origin, s.params.vault)?;
			Self::do_deallocate(strategy, s, amount)
		}

		/// Moves a strategy of a governed vault toward its gauge target
		/// `min(w_s·I, cap_s)` (anyone; once per epoch per strategy).
		///
		/// Errors: `UnknownStrategy`, `NotGovernedVault`, `AlreadyRebalanced`,
		/// `NothingToRebalance`, and those of `allocate`/`deallocate`.
		#[pallet::call_index(9)]
		pub fn rebalance(origin: OriginFor<T>, strategy: StrategyId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_rebalance(strategy)
		}

		/// Reports a strategy's value, planck of its asset (the strategy's report origin).
		///
		/// Within one report window (`max_report_age` blocks) the reports together move the
		/// value by at most `max_report_change_bps` of it: a gain beyond that is refused
		/// (`ReportOutOfBounds`); a loss beyond it is held for governance (event `ReportHeld`)
		/// and pauses the vault's deposits and finalizations until `force_report`.
		///
		/// Errors: `UnknownStrategy`, `NotReporter`, `OperationInFlight`, `ReportOutOfBounds`,
		/// `ReportHeld`, and the vault's `report_gain`/`report_loss` errors.
		#[pallet::call_index(10)]
		pub fn report(origin: OriginFor<T>, strategy: StrategyId, value: u128) -> DispatchResult {
			let s = Strategies::<T>::get(strategy).ok_or(Error::<T>::UnknownStrategy)?;
			Self::ensure_reporter(origin, &s)?;
			Self::do_report(strategy, s, value, false)
		}

		/// Reports a strategy's value beyond its bounds (`AdminOrigin`): replaces a held loss,
		/// opens a new report window and lifts the pause of the vault.
		///
		/// Errors: `UnknownStrategy`, `OperationInFlight`, and the vault's errors.
		#[pallet::call_index(11)]
		pub fn force_report(
			origin: OriginFor<T>,
			strategy: StrategyId,
			value: u128,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			let s = Strategies::<T>::get(strategy).ok_or(Error::<T>::UnknownStrategy)?;
			Self::do_report(strategy, s, value, true)
		}

		/// The outcome of an operation, dispatched by `pallet-xcm` when the destination's
		/// `ReportError` arrives (`ResponseOrigin`): `ExecutionResult(None)` is success.
		///
		/// Errors: `UnknownOperation`, `WrongResponder`, and the vault's errors.
		#[pallet::call_index(12)]
		pub fn on_response(
			origin: OriginFor<T>,
			query_id: u64,
			response: Response,
		) -> DispatchResult {
			let responder = T::ResponseOrigin::ensure_origin(origin)?;
			Self::do_on_response(responder, query_id, response)
		}

		/// Resolves an operation that got no response within `QueryTimeout` blocks
		/// (`AdminOrigin`), as governance found it at the destination: `succeeded` or not.
		///
		/// Errors: `UnknownOperation`, `OperationNotTimedOut`, and the vault's errors.
		#[pallet::call_index(13)]
		pub fn force_resolve(
			origin: OriginFor<T>,
			query_id: u64,
			succeeded: bool,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Self::do_force_resolve(query_id, succeeded)
		}
	}
}
