//! # Gauges
//!
//! Vote-escrowed PLX steers where Plexus' liquidity and emissions go, and DAOs pay for those
//! votes with on-chain co-incentives: the governed vaults' target allocations and the split of
//! PLX emissions are tallied and enforced on-chain from the votes of PLX lockers.
//!
//! ## Overview
//!
//! - **Locks.** An account freezes PLX until an epoch of its choice ([`Pallet::lock`]), at most
//!   [`Config::MaxLockEpochs`] ahead. The lock can be extended and increased, and withdrawn once
//!   it has ended. The PLX stays in the account, frozen under [`FreezeReason::VoteEscrow`].
//! - **Gauges.** Governance ([`Config::AdminOrigin`]) creates an *allocation gauge* per
//!   strategy of a governed vault and an *emission gauge* per vault, and may kill them.
//! - **Votes.** A locker spreads up to [`MAX_BPS`](plexus_primitives::bps::MAX_BPS) (10 000 bps)
//!   of its voting power over gauges ([`Pallet::vote`]). A vote counts from the next epoch and
//!   can be changed once per epoch per gauge. Votes decay with their lock, so nobody has to
//!   "poke" stale votes.
//! - **Allocation.** The relative weights of a governed vault's allocation gauges are its
//!   target allocation, read by `pallet-strategies` through
//!   [`plexus_primitives::AllocationWeights`].
//! - **Emissions.** [`Config::EmissionPerEpoch`] PLX per epoch is split over the emission gauges
//!   by relative weight and streamed, block by block, to the vault shares staked in each gauge.
//! - **Co-incentives.** Anyone adds co-incentives of any asset to a gauge for the current or a
//!   future epoch ([`Pallet::add_incentive`], at least [`Config::MinIncentiveFactor`] × the
//!   asset's minimum balance); deposits in one asset merge into one pot per (gauge, epoch), so
//!   dust deposits cannot crowd out others. The gauge's voters in that epoch share each pot
//!   pro-rata to their vote weight ([`Pallet::claim_incentives`]); a share below the asset's
//!   minimum balance is skipped for that voter and never fails the claim. A pot on a gauge that
//!   got no votes in its epoch goes back to its depositors, each its own part
//!   ([`Pallet::refund_incentive`]). No Merkle tree, no off-chain tally.
//!
//! ## Mechanics
//!
//! Epoch `e` covers blocks `[e·L, (e + 1)·L)`, `L = EpochLength`. With `M = MaxLockEpochs`:
//!
//! - **Voting power** of a lock of `a` planck ending at epoch `end`, at epoch `e`:
//!   `p(e) = a·(end − e)/M` for `e < end`, else 0 (Curve veCRV, linear decay to zero).
//! - **Vote weight.** A vote of `b` bps puts slope `c = a·b` on the gauge; its weight at epoch
//!   `e` is `c·(end − e)` vote units (`= 10 000·M·p(e)·b/10 000`). A gauge's weight is the
//!   exact sum of its voters' weights: `W_g(e) = Σ c_v·(end_v − e)` over votes in force at `e`.
//! - **Points** (veCRV bias/slope): each gauge keeps `(bias, slope)` for its open epoch and the
//!   slope of the votes ending at each future epoch; moving to the next epoch is
//!   `bias −= slope; slope −= ending`. One step reads one storage item, so an epoch rollover
//!   is O(1) per gauge. The sum over emission gauges has its own point, rolled in
//!   `on_initialize` at the first block of each epoch (O(1)); the gauges themselves are rolled
//!   lazily by the first call that touches them in an epoch, by a bounded keeper in
//!   `on_initialize` ([`Config::KeeperGaugesPerBlock`] gauges per block), or by anyone with
//!   [`Pallet::checkpoint_gauge`]. No call loops over more than one epoch of a gauge, except
//!   `checkpoint_gauge` (bounded by its argument) and `kill_gauge` (bounded by `M`).
//! - **Relative weight** of gauge `g` in its group (the allocation gauges of one vault, or all
//!   emission gauges): `w_g = W_g / Σ W`, rounded down, so the parts sum to 100% less at most one
//!   part per gauge.
//! - **Emissions.** Emission gauge `g` gets `E·W_g(e)/W_total(e)` planck in epoch `e`, streamed
//!   over the epoch's blocks into a reward-per-share accumulator
//!   `acc += reward·10^18/staked`; a staker earns `stake·Δacc/10^18` (O(1) per claim, the
//!   MasterChef / Synthetix `StakingRewards` accumulator). Emissions are minted when claimed;
//!   what accrues while nothing is staked is never minted.
//! - **Co-incentives.** A voter's claim on a pot of gauge `g` in epoch `e` is
//!   `pot·w_v(e)/W_g(e)`, rounded down, so the claims of a pot never exceed it.
//!
//! ## Layout
//!
//! | Mechanism | File |
//! |---|---|
//! | Declarations: config, storage, events, errors, calls, hooks | `lib.rs` |
//! | Vote escrow: locks, extend, increase, withdraw, voting power | [`vote_escrow`] (`vote_escrow.rs`) |
//! | Gauges: create and kill | [`gauges`] (`gauges.rs`) |
//! | Votes: casting and replacing votes, gauge weights | [`voting`] (`voting.rs`) |
//! | Epochs: the clock (`EpochClock`), rolling points, checkpoints, the keeper | [`epochs`] (`epochs.rs`) |
//! | Emissions: stakes, the reward-per-share stream, claims | [`emissions`] (`emissions.rs`) |
//! | Co-incentives: add, claim, refund pots | [`incentives`] (`incentives.rs`) |
//! | Target allocation of governed vaults (`AllocationWeights`) | [`allocation`] (`allocation.rs`) |
//! | Pure arithmetic (voting-power decay, points, pro-rata, accumulator) | [`math`] (`math.rs`) |
//! | Invariants (`try_state`) | `try_state.rs` |
//! | Runtime API views | [`runtime_api`] (`runtime_api.rs`) |
//! | Types | [`types`] (`types.rs`) |
//! | Benchmarks, weights | `benchmarking.rs`, [`weights`] (`weights.rs`) |
//!
//! ## Origins
//!
//! - [`Config::AdminOrigin`] (Plexus: `Root` or the `LiquidityAdmin` track) creates and kills
//!   gauges.
//! - Any signed account locks, votes, stakes, claims and adds co-incentives; anyone may
//!   checkpoint a gauge.
//!
//! ## Sources
//!
//! Curve's vote-escrow (veCRV) and `GaugeController` (bias/slope points, `slope_changes`,
//! votes effective from the next period); Curve/Votium-style bribes paid pro-rata to vote
//! weight, here on-chain; the reward-per-share accumulator of SushiSwap's MasterChef and
//! Synthetix' `StakingRewards`; Mitosis' gauge votes, which Plexus tallies and enforces on-chain.

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

pub use pallet::*;

pub mod allocation;
#[cfg(feature = "runtime-benchmarks")]
pub mod benchmarking;
pub mod emissions;
pub mod epochs;
pub mod gauges;
pub mod incentives;
pub mod math;
#[cfg(test)]
mod mock;
pub mod runtime_api;
#[cfg(test)]
pub(crate) mod testing_utils;
#[cfg(test)]
mod tests;
#[cfg(any(feature = "try-runtime", test))]
mod try_state;
pub mod types;
pub mod vote_escrow;
pub mod voting;
pub mod weights;

pub use types::*;
pub use weights::WeightInfo;

use polkadot_sdk::{frame_support, frame_system, sp_runtime};

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::{fungible, fungibles},
		PalletId,
	};
	use frame_system::pallet_prelude::*;
	use plexus_primitives::{StrategyInspect, VaultInspect};

	/// Account identifier.
	pub type AccountIdOf<T> = <T as frame_system::Config>::AccountId;
	/// Identifier of an asset of `Config::Assets`.
	pub type AssetIdOf<T> = <<T as Config>::Assets as fungibles::Inspect<AccountIdOf<T>>>::AssetId;
	/// A co-incentive pot.
	pub type IncentivePotOf<T> = IncentivePot<AssetIdOf<T>>;

	/// Why this pallet freezes PLX.
	#[pallet::composite_enum]
	pub enum FreezeReason {
		/// PLX locked for voting power until the lock's end.
		#[codec(index = 0)]
		VoteEscrow,
	}

	/// Configuration of the gauges pallet.
	#[pallet::config]
	pub trait Config: polkadot_sdk::frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// PLX: frozen for locks, minted for emissions. Balances are `u128` planck.
		type Currency: fungible::Inspect<Self::AccountId, Balance = u128>
			+ fungible::Mutate<Self::AccountId>
			+ fungible::MutateFreeze<Self::AccountId, Id = Self::RuntimeFreezeReason>;

		/// The overarching freeze reason.
		type RuntimeFreezeReason: From<FreezeReason>;

		/// Hub assets and share tokens (`pallet-assets`): co-incentive pots and staked shares.
		type Assets: fungibles::Inspect<
				Self::AccountId,
				Balance = u128,
				AssetId: MaxEncodedLen + sp_runtime::traits::MaybeSerializeDeserialize,
			> + fungibles::Mutate<Self::AccountId>;

		/// The vaults: which exist, which are governed, their share tokens.
		type Vaults: VaultInspect<AssetIdOf<Self>>;

		/// The strategies: which vault each allocates for.
		type Strategies: StrategyInspect;

		/// Creates and kills gauges.
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Derives the account holding co-incentive pots and staked shares.
		#[pallet::constant]
		type PalletId: Get<PalletId>;

		/// Blocks per epoch.
		#[pallet::constant]
		type EpochLength: Get<BlockNumberFor<Self>>;

		/// Longest lock, epochs; a lock this long has voting power equal to its amount.
		#[pallet::constant]
		type MaxLockEpochs: Get<u32>;

		/// Smallest lock, planck of PLX.
		#[pallet::constant]
		type MinLockAmount: Get<u128>;

		/// PLX emitted per epoch over all emission gauges, planck.
		#[pallet::constant]
		type EmissionPerEpoch: Get<u128>;

		/// Gauges in existence at most (killed ones included).
		#[pallet::constant]
		type MaxGauges: Get<u32>;

		/// Allocation gauges of one vault at most.
		#[pallet::constant]
		type MaxGaugesPerVault: Get<u32>;

		/// Gauges an account votes for at most.
		#[pallet::constant]
		type MaxVotes: Get<u32>;

		/// Votes of an account on one gauge kept inline for their co-incentives at most (the
		/// current one and replaced ones not yet claimed); older replaced votes with unclaimed
		/// co-incentives move to [`ArchivedVoteSlots`], so unclaimed history never blocks a
		/// vote.
		#[pallet::constant]
		type MaxVoteHistory: Get<u32>;

		/// Co-incentive pots on one gauge for one epoch at most (one per asset: deposits in
		/// the same asset merge into one pot).
		#[pallet::constant]
		type MaxIncentivesPerEpoch: Get<u32>;

		/// The smallest co-incentive deposit, in multiples of the asset's minimum balance (e.g.
		/// 100): dust pots cannot crowd a gauge's epoch.
		#[pallet::constant]
		type MinIncentiveFactor: Get<u128>;

		/// Epochs walked by one `claim_incentives` at most.
		#[pallet::constant]
		type MaxClaimEpochs: Get<u32>;

		/// Gauges the keeper in `on_initialize` moves to the current epoch per block at most.
		#[pallet::constant]
		type KeeperGaugesPerBlock: Get<u32>;

		/// Weights of the calls and hooks, from the benchmarks.
		type WeightInfo: WeightInfo;

		/// Creates vaults, strategies and assets for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: benchmarking::BenchmarkHelper<Self>;
	}

	/// The gauges pallet.
	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// Vote-escrow locks, by account.
	#[pallet::storage]
	pub type Locks<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, LockInfo>;

	/// Id the next gauge gets.
	#[pallet::storage]
	pub type NextGaugeId<T> = StorageValue<_, GaugeId, ValueQuery>;

	/// The gauges, by id.
	#[pallet::storage]
	pub type Gauges<T: Config> = StorageMap<_, Twox64Concat, GaugeId, GaugeInfo>;

	/// Active allocation gauges of each governed vault, in creation order, with their strategy.
	#[pallet::storage]
	pub type AllocationGauges<T: Config> = StorageMap<
		_,
		Twox64Concat,
		VaultId,
		BoundedVec<(StrategyId, GaugeId), T::MaxGaugesPerVault>,
		ValueQuery,
	>;

	/// The active emission gauge of each vault.
	#[pallet::storage]
	pub type EmissionGauge<T: Config> = StorageMap<_, Twox64Concat, VaultId, GaugeId>;

	/// `(gauge, epoch) -> slope` of the votes on the gauge that end at `epoch`, vote units.
	#[pallet::storage]
	pub type SlopeChanges<T: Config> =
		StorageDoubleMap<_, Twox64Concat, GaugeId, Twox64Concat, EpochIndex, u128, ValueQuery>;

	/// `(gauge, epoch) -> weight`: final weights of past and current epochs, vote units
	/// (absent: zero).
	#[pallet::storage]
	pub type GaugeWeightAt<T: Config> =
		StorageDoubleMap<_, Twox64Concat, GaugeId, Twox64Concat, EpochIndex, u128, ValueQuery>;

	/// The weight point of the sum of all active emission gauges.
	#[pallet::storage]
	pub type EmissionTotal<T: Config> = StorageValue<_, WeightPoint, ValueQuery>;

	/// `epoch -> slope` of the emission-gauge votes that end at `epoch`, vote units.
	#[pallet::storage]
	pub type EmissionSlopeChanges<T: Config> =
		StorageMap<_, Twox64Concat, EpochIndex, u128, ValueQuery>;

	/// `epoch -> weight`: final total weight of the emission gauges, vote units.
	#[pallet::storage]
	pub type EmissionTotalAt<T: Config> = StorageMap<_, Twox64Concat, EpochIndex, u128, ValueQuery>;

	/// The gauges an account votes for now and the bps of each, with the end of the lock each
	/// vote was cast with.
	#[pallet::storage]
	pub type VotesOf<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<(GaugeId, u16, EpochIndex), T::MaxVotes>,
		ValueQuery,
	>;

	/// `(account, gauge) -> votes`: the current vote and the replaced ones whose co-incentives
	/// are not all claimed, oldest first.
	#[pallet::storage]
	pub type VoteSlots<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Twox64Concat,
		GaugeId,
		BoundedVec<VoteSlot, T::MaxVoteHistory>,
		ValueQuery,
	>;

	/// Replaced votes moved out of a full [`VoteSlots`] history, by `(account, gauge, first
	/// epoch)`: their co-incentives stay claimable (`claim_incentives` walks them after the
	/// history) and each entry is removed once claimed. At most one entry per account, gauge
	/// and epoch (a vote changes at most once per epoch), each created by a vote the account
	/// paid for.
	#[pallet::storage]
	pub type ArchivedVoteSlots<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Blake2_128Concat, T::AccountId>,
			NMapKey<Twox64Concat, GaugeId>,
			NMapKey<Twox64Concat, EpochIndex>,
		),
		VoteSlot,
	>;

	/// `(gauge, epoch) -> pots`: co-incentives on a gauge for an epoch.
	#[pallet::storage]
	pub type Incentives<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		GaugeId,
		Twox64Concat,
		EpochIndex,
		BoundedVec<IncentivePotOf<T>, T::MaxIncentivesPerEpoch>,
		ValueQuery,
	>;

	/// `(gauge, epoch, depositor, asset) -> planck`: each depositor's part of a pot, refunded
	/// to it if nobody voted for the gauge in that epoch.
	#[pallet::storage]
	pub type IncentiveDeposits<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Twox64Concat, GaugeId>,
			NMapKey<Twox64Concat, EpochIndex>,
			NMapKey<Blake2_128Concat, T::AccountId>,
			NMapKey<Blake2_128Concat, AssetIdOf<T>>,
		),
		u128,
		ValueQuery,
	>;

	/// `(gauge, account) -> stake`: shares staked in emission gauges.
	#[pallet::storage]
	pub type Stakes<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		GaugeId,
		Blake2_128Concat,
		T::AccountId,
		StakeInfo,
		OptionQuery,
	>;

	/// The keeper's position: `(epoch, next gauge to move to that epoch)`.
	#[pallet::storage]
	pub type KeeperCursor<T> = StorageValue<_, (EpochIndex, GaugeId), ValueQuery>;

	/// Events of the gauges pallet. Amounts are planck; weights are vote units.
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// PLX was locked.
		Locked {
			/// The locker.
			who: T::AccountId,
			/// PLX locked.
			amount: u128,
			/// First epoch without voting power.
			end: EpochIndex,
		},
		/// A lock was extended.
		LockExtended {
			/// The locker.
			who: T::AccountId,
			/// The new end.
			end: EpochIndex,
		},
		/// A lock was increased.
		LockIncreased {
			/// The locker.
			who: T::AccountId,
			/// PLX locked now in total.
			amount: u128,
		},
		/// An ended lock was withdrawn: its PLX is free.
		Withdrawn {
			/// The locker.
			who: T::AccountId,
			/// PLX freed.
			amount: u128,
		},
		/// A gauge was created.
		GaugeCreated {
			/// The new gauge.
			gauge: GaugeId,
			/// What it steers.
			kind: GaugeKind,
		},
		/// A gauge was killed: it weighs nothing from the next epoch on.
		GaugeKilled {
			/// The gauge.
			gauge: GaugeId,
		},
		/// An account's vote on a gauge changed; it counts from `epoch`.
		Voted {
			/// The voter.
			who: T::AccountId,
			/// The gauge.
			gauge: GaugeId,
			/// Share of the voter's power, bps (0: the vote was withdrawn).
			bps: u16,
			/// The vote's weight in `epoch`, vote units.
			weight: u128,
			/// The first epoch it counts in.
			epoch: EpochIndex,
		},
		/// Shares were staked in an emission gauge.
		Staked {
			/// The staker.
			who: T::AccountId,
			/// The gauge.
			gauge: GaugeId,
			/// Shares staked, planck.
			amount: u128,
		},
		/// Shares were unstaked from an emission gauge.
		Unstaked {
			/// The staker.
			who: T::AccountId,
			/// The gauge.
			gauge: GaugeId,
			/// Shares returned, planck.
			amount: u128,
		},
		/// Emissions were claimed (minted).
		EmissionsClaimed {
			/// The staker.
			who: T::AccountId,
			/// The gauge.
			gauge: GaugeId,
			/// PLX minted, planck.
			amount: u128,
		},
		/// A co-incentive pot was added to a gauge for an epoch.
		IncentiveAdded {
			/// The gauge.
			gauge: GaugeId,
			/// The epoch whose voters share it.
			epoch: EpochIndex,
			/// The asset.
			asset: AssetIdOf<T>,
			/// Amount added, planck.
			amount: u128,
			/// The depositor.
			depositor: T::AccountId,
		},
		/// A voter's share of a co-incentive pot was too small for the voter's account to take
		/// (below the asset's minimum balance): it is skipped and stays in the pot.
		IncentiveSkipped {
			/// The voter.
			who: T::AccountId,
			/// The gauge.
			gauge: GaugeId,
			/// The epoch.
			epoch: EpochIndex,
			/// The asset.
			asset: AssetIdOf<T>,
			/// The share skipped, planck.
			amount: u128,
		},
		/// A voter was paid its share of a co-incentive pot.
		IncentiveClaimed {
			/// The voter.
			who: T::AccountId,
			/// The gauge.
			gauge: GaugeId,
			/// The epoch.
			epoch: EpochIndex,
			/// The asset.
			asset: AssetIdOf<T>,
			/// Amount paid, planck.
			amount: u128,
		},
		/// A pot on a gauge that got no votes in its epoch went back to its depositor.
		IncentiveRefunded {
			/// The gauge.
			gauge: GaugeId,
			/// The epoch.
			epoch: EpochIndex,
			/// The asset.
			asset: AssetIdOf<T>,
			/// The depositor.
			depositor: T::AccountId,
			/// Amount refunded, planck.
			amount: u128,
		},
	}

	/// Errors of the gauges pallet.
	#[pallet::error]
	pub enum Error<T> {
		/// The account has a lock already: extend or increase it.
		LockExists,
		/// The account has no lock.
		NoLock,
		/// The lock is smaller than `MinLockAmount`.
		LockTooSmall,
		/// The lock's end is not after the current epoch.
		LockInPast,
		/// The lock's end is more than `MaxLockEpochs` after the current epoch.
		LockTooLong,
		/// The new end is not after the lock's end.
		LockNotExtended,
		/// The lock has ended: withdraw it and lock again.
		LockExpired,
		/// The lock has not ended yet.
		LockNotExpired,
		/// The caller's spendable balance does not cover the amount (PLX of a lock, shares of a
		/// stake, the asset of an incentive).
		InsufficientBalance,
		/// The account cannot take another freeze.
		TooManyFreezes,
		/// An amount is zero.
		ZeroAmount,
		/// No gauge has this id.
		UnknownGauge,
		/// The gauge is not active: it was killed (event `GaugeKilled`).
		GaugeNotActive,
		/// The vault or strategy has an active gauge of this kind already.
		GaugeExists,
		/// No vault has this id.
		UnknownVault,
		/// The vault is not governed: its allocation is not steered by votes.
		NotGovernedVault,
		/// The strategy does not exist or does not belong to the vault.
		UnknownStrategy,
		/// `MaxGauges` gauges exist, or the vault has `MaxGaugesPerVault` allocation gauges.
		TooManyGauges,
		/// The account had no voting power when the epoch began (no lock, a lock made this
		/// epoch, or one ending by the next epoch).
		NoVotingPower,
		/// The account's votes would add up to more than 10 000 bps.
		TooMuchWeight,
		/// A vote lists a gauge twice.
		DuplicateGauge,
		/// The account changed its vote on this gauge in this epoch already.
		VoteTooSoon,
		/// The account would vote for more than `MaxVotes` gauges.
		TooManyVotes,
		/// The gauge is more than one epoch behind: `checkpoint_gauge` first (the keeper in
		/// `on_initialize` normally does it).
		GaugeBehind,
		/// The gauge is not an emission gauge.
		NotEmissionGauge,
		/// The account has fewer shares staked.
		InsufficientStake,
		/// A stake would be above 0 but below the share token's minimum balance (stakes are 0
		/// or at least the minimum balance, so unstaking never leaves dust).
		StakeBelowMinimum,
		/// There is nothing to claim.
		NothingToClaim,
		/// Co-incentives are for the current or a future epoch.
		IncentiveInPast,
		/// Co-incentives are for at most `MaxLockEpochs` epochs ahead.
		IncentiveTooFar,
		/// The gauge has `MaxIncentivesPerEpoch` pots (assets) for the epoch.
		TooManyIncentives,
		/// A co-incentive deposit below `MinIncentiveFactor` × the asset's minimum balance.
		IncentiveTooSmall,
		/// No pot of this depositor and asset on the gauge for the epoch.
		UnknownIncentive,
		/// The gauge got votes in the epoch: the pot belongs to its voters.
		IncentiveClaimable,
		/// The epoch has not begun: its weight is not final.
		EpochNotStarted,
		/// An arithmetic overflow.
		Overflow,
		/// The amount would leave less than the asset's minimum balance in the account (which
		/// `pallet-assets` would destroy): move the whole balance, or leave at least the minimum.
		RemainderBelowMinimum,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Rolls the emission total into a new epoch (O(1), at the epoch's first block) and moves
		/// up to `KeeperGaugesPerBlock` gauges into the current epoch.
		fn on_initialize(_now: BlockNumberFor<T>) -> Weight {
			Self::keeper()
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call(weight(<T as Config>::WeightInfo))]
	impl<T: Config> Pallet<T> {
		/// Freezes `amount` planck of PLX until epoch `until_epoch` (exclusive) for voting power
		/// `amount·(until_epoch − e)/MaxLockEpochs` at epoch `e`. The lock votes from the next
		/// epoch.
		///
		/// Errors: `LockExists`, `LockTooSmall`, `LockInPast`, `LockTooLong`,
		/// `InsufficientBalance`, `TooManyFreezes`.
		#[pallet::call_index(0)]
		pub fn lock(origin: OriginFor<T>, amount: u128, until_epoch: EpochIndex) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_lock(who, amount, until_epoch)
		}

		/// Moves the end of the caller's lock to `until_epoch`. Votes already cast keep the end
		/// they were cast with until they are cast again.
		///
		/// Errors: `NoLock`, `LockExpired`, `LockNotExtended`, `LockTooLong`.
		#[pallet::call_index(1)]
		pub fn extend_lock(origin: OriginFor<T>, until_epoch: EpochIndex) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_extend_lock(who, until_epoch)
		}

		/// Adds `amount` planck of PLX to the caller's lock (same end). It votes from the next
		/// epoch.
		///
		/// Errors: `NoLock`, `LockExpired`, `ZeroAmount`, `InsufficientBalance`, `Overflow`.
		#[pallet::call_index(2)]
		pub fn increase_amount(origin: OriginFor<T>, amount: u128) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_increase_amount(who, amount)
		}

		/// Unfreezes the caller's PLX once its lock has ended. Votes cast with it have ended
		/// too; their co-incentives stay claimable.
		///
		/// Errors: `NoLock`, `LockNotExpired`.
		#[pallet::call_index(3)]
		pub fn withdraw(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw(who)
		}

		/// Creates a gauge: an allocation gauge for a strategy of a governed vault, or the
		/// emission gauge of a vault. Origin: `AdminOrigin`.
		///
		/// Errors: `UnknownVault`, `NotGovernedVault`, `UnknownStrategy`, `GaugeExists`,
		/// `TooManyGauges`.
		#[pallet::call_index(4)]
		pub fn create_gauge(origin: OriginFor<T>, kind: GaugeKind) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Self::do_create_gauge(kind)
		}

		/// Kills a gauge: it takes no more votes, stakes or pots and weighs nothing from the next
		/// epoch on. Weights, incentives and emissions of past epochs stay claimable, stakes
		/// withdrawable, and pots of later epochs refundable. Loops over at most
		/// `MaxLockEpochs` future epochs. Origin: `AdminOrigin`.
		///
		/// Errors: `UnknownGauge`, `GaugeNotActive`.
		#[pallet::call_index(5)]
		pub fn kill_gauge(origin: OriginFor<T>, gauge: GaugeId) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Self::do_kill_gauge(gauge)
		}

		/// Sets the caller's votes on the listed gauges: `(gauge, bps)` pairs, `bps` a share of
		/// its voting power (0 withdraws the vote). Gauges not listed keep their votes. The votes
		/// count from the next epoch, with the lock as it was when this epoch began; each gauge's
		/// vote changes at most once per epoch; all the caller's votes add up to at most
		/// 10 000 bps.
		///
		/// Errors: `NoVotingPower`, `UnknownGauge`, `GaugeNotActive`, `DuplicateGauge`,
		/// `VoteTooSoon`, `TooMuchWeight`, `TooManyVotes`,
		/// `GaugeBehind`, `Overflow`.
		#[pallet::call_index(6)]
		#[pallet::weight(<T as Config>::WeightInfo::vote(votes.len() as u32))]
		pub fn vote(
			origin: OriginFor<T>,
			votes: BoundedVec<(GaugeId, u16), T::MaxVotes>,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let listed = votes.len() as u32;
			let (moved, rolled) = Self::do_vote(who, votes)?;
			Ok(Some(Self::vote_weight(listed, moved, rolled)).into())
		}

		/// Moves a gauge up to `max_epochs` epochs toward the current one (anyone may call it;
		/// the keeper in `on_initialize` normally does it). Charged for the epochs moved.
		///
		/// Errors: `UnknownGauge`.
		#[pallet::call_index(7)]
		#[pallet::weight(<T as Config>::WeightInfo::checkpoint_gauge(
			(*max_epochs).min(T::MaxLockEpochs::get().saturating_add(1))
		))]
		pub fn checkpoint_gauge(
			origin: OriginFor<T>,
			gauge: GaugeId,
			max_epochs: u32,
		) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			let bound = max_epochs.min(T::MaxLockEpochs::get().saturating_add(1));
			let steps = Self::do_checkpoint_gauge(gauge, bound)?;
			Ok(Some(<T as Config>::WeightInfo::checkpoint_gauge(steps)).into())
		}

		/// Stakes `amount` planck of the vault's shares in its emission gauge; they earn the
		/// gauge's emissions from this block on.
		///
		/// Errors: `UnknownGauge`, `NotEmissionGauge`, `GaugeNotActive`, `ZeroAmount`,
		/// `InsufficientBalance` (fewer spendable shares, e.g. shares still held by a campaign),
		/// `StakeBelowMinimum`, `GaugeBehind`, `Overflow`.
		#[pallet::call_index(8)]
		pub fn stake(origin: OriginFor<T>, gauge: GaugeId, amount: u128) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_stake(who, gauge, amount)
		}

		/// Unstakes `amount` planck of shares from an emission gauge (also a killed one); what
		/// they earned stays claimable.
		///
		/// Errors: `UnknownGauge`, `NotEmissionGauge`, `ZeroAmount`, `InsufficientStake`,
		/// `StakeBelowMinimum` (what would stay staked is above 0 but below the share's minimum
		/// balance), `GaugeBehind`.
		#[pallet::call_index(9)]
		pub fn unstake(origin: OriginFor<T>, gauge: GaugeId, amount: u128) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_unstake(who, gauge, amount)
		}

		/// Mints the PLX the caller's stake in an emission gauge has earned. O(1).
		///
		/// Errors: `UnknownGauge`, `NotEmissionGauge`, `NothingToClaim`, `GaugeBehind`.
		#[pallet::call_index(10)]
		pub fn claim_emissions(origin: OriginFor<T>, gauge: GaugeId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_claim_emissions(who, gauge)
		}

		/// Adds a co-incentive pot of `amount` planck of `asset` to `gauge` for `epoch` (the
		/// current one or up to `MaxLockEpochs` ahead). The gauge's voters in that epoch share it
		/// pro-rata to their vote weight; if nobody votes for the gauge in that epoch the
		/// depositor gets it back with `refund_incentive`.
		///
		/// Errors: `UnknownGauge`, `GaugeNotActive`, `ZeroAmount`, `IncentiveInPast`,
		/// `IncentiveTooFar`, `IncentiveTooSmall`, `InsufficientBalance` (the caller keeps its
		/// existential deposit), `TooManyIncentives`, `Overflow`.
		#[pallet::call_index(11)]
		pub fn add_incentive(
			origin: OriginFor<T>,
			gauge: GaugeId,
			epoch: EpochIndex,
			asset: AssetIdOf<T>,
			amount: u128,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_add_incentive(who, gauge, epoch, asset, amount)
		}

		/// Pays the caller its share of the co-incentives of `gauge` in the ended epochs it voted
		/// in, oldest first, walking at most `max_epochs` (≤ `MaxClaimEpochs`) epochs; call again
		/// for more. Charged up front for `max_epochs` epochs with full pots, each in an archived
		/// vote of its own, then for the epochs walked and the pots paid or skipped (an archived
		/// vote visited, and the look-up of the archive, charged as one pot each).
		///
		/// Errors: `UnknownGauge`, `NothingToClaim`, `GaugeBehind`.
		#[pallet::call_index(12)]
		#[pallet::weight({
			let epochs = (*max_epochs).min(T::MaxClaimEpochs::get());
			<T as Config>::WeightInfo::claim_incentives(
				epochs,
				epochs
					.saturating_mul(T::MaxIncentivesPerEpoch::get().saturating_add(1))
					.saturating_add(1),
			)
		})]
		pub fn claim_incentives(
			origin: OriginFor<T>,
			gauge: GaugeId,
			max_epochs: u32,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let (epochs, pots) =
				Self::do_claim_incentives(who, gauge, max_epochs.min(T::MaxClaimEpochs::get()))?;
			Ok(Some(<T as Config>::WeightInfo::claim_incentives(epochs, pots)).into())
		}

		/// Returns the caller's pot of `asset` on `gauge` for `epoch` (what voters have not
		/// claimed) when the gauge weighed nothing in that epoch (nobody voted, or it was
		/// killed). The epoch must have begun.
		///
		/// Errors: `UnknownGauge`, `EpochNotStarted`, `UnknownIncentive`, `IncentiveClaimable`,
		/// `GaugeBehind`.
		#[pallet::call_index(13)]
		pub fn refund_incentive(
			origin: OriginFor<T>,
			gauge: GaugeId,
			epoch: EpochIndex,
			asset: AssetIdOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_refund_incentive(who, gauge, epoch, asset)
		}
	}

	impl<T: Config> Pallet<T> {
		/// What `vote` on `listed` gauges charges when it moved `moved` of them one epoch on and
		/// rolled the emission total (`rolled`) or found it rolled (by `on_initialize`).
		///
		/// The benchmark moves every gauge one epoch on and rolls the emission total in the call.
		/// A move not needed (the keeper had made it) is refunded as the one read (the slope
		/// changes of the next epoch) and one write (the epoch's final weight) it makes in the
		/// benchmark; its computation is not refunded. A roll not needed is refunded as
		/// `roll_emission_total` less what `vote` does anyway (the emission total read and
		/// written) and less the read of the epoch's final emission total by a moved gauge (a
		/// database read when the roll was in an earlier block); no proof is refunded.
		pub(crate) fn vote_weight(listed: u32, moved: u32, rolled: bool) -> Weight {
			let db = T::DbWeight::get();
			let unused = db.reads_writes(1, 1).saturating_mul(listed.saturating_sub(moved).into());
			let roll = if rolled {
				Weight::zero()
			} else {
				let roll = <T as Config>::WeightInfo::roll_emission_total();
				Weight::from_parts(roll.saturating_sub(db.reads_writes(2, 2)).ref_time(), 0)
			};
			<T as Config>::WeightInfo::vote(listed).saturating_sub(unused).saturating_sub(roll)
		}

		/// The account holding co-incentive pots and staked shares.
		pub fn account_id() -> T::AccountId {
			use sp_runtime::traits::AccountIdConversion;
			T::PalletId::get().into_account_truncating()
		}
	}
}
