//! Pure arithmetic of the gauges: vote-escrow voting power, the bias/slope points of gauge
//! weights, pro-rata shares and the reward-per-share accumulator. No storage, no panics: every
//! operation is checked or saturating, and rounding is always down (in the pallet's favour).
//!
//! ## Units
//!
//! - A lock of `a` planck ending at epoch `L` has **voting power** `a·(L − e)/M` planck at epoch
//!   `e < L` (zero from `L` on), `M = MaxLockEpochs` (Curve veCRV, with epochs for weeks).
//! - A vote of `b` bps with that lock puts a **slope** `c = a·b` on the gauge and weighs
//!   `c·(L − e)` *vote units* at epoch `e < L`, i.e. `c·(L − e) / (10 000·M)` planck of voting
//!   power. Gauge weights are kept in vote units, which are exact integers, so the weight of a
//!   gauge is exactly the sum of its voters' weights in every epoch.
//! - A [`Point`] is `(bias, slope)`: the weight of an epoch and how much it falls by the next
//!   one. Moving a point one epoch on is `bias −= slope; slope −= ends`, where `ends` is the
//!   slope of the votes that end there (veCRV's `slope_changes`).

use polkadot_sdk::sp_arithmetic::{
	helpers_128bit::multiply_by_rational_with_rounding, per_things::Rounding, Perbill,
};

/// Fixed-point scale of the reward-per-share accumulator: 10^18.
pub const ACC_PRECISION: u128 = 1_000_000_000_000_000_000;

/// Voting power, in planck, at epoch `epoch` of a lock of `amount` planck ending at epoch
/// `end`: `amount·(end − epoch)/max_lock_epochs`, rounded down, zero from `end` on.
pub fn voting_power(amount: u128, end: u32, epoch: u32, max_lock_epochs: u32) -> u128 {
	if epoch >= end || max_lock_epochs == 0 {
		return 0;
	}
	let remaining = end.saturating_sub(epoch).min(max_lock_epochs);
	multiply_by_rational_with_rounding(
		amount,
		remaining.into(),
		max_lock_epochs.into(),
		Rounding::Down,
	)
	.unwrap_or(0)
}

/// The slope a vote of `bps` with a lock of `amount` planck puts on a gauge: `amount·bps`
/// vote units per epoch. `None` on overflow.
pub fn vote_slope(amount: u128, bps: u16) -> Option<u128> {
	amount.checked_mul(bps.into())
}

/// Weight in vote units at epoch `epoch` of a vote with slope `slope` ending at `end`:
/// `slope·(end − epoch)`, zero from `end` on. `None` on overflow.
pub fn vote_weight(slope: u128, end: u32, epoch: u32) -> Option<u128> {
	if epoch >= end {
		return Some(0);
	}
	slope.checked_mul(end.saturating_sub(epoch).into())
}

/// The weight of an epoch and its slope: the sum of the `(weight, slope)` of the votes in force.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Point {
	/// Weight of the epoch, vote units.
	pub bias: u128,
	/// Fall of the weight per epoch, vote units.
	pub slope: u128,
}

impl Point {
	/// Adds a vote of slope `slope` ending at `end` to a point of epoch `epoch`. Returns the new
	/// point, or `None` on overflow. A vote that has ended by `epoch` adds nothing.
	pub fn add(self, slope: u128, end: u32, epoch: u32) -> Option<Point> {
		if epoch >= end {
			return Some(self);
		}
		Some(Point {
			bias: self.bias.checked_add(vote_weight(slope, end, epoch)?)?,
			slope: self.slope.checked_add(slope)?,
		})
	}

	/// Removes a vote added by [`Point::add`] (the inverse at the same or a later epoch; the
	/// point must have been moved on with [`Point::next`]). Saturates at zero.
	pub fn remove(self, slope: u128, end: u32, epoch: u32) -> Point {
		if epoch >= end {
			return self;
		}
		Point {
			bias: self.bias.saturating_sub(vote_weight(slope, end, epoch).unwrap_or(u128::MAX)),
			slope: self.slope.saturating_sub(slope),
		}
	}

	/// The point of the next epoch: the weight falls by the slope, and the votes ending at the
	/// next epoch (`ending`, the sum of their slopes) leave the slope.
	pub fn next(self, ending: u128) -> Point {
		Point {
			bias: self.bias.saturating_sub(self.slope),
			slope: self.slope.saturating_sub(ending),
		}
	}

	/// Removes a whole point (the weight of a killed gauge) from a sum of points. Saturates.
	pub fn remove_point(self, other: Point) -> Point {
		Point {
			bias: self.bias.saturating_sub(other.bias),
			slope: self.slope.saturating_sub(other.slope),
		}
	}

	/// Whether no vote is in force: the point stays zero in every later epoch.
	pub fn is_zero(&self) -> bool {
		self.bias == 0 && self.slope == 0
	}
}

/// `amount·part/whole`, rounded down; zero when `whole` is zero. Used for a voter's share of a
/// co-incentive pot (`pot·w_voter/W_gauge`) and a gauge's share of the epoch's emission
/// (`E·W_gauge/W_total`). With `part ≤ whole` the result never exceeds `amount`.
pub fn pro_rata(amount: u128, part: u128, whole: u128) -> u128 {
	if whole == 0 {
		return 0;
	}
	multiply_by_rational_with_rounding(amount, part.min(whole), whole, Rounding::Down).unwrap_or(0)
}

/// The reward-per-share accumulator after `reward` planck are spread over `staked` planck of
/// shares: `acc + reward·10^18/staked`, rounded down. With nothing staked the reward is not
/// spread (it is not emitted at all). Saturates.
pub fn accrue(acc: u128, reward: u128, staked: u128) -> u128 {
	if staked == 0 || reward == 0 {
		return acc;
	}
	let per_share =
		multiply_by_rational_with_rounding(reward, ACC_PRECISION, staked, Rounding::Down)
			.unwrap_or(u128::MAX);
	acc.saturating_add(per_share)
}

/// What `stake` planck of shares earned while the accumulator went from `from` to `to`:
/// `stake·(to − from)/10^18`, rounded down.
pub fn earned(stake: u128, from: u128, to: u128) -> u128 {
	multiply_by_rational_with_rounding(
		stake,
		to.saturating_sub(from),
		ACC_PRECISION,
		Rounding::Down,
	)
	.unwrap_or(0)
}

/// Relative weights: each weight over their sum, rounded down, so the parts sum to 100% less at
/// most one part per weight. All zero when the sum is zero.
pub fn relative_weights(weights: &[u128]) -> impl Iterator<Item = Perbill> + '_ {
	let total = weights.iter().fold(0u128, |acc, w| acc.saturating_add(*w));
	weights.iter().map(
		move |w| {
			if total == 0 {
				Perbill::zero()
			} else {
				Perbill::from_rational(*w, total)
			}
		},
	)
}
