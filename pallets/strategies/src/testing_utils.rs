//! Helpers of the unit tests (in the manner of Astar dapp-staking's `testing_utils.rs`): the
//! mock's common set-ups, a [`Snapshot`] of the state the pallet's calls touch, and
//! `assert_<call>` helpers that dispatch a main user call and check the exact changes it must
//! make.

use crate::{mock::Assets, mock::*, types::*, Event, Operations, VaultStrategies, VaultViews};
use alloc::collections::BTreeMap;
use plexus_primitives::{StrategyId, VaultId};
use polkadot_sdk::{
	frame_support::{
		assert_ok,
		traits::{
			fungibles::{Inspect, Mutate},
			Hooks,
		},
	},
	sp_runtime::{traits::One, DispatchError},
	staging_xcm::{latest::prelude::*, VersionedLocation},
};

/// The pallet, for its non-call functions.
pub(crate) type Strategies_ = crate::Pallet<Test>;
/// A strategy of the mock.
pub(crate) type StrategyOf = crate::StrategyOf<Test>;

/// The floor each vault account of the mock keeps (one USDT minimum balance).
pub(crate) const FLOOR: u128 = 1;

/// Governance's origin.
pub(crate) fn admin() -> RuntimeOrigin {
	RuntimeOrigin::signed(ADMIN)
}

/// `l` as a call argument.
pub(crate) fn vloc(l: Location) -> Box<VersionedLocation> {
	Box::new(l.into())
}

/// A strategy of `vault` on Asset Hub: cap 1 000 000, bound 5% per window of 100 blocks,
/// reported by [`REPORTER`], remote fee 10.
pub(crate) fn params(vault: u32) -> StrategyParams<u64, u64> {
	StrategyParams {
		vault,
		destination: asset_hub(),
		adapter: Adapter::AssetRewardsPool { pallet_index: 61, pool: 0 },
		cap: 1_000_000,
		max_report_change_bps: 500,
		max_report_age: 100,
		report_origin: ReportOrigin::Account(REPORTER),
		remote_fee: 10,
		min_operation: 0,
		rebalance_threshold_bps: 0,
	}
}

/// Funds a vault with idle USDT and the pallet's account with fee DOT.
pub(crate) fn fund(vault: u32, idle: u128) {
	let account = if vault == GOVERNED { GOVERNED_ACCOUNT } else { CURATED_ACCOUNT };
	assert_ok!(Assets::mint_into(USDT, &account, idle));
	set_idle(vault, crate::mock::vault(vault).idle + idle);
	assert_ok!(Assets::mint_into(DOT, &Strategies_::account_id(), 1_000));
}

/// Registers a strategy of `vault` with [`params`]; its id.
pub(crate) fn register(vault: u32) -> u32 {
	assert_ok!(Strategies::register_strategy(admin(), Box::new(params(vault))));
	crate::NextStrategyId::<Test>::get() - 1
}

/// The last query registered.
pub(crate) fn last_query() -> u64 {
	QUERIES.with(|q| q.borrow().last().unwrap().0)
}

/// Asset Hub answers `query` with `ExecutionResult(error)`.
pub(crate) fn respond(query: u64, error: Option<(u32, XcmError)>) -> Result<(), DispatchError> {
	Strategies::on_response(
		RuntimeOrigin::signed(AH_RESPONDER),
		query,
		Response::ExecutionResult(error),
	)
}

/// A strategy (which must exist).
pub(crate) fn strategy(id: u32) -> StrategyOf {
	crate::Strategies::<Test>::get(id).unwrap()
}

/// The pallet's events so far.
pub(crate) fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Strategies(e) => Some(e),
			_ => None,
		})
		.collect()
}

/// Runs the blocks up to `n` (with `on_initialize`).
pub(crate) fn run_to(n: u64) {
	while System::block_number() < n {
		System::set_block_number(System::block_number() + 1);
		Strategies::on_initialize(System::block_number());
	}
}

/// The last event of the pallet.
fn last_event() -> Event<Test> {
	events().pop().expect("an event of the pallet")
}

/// The state the pallet's calls touch: its strategies, operations, report deadlines and held
/// reports, the mock vaults' accounting and the USDT of their accounts, USDT's supply, the fee
/// funds of the pallet's account, and how many messages were sent and queries registered.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Snapshot {
	/// Every strategy.
	pub strategies: BTreeMap<StrategyId, StrategyOf>,
	/// Operations in flight.
	pub operations: BTreeMap<u64, Operation<u64>>,
	/// Accounting of the governed and the curated vault.
	pub vaults: BTreeMap<VaultId, MockVault>,
	/// USDT in the governed and the curated vault's accounts.
	pub vault_balances: BTreeMap<VaultId, u128>,
	/// USDT's total issuance.
	pub usdt_issuance: u128,
	/// DOT in the pallet's account (remote fees).
	pub fee_funds: u128,
	/// Report deadlines per vault.
	pub report_deadlines: BTreeMap<VaultId, u64>,
	/// Held reports per vault.
	pub held_reports: BTreeMap<VaultId, u32>,
	/// Messages sent so far.
	pub sent: usize,
	/// Queries registered so far.
	pub queries: usize,
}

impl Snapshot {
	/// The state now.
	pub fn take() -> Self {
		let vaults = [(GOVERNED, GOVERNED_ACCOUNT), (CURATED, CURATED_ACCOUNT)];
		Self {
			strategies: crate::Strategies::<Test>::iter().collect(),
			operations: Operations::<Test>::iter().collect(),
			vaults: vaults.iter().map(|(v, _)| (*v, vault(*v))).collect(),
			vault_balances: vaults.iter().map(|(v, a)| (*v, Assets::balance(USDT, a))).collect(),
			usdt_issuance: Assets::total_issuance(USDT),
			fee_funds: Assets::balance(DOT, Strategies_::account_id()),
			report_deadlines: VaultViews::<Test>::iter()
				.filter_map(|(vault, view)| view.report_deadline.map(|d| (vault, d)))
				.collect(),
			held_reports: VaultViews::<Test>::iter()
				.map(|(vault, view)| (vault, view.held_reports))
				.collect(),
			sent: sent().len(),
			queries: QUERIES.with(|q| q.borrow().len()),
		}
	}
}

/// The deadline `update_deadline` computes for `vault` from the strategies of `snapshot`.
fn expected_deadline(snapshot: &Snapshot, vault: VaultId) -> Option<u64> {
	VaultStrategies::<Test>::get(vault)
		.iter()
		.filter_map(|id| snapshot.strategies.get(id))
		.filter_map(|s| s.report_deadline())
		.min()
}

/// What an operation's dispatch must change: one message sent to the destination by the
/// pallet's account, one query registered, the remote fee burnt, the operation recorded, the
/// strategy's `amount` in transit and `OperationSent`. Returns the operation's query id.
fn assert_operation_sent(
	pre: &Snapshot,
	post: &Snapshot,
	id: StrategyId,
	kind: OperationKind,
	amount: u128,
) -> u64 {
	let s = &pre.strategies[&id];
	let query_id = last_query();
	assert_eq!((post.sent, post.queries), (pre.sent + 1, pre.queries + 1));
	let (payer, dest, _) = sent().pop().unwrap();
	assert_eq!((payer, dest), (Strategies_::account_id(), s.params.destination.clone()));
	assert_eq!(post.fee_funds, pre.fee_funds - s.params.remote_fee, "remote fee burnt");
	let mut operations = pre.operations.clone();
	let sent_at = System::block_number();
	operations.insert(query_id, Operation { strategy: id, kind, amount, sent_at });
	assert_eq!(post.operations, operations);
	assert_eq!(
		last_event(),
		Event::OperationSent { strategy: id, query_id, kind, amount },
		"the last event"
	);
	query_id
}

/// Dispatches `allocate(strategy, amount)` from `origin` and checks its exact changes: the
/// amount burnt from the vault account (and the supply), the vault's idle into transit, the
/// strategy's operation and [`assert_operation_sent`]'s; nothing else. Returns the query id.
pub(crate) fn assert_allocate(origin: RuntimeOrigin, id: StrategyId, amount: u128) -> u64 {
	let pre = Snapshot::take();
	assert_ok!(Strategies::allocate(origin, id, amount));
	let post = Snapshot::take();
	let query_id = assert_operation_sent(&pre, &post, id, OperationKind::Allocate, amount);
	let vault_id = pre.strategies[&id].params.vault;

	let mut vault = pre.vaults[&vault_id];
	vault.idle -= amount;
	vault.in_transit += amount;
	let mut vaults = pre.vaults.clone();
	vaults.insert(vault_id, vault);
	let mut balances = pre.vault_balances.clone();
	balances.insert(vault_id, pre.vault_balances[&vault_id] - amount);
	let mut s = pre.strategies[&id].clone();
	s.in_transit = amount;
	s.operation = Some(query_id);
	let mut strategies = pre.strategies.clone();
	strategies.insert(id, s);
	assert_eq!(
		post,
		Snapshot {
			strategies,
			vaults,
			vault_balances: balances,
			usdt_issuance: pre.usdt_issuance - amount,
			operations: post.operations.clone(),
			fee_funds: post.fee_funds,
			sent: post.sent,
			queries: post.queries,
			..pre.clone()
		}
	);
	query_id
}

/// Dispatches `deallocate(strategy, amount)` from `origin` and checks its exact changes: the
/// strategy's and the vault's debt into transit (no asset moves until the response), the
/// strategy's operation and [`assert_operation_sent`]'s; nothing else. Returns the query id.
pub(crate) fn assert_deallocate(origin: RuntimeOrigin, id: StrategyId, amount: u128) -> u64 {
	let pre = Snapshot::take();
	assert_ok!(Strategies::deallocate(origin, id, amount));
	let post = Snapshot::take();
	let query_id = assert_operation_sent(&pre, &post, id, OperationKind::Deallocate, amount);
	let vault_id = pre.strategies[&id].params.vault;

	let mut vault = pre.vaults[&vault_id];
	vault.debt -= amount;
	vault.in_transit += amount;
	let mut vaults = pre.vaults.clone();
	vaults.insert(vault_id, vault);
	let mut s = pre.strategies[&id].clone();
	s.debt -= amount;
	s.in_transit = amount;
	s.operation = Some(query_id);
	let mut strategies = pre.strategies.clone();
	strategies.insert(id, s);
	assert_eq!(
		post,
		Snapshot {
			strategies,
			vaults,
			operations: post.operations.clone(),
			fee_funds: post.fee_funds,
			sent: post.sent,
			queries: post.queries,
			..pre.clone()
		}
	);
	query_id
}

/// Dispatches `report(strategy, value)` from `origin`, a report within the bound of its
/// window, and checks its exact changes: the vault's gain or loss, the strategy's new value,
/// report block, annualised yield and window (a new one if the last is `max_report_age`
/// blocks old), the vault's report deadline and `Reported`; nothing else.
pub(crate) fn assert_report(origin: RuntimeOrigin, id: StrategyId, value: u128) {
	let pre = Snapshot::take();
	assert_ok!(Strategies::report(origin, id, value));
	let post = Snapshot::take();
	let now = System::block_number();
	let mut s = pre.strategies[&id].clone();
	let previous = s.debt;
	let change = value.abs_diff(previous);
	let vault_id = s.params.vault;

	let mut vault = pre.vaults[&vault_id];
	if value > previous {
		vault.debt += change;
		vault.gains += change;
	} else {
		vault.debt -= change;
		vault.losses += change;
	}
	let mut vaults = pre.vaults.clone();
	vaults.insert(vault_id, vault);
	let age = s.params.max_report_age.max(One::one());
	if now >= s.window.start.saturating_add(age) {
		s.window = ReportWindow { start: now, base: previous, moved: 0 };
	}
	s.window.moved += change;
	s.yield_bps = crate::annualised_yield_bps(previous, value, now - s.last_report);
	s.debt = value;
	s.last_report = now;
	let mut strategies = pre.strategies.clone();
	strategies.insert(id, s);
	let mut expected = Snapshot { strategies, vaults, ..pre.clone() };
	expected.report_deadlines.remove(&vault_id);
	if let Some(deadline) = expected_deadline(&expected, vault_id) {
		expected.report_deadlines.insert(vault_id, deadline);
	}
	assert_eq!(post, expected);
	assert_eq!(last_event(), Event::Reported { strategy: id, value, previous });
}
