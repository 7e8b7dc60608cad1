//! # Intents
//!
//! Users state a goal and the chain matches it in batch auctions: put assets to work in the best
//! vault that meets their constraints, exit vault shares, or swap hub assets and share tokens at
//! a uniform clearing price.
//!
//! ## Overview
//!
//! Three kinds of intents ([`IntentKind`]):
//!
//! - **`Deposit { asset, amount, constraints }`** — the matcher picks the vault holding `asset`
//!   that meets the constraints (vault kind, longest lock-up, allowed strategies, least reported
//!   yield) with the highest reported yield, then the most deposit room, then the lowest id; at
//!   submission, and again at settlement if the vault no longer qualifies.
//! - **`Redeem { vault, shares, min_assets }`** — netted first against the deposit intents into
//!   the same vault at the share price: shares go from the redeemer to the depositor and assets
//!   the other way, both settle at once, nothing is minted or burnt, no message leaves the
//!   chain and nobody queues. The rest goes into the vault's redemption queue in the owner's
//!   name (`pallet-vaults`).
//! - **`Swap { give, want_asset, min_receive, partial_fill }`** — a batch auction between hub
//!   assets and/or share tokens: every intent of a batch on a directed pair clears at one price
//!   (coincidence of wants, no ordering advantage inside the batch).
//!
//! Any intent may name `deliver_to`, a location on another chain: its output is sent there over
//! XCM after each settlement ([`Config::Deliver`]; Plexus' runtime sends it with
//! `pallet-strategies`' `withdraw_to`, which charges the XCM delivery fee, in PLX, to the
//! owner); if that fails the output stays with the owner on Plexus.
//!
//! ## Mechanics
//!
//! **Escrow and deposit.** Submitting moves the amount (or the shares) into the pallet's escrow
//! account and holds a storage deposit from the owner ([`Config::Consideration`]). An intent
//! has a deadline at most [`Config::MaxIntentDuration`] blocks away and a minimum size
//! ([`Config::MinSizeFactor`] × the asset's existential deposit, shares valued in their
//! vault's asset), which doubles with every eighth of its book already taken
//! ([`Pallet::min_size`]), so filling a book to block others costs ever more escrow. A full
//! book (`MaxBookSize`) takes a new intent in place of its resting intent least likely to fill
//! (for swaps the one asking the most per unit given, for vault books the oldest), which is
//! refunded in full with `IntentEvicted`, unless the new one is itself the least likely
//! (`BookFull`); intents a settlement or the best solution still needs are never evicted.
//! Its owner may [`Pallet::cancel`] it; after the deadline anyone may [`Pallet::clean_up`] it,
//! and `on_idle` does so within its remaining weight: the escrow and the deposit go back to the
//! owner.
//!
//! **Batches.** A batch closes every [`Config::BatchPeriod`] blocks. While it is open anyone
//! may [`Pallet::submit_solution`]: a clearing price per asset `p_a` and fills per swap intent.
//! A fill giving `g` of `a` for `b` must receive exactly `⌊g·p_a / p_b⌋` (one uniform price per
//! directed pair, rings of assets included) and at least `⌊limit·g / amount⌋`; every asset must
//! be conserved (Σ in = Σ out + rounding dust, the dust bounded by the receivers' rounding and
//! paid to [`Config::DustRecipient`]). Verification is O(fills + assets) plus, for each pair the
//! solution trades, the chain's reference clearing of that pair (O(k log k) in its intents):
//! the solution's surplus on each directed pair must be at least the reference's. The batch
//! keeps the solution with the greatest total surplus, `Σ_i (received_i − limit_i)` valued in
//! one common unit ([`ValuationPrices`], shares through their vault's price).
//!
//! **Settlement.** When the batch closes, the best solution's fills are applied; pairs it does
//! not trade clear by the reference ([`math::reference_clearing`]: a call auction at the limit
//! price that trades the most, price then time priority on the long side); vault books net
//! deposits against redemptions ([`math::net`]) and pass the rest to the vault. An intent that
//! cannot settle (its vault paused, full, …) is skipped with an event and stays open until its
//! deadline: it never blocks the batch. Settlement runs in `on_initialize` within
//! [`Config::SettlementWeight`] per block, charging the benchmarked weight of every step (each
//! fill, each pair by its intents, each vault book by its intents, at the dearest of its paths);
//! a larger settlement continues in the next blocks, never truncated, and the next batch closes
//! only after it. Every single step, a pair with both books full included, fits in
//! `SettlementWeight` by ref time and proof size (the pallet's `integrity_test`), so the step
//! that always runs first in a block is bounded too.
//!
//! ## Origins
//!
//! - Any signed account submits intents and solutions, cancels its own intents, cleans up
//!   expired ones and claims payouts that could not be paid.
//! - [`Config::AdminOrigin`] (Plexus: `Root` or the `LiquidityAdmin` track) sets the valuation
//!   prices used to compare solutions.
//!
//! ## Layout
//!
//! | Mechanism | File |
//! |---|---|
//! | Declarations: config, storage, events, errors, calls, hooks | `lib.rs` |
//! | Submission, books, minimum size, cancellation and removal of intents | `intent.rs` |
//! | Matching deposits to the best vault meeting their constraints | `matching.rs` |
//! | Eviction from a full book | `eviction.rs` |
//! | Batch auction: solution verification, winner choice, batch close, reference clearing | `auction.rs` (pure math: `math/auction.rs`) |
//! | Netting of vault deposits against redemptions, the rest to the vault | `netting.rs` (pure math: `math/netting.rs`) |
//! | Settlement of a closed batch in weighed steps (`on_initialize`) | `settlement.rs` |
//! | Payouts, unclaimed outputs and delivery to other chains | `payout.rs` |
//! | Expiry: `clean_up` and `on_idle` | `expiry.rs` |
//! | Invariants (`try_state`) | `try_state.rs` |
//! | Rounding helpers | `math/mod.rs` |
//! | Runtime API (quotes, books) | `runtime_api.rs` |
//! | Types | `types.rs` |
//!
//! ## Sources
//!
//! CoW Protocol's batch auctions with uniform clearing prices and solver competition; Penumbra
//! and Hydration ICE (intents settled in blocks by verified solutions); call-auction price
//! formation (maximum executable volume, price then time priority); ERC-4626 conversions with
//! the virtual offset (OpenZeppelin) for the netting price; Mitosis for deposits into vaults by
//! constraints.

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

pub use pallet::*;

mod auction;
#[cfg(feature = "runtime-benchmarks")]
pub mod benchmarking;
mod eviction;
mod expiry;
mod intent;
mod matching;
pub mod math;
#[cfg(test)]
mod mock;
mod netting;
mod payout;
pub mod runtime_api;
mod settlement;
#[cfg(test)]
pub(crate) mod testing_utils;
#[cfg(test)]
mod tests;
mod try_state;
pub mod types;
pub mod weights;

pub use types::*;
pub use weights::WeightInfo;

use polkadot_sdk::{frame_support, frame_system, staging_xcm as xcm};

/// Sends an intent's output to another chain after settlement.
pub trait Deliver<AccountId> {
	/// Sends `amount` of `asset`, already paid to `who` on Plexus, from `who` to `to`.
	///
	/// The pallet calls it inside a storage layer of its own and rolls back whatever it changed
	/// when it returns an error, so an implementation may burn first and fail to send after.
	fn deliver(
		who: &AccountId,
		asset: plexus_primitives::AssetId,
		amount: u128,
		to: &xcm::latest::Location,
	) -> polkadot_sdk::sp_runtime::DispatchResult;
	/// The most one delivery weighs.
	fn weight() -> frame_support::weights::Weight;
}

/// No delivery: outputs stay on Plexus; every delivery fails with
/// `DispatchError::Unavailable` (`DeliveryFailed`).
impl<AccountId> Deliver<AccountId> for () {
	fn deliver(
		_: &AccountId,
		_: plexus_primitives::AssetId,
		_: u128,
		_: &xcm::latest::Location,
	) -> polkadot_sdk::sp_runtime::DispatchResult {
		Err(polkadot_sdk::sp_runtime::DispatchError::Unavailable)
	}
	fn weight() -> frame_support::weights::Weight {
		frame_support::weights::Weight::zero()
	}
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::boxed::Box;
	use frame_support::{
		pallet_prelude::*,
		traits::{fungibles, Consideration, Footprint},
		PalletId,
	};
	use frame_system::pallet_prelude::*;
	use plexus_primitives::{AssetId, StrategyInspect, VaultId, VaultIntents};
	use polkadot_sdk::sp_runtime::FixedU128;
	use xcm::VersionedLocation;

	/// Account identifier.
	pub type AccountIdOf<T> = <T as frame_system::Config>::AccountId;
	/// What an intent asks for, in this runtime.
	pub type IntentKindOf<T> = IntentKind<AssetId, <T as Config>::MaxAllowedStrategies>;
	/// An intent of this runtime.
	pub type IntentOf<T> = Intent<
		AccountIdOf<T>,
		AssetId,
		BlockNumberFor<T>,
		<T as Config>::Consideration,
		<T as Config>::MaxAllowedStrategies,
	>;
	/// A solution of this runtime.
	pub type SolutionOf<T> =
		Solution<AssetId, <T as Config>::MaxSolutionAssets, <T as Config>::MaxSolutionFills>;
	/// The best solution of this runtime.
	pub type BestSolutionOf<T> = BestSolution<
		AccountIdOf<T>,
		AssetId,
		<T as Config>::MaxSolutionAssets,
		<T as Config>::MaxSolutionFills,
	>;
	/// Raw storage keys are at most this long (the books' keys).
	pub type KeyLimit = ConstU32<128>;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Reasons for holding funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The storage deposit of an open intent.
		IntentDeposit,
	}

	/// Configuration of the intents pallet.
	#[pallet::config]
	pub trait Config: polkadot_sdk::frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// Hub assets and share tokens (`pallet-assets`).
		type Assets: fungibles::Inspect<Self::AccountId, AssetId = AssetId, Balance = u128>
			+ fungibles::Mutate<Self::AccountId>;

		/// The vaults deposit intents go into and redeem intents come out of.
		type Vaults: VaultIntents<Self::AccountId, AssetId>;

		/// The vaults' strategies and reported yields, for deposit constraints.
		type Strategies: StrategyInspect;

		/// The storage deposit of an intent, held from its owner until it settles, is
		/// cancelled or cleaned up (Plexus: a hold of PLX, linear in the intent's size).
		type Consideration: Consideration<Self::AccountId, Footprint> + MaxEncodedLen;

		/// Sends outputs to other chains (`deliver_to`).
		type Deliver: Deliver<Self::AccountId>;

		/// Sets the valuation prices.
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The pallet's id; its account holds the escrow.
		#[pallet::constant]
		type PalletId: Get<PalletId>;

		/// Receives the rounding dust of clearings.
		type DustRecipient: Get<Self::AccountId>;

		/// Blocks a batch stays open.
		#[pallet::constant]
		type BatchPeriod: Get<BlockNumberFor<Self>>;

		/// Longest time from submission to deadline, blocks.
		#[pallet::constant]
		type MaxIntentDuration: Get<BlockNumberFor<Self>>;

		/// Minimum size of an intent in an empty book: this many times the asset's existential
		/// deposit (doubled for every eighth of the book taken).
		#[pallet::constant]
		type MinSizeFactor: Get<u128>;

		/// Open intents per account.
		#[pallet::constant]
		type MaxIntentsPerAccount: Get<u32>;

		/// Open intents per book (a vault, a directed pair).
		#[pallet::constant]
		type MaxBookSize: Get<u32>;

		/// Fills per solution.
		#[pallet::constant]
		type MaxSolutionFills: Get<u32>;

		/// Assets priced per solution.
		#[pallet::constant]
		type MaxSolutionAssets: Get<u32>;

		/// Strategies a deposit intent may list as allowed.
		#[pallet::constant]
		type MaxAllowedStrategies: Get<u32>;

		/// Vaults of one asset the matcher considers.
		#[pallet::constant]
		type MaxCandidateVaults: Get<u32>;

		/// Weight settlement may use per block (`on_initialize`). Every single step must fit
		/// in it (checked by the pallet's `integrity_test`): this bounds `MaxBookSize`.
		#[pallet::constant]
		type SettlementWeight: Get<Weight>;

		/// Weights of the calls and of settlement, from the benchmarks.
		type WeightInfo: WeightInfo;

		/// Sets up vaults and assets for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: benchmarking::BenchmarkHelper<Self>;
	}

	/// The next intent's id.
	#[pallet::storage]
	pub type NextIntentId<T> = StorageValue<_, IntentId, ValueQuery>;

	/// Open intents.
	#[pallet::storage]
	pub type Intents<T: Config> = StorageMap<_, Twox64Concat, IntentId, IntentOf<T>>;

	/// Open intents of each account, oldest first.
	#[pallet::storage]
	pub type AccountIntents<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<IntentId, T::MaxIntentsPerAccount>,
		ValueQuery,
	>;

	/// The books: `(book, intent) -> ()` for every open intent, matched by book at settlement.
	#[pallet::storage]
	pub type Books<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, Book<AssetId>, Twox64Concat, IntentId, ()>;

	/// Number of open intents in each book; a book with none has no entry.
	#[pallet::storage]
	pub type BookSizes<T: Config> = StorageMap<_, Blake2_128Concat, Book<AssetId>, u32>;

	/// The open batch.
	#[pallet::storage]
	pub type CurrentBatch<T: Config> = StorageValue<_, BatchInfo<BlockNumberFor<T>>, OptionQuery>;

	/// The best solution submitted for the open batch.
	#[pallet::storage]
	pub type Best<T: Config> = StorageValue<_, BestSolutionOf<T>, OptionQuery>;

	/// The solution of the batch being settled.
	#[pallet::storage]
	pub type SettlingSolution<T: Config> = StorageValue<_, BestSolutionOf<T>, OptionQuery>;

	/// The batch being settled, if any.
	#[pallet::storage]
	pub type Settling<T: Config> = StorageValue<_, Settlement<KeyLimit>, OptionQuery>;

	/// Price of one planck of an asset in the common unit solutions' surplus is valued in
	/// (Plexus: µUSD per planck scaled by `FixedU128`). Share tokens without a price are valued
	/// through their vault. Assets without either count zero.
	#[pallet::storage]
	pub type ValuationPrices<T: Config> = StorageMap<_, Blake2_128Concat, AssetId, FixedU128>;

	/// Outputs that could not be paid at settlement (the receiving account could not take
	/// them): `(account, asset) -> planck`, kept in escrow until claimed.
	#[pallet::storage]
	pub type Unclaimed<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Blake2_128Concat, AssetId, u128>;

	/// Raw key of the last intent `on_idle` looked at for expiry.
	#[pallet::storage]
	pub type ExpiryCursor<T: Config> = StorageValue<_, BoundedVec<u8, KeyLimit>, OptionQuery>;

	/// Events of the intents pallet. Amounts are planck of the asset concerned.
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// An intent was submitted and its funds escrowed.
		IntentSubmitted {
			/// The intent.
			intent: IntentId,
			/// Its owner.
			owner: T::AccountId,
			/// The batch it joined.
			batch: BatchId,
			/// The vault (deposit: the one matched; redeem: the one redeemed).
			vault: Option<VaultId>,
		},
		/// An intent was cancelled by its owner; escrow and deposit returned.
		IntentCancelled {
			/// The intent.
			intent: IntentId,
		},
		/// A resting intent of a full book was evicted by a new one more likely to fill (see
		/// the `eviction` module); its escrow and deposit were returned to its owner.
		IntentEvicted {
			/// The evicted intent.
			intent: IntentId,
			/// Its owner, who got everything back.
			owner: T::AccountId,
			/// The new intent that took its place.
			by: IntentId,
		},
		/// An expired intent was cleaned up; escrow and deposit returned to the owner.
		IntentExpired {
			/// The intent.
			intent: IntentId,
		},
		/// An intent settled completely and was removed; its deposit was returned.
		IntentCompleted {
			/// The intent.
			intent: IntentId,
			/// Everything it received.
			received: u128,
		},
		/// A swap intent was filled at the batch's clearing price.
		SwapFilled {
			/// The intent.
			intent: IntentId,
			/// Given, planck of its `give` asset.
			given: u128,
			/// Received, planck of its `want_asset`.
			received: u128,
		},
		/// A deposit intent took shares from redeem intents at the share price.
		DepositNetted {
			/// The intent.
			intent: IntentId,
			/// The vault.
			vault: VaultId,
			/// Assets paid.
			assets: u128,
			/// Shares received.
			shares: u128,
		},
		/// A redeem intent passed shares to deposit intents at the share price.
		RedeemNetted {
			/// The intent.
			intent: IntentId,
			/// The vault.
			vault: VaultId,
			/// Shares given.
			shares: u128,
			/// Assets received.
			assets: u128,
		},
		/// The rest of a deposit intent was deposited into its vault.
		Deposited {
			/// The intent.
			intent: IntentId,
			/// The vault.
			vault: VaultId,
			/// Assets deposited.
			assets: u128,
			/// Shares minted.
			shares: u128,
		},
		/// The rest of a redeem intent went into the vault's redemption queue.
		RedeemQueued {
			/// The intent.
			intent: IntentId,
			/// The vault.
			vault: VaultId,
			/// Shares queued.
			shares: u128,
			/// The request in `pallet-vaults`, claimed by the owner when finalized.
			request: u64,
		},
		/// An intent could not settle in this batch and stays open until its deadline.
		IntentSkipped {
			/// The intent.
			intent: IntentId,
			/// Why.
			error: DispatchError,
		},
		/// A solution became the best of the open batch.
		SolutionAccepted {
			/// The batch.
			batch: BatchId,
			/// Who submitted it.
			solver: T::AccountId,
			/// Its total surplus in the common unit.
			surplus: u128,
			/// Number of fills.
			fills: u32,
		},
		/// The best solution of a closing batch no longer applied as a whole (one of its
		/// intents changed since it was accepted) and was dropped: no fill of it is applied,
		/// the batch settles by the reference clearing alone.
		SolutionDropped {
			/// The batch.
			batch: BatchId,
			/// The first intent whose fill no longer applied.
			intent: IntentId,
		},
		/// A batch closed; settlement starts.
		BatchClosed {
			/// The batch.
			batch: BatchId,
			/// Whether a solver's solution settles it (else only the reference).
			solved: bool,
		},
		/// A pair cleared by the chain's reference clearing.
		ReferenceCleared {
			/// The batch.
			batch: BatchId,
			/// The pair `(a, b)`, `a < b`.
			pair: (AssetId, AssetId),
			/// Price of `a` and of `b` (planck of `b` per planck of `a` is `price.0 / price.1`).
			price: (u128, u128),
			/// Intents filled.
			fills: u32,
		},
		/// A batch finished settling.
		BatchSettled {
			/// The batch.
			batch: BatchId,
		},
		/// An output was sent to another chain.
		Delivered {
			/// The intent.
			intent: IntentId,
			/// The asset.
			asset: AssetId,
			/// Amount sent.
			amount: u128,
		},
		/// An output could not be sent to another chain; it stays with the owner on Plexus.
		DeliveryFailed {
			/// The intent.
			intent: IntentId,
			/// Why.
			error: DispatchError,
		},
		/// An output could not be paid to its owner; it waits in escrow for `claim_unclaimed`.
		PayoutUnclaimed {
			/// The owner.
			who: T::AccountId,
			/// The asset.
			asset: AssetId,
			/// The amount.
			amount: u128,
		},
		/// Outputs that could not be paid at settlement (`PayoutUnclaimed`, kept in
		/// `Unclaimed`) were paid to their owner by `claim_unclaimed`.
		PayoutClaimed {
			/// The owner.
			who: T::AccountId,
			/// The asset.
			asset: AssetId,
			/// The amount.
			amount: u128,
		},
		/// A valuation price was set or removed.
		ValuationPriceSet {
			/// The asset.
			asset: AssetId,
			/// The price of one planck in the common unit, if set.
			price: Option<FixedU128>,
		},
	}

	/// Errors of the intents pallet.
	#[pallet::error]
	pub enum Error<T> {
		/// The deadline is not after the current block.
		DeadlinePassed,
		/// The deadline is more than `MaxIntentDuration` blocks away.
		DeadlineTooFar,
		/// The amount is below the minimum size of the intent's book: `MinSizeFactor` ×
		/// existential deposit, doubled for every eighth of the book already taken.
		TooSmall,
		/// A swap's limit (`min_receive`) is zero.
		ZeroLimit,
		/// A swap gives and wants the same asset.
		SameAsset,
		/// The vault does not exist.
		UnknownVault,
		/// The asset does not exist.
		UnknownAsset,
		/// No vault holding the asset meets the constraints and takes deposits now.
		NoMatchingVault,
		/// The intent does not exist (settled, cancelled or cleaned up).
		UnknownIntent,
		/// Only the intent's owner may cancel it.
		NotOwner,
		/// The intent's deadline has not passed.
		NotExpired,
		/// The intent is named by the best solution of the open batch; cancel it after the
		/// batch settles.
		IntentInSolution,
		/// The intent's batch is settling: cancel it, or name it in a solution, after that
		/// settlement.
		SettlementInProgress,
		/// The caller's spendable balance of the escrowed asset is less than the intent needs.
		InsufficientBalance,
		/// The account has `MaxIntentsPerAccount` open intents.
		TooManyIntents,
		/// The book (vault or pair) has `MaxBookSize` open intents and none of them is less
		/// likely to fill than the new one (or none may be removed now).
		BookFull,
		/// `deliver_to` is not a location this runtime can deliver to.
		BadLocation,
		/// The solution is not for the open batch.
		WrongBatch,
		/// The solution fills nothing.
		EmptySolution,
		/// The fills are not sorted by intent id, or an intent is filled twice.
		FillsNotSorted,
		/// A fill names an intent that is not a swap.
		NotASwap,
		/// A fill names an intent that expires before the batch settles.
		ExpiresBeforeSettlement,
		/// A fill gives nothing, or receives nothing.
		ZeroFill,
		/// A fill gives more than the intent has left.
		FillTooLarge,
		/// An all-or-nothing intent is filled in part.
		PartialFillNotAllowed,
		/// An asset of a fill has no price, a price is zero or an asset is priced twice.
		MissingPrice,
		/// A fill does not receive `⌊given·p_give / p_want⌋`: the price is not uniform.
		PriceNotUniform,
		/// A fill receives less than the intent's limit.
		LimitViolated,
		/// An asset is not conserved: more leaves than comes in, or more stays behind than
		/// rounding explains.
		NotConserved,
		/// On some directed pair the solution's surplus is below the reference clearing's.
		WorseThanReference,
		/// The solution's total surplus does not beat the best one's.
		NotBetter,
		/// The `pair_intents` hint is below the number of intents in the books of the pairs
		/// traded (every intent read counts).
		PairIntentsHintTooLow,
		/// A fill's output could not be received by the intent's owner.
		CannotReceive,
		/// Nothing to claim.
		NothingToClaim,
		/// A number does not fit.
		Overflow,
		/// The amount would leave less than the asset's minimum balance in the account (which
		/// `pallet-assets` would destroy): move the whole balance, or leave at least the minimum.
		RemainderBelowMinimum,
		/// The vault takes no redemptions now (it is paused): the redeem intent is skipped and
		/// stays open.
		RedemptionsClosed,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			Self::settle_on_initialize(now)
		}

		fn on_idle(_now: BlockNumberFor<T>, remaining: Weight) -> Weight {
			Self::expire_on_idle(remaining)
		}

		/// Every settlement step fits in `SettlementWeight`, by ref time and by proof size:
		/// the largest pair (both books full, `2 × MaxBookSize` intents), the largest vault
		/// book, one fill with its delivery, and closing a batch. The first step of a block
		/// always runs, so this bounds what settlement adds to any block.
		fn integrity_test() {
			let budget = T::SettlementWeight::get();
			let book = T::MaxBookSize::get();
			let pair = book.saturating_mul(2);
			let steps = [
				(
					"clear_pair(2 × MaxBookSize) + deliveries",
					T::WeightInfo::clear_pair(pair)
						.saturating_add(T::Deliver::weight().saturating_mul(pair.into())),
				),
				("a vault book of MaxBookSize", Pallet::<T>::vault_book_weight(book)),
				(
					"apply_fill + delivery",
					T::WeightInfo::apply_fill().saturating_add(T::Deliver::weight()),
				),
				(
					"close_batch of MaxSolutionFills",
					Pallet::<T>::close_batch_weight(T::MaxSolutionFills::get()),
				),
			];
			for (step, weight) in steps {
				assert!(
					weight.all_lte(budget),
					"the settlement step {step} ({weight:?}) exceeds SettlementWeight ({budget:?})"
				);
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
		/// Submits an intent: escrows its amount (or shares), holds the storage deposit and
		/// joins the open batch. `deadline`: last block it may settle in, at most
		/// `MaxIntentDuration` blocks away. `deliver_to`: where to send the output after
		/// settlement (a location on another chain), if anywhere.
		///
		/// Errors: `DeadlinePassed`, `DeadlineTooFar`, `TooSmall`, `ZeroLimit`, `SameAsset`,
		/// `UnknownAsset`, `UnknownVault`, `NoMatchingVault`, `TooManyIntents`, `BookFull`,
		/// `BadLocation`, `InsufficientBalance` (the escrowed amount, plus the escrow's existential
		/// deposit for the first intent in an asset, is more than the caller can spend).
		///
		/// Into a full book, the intent evicts the resting intent least likely to fill (refunded
		/// in full, `IntentEvicted`) if that one is less likely than itself, else `BookFull`.
		/// Weight: the kind's, plus, into a full book only, the eviction: reading the book (the
		/// reference walk of its intents, `MaxBookSize` at most) and refunding the evicted
		/// intent (a removal, as `cancel`); the unused part is refunded.
		#[pallet::call_index(0)]
		#[pallet::weight(Pallet::<T>::submit_weight(kind).saturating_add(
			Pallet::<T>::eviction_weight(T::MaxBookSize::get())
		))]
		pub fn submit_intent(
			origin: OriginFor<T>,
			kind: IntentKindOf<T>,
			deadline: BlockNumberFor<T>,
			deliver_to: Option<Box<VersionedLocation>>,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let deliver_to = deliver_to
				.map(|l| xcm::latest::Location::try_from(*l).map_err(|_| Error::<T>::BadLocation))
				.transpose()?;
			let weight = Self::submit_weight(&kind);
			let (_, read) = Self::do_submit_intent(who, kind, deadline, deliver_to)?;
			let scan = if read > 0 { Self::eviction_weight(read) } else { Weight::zero() };
			Ok(Some(weight.saturating_add(scan)).into())
		}

		/// Cancels the caller's intent: escrow and deposit go back.
		///
		/// Errors: `UnknownIntent`, `NotOwner`, `IntentInSolution`, `SettlementInProgress`.
		#[pallet::call_index(1)]
		pub fn cancel(origin: OriginFor<T>, intent: IntentId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_cancel(&who, intent)
		}

		/// Removes an intent after its deadline; escrow and deposit go back to its owner.
		/// Anyone may call it.
		///
		/// Errors: `UnknownIntent`, `NotExpired`, `SettlementInProgress`.
		#[pallet::call_index(2)]
		pub fn clean_up(origin: OriginFor<T>, intent: IntentId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_clean_up(intent)
		}

		/// Submits a solution for the open batch `batch`: clearing prices per asset and fills
		/// per swap intent, sorted by intent id. `pair_intents`: an upper bound of the intents
		/// in the books of the pairs the solution trades (both directions, every intent there,
		/// whether the reference clearing can settle it or not), which the reference clearing
		/// reads. Weight: `submit_solution(fills) + reference_clearing(pair_intents)`.
		///
		/// Verified in O(fills + assets) plus the reference clearing of each pair traded; kept
		/// when its total surplus beats the batch's best. While an earlier batch settles, its
		/// intents (which that settlement may still fill) cannot be named.
		///
		/// Errors: `WrongBatch`, `EmptySolution`, `FillsNotSorted`, `UnknownIntent`, `NotASwap`,
		/// `SettlementInProgress`,
		/// `ExpiresBeforeSettlement`, `ZeroFill`, `FillTooLarge`, `PartialFillNotAllowed`,
		/// `MissingPrice`, `PriceNotUniform`, `LimitViolated`, `NotConserved`,
		/// `CannotReceive`, `PairIntentsHintTooLow`, `WorseThanReference`, `NotBetter`.
		#[pallet::call_index(3)]
		#[pallet::weight(
			T::WeightInfo::submit_solution(solution.fills.len() as u32)
				.saturating_add(T::WeightInfo::reference_clearing(*pair_intents))
		)]
		pub fn submit_solution(
			origin: OriginFor<T>,
			batch: BatchId,
			solution: SolutionOf<T>,
			pair_intents: u32,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_submit_solution(who, batch, solution, pair_intents)
		}

		/// Sets (or with `None` removes) the price of one planck of `asset` in the common unit
		/// solutions' surplus is valued in.
		///
		/// Origin: `AdminOrigin`. Errors: `UnknownAsset`.
		#[pallet::call_index(4)]
		pub fn set_valuation_price(
			origin: OriginFor<T>,
			asset: AssetId,
			price: Option<FixedU128>,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Self::do_set_valuation_price(asset, price)
		}

		/// Pays the caller's unclaimed outputs of `asset`.
		///
		/// Errors: `NothingToClaim`, and the asset's errors if the caller still cannot take it.
		#[pallet::call_index(5)]
		pub fn claim_unclaimed(origin: OriginFor<T>, asset: AssetId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_claim_unclaimed(&who, asset)
		}
	}

	impl<T: Config> Pallet<T> {
		/// The escrow account: holds every open intent's funds and unclaimed outputs.
		pub fn escrow_account() -> T::AccountId {
			polkadot_sdk::sp_runtime::traits::AccountIdConversion::into_account_truncating(
				&T::PalletId::get(),
			)
		}
	}
}
