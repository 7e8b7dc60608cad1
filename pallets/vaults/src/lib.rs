//! # Vaults
//!
//! Share-based vaults: hub assets pooled into vaults and represented by transferable share
//! tokens. This is the accounting heart of Plexus: every other pallet (strategies, intents,
//! gauges) reaches a vault's assets only through this pallet's traits.
//!
//! ## Overview
//!
//! A vault holds one asset (a hub asset such as USDT, or another vault's share token). A
//! depositor receives *shares*, a `pallet-assets` token the vault creates and owns, so shares
//! are transferable, visible in wallets and movable over XCM. Two kinds of vaults share one code
//! path:
//!
//! - **Governed** (Mitosis EOL / miAsset): allocation across strategies follows gauge votes.
//! - **Curated** (Mitosis Matrix / maAsset campaign): a curator allocates; the vault carries
//!   campaign terms on-chain: start and end of deposits, a minimum hold of new shares, an
//!   early-exit penalty redistributed to the holders who stay, and partner reward streams.
//!
//! ## Mechanics
//!
//! **Accounting is internal.** A vault's assets are `idle` (in the vault account), `in_transit`
//! (in an XCM program) or `debt` (in strategies), and
//! `A = idle + debt + in_transit − locked_profit_now`. The balance of the vault account is
//! never read for the price: a donation to it cannot move the share price.
//!
//! **The vault account keeps a floor** of the asset's minimum balance above what the vault owes
//! (`idle + claimable`). The first deposit pays it out of its amount (like the minimum
//! liquidity of a first Uniswap V2 deposit; a `mint` or a partner reward that finds it missing
//! pays it on top); it is never counted in `A`. Payments out of the account (claims,
//! allocations) keep it (`Preserve`), so paying the last planck of `idle` never reaps the
//! account nor moves or burns dust owed to others.
//!
//! **Conversions** are OpenZeppelin's ERC-4626 with a virtual offset δ ([`Config::Delta`],
//! default 6), rounding always in the vault's favour ([`math`]):
//! `shares_for_deposit(a) = ⌊a·(S + 10^δ)/(A + 1)⌋`, `assets_for_mint(s) = ⌈s·(A + 1)/(S + 10^δ)⌉`,
//! `assets_for_redeem(s) = ⌊s·(A + 1)/(S + 10^δ)⌋`. With the offset, the "inflation attack"
//! (deposit 1 planck, donate a lot, round the next depositor down to zero shares) costs the
//! attacker far more than it can take.
//!
//! **Redemption is asynchronous** (ERC-7540 style). [`Pallet::request_redeem`] puts the
//! owner's shares into escrow (they are burnt from the owner and counted in `S` until the
//! request is finalized, or minted back if it is cancelled) and records the value they had,
//! `assets_at_request`. Requests are
//! finalized first-in first-out, in bounded batches ([`Pallet::finalize_requests`], anyone, or
//! `on_idle`), at `min(value at request, value at finalization)`: nobody exits at a stale price,
//! losses while waiting are shared, and gains while waiting stay in the vault. A finalized
//! request's assets leave `idle` for `claimable`, and its shares leave the escrow; [`Pallet::claim`] is
//! O(1) per request. A request is finalized at once when the queue is empty and idle covers it.
//! While the vault's price is in doubt (a strategy is stale, or a loss beyond its bound waits
//! for governance: [`Config::DepositGate`]), deposits are refused and finalization waits, so
//! nobody enters or exits at a price about to be corrected.
//! Requests belong to their owner: nobody can create, cancel, claim or reorder someone else's,
//! and each owner has at most [`Config::MaxOpenRequests`] open requests of at least the vault's
//! `min_request` value. A request queued for a redeem intent carries the intent's limit
//! (`min_assets`): worth less than it at finalization, it is returned to its owner (shares
//! minted back, event `RequestReturned`) instead of paid at the lower price.
//!
//! **Profit unlocking** (Yearn v3). A reported gain, net of the performance fee, is locked and
//! released linearly over [`Config::ProfitUnlockPeriod`] blocks, so a deposit made just before a
//! report and redeemed just after earns only the unlocked part. A loss is applied at once, first
//! against the still-locked profit. The performance fee is minted as shares to
//! [`Config::FeeRecipient`] at the current price; a fee whose shares would be below the share
//! token's minimum balance is carried to the next gain (`VaultInfo::fee_carry`), so a small
//! gain is still reported; the carried fee is the recipient's, not the holders', so it is left
//! out of the total assets until minted and the price per share never falls by its payment
//! (`total_assets = idle + debt + in_transit − locked profit − fee_carry`). A new gain merges
//! into the profit still locked and never unlocks it sooner (a partner reward keeps unlocking
//! until its campaign's end).
//!
//! **Campaigns.** Shares minted by a deposit into a running campaign are held for `min_hold`
//! blocks: they cannot be transferred (this pallet is `pallet-assets`' `Freezer`), and redeeming
//! them pays the early-exit penalty, which stays in the vault for the remaining holders;
//! cancelling such a request returns the shares held until their original end, so a request
//! and its cancellation cannot free them. A
//! partner funds a reward stream once; it unlocks to the holders, through the share price, until
//! the campaign ends.
//!
//! ## Layout
//!
//! One mechanism, one file; each file opens with the mechanism's explanation.
//!
//! | mechanism | file |
//! | --- | --- |
//! | config, storage, events, errors, calls (delegating to `do_*`), hooks | `lib.rs` |
//! | vault creation and the admin's setters, pause, unpause, retire | `dispatchable_impls.rs` |
//! | deposits and mints: the vault account's floor, the deposit cap | `deposit.rs` |
//! | the redemption queue: request, cancel, finalize (calls and `on_idle`), claim | `redemption.rs` |
//! | profit unlocking: locked profit, performance fee, losses against locked profit | `profit.rs` |
//! | campaigns: deposit window, held shares and early-exit penalty, partner rewards | `campaign.rs` |
//! | what other pallets see: `VaultLiquidity`, `VaultInspect`, `VaultIntents` | `liquidity.rs` |
//! | pure share math (ERC-4626 conversions, linear unlocking) | `math.rs` |
//! | the vault's state and request types | `types.rs` |
//! | the invariants checked by `try_state` | `try_state.rs` |
//! | the `VaultsApi` runtime API | `runtime_api.rs` |
//! | benchmarks and weights | `benchmarking.rs`, `weights.rs` |
//!
//! ## Origins
//!
//! - [`Config::AdminOrigin`] (Plexus: `Root` or the `LiquidityAdmin` track) creates vaults, sets
//!   caps, fees and the idle buffer, unpauses and retires.
//! - [`Config::GuardianOrigin`] (Plexus: the `LiquidityGuardian` track) and the admin may pause.
//! - Any signed account deposits, mints, requests, cancels its own requests and claims them;
//!   anyone finalizes.
//! - `pallet-strategies` moves liquidity and reports gains and losses through
//!   [`plexus_primitives::VaultLiquidity`].
//!
//! ## Sources
//!
//! ERC-4626 and its virtual offset (OpenZeppelin); ERC-7540 asynchronous redemptions; Yearn v3
//! profit unlocking; Mitosis EOL and Matrix vaults.

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]
// `create_vault` takes the vault's parameters one by one, as polkadot.js shows them; the
// call macro's generated constructors inherit its argument count.
#![allow(clippy::too_many_arguments)]

extern crate alloc;

pub use pallet::*;

#[cfg(feature = "runtime-benchmarks")]
pub mod benchmarking;
mod campaign;
mod deposit;
mod dispatchable_impls;
mod liquidity;
pub mod math;
#[cfg(test)]
mod mock;
mod profit;
mod redemption;
pub mod runtime_api;
#[cfg(test)]
pub(crate) mod testing_utils;
#[cfg(test)]
mod tests;
#[cfg(any(feature = "try-runtime", test))]
mod try_state;
pub mod types;
pub mod weights;

pub use types::*;
pub use weights::WeightInfo;

use plexus_primitives::time::now;
use polkadot_sdk::{frame_support, frame_system, sp_runtime};

/// `a + b`, or `Overflow`.
pub(crate) fn add<T: Config>(a: u128, b: u128) -> Result<u128, Error<T>> {
	a.checked_add(b).ok_or(Error::<T>::Overflow)
}

/// Takes `amount` out of the bucket `from`, or fails with `error` if it holds less.
pub(crate) fn take<T: Config>(
	from: &mut u128,
	amount: u128,
	error: Error<T>,
) -> sp_runtime::DispatchResult {
	*from = from.checked_sub(amount).ok_or(error)?;
	Ok(())
}

/// Puts `amount` into the bucket `to`, or fails with `Overflow`.
pub(crate) fn put<T: Config>(to: &mut u128, amount: u128) -> sp_runtime::DispatchResult {
	*to = add::<T>(*to, amount)?;
	Ok(())
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::fungibles::{self, Inspect},
		PalletId,
	};
	use frame_system::pallet_prelude::*;
	use sp_runtime::traits::{AccountIdConversion, MaybeEquivalence};

	/// Identifier of an asset.
	pub type AssetIdOf<T> = <<T as Config>::Assets as Inspect<AccountIdOf<T>>>::AssetId;
	/// Account identifier.
	pub type AccountIdOf<T> = <T as frame_system::Config>::AccountId;
	/// A held part of an owner's new shares: amount and the block until which it is held.
	pub type HoldOf<T> = Hold<u128, BlockNumberFor<T>>;

	/// The state of a vault.
	pub type VaultInfoOf<T> = VaultInfo<
		AccountIdOf<T>,
		AssetIdOf<T>,
		u128,
		BlockNumberFor<T>,
		<T as Config>::MaxPartnerRewards,
	>;
	/// The kind of a vault.
	pub type VaultKindOf<T> =
		VaultKind<AccountIdOf<T>, u128, BlockNumberFor<T>, <T as Config>::MaxPartnerRewards>;
	/// A redemption request.
	pub type RedeemRequestOf<T> = RedeemRequest<AccountIdOf<T>, u128, BlockNumberFor<T>>;

	/// Configuration of the vaults pallet.
	#[pallet::config]
	pub trait Config: polkadot_sdk::frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// The fungibles holding both the vaults' assets and their share tokens
		/// (`pallet-assets` in Plexus). Balances are `u128` planck.
		type Assets: fungibles::Inspect<
				Self::AccountId,
				Balance = u128,
				AssetId: MaxEncodedLen + sp_runtime::traits::MaybeSerializeDeserialize,
			> + fungibles::Mutate<Self::AccountId>
			+ fungibles::Create<Self::AccountId>
			+ fungibles::metadata::Inspect<Self::AccountId>
			+ fungibles::metadata::Mutate<Self::AccountId>;

		/// The share token id of each vault, both ways, computed without storage (e.g.
		/// `1 000 000 + vault`): `convert` gives a new vault's share token id (it must not exist
		/// yet), `convert_back` tells the share freezer whether an asset is a share token at all,
		/// so transfers of other assets pay no storage read for it.
		type ShareAssetId: MaybeEquivalence<VaultId, AssetIdOf<Self>>;

		/// Creates vaults and sets their parameters, unpauses and retires them.
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// May pause a vault (the admin may too); only the admin unpauses.
		type GuardianOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Derives each vault's account (`PalletId` sub-account of the vault id).
		#[pallet::constant]
		type PalletId: Get<PalletId>;

		/// The virtual offset δ of the conversions: `10^δ` virtual shares (default 6).
		#[pallet::constant]
		type Delta: Get<u8>;

		/// Blocks over which a reported gain unlocks.
		#[pallet::constant]
		type ProfitUnlockPeriod: Get<BlockNumberFor<Self>>;

		/// Open (pending or unclaimed) redemption requests an account may have, over all vaults.
		#[pallet::constant]
		type MaxOpenRequests: Get<u32>;

		/// Requests finalized per call of `finalize_requests` at most.
		#[pallet::constant]
		type MaxFinalizeBatch: Get<u32>;

		/// Requests claimed per call of `claim` at most.
		#[pallet::constant]
		type MaxClaimBatch: Get<u32>;

		/// Partner reward streams of a campaign at most.
		#[pallet::constant]
		type MaxPartnerRewards: Get<u32>;

		/// Bytes of a share token's name or symbol at most.
		#[pallet::constant]
		type StringLimit: Get<u32>;

		/// Receives the performance fee, as shares (Plexus: the treasury).
		type FeeRecipient: Get<Self::AccountId>;

		/// Pauses deposits into a vault and the finalization of its redemptions from outside
		/// (Plexus: `pallet-strategies`, while a strategy of the vault is overdue for a report or
		/// has a loss beyond its bound waiting for governance); `()` never pauses.
		type DepositGate: plexus_primitives::DepositGate;

		/// Weights of the calls and hooks, from the benchmarks.
		type WeightInfo: WeightInfo;

		/// Creates assets for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: benchmarking::BenchmarkHelper<AssetIdOf<Self>, Self::AccountId>;
	}

	/// The vaults pallet.
	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// Id the next vault gets.
	#[pallet::storage]
	pub type NextVaultId<T> = StorageValue<_, VaultId, ValueQuery>;

	/// The vaults, by id.
	#[pallet::storage]
	pub type Vaults<T: Config> = StorageMap<_, Blake2_128Concat, VaultId, VaultInfoOf<T>>;

	/// Id the next redemption request gets.
	#[pallet::storage]
	pub type NextRequestId<T> = StorageValue<_, RequestId, ValueQuery>;

	/// Redemption requests that are pending or finalized and not yet claimed, by id.
	#[pallet::storage]
	pub type Requests<T: Config> = StorageMap<_, Blake2_128Concat, RequestId, RedeemRequestOf<T>>;

	/// Each vault's FIFO redemption queue: `(vault, position) -> request`. A cancelled request
	/// leaves its position empty.
	#[pallet::storage]
	pub type RedeemQueue<T: Config> =
		StorageDoubleMap<_, Twox64Concat, VaultId, Twox64Concat, u64, RequestId>;

	/// Open requests of each account (pending or unclaimed), at most `MaxOpenRequests`.
	#[pallet::storage]
	pub type RequestsOf<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<RequestId, T::MaxOpenRequests>,
		ValueQuery,
	>;

	/// Campaign shares still held: `(vault, account) -> hold`.
	#[pallet::storage]
	pub type Holds<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		VaultId,
		Blake2_128Concat,
		T::AccountId,
		Hold<u128, BlockNumberFor<T>>,
	>;

	/// The vault `on_idle` looks at first.
	#[pallet::storage]
	pub type FinalizeCursor<T> = StorageValue<_, VaultId, ValueQuery>;

	/// Index of the vaults by asset: `(asset, vault) -> ()`, written when a vault is created.
	/// Lets `pallet-intents` find the vaults an asset can be deposited into without walking
	/// every vault.
	#[pallet::storage]
	pub type VaultsOfAsset<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, AssetIdOf<T>, Twox64Concat, VaultId, ()>;

	/// Events of the vaults pallet. Amounts are planck; `shares` are planck of the share token.
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A vault was created with its share token.
		VaultCreated {
			/// The new vault.
			vault: VaultId,
			/// Its asset.
			asset: AssetIdOf<T>,
			/// Its share token.
			share_asset: AssetIdOf<T>,
			/// Its kind.
			kind: VaultKindOf<T>,
		},
		/// Assets were deposited and shares minted (by `deposit` or `mint`).
		Deposited {
			/// The vault.
			vault: VaultId,
			/// The depositor, who received the shares.
			who: T::AccountId,
			/// Assets paid, planck (the first payment into a vault includes the account's
			/// floor of one minimum balance, not counted as the vault's assets).
			assets: u128,
			/// Shares minted.
			shares: u128,
		},
		/// Shares went into escrow for redemption.
		RedeemRequested {
			/// The vault.
			vault: VaultId,
			/// The owner.
			owner: T::AccountId,
			/// The request.
			request: RequestId,
			/// Shares in escrow.
			shares: u128,
			/// Their value at the request, after any penalty: the most the request pays.
			assets_at_request: u128,
			/// Early-exit penalty kept by the vault.
			penalty: u128,
		},
		/// A pending request was cancelled and its shares returned (campaign shares that were
		/// held at the request come back held until their original end).
		RequestCancelled {
			/// The request.
			request: RequestId,
			/// Shares returned.
			shares: u128,
		},
		/// A pending request worth less than its `min_assets` at finalization was returned to
		/// its owner (shares re-minted, campaign shares held again) instead of paid.
		RequestReturned {
			/// The request.
			request: RequestId,
			/// Shares returned.
			shares: u128,
			/// What it would have paid, planck.
			assets: u128,
			/// Its limit, planck.
			min_assets: u128,
		},
		/// A request was finalized: its shares burnt, its assets set aside.
		RequestFinalized {
			/// The vault.
			vault: VaultId,
			/// The request.
			request: RequestId,
			/// Shares burnt.
			shares: u128,
			/// Assets set aside for the owner.
			assets: u128,
		},
		/// A finalized request was claimed.
		Claimed {
			/// The request.
			request: RequestId,
			/// The owner.
			owner: T::AccountId,
			/// Assets paid.
			assets: u128,
		},
		/// A vault's deposit cap changed.
		DepositCapSet {
			/// The vault.
			vault: VaultId,
			/// Maximum total assets, planck.
			cap: u128,
		},
		/// A vault's performance fee changed.
		FeesSet {
			/// The vault.
			vault: VaultId,
			/// Performance fee, bps.
			performance_fee_bps: u16,
		},
		/// A vault's minimum idle buffer changed.
		MinIdleSet {
			/// The vault.
			vault: VaultId,
			/// Share of total assets kept idle, bps.
			min_idle_bps: u16,
		},
		/// A vault was paused.
		Paused {
			/// The vault.
			vault: VaultId,
		},
		/// A vault was unpaused.
		Unpaused {
			/// The vault.
			vault: VaultId,
		},
		/// A vault was retired.
		Retired {
			/// The vault.
			vault: VaultId,
		},
		/// A gain was reported; the net gain unlocks over `ProfitUnlockPeriod`.
		GainReported {
			/// The vault.
			vault: VaultId,
			/// Gain, planck.
			gain: u128,
			/// Performance fee taken, planck: this gain's and any carried from earlier gains, or
			/// 0 when its shares are below the share token's minimum balance (then it is
			/// carried to the next gain, `VaultInfo::fee_carry`).
			fee: u128,
			/// Shares minted to the fee recipient.
			fee_shares: u128,
		},
		/// A loss was reported and applied.
		LossReported {
			/// The vault.
			vault: VaultId,
			/// Loss, planck.
			loss: u128,
		},
		/// A partner funded its reward stream; it unlocks until the campaign ends.
		PartnerRewardFunded {
			/// The vault.
			vault: VaultId,
			/// Index of the stream in the campaign terms.
			index: u32,
			/// Amount, planck.
			amount: u128,
		},
		/// Liquidity moved between a vault's buckets (by `pallet-strategies`).
		LiquidityMoved {
			/// The vault.
			vault: VaultId,
			/// Idle after the move.
			idle: u128,
			/// In transit after the move.
			in_transit: u128,
			/// Debt after the move.
			debt: u128,
		},
	}

	/// Errors of the vaults pallet.
	#[pallet::error]
	pub enum Error<T> {
		/// No vault has this id.
		UnknownVault,
		/// An amount is zero.
		ZeroAmount,
		/// The caller's spendable balance of the asset is less than the amount.
		InsufficientBalance,
		/// The deposit would mint no shares, or the redemption would pay nothing.
		ZeroShares,
		/// Fewer shares than `min_shares` would be minted, or more assets than `max_assets`
		/// needed.
		SlippageExceeded,
		/// The deposit would take the vault's total assets above its cap.
		CapExceeded,
		/// The vault is paused.
		VaultPaused,
		/// The vault takes no deposits: it is paused or retired, or its campaign is not running.
		DepositsClosed,
		/// The vault is retired.
		VaultRetired,
		/// The vault's price is in doubt, so deposits and finalizations wait: a strategy of the
		/// vault is stale (its last report is older than its `max_report_age`) or a loss it
		/// reported beyond its bound waits for governance.
		StaleStrategyReport,
		/// The account has `MaxOpenRequests` open requests already.
		TooManyRequests,
		/// The request is worth less than the vault's `min_request`.
		RequestTooSmall,
		/// No open request has this id.
		UnknownRequest,
		/// The request belongs to another account.
		NotRequestOwner,
		/// The request is not finalized yet.
		NotFinalized,
		/// The request is finalized already and cannot be cancelled.
		AlreadyFinalized,
		/// The account has fewer free shares than requested.
		InsufficientShares,
		/// Idle assets do not cover the operation.
		InsufficientIdle,
		/// Debt or assets in transit do not cover the operation.
		InsufficientLiquidity,
		/// An arithmetic result does not fit.
		Overflow,
		/// The share token id for the vault exists already, or there is none.
		ShareAssetIdTaken,
		/// A parameter in bps is above 100% (`plexus_primitives::bps::MAX_BPS`).
		InvalidBps,
		/// Campaign terms are inconsistent (end before start, or no curator).
		InvalidCampaign,
		/// The vault is not a campaign, or has no such partner reward stream.
		UnknownPartnerReward,
		/// Only the stream's partner may fund it, once, while the campaign runs.
		CannotFundReward,
		/// The share token's name or symbol is too long.
		BadMetadata,
		/// The vault's asset does not exist.
		UnknownAsset,
		/// The amount would leave less than the asset's minimum balance in the account (which
		/// `pallet-assets` would destroy): move the whole balance, or leave at least the minimum.
		RemainderBelowMinimum,
	}

	/// Governed vaults created at genesis (e.g. a demo vault on development chains).
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// `(asset, deposit cap, min idle bps, performance fee bps, min request, share name,
		/// share symbol)` of each vault, created in order with ids 0, 1, …
		pub vaults: alloc::vec::Vec<GenesisVault<AssetIdOf<T>>>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for (asset, cap, min_idle, fee, min_request, name, symbol) in &self.vaults {
				let created = Pallet::<T>::do_create_vault(
					asset.clone(),
					VaultKind::Governed,
					*cap,
					*min_idle,
					*fee,
					*min_request,
					name.clone(),
					symbol.clone(),
				);
				assert!(created.is_ok(), "genesis vault of {asset:?} is invalid: {created:?}");
			}
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Finalizes redemption requests with the block's spare weight, first in first out,
		/// moving through the vaults round-robin.
		fn on_idle(_n: BlockNumberFor<T>, remaining: Weight) -> Weight {
			Self::finalize_on_idle(remaining)
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call(weight(<T as Config>::WeightInfo))]
	impl<T: Config> Pallet<T> {
		/// Creates a vault of `asset` and its share token (`share_name`, `share_symbol`, the
		/// asset's decimals + δ), owned by the vault account.
		///
		/// Origin: [`Config::AdminOrigin`]. `deposit_cap` and `min_request` are planck of the
		/// asset; `min_idle_bps` and `performance_fee_bps` are bps. Errors: `UnknownAsset`,
		/// `ShareAssetIdTaken`, `InvalidBps`, `InvalidCampaign`, `BadMetadata`.
		#[pallet::call_index(0)]
		pub fn create_vault(
			origin: OriginFor<T>,
			asset: AssetIdOf<T>,
			kind: VaultKindOf<T>,
			deposit_cap: u128,
			min_idle_bps: u16,
			performance_fee_bps: u16,
			min_request: u128,
			share_name: BoundedVec<u8, T::StringLimit>,
			share_symbol: BoundedVec<u8, T::StringLimit>,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Self::do_create_vault(
				asset,
				kind,
				deposit_cap,
				min_idle_bps,
				performance_fee_bps,
				min_request,
				share_name.into_inner(),
				share_symbol.into_inner(),
			)
			.map(|_| ())
		}

		/// Deposits `assets` (planck) into `vault` and mints at least `min_shares` shares to the
		/// caller: `⌊assets·(S + 10^δ)/(A + 1)⌋`.
		///
		/// Errors: `UnknownVault`, `ZeroAmount`, `DepositsClosed`, `StaleStrategyReport`,
		/// `InsufficientBalance`, `CapExceeded`, `ZeroShares`, `SlippageExceeded`, `Overflow`.
		#[pallet::call_index(1)]
		pub fn deposit(
			origin: OriginFor<T>,
			vault: VaultId,
			assets: u128,
			min_shares: u128,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_deposit(&who, vault, assets, min_shares).map(|_| ())
		}

		/// Mints exactly `shares` to the caller for at most `max_assets` (planck):
		/// `⌈shares·(A + 1)/(S + 10^δ)⌉`.
		///
		/// Errors: as [`Pallet::deposit`].
		#[pallet::call_index(2)]
		pub fn mint(
			origin: OriginFor<T>,
			vault: VaultId,
			shares: u128,
			max_assets: u128,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_mint(&who, vault, shares, max_assets).map(|_| ())
		}

		/// Moves `shares` of the caller into escrow and queues a redemption request worth their
		/// current value (minus any early-exit penalty); finalized at once if the queue is empty
		/// and idle covers it.
		///
		/// Errors: `UnknownVault`, `ZeroAmount`, `VaultPaused`, `RequestTooSmall`,
		/// `TooManyRequests`, `InsufficientShares`, `Overflow`.
		#[pallet::call_index(3)]
		pub fn request_redeem(
			origin: OriginFor<T>,
			vault: VaultId,
			shares: u128,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_request_redeem(&who, vault, shares, 0).map(|_| ())
		}

		/// Cancels the caller's pending request and returns its shares.
		///
		/// Errors: `UnknownRequest`, `NotRequestOwner`, `AlreadyFinalized`.
		#[pallet::call_index(4)]
		pub fn cancel_request(origin: OriginFor<T>, request: RequestId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_cancel_request(&who, request)
		}

		/// Finalizes up to `max` (at most [`Config::MaxFinalizeBatch`]) requests of `vault`,
		/// oldest first, while idle covers them. Anyone may call it; it pays only for the
		/// requests it looked at.
		///
		/// Errors: `UnknownVault`, `VaultPaused`, `StaleStrategyReport` (the price is in doubt).
		#[pallet::call_index(5)]
		#[pallet::weight(<T as Config>::WeightInfo::finalize_requests(
			(*max).min(T::MaxFinalizeBatch::get())
		))]
		pub fn finalize_requests(
			origin: OriginFor<T>,
			vault: VaultId,
			max: u32,
		) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			let looked_at = Self::do_finalize(vault, max.min(T::MaxFinalizeBatch::get()))?;
			Ok(Some(<T as Config>::WeightInfo::finalize_requests(looked_at)).into())
		}

		/// Pays the caller the assets of its finalized `requests` (works on a paused vault).
		///
		/// Errors: `UnknownRequest`, `NotRequestOwner`, `NotFinalized`; nothing is paid if any
		/// request fails.
		#[pallet::call_index(6)]
		#[pallet::weight(<T as Config>::WeightInfo::claim(requests.len() as u32))]
		pub fn claim(
			origin: OriginFor<T>,
			requests: BoundedVec<RequestId, T::MaxClaimBatch>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_claim(&who, &requests)
		}

		/// Sets the maximum total assets (planck) deposits may bring `vault` to.
		///
		/// Origin: [`Config::AdminOrigin`]. Errors: `UnknownVault`.
		#[pallet::call_index(7)]
		pub fn set_deposit_cap(origin: OriginFor<T>, vault: VaultId, cap: u128) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Self::do_set_deposit_cap(vault, cap)
		}

		/// Sets the performance fee of `vault`, bps of each reported gain.
		///
		/// Origin: [`Config::AdminOrigin`]. Errors: `UnknownVault`, `InvalidBps`.
		#[pallet::call_index(8)]
		pub fn set_fees(
			origin: OriginFor<T>,
			vault: VaultId,
			performance_fee_bps: u16,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Self::do_set_fees(vault, performance_fee_bps)
		}

		/// Sets the share of total assets `vault` keeps idle, bps.
		///
		/// Origin: [`Config::AdminOrigin`]. Errors: `UnknownVault`, `InvalidBps`.
		#[pallet::call_index(9)]
		pub fn set_min_idle(
			origin: OriginFor<T>,
			vault: VaultId,
			min_idle_bps: u16,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Self::do_set_min_idle(vault, min_idle_bps)
		}

		/// Pauses `vault`: deposits, mints, requests and finalization stop; cancelling and
		/// claiming go on.
		///
		/// Origin: [`Config::GuardianOrigin`] or [`Config::AdminOrigin`]. Errors:
		/// `UnknownVault`, `VaultRetired`.
		#[pallet::call_index(10)]
		pub fn pause(origin: OriginFor<T>, vault: VaultId) -> DispatchResult {
			T::GuardianOrigin::ensure_origin(origin.clone())
				.map(|_| ())
				.or_else(|_| T::AdminOrigin::ensure_origin(origin).map(|_| ()))?;
			Self::do_pause(vault)
		}

		/// Unpauses `vault`.
		///
		/// Origin: [`Config::AdminOrigin`]. Errors: `UnknownVault`, `VaultRetired`.
		#[pallet::call_index(11)]
		pub fn unpause(origin: OriginFor<T>, vault: VaultId) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Self::do_unpause(vault)
		}

		/// Retires `vault` for good: no more deposits or mints; redemptions continue.
		///
		/// Origin: [`Config::AdminOrigin`]. Errors: `UnknownVault`.
		#[pallet::call_index(12)]
		pub fn retire(origin: OriginFor<T>, vault: VaultId) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Self::do_retire(vault)
		}

		/// Funds the caller's partner reward stream number `index` of a campaign vault: the
		/// stream's amount of the vault's asset moves into the vault and unlocks to the holders
		/// until the campaign ends.
		///
		/// Errors: `UnknownVault`, `UnknownPartnerReward`, `CannotFundReward`, and the asset's
		/// transfer errors.
		#[pallet::call_index(13)]
		pub fn fund_partner_reward(
			origin: OriginFor<T>,
			vault: VaultId,
			index: u32,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_fund_partner_reward(&who, vault, index)
		}
	}

	impl<T: Config> Pallet<T> {
		/// The account of `vault`: holds its idle and claimable assets, the shares in escrow, and
		/// owns its share token.
		pub fn vault_account(vault: VaultId) -> T::AccountId {
			T::PalletId::get().into_sub_account_truncating(vault)
		}

		/// Share supply `S` of a vault: its share token's issuance plus the shares in escrow.
		pub fn share_supply(info: &VaultInfoOf<T>) -> u128 {
			T::Assets::total_issuance(info.share_asset.clone()).saturating_add(info.escrowed_shares)
		}

		/// Applies `f` to the state of `vault` and writes it if `f` succeeds; `UnknownVault` if
		/// there is no such vault.
		pub(crate) fn mutate_vault(
			vault: VaultId,
			f: impl FnOnce(&mut VaultInfoOf<T>) -> DispatchResult,
		) -> DispatchResult {
			Vaults::<T>::try_mutate(vault, |maybe| {
				let info = maybe.as_mut().ok_or(Error::<T>::UnknownVault)?;
				f(info)
			})
		}

		/// The vault and its conversion pool now, if the vault exists (also for the runtime API).
		pub fn pool_now(vault: VaultId) -> Option<(VaultInfoOf<T>, math::Pool)> {
			let info = Vaults::<T>::get(vault)?;
			let pool = info.pool(now::<T>(), Self::share_supply(&info), T::Delta::get())?;
			Some((info, pool))
		}
	}
}
