//! Types of the gauges pallet: locks, gauges and their weight points, vote slots, co-incentive
//! pots and emission stakes. Epochs and blocks are `u32` (Plexus' block number). The methods of
//! a mechanism's types live in its file: [`LockInfo`]'s in [`crate::vote_escrow`],
//! [`GaugeKind`]'s in [`crate::gauges`], [`VoteSlot`]'s in [`crate::voting`].

use crate::math::Point;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

pub use plexus_primitives::{GaugeId, StrategyId, VaultId};

/// Index of an epoch: `⌊block / EpochLength⌋` (Plexus' one epoch clock, see [`crate::epochs`]).
pub use plexus_primitives::time::EpochIndex;

/// A vote-escrow lock: `amount` planck of PLX frozen until the end of epoch `end − 1`.
///
/// Votes use the lock *as it was when the current epoch began*: a lock created or increased in
/// an epoch votes from the next one, so stake that appears in an epoch (a flash loan, a
/// transfer between accounts) cannot vote in it.
#[derive(
	Clone, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen,
)]
pub struct LockInfo {
	/// PLX frozen, planck.
	pub amount: u128,
	/// First epoch in which the lock has no voting power and may be withdrawn.
	pub end: EpochIndex,
	/// The epoch of the last change (creation, extension, increase).
	pub changed_in: EpochIndex,
	/// `amount` before that change: what votes may use during `changed_in`.
	pub voting_amount: u128,
	/// `end` before that change: what votes may use during `changed_in`.
	pub voting_end: EpochIndex,
}

/// What a gauge steers.
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
pub enum GaugeKind {
	/// The share of a governed vault's allocation that goes to one of its strategies.
	Allocation {
		/// The governed vault.
		vault: VaultId,
		/// The strategy of the vault.
		strategy: StrategyId,
	},
	/// The share of the epoch's PLX emission that goes to the vault's share holders who stake
	/// in the gauge.
	Emission {
		/// The vault whose shares are staked.
		vault: VaultId,
	},
}

/// Whether a gauge takes votes.
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
pub enum GaugeStatus {
	/// Takes votes, stakes and co-incentives.
	Active,
	/// Killed by governance: weighs nothing from the next epoch on; past incentives and
	/// emissions stay claimable, stakes withdrawable, future pots refundable.
	Killed,
}

/// The weight point of a gauge (or of the sum of all emission gauges) for its open epoch.
#[derive(
	Clone,
	Copy,
	Debug,
	Default,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct WeightPoint {
	/// The open epoch: the first one whose weight may still change (votes cast in epoch `e`
	/// count from `e + 1`). Weights of earlier epochs are final and stored.
	pub epoch: EpochIndex,
	/// Weight of `epoch` so far, vote units.
	pub bias: u128,
	/// Fall of the weight per epoch, vote units.
	pub slope: u128,
}

impl WeightPoint {
	/// The `(bias, slope)` pair.
	pub fn point(&self) -> Point {
		Point { bias: self.bias, slope: self.slope }
	}

	/// Sets the `(bias, slope)` pair.
	pub fn set(&mut self, point: Point) {
		self.bias = point.bias;
		self.slope = point.slope;
	}
}

/// The emission side of an emission gauge: PLX streamed per block to stakers through a
/// reward-per-share accumulator.
#[derive(
	Clone,
	Copy,
	Debug,
	Default,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct EmissionState {
	/// The epoch whose emission `rate` is.
	pub rate_epoch: EpochIndex,
	/// The gauge's emission for `rate_epoch`, planck (streamed evenly over the epoch's blocks).
	pub rate: u128,
	/// Reward per staked share planck, scaled by 10^18.
	pub acc: u128,
	/// Block up to which `acc` is accrued.
	pub last_update: u32,
	/// Shares staked, planck.
	pub staked: u128,
}

/// A gauge.
#[derive(
	Clone, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen,
)]
pub struct GaugeInfo {
	/// What the gauge steers.
	pub kind: GaugeKind,
	/// Whether it takes votes.
	pub status: GaugeStatus,
	/// Its weight point.
	pub point: WeightPoint,
	/// Its emissions (emission gauges only; zero for allocation gauges).
	pub emission: EmissionState,
}

/// One vote of an account on a gauge, in force from epoch `since` until epoch `until`
/// (exclusive; `None` while it is the current vote) and weighing `slope·(end − e)` at epoch `e`.
/// A replaced vote is kept until its co-incentives are claimed.
#[derive(
	Clone, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen,
)]
pub struct VoteSlot {
	/// Share of the voter's power, bps.
	pub bps: u16,
	/// `lock amount × bps`, vote units per epoch.
	pub slope: u128,
	/// End of the lock the vote was cast with.
	pub end: EpochIndex,
	/// First epoch the vote counts in.
	pub since: EpochIndex,
	/// First epoch it no longer counts in, once replaced.
	pub until: Option<EpochIndex>,
	/// First epoch whose co-incentives are not claimed yet.
	pub claimed_from: EpochIndex,
}

/// A co-incentive pot on a gauge for one epoch, from one depositor in one asset.
#[derive(
	Clone, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen,
)]
pub struct IncentivePot<AssetId> {
	/// The asset (a hub asset or a share token).
	pub asset: AssetId,
	/// Deposited, planck: the sum of every depositor's part ([`crate::IncentiveDeposits`]).
	pub amount: u128,
	/// Paid to voters so far, planck (never more than `amount`).
	pub claimed: u128,
}

/// Shares an account staked in an emission gauge.
#[derive(
	Clone,
	Copy,
	Debug,
	Default,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct StakeInfo {
	/// Shares staked, planck.
	pub amount: u128,
	/// The gauge's accumulator when `pending` was last brought up to date.
	pub acc_snapshot: u128,
	/// Emissions earned and not yet claimed, planck of PLX.
	pub pending: u128,
}
