//! Types of the intents pallet: what users ask for, the stored intent, books, batches and
//! solutions.

use crate::math;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use plexus_primitives::{StrategyId, VaultId, VaultTerms};
use polkadot_sdk::{
	frame_support::{
		pallet_prelude::Get, BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
	},
	staging_xcm::latest::Location,
};
use scale_info::TypeInfo;

/// Identifier of an intent.
pub type IntentId = u64;

/// Number of a batch auction; batch `n` closes `BatchPeriod` blocks after it opened.
pub type BatchId = u32;

/// Which kinds of vault a deposit intent accepts.
#[derive(
	Clone,
	Copy,
	Debug,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum VaultKindFilter {
	/// Governed or curated.
	Any,
	/// Only governed vaults (allocation by gauge votes).
	Governed,
	/// Only curated vaults (campaigns).
	Curated,
}

/// What a deposit intent requires of its vault.
#[derive(
	CloneNoBound,
	DebugNoBound,
	PartialEqNoBound,
	EqNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
#[scale_info(skip_type_params(MaxStrategies))]
pub struct DepositConstraints<MaxStrategies: Get<u32>> {
	/// Allowed vault kinds.
	pub kinds: VaultKindFilter,
	/// Longest minimum hold (lock-up) of new shares accepted, blocks.
	pub max_lockup: u32,
	/// When set, every strategy of the vault must be in this list.
	pub allowed_strategies: Option<BoundedVec<StrategyId, MaxStrategies>>,
	/// Least reported yield of the vault, bps per year
	/// (`plexus_primitives::StrategyInspect::reported_yield_bps`).
	pub min_yield_bps: u32,
}

impl<M: Get<u32>> DepositConstraints<M> {
	/// Whether a vault with `terms`, `strategies` and reported `yield_bps` meets the
	/// constraints (deposits being open is checked separately).
	pub fn admit<A>(
		&self,
		terms: &VaultTerms<A>,
		strategies: &[StrategyId],
		yield_bps: u32,
	) -> bool {
		let kind_ok = match self.kinds {
			VaultKindFilter::Any => true,
			VaultKindFilter::Governed => terms.governed,
			VaultKindFilter::Curated => !terms.governed,
		};
		let strategies_ok = self
			.allowed_strategies
			.as_ref()
			.is_none_or(|allowed| strategies.iter().all(|s| allowed.contains(s)));
		kind_ok
			&& strategies_ok
			&& terms.lockup <= u64::from(self.max_lockup)
			&& yield_bps >= self.min_yield_bps
	}
}

/// What an intent asks for. Amounts are planck of the asset named; shares are planck of the
/// vault's share token.
#[derive(
	CloneNoBound,
	DebugNoBound,
	PartialEqNoBound,
	EqNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
#[scale_info(skip_type_params(MaxStrategies))]
pub enum IntentKind<AssetId, MaxStrategies: Get<u32>>
where
	AssetId: Clone + core::fmt::Debug + PartialEq + Eq,
{
	/// Put `amount` of `asset` into the best vault that meets `constraints` (highest reported
	/// yield, then most deposit room, then lowest id).
	Deposit {
		/// The asset deposited.
		asset: AssetId,
		/// How much, planck.
		amount: u128,
		/// What the vault must satisfy.
		constraints: DepositConstraints<MaxStrategies>,
	},
	/// Exit `shares` of `vault` for at least `min_assets` (planck of the vault's asset): netted
	/// first against deposit intents into the same vault at the share price, the rest put in
	/// the vault's redemption queue.
	Redeem {
		/// The vault.
		vault: VaultId,
		/// Shares to redeem.
		shares: u128,
		/// Least value of all the shares, planck of the vault's asset (pro rata for a part).
		min_assets: u128,
	},
	/// Give `give.1` of `give.0` for at least `min_receive` of `want_asset`, at the batch's
	/// uniform clearing price; hub assets and share tokens alike.
	Swap {
		/// Asset and amount given.
		give: (AssetId, u128),
		/// Asset wanted.
		want_asset: AssetId,
		/// Least received for all of `give.1` (pro rata for a part); more than zero.
		min_receive: u128,
		/// Whether a part may be filled (the rest stays open).
		partial_fill: bool,
	},
}

impl<A: Clone + core::fmt::Debug + PartialEq + Eq, M: Get<u32>> IntentKind<A, M> {
	/// The amount escrowed and the limit for all of it (zero for a deposit).
	pub fn amount_and_limit(&self) -> (u128, u128) {
		match self {
			Self::Deposit { amount, .. } => (*amount, 0),
			Self::Redeem { shares, min_assets, .. } => (*shares, *min_assets),
			Self::Swap { give, min_receive, .. } => (give.1, *min_receive),
		}
	}
}

/// Where an intent's deposit and redemption are matched: a vault's book, or the book of a
/// directed pair `(give, want)` of swaps.
#[derive(
	Clone,
	Debug,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum Book<AssetId> {
	/// Deposit and redeem intents of one vault.
	Vault(VaultId),
	/// Swap intents giving the first asset for the second.
	Pair(AssetId, AssetId),
}

/// An open intent.
#[derive(
	CloneNoBound,
	DebugNoBound,
	PartialEqNoBound,
	EqNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
#[scale_info(skip_type_params(MaxStrategies))]
pub struct Intent<AccountId, AssetId, BlockNumber, Ticket, MaxStrategies: Get<u32>>
where
	AccountId: Clone + core::fmt::Debug + PartialEq + Eq,
	AssetId: Clone + core::fmt::Debug + PartialEq + Eq,
	BlockNumber: Clone + core::fmt::Debug + PartialEq + Eq,
	Ticket: Clone + core::fmt::Debug + PartialEq + Eq,
{
	/// Who submitted it; it alone may cancel it, and it receives the output.
	pub owner: AccountId,
	/// What it asked for, as submitted.
	pub kind: IntentKind<AssetId, MaxStrategies>,
	/// The asset in escrow: the deposit's asset, the vault's share token, the swap's `give`.
	pub escrow: AssetId,
	/// Escrow still to settle: assets (deposit, swap) or shares (redeem), planck.
	pub remaining: u128,
	/// The limit for `remaining` (what is left of `min_assets` / `min_receive`), planck.
	pub limit: u128,
	/// What it has received so far: shares (deposit), assets (redeem) or `want_asset` (swap).
	pub received: u128,
	/// The vault: the one the matcher picked for a deposit, the one redeemed for a redemption.
	pub vault: Option<VaultId>,
	/// Where the output is sent after each settlement, if not kept on Plexus.
	pub deliver_to: Option<Location>,
	/// Last block in which it may settle.
	pub deadline: BlockNumber,
	/// The batch it joined; it takes part in every batch from this one until it settles or
	/// expires.
	pub batch: BatchId,
	/// The open batch whose best solution names it: it cannot be cancelled until that batch
	/// settles.
	pub in_solution: Option<BatchId>,
	/// The storage deposit, held from the owner.
	pub ticket: Ticket,
}

impl<AccountId, AssetId, BlockNumber, Ticket, M> Intent<AccountId, AssetId, BlockNumber, Ticket, M>
where
	AccountId: Clone + core::fmt::Debug + PartialEq + Eq,
	AssetId: Clone + core::fmt::Debug + PartialEq + Eq,
	BlockNumber: Clone + core::fmt::Debug + PartialEq + Eq,
	Ticket: Clone + core::fmt::Debug + PartialEq + Eq,
	M: Get<u32>,
{
	/// The book the intent is matched in.
	pub fn book(&self) -> Option<Book<AssetId>> {
		match &self.kind {
			IntentKind::Swap { give, want_asset, .. } => {
				Some(Book::Pair(give.0.clone(), want_asset.clone()))
			},
			_ => self.vault.map(Book::Vault),
		}
	}

	/// The intent as an order of the auction, if it is a swap.
	pub fn order(&self, id: IntentId) -> Option<math::Order<AssetId>> {
		match &self.kind {
			IntentKind::Swap { give, want_asset, partial_fill, .. } => Some(math::Order {
				id,
				give: give.0.clone(),
				want: want_asset.clone(),
				amount: self.remaining,
				limit: self.limit,
				partial: *partial_fill,
			}),
			_ => None,
		}
	}

	/// Books `given` of the escrow as settled for `received`: the escrow and the limit shrink
	/// pro rata (`limit − ⌊limit·given/remaining⌋`), the output grows.
	pub fn settle(&mut self, given: u128, received: u128) -> Option<()> {
		let used = math::limit_at(self.limit, given, self.remaining)?;
		self.limit = self.limit.checked_sub(used)?;
		self.remaining = self.remaining.checked_sub(given)?;
		self.received = self.received.checked_add(received)?;
		Some(())
	}
}

/// A solver's fill of one intent, as submitted.
#[derive(
	Clone, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen,
)]
pub struct SolutionFill {
	/// The swap intent.
	pub intent: IntentId,
	/// Planck of its `give` asset it gives.
	pub given: u128,
	/// Planck of its `want_asset` it receives: exactly `⌊given·p_give / p_want⌋`.
	pub received: u128,
}

/// A solution to a batch auction: clearing prices per asset and fills per intent (sorted by
/// intent id, each intent once).
#[derive(
	CloneNoBound,
	DebugNoBound,
	PartialEqNoBound,
	EqNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
#[scale_info(skip_type_params(MaxAssets, MaxFills))]
pub struct Solution<AssetId, MaxAssets: Get<u32>, MaxFills: Get<u32>>
where
	AssetId: Clone + core::fmt::Debug + PartialEq + Eq,
{
	/// Uniform clearing price of each asset traded, in any common unit (only ratios matter).
	pub prices: BoundedVec<(AssetId, u128), MaxAssets>,
	/// Fills, sorted by intent id.
	pub fills: BoundedVec<SolutionFill, MaxFills>,
}

/// The best solution of the open batch so far.
#[derive(
	CloneNoBound,
	DebugNoBound,
	PartialEqNoBound,
	EqNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
#[scale_info(skip_type_params(MaxAssets, MaxFills))]
pub struct BestSolution<AccountId, AssetId, MaxAssets: Get<u32>, MaxFills: Get<u32>>
where
	AccountId: Clone + core::fmt::Debug + PartialEq + Eq,
	AssetId: Clone + core::fmt::Debug + PartialEq + Eq,
{
	/// The batch it solves.
	pub batch: BatchId,
	/// Who submitted it.
	pub solver: AccountId,
	/// Its total surplus valued in the common unit (see `ValuationPrices`).
	pub surplus: u128,
	/// Rounding dust per asset it leaves in escrow, paid to the dust recipient at settlement.
	pub dust: BoundedVec<(AssetId, u128), MaxAssets>,
	/// The solution.
	pub solution: Solution<AssetId, MaxAssets, MaxFills>,
	/// The unordered pairs `(a, b)` with `a < b` it trades (the reference clears the others).
	pub pairs: BoundedVec<(AssetId, AssetId), MaxFills>,
}

/// The open batch.
#[derive(
	Clone, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen,
)]
pub struct BatchInfo<BlockNumber> {
	/// Its number.
	pub id: BatchId,
	/// Block it opened in; it closes `BatchPeriod` blocks later (or later still while the
	/// previous batch is settling).
	pub opened: BlockNumber,
}

/// Stage of a batch's settlement.
#[derive(
	Clone,
	Copy,
	Debug,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum Stage {
	/// Applying the best solution's fills; the number is the next fill.
	Solution(u32),
	/// Walking the books: vault books net, pair books clear by the reference.
	Books,
}

/// A batch being settled, possibly over several blocks.
#[derive(
	CloneNoBound,
	DebugNoBound,
	PartialEqNoBound,
	EqNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
#[scale_info(skip_type_params(KeyLimit))]
pub struct Settlement<KeyLimit: Get<u32>> {
	/// The batch.
	pub batch: BatchId,
	/// Where it stands.
	pub stage: Stage,
	/// Raw storage key of the last book visited (`Books` stage).
	pub cursor: Option<BoundedVec<u8, KeyLimit>>,
}

#[cfg(test)]
mod tests {
	use super::*;
	use plexus_primitives::SharePrice;
	use polkadot_sdk::frame_support::traits::ConstU32;

	fn terms(governed: bool, lockup: u64) -> VaultTerms<u32> {
		VaultTerms {
			asset: 1,
			share_asset: 2,
			governed,
			lockup,
			accepts_deposits: true,
			accepts_redemptions: true,
			deposit_room: 100,
			price: SharePrice { assets: 1, shares: 1 },
		}
	}

	fn constraints(
		kinds: VaultKindFilter,
		max_lockup: u32,
		allowed: Option<Vec<StrategyId>>,
		min_yield_bps: u32,
	) -> DepositConstraints<ConstU32<4>> {
		DepositConstraints {
			kinds,
			max_lockup,
			allowed_strategies: allowed.map(|a| a.try_into().unwrap()),
			min_yield_bps,
		}
	}

	#[test]
	fn constraints_admit_only_the_vaults_they_describe() {
		let any = constraints(VaultKindFilter::Any, 10, None, 0);
		assert!(any.admit(&terms(true, 0), &[1, 2], 0));
		assert!(any.admit(&terms(false, 10), &[], 0));
		assert!(!any.admit(&terms(false, 11), &[], 0), "lock-up longer than allowed");
		let governed = constraints(VaultKindFilter::Governed, 0, None, 0);
		assert!(!governed.admit(&terms(false, 0), &[], 0));
		let curated = constraints(VaultKindFilter::Curated, 0, None, 0);
		assert!(!curated.admit(&terms(true, 0), &[], 0));
		let listed = constraints(VaultKindFilter::Any, 0, Some(vec![1, 2]), 0);
		assert!(listed.admit(&terms(true, 0), &[2], 0));
		assert!(!listed.admit(&terms(true, 0), &[2, 3], 0), "strategy 3 is not allowed");
		let yielding = constraints(VaultKindFilter::Any, 0, None, 500);
		assert!(!yielding.admit(&terms(true, 0), &[], 499));
		assert!(yielding.admit(&terms(true, 0), &[], 500));
	}

	#[test]
	fn settling_part_of_an_intent_shrinks_escrow_and_limit_pro_rata() {
		let mut intent = Intent::<u64, u32, u32, (), ConstU32<4>> {
			owner: 1,
			kind: IntentKind::Swap {
				give: (1, 100),
				want_asset: 2,
				min_receive: 50,
				partial_fill: true,
			},
			escrow: 1,
			remaining: 100,
			limit: 50,
			received: 0,
			vault: None,
			deliver_to: None,
			deadline: 10,
			batch: 0,
			in_solution: None,
			ticket: (),
		};
		assert_eq!(intent.book(), Some(Book::Pair(1, 2)));
		intent.settle(30, 20).unwrap();
		assert_eq!((intent.remaining, intent.limit, intent.received), (70, 35, 20));
		assert_eq!(intent.order(7).unwrap().amount, 70);
		intent.settle(70, 40).unwrap();
		assert_eq!((intent.remaining, intent.limit, intent.received), (0, 0, 60));
		assert!(intent.settle(1, 0).is_none(), "nothing left to settle");
	}
}
