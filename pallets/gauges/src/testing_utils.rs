//! Test helpers of the gauges pallet: the fixtures the tests share, a [`Snapshot`] of the state
//! the pallet's calls touch, and `assert_<call>` helpers that dispatch a main user call and
//! check the exact changes it must make (in the manner of Astar dapp-staking's
//! `testing_utils.rs`).

use crate::{
	mock::*,
	pallet::{
		ArchivedVoteSlots, Gauges as GaugeStore, IncentiveDeposits, Incentives, Locks,
		SlopeChanges, VoteSlots, VotesOf,
	},
	types::*,
	Event, FreezeReason,
};
use alloc::collections::btree_map::BTreeMap;
use polkadot_sdk::frame_support::{
	assert_ok,
	traits::{
		fungible::{Inspect as _, InspectFreeze as _},
		fungibles::Inspect as _,
		tokens::{Fortitude, Preservation},
		ConstU32,
	},
	BoundedVec,
};

/// The allocation gauge of strategy A of the governed vault.
pub const GAUGE_A: GaugeId = 0;
/// The allocation gauge of strategy B of the governed vault.
pub const GAUGE_B: GaugeId = 1;
/// The emission gauge of the governed vault.
pub const EMISSION_GOVERNED: GaugeId = 2;
/// The emission gauge of the curated vault.
pub const EMISSION_CURATED: GaugeId = 3;

/// A signed origin.
pub fn signed(who: u64) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

/// The argument of `vote`.
pub fn votes(v: &[(GaugeId, u16)]) -> BoundedVec<(GaugeId, u16), ConstU32<4>> {
	v.to_vec().try_into().expect("at most 4 votes")
}

/// Creates allocation gauges for strategies A and B of the governed vault (ids 0 and 1) and the
/// emission gauges of both vaults (ids 2 and 3).
pub fn create_gauges() {
	for kind in [
		GaugeKind::Allocation { vault: GOVERNED, strategy: STRATEGY_A },
		GaugeKind::Allocation { vault: GOVERNED, strategy: STRATEGY_B },
		GaugeKind::Emission { vault: GOVERNED },
		GaugeKind::Emission { vault: CURATED },
	] {
		assert_ok!(Gauges::create_gauge(signed(ADMIN), kind));
	}
}

/// The gauges of [`create_gauges`], Alice's lock of 1 000 PLX planck until epoch 20 made in
/// epoch 0, and the chain at the first block of epoch 1, where the lock may vote.
pub fn gauges_and_alice_locked() {
	create_gauges();
	assert_ok!(Gauges::lock(signed(ALICE), 1_000, 20));
	run_to_epoch(1, 0);
}

/// The weight of `gauge` in `epoch` as the pallet reports it.
pub fn weight(gauge: GaugeId, epoch: EpochIndex) -> u128 {
	let info = GaugeStore::<Test>::get(gauge).unwrap();
	Gauges::gauge_weight_at(gauge, &info, epoch)
}

/// Free PLX (not frozen) of `who`.
pub fn spendable(who: u64) -> u128 {
	Balances::reducible_balance(&who, Preservation::Expendable, Fortitude::Polite)
}

/// The assets whose balances a [`Snapshot`] records.
fn snapshot_assets() -> [u32; 4] {
	[USDT, DOT, share_of(GOVERNED), share_of(CURATED)]
}

/// The state the gauges' calls touch, seen from one account (`who`) and the pallet account.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snapshot {
	/// `who`'s lock.
	pub lock: Option<LockInfo>,
	/// PLX of `who`, planck.
	pub plx: u128,
	/// PLX of `who` frozen by its lock, planck.
	pub frozen: u128,
	/// `who`'s votes in force.
	pub votes: Vec<(GaugeId, u16, EpochIndex)>,
	/// `who`'s vote slots, by gauge.
	pub slots: BTreeMap<GaugeId, Vec<VoteSlot>>,
	/// `who`'s archived vote slots, by (gauge, first epoch).
	pub archived: BTreeMap<(GaugeId, EpochIndex), VoteSlot>,
	/// Every gauge.
	pub gauges: BTreeMap<GaugeId, GaugeInfo>,
	/// Every non-zero slope change of the gauges, by (gauge, epoch).
	pub slope_changes: BTreeMap<(GaugeId, EpochIndex), u128>,
	/// Every co-incentive pot list, by (gauge, epoch).
	pub pots: BTreeMap<(GaugeId, EpochIndex), Vec<IncentivePot<u32>>>,
	/// Every depositor's part of a pot, by (gauge, epoch, depositor, asset).
	pub deposits: BTreeMap<(GaugeId, EpochIndex, u64, u32), u128>,
	/// Balances of `who` and of the pallet account in USDT, DOT and the two share tokens, by
	/// (asset, account).
	pub assets: BTreeMap<(u32, u64), u128>,
}

impl Snapshot {
	/// The state now, seen from `who`.
	pub fn take(who: u64) -> Self {
		let pallet = Gauges::account_id();
		let reason = RuntimeFreezeReason::Gauges(FreezeReason::VoteEscrow);
		Self {
			lock: Locks::<Test>::get(who),
			plx: Balances::balance(&who),
			frozen: Balances::balance_frozen(&reason, &who),
			votes: VotesOf::<Test>::get(who).into_inner(),
			slots: VoteSlots::<Test>::iter_prefix(who).map(|(g, s)| (g, s.into_inner())).collect(),
			archived: ArchivedVoteSlots::<Test>::iter_prefix((who,)).collect(),
			gauges: GaugeStore::<Test>::iter().collect(),
			slope_changes: SlopeChanges::<Test>::iter().map(|(g, e, s)| ((g, e), s)).collect(),
			pots: Incentives::<Test>::iter().map(|(g, e, p)| ((g, e), p.into_inner())).collect(),
			deposits: IncentiveDeposits::<Test>::iter().collect(),
			assets: snapshot_assets()
				.into_iter()
				.flat_map(|a| [(a, who), (a, pallet)])
				.map(|(a, w)| ((a, w), Assets::balance(a, w)))
				.collect(),
		}
	}

	/// The balance of `asset` of `who` (the snapshot's account or the pallet account).
	pub fn asset(&self, asset: u32, who: u64) -> u128 {
		self.assets.get(&(asset, who)).copied().unwrap_or_else(|| balance(asset, who))
	}
}

/// The last event of the gauges pallet.
fn last_event() -> Event<Test> {
	gauge_events().pop().expect("an event")
}

/// `lock(who, amount, until)` succeeds: a new lock made in the current epoch, `amount` PLX of
/// `who` frozen (none moved), and nothing else changed.
pub fn assert_lock(who: u64, amount: u128, until: EpochIndex) {
	let before = Snapshot::take(who);
	assert!(before.lock.is_none());
	let now = Gauges::current_epoch();
	assert_ok!(Gauges::lock(signed(who), amount, until));
	let after = Snapshot::take(who);

	assert_eq!(after.lock, Some(LockInfo::new(amount, until, now)));
	assert_eq!(after.frozen, amount);
	assert_eq!(after.plx, before.plx, "PLX stays in the account");
	assert_eq!(Snapshot { lock: None, frozen: before.frozen, ..after }, before);
	assert_eq!(last_event(), Event::Locked { who, amount, end: until });
}

/// `vote(who, list)` succeeds: for each listed gauge, `who`'s current vote (if any) ends at the
/// next epoch and a new one of `bps` (if not 0) counts from it with the lock as it was when the
/// epoch began; the gauge's weight in the next epoch and its slope changes move by exactly the
/// difference; `VotesOf` lists the new votes; a `Voted` event per gauge; no balance moves.
pub fn assert_vote(who: u64, list: &[(GaugeId, u16)]) {
	let before = Snapshot::take(who);
	let now = Gauges::current_epoch();
	let open = now + 1;
	let (amount, end) = before.lock.as_ref().expect("a lock").voting_lock(now);
	// The weight each gauge would have had at `open` without this vote.
	let expected_base: BTreeMap<GaugeId, u128> = list
		.iter()
		.map(|(g, _)| (*g, Gauges::gauge_weight_at(*g, &before.gauges[g], open)))
		.collect();
	let events_before = gauge_events().len();
	assert_ok!(Gauges::vote(signed(who), votes(list)));
	let after = Snapshot::take(who);

	let mut events = gauge_events().split_off(events_before).into_iter();
	for (gauge, bps) in list.iter().copied() {
		let old = before.slots.get(&gauge).and_then(|s| s.last()).filter(|s| s.until.is_none());
		let slots = after.slots.get(&gauge).cloned().unwrap_or_default();
		let slope = amount * u128::from(bps);
		let weight = if bps > 0 { slope * u128::from(end - open) } else { 0 };
		if bps > 0 {
			let new = VoteSlot { bps, slope, end, since: open, until: None, claimed_from: open };
			assert_eq!(slots.last(), Some(&new), "gauge {gauge}: the new vote");
		}
		// A killed gauge's weight stays zero: withdrawing a vote from it moves nothing.
		let killed = before.gauges[&gauge].status == GaugeStatus::Killed;
		let old_weight = if killed { 0 } else { old.map_or(0, |o| o.weight_at(open)) };
		if let Some(o) = old {
			let replaced = VoteSlot { until: Some(open), ..o.clone() };
			let kept = slots.contains(&replaced)
				|| after.archived.get(&(gauge, o.since)) == Some(&replaced);
			assert!(kept || o.weight_at(open) == 0, "gauge {gauge}: the replaced vote is kept");
		}
		let info = &after.gauges[&gauge];
		assert_eq!(info.point.epoch, open, "gauge {gauge} is in the current epoch");
		assert_eq!(
			info.point.bias,
			expected_base[&gauge] - old_weight + weight,
			"gauge {gauge}: weight at the next epoch"
		);
		// The slope changes move by the old vote's slope at its end and the new one's at its.
		let change = |s: &Snapshot, e| s.slope_changes.get(&(gauge, e)).copied().unwrap_or(0);
		let mut expected_end = change(&before, end) + if bps > 0 { slope } else { 0 };
		if let Some(o) = old.filter(|o| o.end > open && !killed) {
			if o.end == end {
				expected_end -= o.slope;
			} else {
				assert_eq!(change(&after, o.end), change(&before, o.end) - o.slope);
			}
		}
		assert_eq!(change(&after, end), expected_end, "gauge {gauge}: slope ending at {end}");
		assert_eq!(
			after.votes.iter().find(|(g, _, _)| *g == gauge).copied(),
			(bps > 0).then_some((gauge, bps, end)),
			"gauge {gauge}: in VotesOf"
		);
		assert_eq!(
			events.next(),
			Some(Event::Voted { who, gauge, bps, weight, epoch: open }),
			"gauge {gauge}: Voted"
		);
	}
	assert_eq!(
		(after.plx, after.frozen, &after.assets),
		(before.plx, before.frozen, &before.assets)
	);
	assert_eq!(
		(&after.pots, &after.deposits, &after.lock),
		(&before.pots, &before.deposits, &before.lock)
	);
}

/// `add_incentive(who, gauge, epoch, asset, amount)` succeeds: the pot of `asset` on `gauge` for
/// `epoch` and `who`'s part of it grow by `amount`; `who` pays `amount` (plus what the pallet
/// account lacks of the asset's minimum balance) to the pallet account; `IncentiveAdded`.
pub fn assert_add_incentive(who: u64, gauge: GaugeId, epoch: EpochIndex, asset: u32, amount: u128) {
	let before = Snapshot::take(who);
	let pallet = Gauges::account_id();
	let floor = Assets::minimum_balance(asset).saturating_sub(before.asset(asset, pallet));
	assert_ok!(Gauges::add_incentive(signed(who), gauge, epoch, asset, amount));
	let after = Snapshot::take(who);

	let pot = |s: &Snapshot| {
		s.pots
			.get(&(gauge, epoch))
			.and_then(|pots| pots.iter().find(|p| p.asset == asset).cloned())
			.unwrap_or(IncentivePot { asset, amount: 0, claimed: 0 })
	};
	let (pot_before, pot_after) = (pot(&before), pot(&after));
	assert_eq!(pot_after, IncentivePot { amount: pot_before.amount + amount, ..pot_before });
	let part = |s: &Snapshot| s.deposits.get(&(gauge, epoch, who, asset)).copied().unwrap_or(0);
	assert_eq!(part(&after), part(&before) + amount);
	assert_eq!(after.asset(asset, who), before.asset(asset, who) - amount - floor);
	assert_eq!(after.asset(asset, pallet), before.asset(asset, pallet) + amount + floor);
	assert_eq!(after.gauges, before.gauges);
	assert_eq!((&after.lock, &after.slots, after.plx), (&before.lock, &before.slots, before.plx));
	assert_eq!(last_event(), Event::IncentiveAdded { gauge, epoch, asset, amount, depositor: who });
}

/// `claim_incentives(who, gauge, max_epochs)` succeeds: walking `who`'s votes on `gauge` (slots,
/// then archived ones) oldest first over at most `max_epochs` ended, unclaimed epochs, `who` is
/// paid `⌊pot·w_who(e)/W_gauge(e)⌋` of each pot (none skipped: every share is at least the
/// asset's minimum balance); the pots' `claimed` and the pallet account move by as much; an
/// `IncentiveClaimed` per share paid.
pub fn assert_claim_incentives(who: u64, gauge: GaugeId, max_epochs: u32) {
	let before = Snapshot::take(who);
	let pallet = Gauges::account_id();
	let now = Gauges::current_epoch();
	// The shares the claim must pay, by (epoch, asset), in the order it walks the votes.
	let mut expected: Vec<(EpochIndex, u32, u128)> = Vec::new();
	let mut budget = max_epochs;
	let archived = before.archived.iter().filter(|((g, _), _)| *g == gauge).map(|(_, s)| s);
	for slot in before.slots.get(&gauge).into_iter().flatten().chain(archived) {
		let mut e = slot.claimed_from;
		while e < slot.last_epoch_exclusive().min(now) && budget > 0 {
			let (w, total) = (slot.weight_at(e), weight(gauge, e));
			for pot in before.pots.get(&(gauge, e)).into_iter().flatten() {
				let unclaimed = pot.amount - pot.claimed;
				let share = (pot.amount * w).checked_div(total).unwrap_or(0).min(unclaimed);
				if w > 0 && share > 0 {
					expected.push((e, pot.asset, share));
				}
			}
			e += 1;
			budget -= 1;
		}
	}
	let events_before = gauge_events().len();
	assert_ok!(Gauges::claim_incentives(signed(who), gauge, max_epochs));
	let after = Snapshot::take(who);

	for asset in snapshot_assets() {
		let paid: u128 = expected.iter().filter(|(_, a, _)| *a == asset).map(|(_, _, s)| s).sum();
		assert_eq!(after.asset(asset, who), before.asset(asset, who) + paid, "asset {asset}");
		assert_eq!(after.asset(asset, pallet), before.asset(asset, pallet) - paid, "asset {asset}");
	}
	for (epoch, asset, share) in expected.iter().copied() {
		let claimed = |s: &Snapshot| {
			s.pots[&(gauge, epoch)].iter().find(|p| p.asset == asset).map_or(0, |p| p.claimed)
		};
		assert_eq!(claimed(&after), claimed(&before) + share, "pot of {asset} in {epoch}");
	}
	let claimed_events: Vec<_> = gauge_events()
		.split_off(events_before)
		.into_iter()
		.filter(|e| matches!(e, Event::IncentiveClaimed { .. }))
		.collect();
	let expected_events: Vec<_> = expected
		.iter()
		.map(|(epoch, asset, amount)| Event::IncentiveClaimed {
			who,
			gauge,
			epoch: *epoch,
			asset: *asset,
			amount: *amount,
		})
		.collect();
	assert_eq!(claimed_events, expected_events);
	assert_eq!((&after.lock, &after.votes, after.plx), (&before.lock, &before.votes, before.plx));
}
