//! Property tests of the pure arithmetic in `math`.

use crate::math::*;
use proptest::prelude::*;

#[test]
fn voting_power_is_the_vecrv_formula() {
	assert_eq!(voting_power(1_000, 10, 0, 20), 500);
	assert_eq!(voting_power(1_000, 20, 0, 20), 1_000);
	assert_eq!(voting_power(1_000, 10, 9, 20), 50);
	assert_eq!(voting_power(1_000, 10, 10, 20), 0);
	assert_eq!(voting_power(1_000, 10, 11, 20), 0);
	assert_eq!(voting_power(u128::MAX, 20, 0, 20), u128::MAX);
}

proptest! {
	/// Power never grows with time and is zero from the end on.
	#[test]
	fn power_decays(amount in 0u128..u128::MAX / 2, end in 1u32..200, max in 1u32..200, e in 0u32..300) {
		let end = end.min(max);
		let now = voting_power(amount, end, e, max);
		let later = voting_power(amount, end, e + 1, max);
		prop_assert!(later <= now);
		prop_assert!(now <= amount);
		if e >= end { prop_assert_eq!(now, 0); }
	}

	/// Adding votes to a point and moving it on gives, epoch by epoch, the exact sum of the
	/// votes' weights; removing a vote later is the exact inverse.
	#[test]
	fn points_are_exact_sums(
		votes in prop::collection::vec((1u128..1_000_000_000_000_000_000_000, 1u32..40), 1..12),
		removed in 0usize..12,
		at in 0u32..40,
	) {
		let weight_at = |votes: &[(u128, u32)], e: u32| -> u128 {
			votes.iter().map(|(s, end)| vote_weight(*s, *end, e).unwrap()).sum()
		};
		let mut point = Point::default();
		for (slope, end) in &votes {
			point = point.add(*slope, *end, 0).unwrap();
		}
		let mut e = 0;
		while e < at {
			e += 1;
			let ending: u128 = votes.iter().filter(|(_, end)| *end == e).map(|(s, _)| *s).sum();
			point = point.next(ending);
		}
		prop_assert_eq!(point.bias, weight_at(&votes, at));
		if let Some((slope, end)) = votes.get(removed).copied() {
			let mut rest = votes.clone();
			rest.remove(removed);
			let after = point.remove(slope, end, at);
			prop_assert_eq!(after.bias, weight_at(&rest, at));
			prop_assert_eq!(
				after.slope,
				rest.iter().filter(|(_, end)| *end > at).map(|(s, _)| *s).sum::<u128>()
			);
		}
	}

	/// Shares of a pot never exceed it in total.
	#[test]
	fn pro_rata_shares_fit_in_the_pot(pot in 0u128..u128::MAX / 2, parts in prop::collection::vec(0u128..1u128 << 100, 1..10)) {
		let whole: u128 = parts.iter().sum();
		let paid: u128 = parts.iter().map(|p| pro_rata(pot, *p, whole)).sum();
		prop_assert!(paid <= pot);
		if whole > 0 {
			prop_assert!(pot - paid <= parts.len() as u128);
		}
	}

	/// Relative weights sum to 100% less at most one part per gauge.
	#[test]
	fn relative_weights_sum_to_one(weights in prop::collection::vec(0u128..1u128 << 120, 1..20)) {
		let sum: u64 = relative_weights(&weights).map(|p| u64::from(p.deconstruct())).sum();
		let total: u128 = weights.iter().sum();
		if total == 0 {
			prop_assert_eq!(sum, 0);
		} else {
			prop_assert!(sum <= 1_000_000_000);
			prop_assert!(sum + weights.len() as u64 >= 1_000_000_000);
		}
	}

	/// Stakers never earn more than was spread.
	#[test]
	fn accumulator_never_overpays(rewards in prop::collection::vec(0u128..1u128 << 80, 1..10), stakes in prop::collection::vec(1u128..1u128 << 90, 1..6)) {
		let staked: u128 = stakes.iter().sum();
		let mut acc = 0;
		for r in &rewards {
			acc = accrue(acc, *r, staked);
		}
		let earned_total: u128 = stakes.iter().map(|s| earned(*s, 0, acc)).sum();
		prop_assert!(earned_total <= rewards.iter().sum::<u128>());
	}
}
