//! Types of the gauges pallet: locks, gauges and their weight points, vote slots, co-incentive
//! pots and emission stakes. Epochs and blocks are `u32` (Plexus' block number).

use crate::math::{self, Point};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

pub use plexus_primitives::{GaugeId, StrategyId, VaultId};

/// Index of an epoch: `block / EpochLength`.
pub type EpochIndex = u32;

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

impl LockInfo {
	/// A new lock made in epoch `epoch`: it votes from the next epoch.
	pub fn new(amount: u128, end: EpochIndex, epoch: EpochIndex) -> Self {
		Self { amount, end, changed_in: epoch, voting_amount: 0, voting_end: 0 }
	}

	/// `(amount, end)` that votes cast in epoch `epoch` may use.
	pub fn voting_lock(&self, epoch: EpochIndex) -> (u128, EpochIndex) {
		if self.changed_in == epoch {
			(self.voting_amount, self.voting_end)
		} else {
			(self.amount, self.end)
		}
	}

	/// Records that the lock changes in epoch `epoch`: the state at the epoch's start stays the
	/// one votes use until the next epoch.
	pub fn note_change(&mut self, epoch: EpochIndex) {
		if self.changed_in != epoch {
			self.voting_amount = self.amount;
			self.voting_end = self.end;
			self.changed_in = epoch;
		}
	}
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

impl GaugeKind {
	/// The vault the gauge belongs to.
	pub fn vault(&self) -> VaultId {
		match self {
			GaugeKind::Allocation { vault, .. } | GaugeKind::Emission { vault } => *vault,
		}
	}

	/// Whether the gauge splits emissions.
	pub fn is_emission(&self) -> bool {
		matches!(self, GaugeKind::Emission { .. })
	}
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

impl VoteSlot {
	/// The voter's weight on the gauge at epoch `epoch`, vote units.
	pub fn weight_at(&self, epoch: EpochIndex) -> u128 {
		if epoch < self.since || self.until.is_some_and(|u| epoch >= u) {
			return 0;
		}
		math::vote_weight(self.slope, self.end, epoch).unwrap_or(0)
	}

	/// The first epoch in which the vote weighs nothing for good.
	pub fn last_epoch_exclusive(&self) -> EpochIndex {
		self.until.map_or(self.end, |u| u.min(self.end))
	}

	/// Whether every epoch the vote weighed in has had its co-incentives claimed.
	pub fn fully_claimed(&self) -> bool {
		self.until.is_some() && self.claimed_from >= self.last_epoch_exclusive()
	}
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

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn a_new_lock_votes_from_the_next_epoch() {
		let lock = LockInfo::new(100, 10, 3);
		assert_eq!(lock.voting_lock(3), (0, 0));
		assert_eq!(lock.voting_lock(4), (100, 10));
	}

	#[test]
	fn a_changed_lock_votes_with_its_old_state_until_the_next_epoch() {
		let mut lock = LockInfo::new(100, 10, 3);
		lock.note_change(5);
		lock.amount = 300;
		lock.end = 12;
		// A second change in the same epoch keeps the state at the epoch's start.
		lock.note_change(5);
		lock.amount = 400;
		assert_eq!(lock.voting_lock(5), (100, 10));
		assert_eq!(lock.voting_lock(6), (400, 12));
	}

	#[test]
	fn a_vote_slot_weighs_only_while_in_force() {
		let slot =
			VoteSlot { bps: 5_000, slope: 7, end: 10, since: 4, until: Some(8), claimed_from: 4 };
		assert_eq!(slot.weight_at(3), 0);
		assert_eq!(slot.weight_at(4), 7 * 6);
		assert_eq!(slot.weight_at(7), 7 * 3);
		assert_eq!(slot.weight_at(8), 0);
		assert_eq!(slot.last_epoch_exclusive(), 8);
		assert!(!slot.fully_claimed());
		assert!(VoteSlot { claimed_from: 8, ..slot.clone() }.fully_claimed());
		// The current vote is never fully claimed: it may still be in force.
		assert!(!VoteSlot { until: None, claimed_from: 10, ..slot }.fully_claimed());
	}

	#[test]
	fn gauge_kinds_know_their_vault() {
		assert_eq!(GaugeKind::Allocation { vault: 3, strategy: 9 }.vault(), 3);
		assert!(GaugeKind::Emission { vault: 4 }.is_emission());
		assert!(!GaugeKind::Allocation { vault: 3, strategy: 9 }.is_emission());
	}
}
