//! Test helpers: a [`Snapshot`] of the state the pallet's calls touch, and `assert_<call>`
//! helpers that take a snapshot, dispatch the call, take another and check the exact changes
//! the call must make (storage, balances, holds, the event), in the manner of Astar
//! dapp-staking's `testing_utils`.

use crate::types::*;
use crate::{
	mock::*, AccountIntents, Best, BestSolutionOf, BookSizes, CurrentBatch, Event, IntentKindOf,
	IntentOf, Intents as IntentStore, NextIntentId, SolutionOf, Unclaimed,
};
use alloc::collections::btree_map::BTreeMap;
use plexus_primitives::VaultIntents as _;
use polkadot_sdk::{
	frame_support::{
		assert_ok,
		traits::{fungible::InspectHold as _, fungibles::Inspect as _},
		BoundedVec,
	},
	frame_system::RawOrigin,
};

// ---------------------------------------------------------------------------------------------
// Builders and shortcuts of the tests.

/// PLX of `who` held for storage deposits.
pub fn held(who: u64) -> u128 {
	Balances::total_balance_on_hold(&who)
}

/// A solution with `prices` and `fills` of `(intent, given, received)`.
pub fn solution(prices: Vec<(u32, u128)>, fills: Vec<(IntentId, u128, u128)>) -> SolutionOf<Test> {
	Solution {
		prices: BoundedVec::truncate_from(prices),
		fills: BoundedVec::truncate_from(
			fills
				.into_iter()
				.map(|(intent, given, received)| SolutionFill { intent, given, received })
				.collect(),
		),
	}
}

/// Submits solution `s` for the open batch as `who` (hint: 100 pair intents).
pub fn propose(who: u64, s: SolutionOf<Test>) -> polkadot_sdk::sp_runtime::DispatchResult {
	Intents::submit_solution(RawOrigin::Signed(who).into(), open_batch(), s, 100)
}

/// Σ of an asset over the users, the treasury and the escrow: conserved by settlement.
pub fn total(asset: u32) -> u128 {
	[ALICE, BOB, CHARLIE, DAVE, SOLVER, TREASURY, ADMIN, Intents::escrow_account()]
		.iter()
		.map(|w| balance(asset, *w))
		.sum()
}

/// Alice holds 5 000 shares of vault 0.
pub fn alice_shares() {
	MockVaults::deposit(&ALICE, 0, 5_000).unwrap();
}

/// How long the tests' intents live, blocks.
pub const LIFE: u64 = 50;

/// A swap of `amount` of `give` for at least `min` of `want`.
pub fn swap(give: u32, want: u32, amount: u128, min: u128, partial: bool) -> IntentKindOf<Test> {
	IntentKind::Swap {
		give: (give, amount),
		want_asset: want,
		min_receive: min,
		partial_fill: partial,
	}
}

/// A deposit of `amount` of `asset` into any vault.
pub fn deposit(asset: u32, amount: u128) -> IntentKindOf<Test> {
	IntentKind::Deposit {
		asset,
		amount,
		constraints: DepositConstraints {
			kinds: VaultKindFilter::Any,
			max_lockup: u32::MAX,
			allowed_strategies: None,
			min_yield_bps: 0,
		},
	}
}

/// A redemption of `shares` of `vault` for at least `min` assets.
pub fn redeem(vault: u32, shares: u128, min: u128) -> IntentKindOf<Test> {
	IntentKind::Redeem { vault, shares, min_assets: min }
}

/// Submits `kind` for `who`, living [`LIFE`] blocks; returns its id.
pub fn submit(who: u64, kind: IntentKindOf<Test>) -> IntentId {
	let id = crate::NextIntentId::<Test>::get();
	assert_ok!(Intents::submit_intent(
		RawOrigin::Signed(who).into(),
		kind,
		System::block_number() + LIFE,
		None
	));
	id
}

/// `n` users (20 000, 20 001, …), each funded with 1 000 planck of PLX and 10 000 of DOT and
/// USDT, and each with a partial swap intent of 1 000 at 1:1, alternating DOT → USDT and
/// USDT → DOT (intent ids in user order); returns the users.
pub fn crossing_swaps(n: u64) -> Vec<u64> {
	use polkadot_sdk::frame_support::traits::{fungible::Mutate as _, fungibles::Mutate as _};
	let users: Vec<u64> = (0..n).map(|i| 20_000 + i).collect();
	for (i, who) in users.iter().enumerate() {
		Balances::set_balance(who, 1_000);
		Assets::mint_into(DOT, who, 10_000).unwrap();
		Assets::mint_into(USDT, who, 10_000).unwrap();
		let (give, want) = if i % 2 == 0 { (DOT, USDT) } else { (USDT, DOT) };
		submit(*who, swap(give, want, 1_000, 1_000, true));
	}
	users
}

/// The open batch's id.
pub fn open_batch() -> BatchId {
	crate::CurrentBatch::<Test>::get().map(|b| b.id).unwrap_or(0)
}

/// Asserts the pallet's invariants.
pub fn check() {
	Intents::do_try_state().expect("invariants hold");
}

// ---------------------------------------------------------------------------------------------
// Snapshot and `assert_<call>` helpers.

/// The state the intents pallet's calls touch.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Snapshot {
	/// `NextIntentId`.
	pub next_intent_id: IntentId,
	/// Every open intent.
	pub intents: BTreeMap<IntentId, IntentOf<Test>>,
	/// Every account's open intents.
	pub account_intents: BTreeMap<u64, Vec<IntentId>>,
	/// Every book's size.
	pub book_sizes: BTreeMap<Book<u32>, u32>,
	/// The open batch.
	pub current_batch: Option<BatchInfo<u64>>,
	/// The best solution of the open batch.
	pub best: Option<BestSolutionOf<Test>>,
	/// Unclaimed outputs.
	pub unclaimed: BTreeMap<(u64, u32), u128>,
	/// Balances of the known accounts (users, escrow, treasury, intents' owners) in the hub
	/// assets and the vaults' share tokens: `(asset, account) -> planck`.
	pub balances: BTreeMap<(u32, u64), u128>,
	/// PLX held for storage deposits, per known account.
	pub held: BTreeMap<u64, u128>,
}

impl Snapshot {
	/// The state now.
	pub fn take() -> Self {
		let account_intents: BTreeMap<u64, Vec<IntentId>> =
			AccountIntents::<Test>::iter().map(|(who, ids)| (who, ids.to_vec())).collect();
		let accounts: Vec<u64> = [ALICE, BOB, CHARLIE, DAVE, SOLVER, NOBODY, TREASURY, ADMIN]
			.into_iter()
			.chain([Intents::escrow_account()])
			.chain(account_intents.keys().copied())
			.collect();
		let assets: Vec<u32> = [DOT, ETH, USDT]
			.into_iter()
			.chain((0..16).filter(|v| vault(*v).is_some()).map(share_of))
			.collect();
		let balances = assets
			.iter()
			.flat_map(|a| accounts.iter().map(move |w| ((*a, *w), Assets::balance(*a, w))))
			.collect();
		let held = accounts.iter().map(|w| (*w, Balances::total_balance_on_hold(w))).collect();
		Self {
			next_intent_id: NextIntentId::<Test>::get(),
			intents: IntentStore::<Test>::iter().collect(),
			account_intents,
			book_sizes: BookSizes::<Test>::iter().collect(),
			current_batch: CurrentBatch::<Test>::get(),
			best: Best::<Test>::get(),
			unclaimed: Unclaimed::<Test>::iter().map(|(w, a, n)| ((w, a), n)).collect(),
			balances,
			held,
		}
	}

	/// Balance of `who` in `asset` (0 for an account or asset not in the snapshot).
	pub fn balance(&self, asset: u32, who: u64) -> u128 {
		self.balances.get(&(asset, who)).copied().unwrap_or(0)
	}

	/// PLX of `who` held for storage deposits.
	pub fn held(&self, who: u64) -> u128 {
		self.held.get(&who).copied().unwrap_or(0)
	}
}

/// The last event of the intents pallet.
fn last_event() -> Event<Test> {
	intent_events().pop().expect("an event of the intents pallet")
}

/// Submits `kind` for `who` with `deadline` into a book that is not full and checks the exact
/// changes: the intent stored as submitted in the open batch, in its owner's list and its book,
/// the amount (plus the escrow's existential deposit for its first intent in the asset) moved
/// from `who` to the escrow, the storage deposit held, `IntentSubmitted`. Returns its id.
pub(crate) fn assert_submit_intent(who: u64, kind: IntentKindOf<Test>, deadline: u64) -> IntentId {
	let before = Snapshot::take();
	assert_ok!(Intents::submit_intent(RawOrigin::Signed(who).into(), kind.clone(), deadline, None));
	let after = Snapshot::take();

	let id = before.next_intent_id;
	assert_eq!(after.next_intent_id, id + 1);
	let intent = after.intents.get(&id).expect("the intent is stored").clone();
	let (amount, limit) = kind.amount_and_limit();
	let batch = before.current_batch.as_ref().map(|b| b.id).unwrap_or(0);
	assert_eq!(
		(intent.owner, &intent.kind, intent.remaining, intent.limit, intent.received),
		(who, &kind, amount, limit, 0)
	);
	assert_eq!((intent.deadline, intent.batch, intent.in_solution), (deadline, batch, None));
	let mut others = after.intents.clone();
	others.remove(&id);
	assert_eq!(others, before.intents, "no other intent changes");

	let mut list = before.account_intents.get(&who).cloned().unwrap_or_default();
	list.push(id);
	assert_eq!(after.account_intents.get(&who), Some(&list));
	let book = intent.book().expect("the intent has a book");
	let size = before.book_sizes.get(&book).copied().unwrap_or(0);
	assert!(size < MAX_BOOK, "assert_submit_intent is for a book that is not full");
	assert_eq!(after.book_sizes.get(&book), Some(&(size + 1)));

	let escrow = Intents::escrow_account();
	let floor = Assets::minimum_balance(intent.escrow)
		.saturating_sub(before.balance(intent.escrow, escrow));
	assert_eq!(
		after.balance(intent.escrow, who),
		before.balance(intent.escrow, who) - amount - floor
	);
	assert_eq!(
		after.balance(intent.escrow, escrow),
		before.balance(intent.escrow, escrow) + amount + floor
	);
	assert_eq!(after.held(who), before.held(who) + INTENT_DEPOSIT);
	assert_eq!(
		last_event(),
		Event::IntentSubmitted { intent: id, owner: who, batch, vault: intent.vault }
	);
	id
}

/// Cancels `who`'s intent `id` and checks the exact changes: the intent gone from storage,
/// its owner's list and its book, its remaining escrow back with `who`, its storage deposit
/// released, `IntentCancelled`.
pub(crate) fn assert_cancel(who: u64, id: IntentId) {
	let before = Snapshot::take();
	let intent = before.intents.get(&id).expect("the intent is open").clone();
	assert_ok!(Intents::cancel(RawOrigin::Signed(who).into(), id));
	let after = Snapshot::take();

	let mut intents = before.intents.clone();
	intents.remove(&id);
	assert_eq!(after.intents, intents, "only the intent is removed");
	let list: Vec<IntentId> =
		before.account_intents[&who].iter().copied().filter(|i| *i != id).collect();
	assert_eq!(after.account_intents.get(&who).cloned().unwrap_or_default(), list);
	let book = intent.book().expect("the intent has a book");
	let size = before.book_sizes[&book];
	assert_eq!(after.book_sizes.get(&book).copied(), Some(size - 1).filter(|n| *n > 0));

	let escrow = Intents::escrow_account();
	let asset = intent.escrow;
	assert_eq!(after.balance(asset, who), before.balance(asset, who) + intent.remaining);
	assert_eq!(after.balance(asset, escrow), before.balance(asset, escrow) - intent.remaining);
	assert_eq!(after.held(who), before.held(who) - INTENT_DEPOSIT);
	assert_eq!(last_event(), Event::IntentCancelled { intent: id });
}

/// Submits `solution` for the open batch as `solver` and checks the exact changes: it is the
/// batch's best solution, the intents it fills are marked as in it and nothing else changes
/// (no balance moves before settlement), `SolutionAccepted` with its surplus.
pub(crate) fn assert_submit_solution(solver: u64, solution: SolutionOf<Test>) {
	let before = Snapshot::take();
	let batch = before.current_batch.as_ref().map(|b| b.id).unwrap_or(0);
	assert_ok!(Intents::submit_solution(
		RawOrigin::Signed(solver).into(),
		batch,
		solution.clone(),
		100
	));
	let after = Snapshot::take();

	let best = after.best.clone().expect("the solution is the best");
	assert_eq!((best.batch, best.solver, &best.solution), (batch, solver, &solution));
	if let Some(previous) = before.best.as_ref().filter(|b| b.batch == batch) {
		assert!(best.surplus > previous.surplus, "it beats the previous best");
	}
	let mut intents = before.intents.clone();
	for fill in solution.fills.iter() {
		intents.get_mut(&fill.intent).expect("a filled intent is open").in_solution = Some(batch);
	}
	assert_eq!(after.intents, intents, "only the filled intents are marked");
	assert_eq!(after.balances, before.balances, "nothing moves before settlement");
	assert_eq!(after.held, before.held);
	assert_eq!(
		(after.book_sizes, after.account_intents),
		(before.book_sizes, before.account_intents)
	);
	assert_eq!(
		last_event(),
		Event::SolutionAccepted {
			batch,
			solver,
			surplus: best.surplus,
			fills: solution.fills.len() as u32,
		}
	);
}
