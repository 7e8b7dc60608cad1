//! Types of the strategies pallet: hub assets, branch chains and their inflow limits, strategies,
//! adapters and operations in flight.

use codec::{Compact, Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use plexus_primitives::{AssetId, StrategyId, VaultId};
use polkadot_sdk::{
	frame_support::{
		pallet_prelude::ConstU32, traits::Get, BoundedVec, CloneNoBound, DebugNoBound,
		DefaultNoBound, EqNoBound, PartialEqNoBound,
	},
	sp_runtime::{traits::Zero, Saturating},
	staging_xcm::latest::Location,
};
use scale_info::TypeInfo;

/// Epoch index (of the epoch clock, `Config::Epochs`): epoch `e` covers blocks
/// `[e·L, (e + 1)·L)`, `L` the epoch length.
pub use plexus_primitives::time::EpochIndex;

/// Bytes of a hub asset's name or symbol at most.
pub type AssetString = BoundedVec<u8, ConstU32<32>>;

/// Bytes of an encoded-call template's prefix or suffix at most.
pub const MAX_TEMPLATE_BYTES: u32 = 256;

/// A hub asset: a `pallet-assets` entry backed by a reserve on another chain, registered by
/// governance (`register_hub_asset`).
#[derive(
	Clone, Encode, Decode, DecodeWithMemTracking, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct HubAsset {
	/// The asset's XCM location as Plexus sees it, e.g. USDT:
	/// `(1, [Parachain(1000), PalletInstance(50), GeneralIndex(1984)])`.
	pub location: Location,
	/// Name, e.g. `Tether USD`.
	pub name: AssetString,
	/// Symbol, e.g. `USDT`.
	pub symbol: AssetString,
	/// Decimals of one unit.
	pub decimals: u8,
	/// Minimum balance of an account, planck.
	pub min_balance: u128,
}

impl HubAsset {
	/// The chain that is the reserve of this asset: the asset's location up to its chain, e.g.
	/// `(1, [Parachain(1000)])` for USDT; for the relay token (`(1, [])`), whose reserve is not
	/// the relay chain itself since the Asset Hub migration, `relay_token_reserve` (Asset Hub).
	pub fn reserve(&self, relay_token_reserve: Location) -> Location {
		if self.location == Location::parent() {
			return relay_token_reserve;
		}
		self.location.chain_location()
	}
}

/// Limits on what one branch chain may bring of one hub asset.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct InflowLimit {
	/// Branch liquidity of the asset from this branch at most, planck.
	pub cap: u128,
	/// Inflow per epoch at most, planck.
	pub per_epoch: u128,
}

/// Branch liquidity and the current epoch's inflow of one hub asset from one branch chain
/// (Mitosis' `branchLiquidity`).
#[derive(
	Clone,
	Copy,
	Default,
	Encode,
	Decode,
	DecodeWithMemTracking,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct BranchFlow {
	/// Hub asset that came from the branch and has not gone back to it, planck (inflow minus
	/// `withdraw_to` outflow, never below zero).
	pub liquidity: u128,
	/// The epoch `inflow` counts.
	pub epoch: EpochIndex,
	/// Inflow accepted in `epoch`, planck.
	pub inflow: u128,
}

impl BranchFlow {
	/// How much of `amount` arriving at `epoch` the limit accepts; the rest is held.
	pub fn accept(&self, limit: Option<&InflowLimit>, epoch: EpochIndex, amount: u128) -> u128 {
		let Some(limit) = limit else { return amount };
		let inflow = if self.epoch == epoch { self.inflow } else { 0 };
		let by_window = limit.per_epoch.saturating_sub(inflow);
		let by_cap = limit.cap.saturating_sub(self.liquidity);
		amount.min(by_window).min(by_cap)
	}

	/// Records `amount` accepted at `epoch`.
	pub fn record_inflow(&mut self, epoch: EpochIndex, amount: u128) {
		if self.epoch != epoch {
			self.epoch = epoch;
			self.inflow = 0;
		}
		self.inflow = self.inflow.saturating_add(amount);
		self.liquidity = self.liquidity.saturating_add(amount);
	}

	/// Records `amount` sent back to the branch.
	pub fn record_outflow(&mut self, amount: u128) {
		self.liquidity = self.liquidity.saturating_sub(amount);
	}
}

/// Hub asset that arrived above a branch's limit: minted, but kept in the pallet's hold account
/// until it is released to its beneficiary.
#[derive(
	Clone, Encode, Decode, DecodeWithMemTracking, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct HeldInflow<AccountId, BlockNumber> {
	/// Who the assets were sent to.
	pub beneficiary: AccountId,
	/// The hub asset.
	pub asset: AssetId,
	/// How much is held, planck.
	pub amount: u128,
	/// The branch chain it came from.
	pub branch: Location,
	/// From this block on anyone may release it (the start of the next inflow window).
	pub releasable_at: BlockNumber,
}

/// How a number is encoded in an encoded-call template.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum AmountEncoding {
	/// 16 bytes, little endian (`u128`, e.g. `pallet-asset-rewards`' `stake`).
	U128,
	/// SCALE compact (`#[pallet::compact]` arguments, e.g. `pallet-balances`' transfers).
	Compact,
}

/// A governance-approved call on the remote chain with the amount spliced in:
/// `prefix ++ encode(amount) ++ suffix`.
#[derive(
	Clone, Encode, Decode, DecodeWithMemTracking, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct CallTemplate {
	/// Encoded bytes before the amount: pallet index, call index, leading arguments.
	pub prefix: BoundedVec<u8, ConstU32<MAX_TEMPLATE_BYTES>>,
	/// How the amount is encoded.
	pub amount: AmountEncoding,
	/// Encoded bytes after the amount: trailing arguments.
	pub suffix: BoundedVec<u8, ConstU32<MAX_TEMPLATE_BYTES>>,
}

impl CallTemplate {
	/// The call with `amount` spliced in.
	pub fn encode_with(&self, amount: u128) -> alloc::vec::Vec<u8> {
		let mut call = self.prefix.to_vec();
		match self.amount {
			AmountEncoding::U128 => amount.encode_to(&mut call),
			AmountEncoding::Compact => Compact(amount).encode_to(&mut call),
		}
		call.extend_from_slice(&self.suffix);
		call
	}
}

/// How a strategy puts liquidity to work on its destination chain: the calls that the XCM
/// program `Transact`s there from Plexus' sovereign account.
#[derive(
	Clone, Encode, Decode, DecodeWithMemTracking, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub enum Adapter {
	/// Stake in a pool of Asset Hub's `pallet-asset-rewards` (single-asset staking that earns
	/// the pool's reward asset): `stake(pool, amount)` to allocate,
	/// `unstake(pool, amount, None)` to deallocate.
	AssetRewardsPool {
		/// Index of `pallet-asset-rewards` in the destination runtime (Asset Hub Westend: 61).
		pallet_index: u8,
		/// The pool.
		pool: u32,
	},
	/// Governance-approved encoded calls.
	EncodedCall {
		/// Called with the amount to allocate.
		allocate: CallTemplate,
		/// Called with the amount to deallocate.
		deallocate: CallTemplate,
	},
}

impl Adapter {
	/// The encoded call that puts `amount` to work.
	pub fn allocate_call(&self, amount: u128) -> alloc::vec::Vec<u8> {
		match self {
			Adapter::AssetRewardsPool { pallet_index, pool } => {
				(*pallet_index, 1u8, *pool, amount).encode()
			},
			Adapter::EncodedCall { allocate, .. } => allocate.encode_with(amount),
		}
	}

	/// The encoded call that takes `amount` out of work.
	pub fn deallocate_call(&self, amount: u128) -> alloc::vec::Vec<u8> {
		match self {
			Adapter::AssetRewardsPool { pallet_index, pool } => {
				(*pallet_index, 2u8, *pool, amount, Option::<[u8; 32]>::None).encode()
			},
			Adapter::EncodedCall { deallocate, .. } => deallocate.encode_with(amount),
		}
	}
}

/// Who may report a strategy's value.
#[derive(
	Clone, Encode, Decode, DecodeWithMemTracking, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub enum ReportOrigin<AccountId> {
	/// A governance-approved account (e.g. an oracle or keeper), signed.
	Account(AccountId),
	/// An XCM origin: the remote chain (or a location on it) `Transact`s `report` with
	/// `OriginKind::Xcm`.
	Location(Location),
}

/// Whether a strategy takes new allocations.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum StrategyStatus {
	/// Allocations and reports as usual.
	Active,
	/// No new allocations; its debt can still be deallocated and reported.
	Retired,
}

/// What governance sets when it registers a strategy.
#[derive(
	Clone, Encode, Decode, DecodeWithMemTracking, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct StrategyParams<AccountId, BlockNumber> {
	/// The vault whose liquidity the strategy puts to work.
	pub vault: VaultId,
	/// The chain where it works, as Plexus sees it, e.g. `(1, [Parachain(1000)])`.
	pub destination: Location,
	/// How it works there.
	pub adapter: Adapter,
	/// Debt (allocated value) at most, planck of the vault's asset.
	pub cap: u128,
	/// A report may move the strategy's value by this much at most, bps of its debt; more
	/// needs `force_report` by governance.
	pub max_report_change_bps: u16,
	/// Blocks after its last report (or completed allocation) before the strategy is stale and
	/// deposits into its vault pause.
	pub max_report_age: BlockNumber,
	/// Who reports the strategy's value.
	pub report_origin: ReportOrigin<AccountId>,
	/// Fee for one XCM program at the destination, planck of the fee asset (the relay token),
	/// paid from the pallet's account; unspent fees stay in Plexus' reserve there. Not zero
	/// (`ZeroRemoteFee`).
	pub remote_fee: u128,
	/// The smallest allocation or deallocation, planck of the vault's asset (a deallocation
	/// of the whole debt is always allowed): every operation costs a `remote_fee`, so dust
	/// operations cannot drain the pallet's fee account.
	pub min_operation: u128,
	/// `rebalance` acts only when the strategy's debt differs from its gauge target by more
	/// than this, bps of the target (and by at least `min_operation`), so a call at a moment
	/// of a dust difference cannot use up the strategy's rebalance of the epoch. At most
	/// 10 000.
	pub rebalance_threshold_bps: u16,
}

/// A registered strategy and its accounting.
#[derive(
	Clone, Encode, Decode, DecodeWithMemTracking, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct Strategy<AccountId, BlockNumber> {
	/// What governance set.
	pub params: StrategyParams<AccountId, BlockNumber>,
	/// The hub asset it works with (the vault's asset).
	pub asset: AssetId,
	/// Active or retired.
	pub status: StrategyStatus,
	/// Value working at the destination as last confirmed (allocations) or reported, planck.
	pub debt: u128,
	/// Amount in an XCM program that has not reported back, planck.
	pub in_transit: u128,
	/// Block of the last report or completed operation.
	pub last_report: BlockNumber,
	/// Epoch of the last `rebalance`.
	pub last_rebalance: Option<EpochIndex>,
	/// The operation in flight, if any (its `pallet-xcm` query id).
	pub operation: Option<u64>,
	/// Yield of the last report, annualised, bps per year: `gain / previous value × blocks
	/// per year / blocks since the previous report`; zero after a loss or a report of no change.
	pub yield_bps: u32,
	/// The reports of the current report window: how far they have moved the value.
	pub window: ReportWindow<BlockNumber>,
	/// A reported loss beyond the bound, waiting for governance (`force_report`): until then
	/// deposits into the vault and finalization of its redemptions wait, so nobody enters or
	/// exits at a price about to be corrected. Planck of the asset.
	pub held_report: Option<u128>,
}

/// What other pallets read of a vault's strategies, kept in step as the strategies change, so
/// a reader reads one key where it would read every strategy of the vault: the active
/// strategies and the reported yield ([`plexus_primitives::StrategyInspect`]; the intents'
/// deposit matcher reads them for each candidate vault) and the price gate
/// ([`plexus_primitives::DepositGate`]: every deposit, mint, redemption request and
/// finalization reads it).
#[derive(
	CloneNoBound,
	DefaultNoBound,
	Encode,
	Decode,
	EqNoBound,
	PartialEqNoBound,
	DebugNoBound,
	TypeInfo,
	MaxEncodedLen,
)]
#[scale_info(skip_type_params(S))]
#[codec(mel_bound(BlockNumber: MaxEncodedLen))]
pub struct VaultStrategyView<S: Get<u32>, BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug> {
	/// The vault's active strategies, in registration order.
	pub active: BoundedVec<StrategyId, S>,
	/// `Σ debt_s · yield_bps_s` over the active strategies `s` (planck · bps per year): the
	/// numerator of the vault's reported yield, which divides it by the vault's total assets.
	pub yield_weight: u128,
	/// The earliest block after which one of its strategies with debt is stale
	/// ([`Strategy::report_deadline`]); deposits pause past it.
	pub report_deadline: Option<BlockNumber>,
	/// How many of its strategies hold a loss beyond their bound for governance
	/// ([`Strategy::held_report`]); deposits and finalizations pause while any does.
	pub held_reports: u32,
}

impl<S: Get<u32>, BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug>
	VaultStrategyView<S, BlockNumber>
{
	/// What `strategy` adds to its vault's active strategies and yield: whether it is active,
	/// and its `debt · yield_bps` if it is (zero if not).
	pub fn part_of<A, B>(strategy: &Strategy<A, B>) -> (bool, u128) {
		let active = strategy.status == StrategyStatus::Active;
		let weight =
			if active { strategy.debt.saturating_mul(strategy.yield_bps.into()) } else { 0 };
		(active, weight)
	}
}

/// How far reports have moved a strategy's value within one window of `max_report_age`
/// blocks (at least one block): the sum of the changes of its reports, `moved`, stays within
/// `max_report_change_bps` of `max(base, debt)`, so repeating a report in one block moves the
/// value at most once the bound. `force_report` opens a new window.
#[derive(
	Clone,
	Copy,
	Default,
	Encode,
	Decode,
	DecodeWithMemTracking,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct ReportWindow<BlockNumber> {
	/// First block of the window.
	pub start: BlockNumber,
	/// The value (debt) at the window's first report, planck.
	pub base: u128,
	/// Σ |change| of the window's reports, planck.
	pub moved: u128,
}

impl<AccountId, BlockNumber: Copy + Saturating + PartialOrd> Strategy<AccountId, BlockNumber> {
	/// The block after which the strategy is stale, if it has anything at stake.
	pub fn report_deadline(&self) -> Option<BlockNumber> {
		(!self.debt.is_zero()).then(|| self.last_report.saturating_add(self.params.max_report_age))
	}
}

/// What an operation in flight does.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum OperationKind {
	/// Moves `amount` from the vault's idle into the strategy.
	Allocate,
	/// Moves `amount` from the strategy back to the vault's idle.
	Deallocate,
}

/// An XCM program sent for a strategy, waiting for its outcome.
#[derive(
	Clone, Encode, Decode, DecodeWithMemTracking, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct Operation<BlockNumber> {
	/// The strategy.
	pub strategy: StrategyId,
	/// Allocate or deallocate.
	pub kind: OperationKind,
	/// Amount, planck of the strategy's asset.
	pub amount: u128,
	/// When the program was sent.
	pub sent_at: BlockNumber,
}
