//! The weight audit: each call, and each path of the hooks, in the worst case built for it here,
//! charges at least the database reads, writes and proof it really uses, counted as a benchmark
//! counts them (`plexus-weight-audit`). A benchmark whose set-up is not the worst case fails here.
//!
//! - A call's charge is its post-dispatch weight (the refund of `submit_intent` applied).
//! - A hook's charge is the weight it returns: `on_initialize` charges each settlement step it
//!   ran (closing a batch, each solution fill, each book: a pair by its intents, a vault book
//!   at the dearest of its paths, the end), so a block's return is audited against everything
//!   that block touched; `on_idle` charges a read per intent it looked at and each expiry.
//! - The mock's weights are the benchmarked `SubstrateWeight<Test>` ([`RealWeights`]), probed
//!   through the mock's `DbWeight` ([`MockDbWeight`]).
//! - The mock's vaults and strategies are unhashed keys (`0x3a7661756c74…`, `:vault:`, and
//!   `:strategies:` / `:strategy:`): a vault is one key where `pallet-vaults` has several, so
//!   what the runtime's vaults touch is audited only in part here. Strategies are one key per
//!   vault and one per strategy, as in `pallet-strategies`, so each strategy read counts.
//! - Keys of the mock the runtime has no counterpart of are whitelisted (not counted): the
//!   settlement budget the tests set (`:budget`; the runtime's `SettlementWeight` is a
//!   constant) and what the mock records for tests (`:queued_limit`, `:deliveries`).
//! - Deliveries (`deliver_to`) are not audited: the mock's `Deliver` weighs nothing.
//! - `cancel` and `clean_up` of an intent named by a replaced solution read the best solution,
//!   which their benchmarks now build: they fail until the weights are regenerated.

use super::*;
use crate::{Best, BookSizes, Intents as IntentStore, Settling, Unclaimed, WeightInfo as _};
use plexus_weight_audit::{
	assert_covers, benchmark_whitelist, charged_by_dispatch, covers, declared_around, fail,
	measure, Accessed, Declared,
};
use polkadot_sdk::{
	frame_support::{
		traits::{
			fungible::Mutate as _, fungibles::Create, Get, StorageInfoTrait, WhitelistedStorageKeys,
		},
		weights::{constants::RocksDbWeight, RuntimeDbWeight, Weight},
	},
	frame_system,
	sp_core::storage::TrackedStorageKey,
	sp_io::TestExternalities,
	sp_runtime::FixedU128,
};

type MaxBook = <Test as crate::Config>::MaxBookSize;
type MaxFills = <Test as crate::Config>::MaxSolutionFills;
type MaxCandidates = <Test as crate::Config>::MaxCandidateVaults;
type MaxStrategies = <Test as crate::Config>::MaxAllowedStrategies;

fn max_book() -> u32 {
	<MaxBook as Get<u32>>::get()
}
fn max_fills() -> u32 {
	<MaxFills as Get<u32>>::get()
}
fn max_candidates() -> u32 {
	<MaxCandidates as Get<u32>>::get()
}
fn max_strategies() -> u32 {
	<MaxStrategies as Get<u32>>::get()
}

/// An intent's size: above the minimum of a full book (`ED·f·2^8` = 25 600).
const SIZE: u128 = 30_000;

/// The benchmarks' whitelist, and the mock's own keys the runtime has no counterpart of: the
/// settlement budget tests set (`:budget`; the runtime's `SettlementWeight` is a constant)
/// and what the mock records for tests (`:queued_limit`, `:deliveries`).
fn whitelist(caller: Option<u64>) -> Vec<TrackedStorageKey> {
	let mut keys = benchmark_whitelist(
		AllPalletsWithSystem::whitelisted_storage_keys(),
		caller.map(frame_system::Account::<Test>::hashed_key_for),
	);
	for mock_only in [&b":budget"[..], b":queued_limit", b":deliveries"] {
		keys.push(TrackedStorageKey::new(mock_only.to_vec()));
	}
	keys
}

/// Prints what was counted and declared (seen with `--nocapture`), for over-charges.
fn report(name: &str, accessed: &Accessed, declared: &Declared) {
	eprintln!(
		"AUDIT {name}: counted {}r {}w {}B, declared {}r {}w {}B",
		accessed.reads,
		accessed.writes,
		accessed.proof_size,
		declared.reads,
		declared.writes,
		declared.proof_size
	);
}

/// Audits `call` dispatched by `origin` (signed by `caller`, whose account is whitelisted as a
/// benchmark's caller is) on the state `scenario` builds.
fn audit_call(
	name: &str,
	scenario: impl Fn() -> TestExternalities,
	caller: u64,
	call: impl Fn() -> crate::Call<Test>,
) -> (Accessed, Declared) {
	RealWeights::set(true);
	let (accessed, declared) = assert_covers(
		name,
		scenario,
		whitelist(Some(caller)),
		MockDbWeight::set,
		|| charged_by_dispatch(name, call(), RuntimeOrigin::signed(caller)),
		&AllPalletsWithSystem::storage_info(),
	);
	report(name, &accessed, &declared);
	(accessed, declared)
}

/// Audits a hook: `hook` runs it and returns the weight it returned.
///
/// As `assert_covers`, but the reads and writes the weight declares are probed around the
/// reference `RocksDbWeight` rather than around zero: a vault book charges the dearest of its
/// paths (`Weight::max`), which picks the same path at both probes only where database
/// weights are realistic (around zero it would pick one path at one probe and another at the
/// other, and the difference would mean nothing).
fn audit_hook(
	name: &str,
	scenario: impl Fn() -> TestExternalities,
	hook: impl Fn() -> Weight,
) -> (Accessed, Declared) {
	audit_hook_with(name, scenario, hook, None)
}

/// Audits a block settling a vault book, whose weight is the dearest of the book's paths
/// (`net_vault`, `net_vault_queue`, `net_vault_rematch`, combined by `Weight::max`):
/// `taken(db)` is the weight of the path(s) the scenario takes at database weight `db`.
///
/// A `max` of paths may declare the reads and writes of a path with fewer writes and far more
/// computation than the path taken (the rematch path's matching), so reads and writes are not
/// compared one by one; instead the hook's ref_time must cover the taken path's computation
/// (its weight at zero database weight) plus the database time of what the block really read
/// and wrote, at the reference `RocksDbWeight`, and its proof what the block recorded.
fn audit_book_hook(
	name: &str,
	scenario: impl Fn() -> TestExternalities,
	hook: impl Fn() -> Weight,
	taken: impl Fn() -> Weight,
) -> (Accessed, Declared) {
	audit_hook_with(name, scenario, hook, Some(&taken))
}

fn audit_hook_with(
	name: &str,
	scenario: impl Fn() -> TestExternalities,
	hook: impl Fn() -> Weight,
	taken: Option<&dyn Fn() -> Weight>,
) -> (Accessed, Declared) {
	RealWeights::set(true);
	let (_, accessed) = measure(&mut scenario(), whitelist(None), &hook);
	let rocks = RocksDbWeight::get();
	let at = |db: RuntimeDbWeight| {
		MockDbWeight::set(db);
		scenario().execute_with(&hook)
	};
	let declared = declared_around(rocks, at);
	let ok = match taken {
		None => covers(&declared, &accessed),
		Some(taken) => {
			MockDbWeight::set(RuntimeDbWeight { read: 0, write: 0 });
			let compute = taken().ref_time();
			let charged = at(rocks).ref_time();
			let touched = rocks.reads_writes(accessed.reads.into(), accessed.writes.into());
			charged >= compute.saturating_add(touched.ref_time())
				&& declared.proof_size >= accessed.proof_size
		},
	};
	MockDbWeight::set(rocks);
	if !ok {
		fail(name, &declared, &accessed, &AllPalletsWithSystem::storage_info());
	}
	report(name, &accessed, &declared);
	(accessed, declared)
}

/// A fresh user `10_000 + i` with PLX for deposits and `SIZE × 4` of each of `assets`.
fn user(i: u32, assets: &[u32]) -> u64 {
	let who = 10_000 + u64::from(i);
	Balances::set_balance(&who, 1_000);
	for asset in assets {
		assert_ok!(Assets::mint_into(*asset, &who, SIZE * 4));
	}
	who
}

fn submit_as(who: u64, kind: crate::IntentKindOf<Test>) -> IntentId {
	submit(who, kind)
}

/// A limit that crosses at 1:1 with a surplus of 1 000.
const CROSSING: u128 = SIZE - 1_000;
/// A limit that crosses only at 1:1 or better.
const AT_PAR: u128 = SIZE;
/// A limit that crosses nothing.
const ASKS_TOO_MUCH: u128 = SIZE * 10;

/// `n` swap intents giving `SIZE` of `give` for at least `limit` of `want`, users from `from`.
fn swaps(give: u32, want: u32, n: u32, from: u32, limit: u128) -> Vec<IntentId> {
	(0..n)
		.map(|i| submit_as(user(from + i, &[give]), swap(give, want, SIZE, limit, true)))
		.collect()
}

/// Both books of the pair DOT/USDT full: `MaxBookSize` intents each way, all crossing at 1:1.
fn crossing_pair() {
	swaps(DOT, USDT, max_book(), 0, AT_PAR);
	swaps(USDT, DOT, max_book(), 1_000, CROSSING);
}

/// Both books of DOT/USDT full, half of each crossing at 1:1 and half asking too much; returns
/// the crossing ones (`MaxSolutionFills` of them at most), sorted, which a solution fills.
fn solvable_pair() -> Vec<IntentId> {
	let half = max_book() / 2;
	// The reference clears at DOT's sellers' limit, 1:1, as the solution does.
	let mut ids = swaps(DOT, USDT, half, 0, AT_PAR);
	ids.extend(swaps(USDT, DOT, half, 1_000, CROSSING));
	swaps(DOT, USDT, half, 2_000, ASKS_TOO_MUCH);
	swaps(USDT, DOT, half, 3_000, ASKS_TOO_MUCH);
	ids.truncate(max_fills() as usize);
	ids.sort();
	ids
}

/// The valuation prices of DOT, ETH and USDT: one each, so surpluses count.
fn valuation_prices() {
	for asset in [DOT, ETH, USDT] {
		assert_ok!(Intents::set_valuation_price(
			RawOrigin::Signed(ADMIN).into(),
			asset,
			Some(FixedU128::from_u32(1))
		));
	}
}

/// A best solution of `MaxSolutionFills` fills on DOT/ETH (surplus 0), users from 5 000.
fn best_on_dot_eth() {
	let half = max_fills() / 2;
	let mut ids = swaps(DOT, ETH, half, 5_000, SIZE);
	ids.extend(swaps(ETH, DOT, half, 6_000, SIZE));
	ids.sort();
	let fills = ids.iter().map(|id| (*id, SIZE, SIZE)).collect();
	assert_ok!(Intents::submit_solution(
		RawOrigin::Signed(SOLVER).into(),
		open_batch(),
		solution(vec![(DOT, 1), (ETH, 1)], fills),
		max_fills()
	));
}

/// Submits a solution filling `ids` whole at 1:1 on DOT/USDT.
fn solve_dot_usdt(ids: &[IntentId]) {
	let fills = ids.iter().map(|id| (*id, SIZE, SIZE)).collect();
	assert_ok!(Intents::submit_solution(
		RawOrigin::Signed(SOLVER).into(),
		open_batch(),
		solution(vec![(DOT, 1), (USDT, 1)], fills),
		2 * max_book()
	));
}

/// The block the open batch closes in, made current.
fn to_closing_block() {
	System::set_block_number(Intents::closes_at());
}

// ---------------------------------------------------------------------------------------------
// Submission.

#[test]
fn submit_swap_into_a_full_pair_book_evicting_its_least_likely_intent() {
	let scenario = || {
		let mut ext = new_test_ext();
		ext.execute_with(|| {
			swaps(DOT, USDT, max_book(), 0, CROSSING);
		});
		ext
	};
	let (accessed, _) =
		audit_call("submit_swap (full book)", scenario, ALICE, || crate::Call::submit_intent {
			kind: swap(DOT, USDT, SIZE, CROSSING - 1_000, true),
			deadline: 1 + LIFE,
			deliver_to: None,
		});
	assert!(accessed.reads > max_book(), "the whole book was read");
}

/// The common case, on a live chain: the batch stored, the escrow holding the asset.
#[test]
fn submit_swap_into_a_book_that_is_not_full() {
	audit_call("submit_swap", new_test_ext, ALICE, || crate::Call::submit_intent {
		kind: swap(DOT, USDT, SIZE, SIZE, true),
		deadline: 1 + LIFE,
		deliver_to: None,
	});
}

/// The first intent in an asset: the escrow's account in it is created (its existential
/// deposit paid by the caller).
#[test]
fn submit_swap_of_an_asset_the_escrow_never_held() {
	let scenario = || {
		let mut ext = new_test_ext();
		ext.execute_with(|| {
			assert_ok!(<Assets as Create<u64>>::create(77, ADMIN, true, 10));
			assert_ok!(Assets::mint_into(77, &ALICE, SIZE * 2));
		});
		ext
	};
	audit_call("submit_swap (new asset)", scenario, ALICE, || crate::Call::submit_intent {
		kind: swap(77, USDT, SIZE, SIZE, true),
		deadline: 1 + LIFE,
		deliver_to: None,
	});
}

/// Vault 0's book full of redemptions, the escrow holding none of vault 1's shares.
#[test]
fn submit_redeem_into_a_full_vault_book_evicting_the_oldest() {
	let scenario = || {
		let mut ext = new_test_ext();
		ext.execute_with(|| {
			for i in 0..max_book() {
				let who = user(i, &[USDT]);
				assert_ok!(MockVaults::deposit(&who, 0, SIZE * 2));
				submit_as(who, redeem(0, SIZE, 0));
			}
			assert_ok!(MockVaults::deposit(&ALICE, 0, SIZE * 2));
		});
		ext
	};
	let (accessed, _) =
		audit_call("submit_redeem (full book)", scenario, ALICE, || crate::Call::submit_intent {
			kind: redeem(0, SIZE, 0),
			deadline: 1 + LIFE,
			deliver_to: None,
		});
	assert!(accessed.reads > max_book(), "the whole book was read");
}

#[test]
fn submit_redeem_of_shares_the_escrow_never_held() {
	let scenario = || {
		let mut ext = new_test_ext();
		ext.execute_with(|| {
			create_vault(1, USDT, true, 0, 0);
			assert_ok!(MockVaults::deposit(&ALICE, 1, SIZE * 2));
		});
		ext
	};
	audit_call("submit_redeem (new share)", scenario, ALICE, || crate::Call::submit_intent {
		kind: redeem(1, SIZE, 0),
		deadline: 1 + LIFE,
		deliver_to: None,
	});
}

/// `MaxCandidateVaults` vaults of USDT (vault 0 and more), each with `MaxAllowedStrategies`
/// strategies and a yield, so the matcher reads every one.
fn candidate_vaults() {
	for v in 1..max_candidates() {
		create_vault(v, USDT, true, 0, 0);
	}
	for v in 0..max_candidates() {
		let strategies = (0..max_strategies()).map(|s| v * 100 + s).collect();
		set_strategies(v, strategies, 100 + v);
	}
}

#[test]
fn submit_deposit_among_the_most_candidate_vaults_each_with_the_most_strategies() {
	let scenario = || {
		let mut ext = new_test_ext();
		ext.execute_with(candidate_vaults);
		ext
	};
	audit_call("submit_deposit", scenario, ALICE, || crate::Call::submit_intent {
		kind: deposit(USDT, SIZE),
		deadline: 1 + LIFE,
		deliver_to: None,
	});
}

#[test]
fn submit_deposit_into_a_full_vault_book_among_the_most_candidates() {
	let scenario = || {
		let mut ext = new_test_ext();
		ext.execute_with(|| {
			candidate_vaults();
			// The best vault (the highest yield) is the last; its book full of deposits.
			for i in 0..max_book() {
				submit_as(user(i, &[USDT]), deposit(USDT, SIZE));
			}
		});
		ext
	};
	audit_call("submit_deposit (full book)", scenario, ALICE, || crate::Call::submit_intent {
		kind: deposit(USDT, SIZE),
		deadline: 1 + LIFE,
		deliver_to: None,
	});
}

// ---------------------------------------------------------------------------------------------
// Removal.

/// Intent 0, named by a best solution (on DOT/ETH) that a better one of `MaxSolutionFills`
/// fills (on DOT/USDT) replaced: its `in_solution` is the open batch, so removing it reads the
/// best solution, at its largest, to see that it is free.
fn named_by_a_replaced_solution() -> TestExternalities {
	let mut ext = new_test_ext();
	ext.execute_with(|| {
		valuation_prices();
		best_on_dot_eth();
		let ids = solvable_pair();
		solve_dot_usdt(&ids);
		assert_eq!(IntentStore::<Test>::get(0).unwrap().in_solution, Some(open_batch()));
		assert!(Best::<Test>::get().unwrap().solution.fills.iter().all(|f| f.intent != 0));
	});
	ext
}

#[test]
fn cancel_of_an_intent_named_by_a_replaced_solution() {
	audit_call("cancel", named_by_a_replaced_solution, 15_000, || crate::Call::cancel {
		intent: 0,
	});
}

#[test]
fn clean_up_of_an_expired_intent_named_by_a_replaced_solution() {
	let scenario = || {
		let mut ext = named_by_a_replaced_solution();
		ext.execute_with(|| {
			// Still the open batch (no hook runs), past Alice's deadline.
			System::set_block_number(2 + LIFE);
		});
		ext
	};
	audit_call("clean_up", scenario, BOB, || crate::Call::clean_up { intent: 0 });
}

// ---------------------------------------------------------------------------------------------
// Solutions and governance.

/// A solution of `MaxSolutionFills` fills on DOT/USDT whose two books are full
/// (`2 × MaxBookSize` intents, all read by the reference walk), replacing a best solution of
/// `MaxSolutionFills` fills (on DOT/ETH).
#[test]
fn submit_solution_of_the_most_fills_on_a_pair_whose_books_are_full() {
	let m = 2 * max_book();
	let scenario = || {
		let mut ext = new_test_ext();
		ext.execute_with(|| {
			valuation_prices();
			best_on_dot_eth();
			let ids = solvable_pair();
			assert_eq!(ids, fills_of_solvable_pair());
		});
		ext
	};
	let (accessed, _) = audit_call("submit_solution", scenario, SOLVER, move || {
		let fills = fills_of_solvable_pair().into_iter().map(|id| (id, SIZE, SIZE)).collect();
		crate::Call::submit_solution {
			batch: 0,
			solution: solution(vec![(DOT, 1), (USDT, 1)], fills),
			pair_intents: m,
		}
	});
	assert!(accessed.reads >= m, "the reference walk read both books");
}

/// The ids [`solvable_pair`] returns after [`best_on_dot_eth`] (ids are sequential).
fn fills_of_solvable_pair() -> Vec<IntentId> {
	let first = u64::from(max_fills());
	let half = u64::from(max_book() / 2);
	let mut ids: Vec<IntentId> = (first..first + 2 * half).collect();
	ids.truncate(max_fills() as usize);
	ids
}

/// The most assets a solution prices: DOT, ETH, USDT and share tokens of vaults 1, 2, …
fn solution_assets() -> Vec<u32> {
	let n = <<Test as crate::Config>::MaxSolutionAssets as Get<u32>>::get();
	[DOT, ETH, USDT].into_iter().chain((1..).map(share_of)).take(n as usize).collect()
}

/// A solution of two fills (one each way, at 1:1) on every pair of the most assets a solution
/// prices, share tokens included (valued through their vault): the most pairs, each walked by
/// the reference.
#[test]
fn submit_solution_on_every_pair_of_the_most_assets_share_tokens_included() {
	let assets = solution_assets();
	let pairs: Vec<(u32, u32)> = assets
		.iter()
		.enumerate()
		.flat_map(|(i, a)| assets[i + 1..].iter().map(move |b| (*a, *b)))
		.collect();
	let fills = 2 * pairs.len() as u32;
	assert!(fills <= max_fills());
	let scenario = {
		let (assets, pairs) = (assets.clone(), pairs.clone());
		move || {
			let mut ext = new_test_ext();
			ext.execute_with(|| {
				assert_ok!(Intents::set_valuation_price(
					RawOrigin::Signed(ADMIN).into(),
					USDT,
					Some(FixedU128::from_u32(1))
				));
				for share in assets.iter().filter(|a| **a > 1_000_000) {
					create_vault(share - 1_000_000, USDT, true, 0, 0);
				}
				let fund = |who: u64, asset: u32| {
					Balances::set_balance(&who, 1_000);
					if asset > 1_000_000 {
						assert_ok!(Assets::mint_into(USDT, &who, SIZE * 2));
						assert_ok!(MockVaults::deposit(&who, asset - 1_000_000, SIZE * 2));
					} else {
						assert_ok!(Assets::mint_into(asset, &who, SIZE * 2));
					}
				};
				for (k, (a, b)) in pairs.iter().enumerate() {
					let (x, y) = (30_000 + 2 * k as u64, 30_001 + 2 * k as u64);
					fund(x, *a);
					fund(y, *b);
					submit_as(x, swap(*a, *b, SIZE, SIZE, true));
					submit_as(y, swap(*b, *a, SIZE, SIZE, true));
				}
			});
			ext
		}
	};
	audit_call("submit_solution (every pair)", scenario, SOLVER, move || {
		let list = (0..u64::from(fills)).map(|id| (id, SIZE, SIZE)).collect();
		crate::Call::submit_solution {
			batch: 0,
			solution: solution(assets.iter().map(|a| (*a, 1)).collect(), list),
			pair_intents: fills,
		}
	});
}

#[test]
fn set_valuation_price_of_an_asset() {
	audit_call("set_valuation_price", new_test_ext, ADMIN, || crate::Call::set_valuation_price {
		asset: DOT,
		price: Some(FixedU128::from_u32(3)),
	});
}

/// The caller holds none of the asset: the claim creates its account.
#[test]
fn claim_unclaimed_into_a_new_account() {
	let scenario = || {
		let mut ext = new_test_ext();
		ext.execute_with(|| {
			Unclaimed::<Test>::insert(NOBODY, DOT, 50);
			assert_ok!(Assets::mint_into(DOT, &Intents::escrow_account(), 50));
		});
		ext
	};
	audit_call("claim_unclaimed", scenario, NOBODY, || crate::Call::claim_unclaimed { asset: DOT });
}

// ---------------------------------------------------------------------------------------------
// `on_initialize`.

#[test]
fn on_initialize_of_an_open_batch_not_due() {
	audit_hook("on_initialize (idle)", new_test_ext, || Intents::on_initialize(2));
}

#[test]
fn on_initialize_of_the_first_block_opening_the_first_batch() {
	let scenario = || {
		let mut ext = new_test_ext();
		ext.execute_with(crate::CurrentBatch::<Test>::kill);
		ext
	};
	audit_hook("on_initialize (first batch)", scenario, || Intents::on_initialize(1));
}

/// The closing block of a batch whose best solution has `MaxSolutionFills` fills: with
/// settlement's weight for a few steps (400 ms, 400 KB), the block closes the batch and applies some fills
/// (the settlement's state stored for the next block).
#[test]
fn closing_block_of_a_batch_with_a_solution_of_the_most_fills_and_one_step() {
	let scenario = || {
		let mut ext = solved_full_pair();
		ext.execute_with(|| {
			// 400 KB of proof: the close (347 KB) and some fills (6 KB each).
			set_settlement_budget(400);
			to_closing_block();
		});
		ext
	};
	audit_hook("close_batch + apply_fill", scenario, || {
		let w = Intents::on_initialize(System::block_number());
		assert!(Settling::<Test>::get().is_some(), "the batch closed and settles on");
		w
	});
}

/// DOT/USDT's books full and a best solution filling `MaxSolutionFills` of their intents.
fn solved_full_pair() -> TestExternalities {
	let mut ext = new_test_ext();
	ext.execute_with(|| {
		valuation_prices();
		let ids = solvable_pair();
		solve_dot_usdt(&ids);
	});
	ext
}

/// The whole settlement in one block (settlement's weight unlimited): the close, every fill of
/// a solution of `MaxSolutionFills` fills, the books (the pair the solution trades is not
/// cleared again) and the end.
#[test]
fn a_block_settling_a_solution_of_the_most_fills_at_once() {
	let scenario = || {
		let mut ext = solved_full_pair();
		ext.execute_with(to_closing_block);
		ext
	};
	audit_hook("settlement of a solution", scenario, || {
		let w = Intents::on_initialize(System::block_number());
		assert!(Settling::<Test>::get().is_none(), "the batch settled");
		w
	});
}

/// A block clearing DOT/USDT by the reference, both books full and every intent filled.
#[test]
fn a_block_clearing_a_pair_whose_books_are_full() {
	let scenario = || {
		let mut ext = new_test_ext();
		ext.execute_with(|| {
			crossing_pair();
			to_closing_block();
		});
		ext
	};
	let (accessed, _) = audit_hook("clear_pair", scenario, || {
		let w = Intents::on_initialize(System::block_number());
		assert!(Settling::<Test>::get().is_none(), "the batch settled");
		assert_eq!(BookSizes::<Test>::iter().count(), 0, "every intent filled");
		w
	});
	assert!(accessed.writes >= 2 * max_book());
}

/// A vault book full of deposits and redemptions that net, the deposits' rest into the vault.
#[test]
fn a_block_netting_a_full_vault_book() {
	let scenario = || {
		let mut ext = new_test_ext();
		ext.execute_with(|| {
			for i in 0..max_book() {
				let who = user(i, &[USDT]);
				if i % 2 == 0 {
					submit_as(who, deposit(USDT, SIZE * 2));
				} else {
					assert_ok!(MockVaults::deposit(&who, 0, SIZE * 2));
					submit_as(who, redeem(0, SIZE, 0));
				}
			}
			to_closing_block();
		});
		ext
	};
	let hook = || {
		let w = Intents::on_initialize(System::block_number());
		assert!(Settling::<Test>::get().is_none(), "the batch settled");
		assert_eq!(BookSizes::<Test>::iter().count(), 0, "every intent settled");
		w
	};
	audit_book_hook("net_vault", scenario, hook, || {
		<Test as crate::Config>::WeightInfo::net_vault(max_book())
	});
}

/// A vault book full of redemptions and no deposit: each queued in the vault.
#[test]
fn a_block_queueing_a_full_vault_book_of_redemptions() {
	let scenario = || {
		let mut ext = new_test_ext();
		ext.execute_with(|| {
			for i in 0..max_book() {
				let who = user(i, &[USDT]);
				assert_ok!(MockVaults::deposit(&who, 0, SIZE * 2));
				submit_as(who, redeem(0, SIZE, 1));
			}
			to_closing_block();
		});
		ext
	};
	let hook = || {
		let w = Intents::on_initialize(System::block_number());
		assert_eq!(BookSizes::<Test>::iter().count(), 0, "every redemption queued");
		w
	};
	audit_book_hook("net_vault_queue", scenario, hook, || {
		<Test as crate::Config>::WeightInfo::net_vault_queue(max_book())
	});
}

/// A vault book full of deposits into a vault that closed: each matched again among the most
/// candidate vaults, each with the most strategies, and moved to another book.
#[test]
fn a_block_rematching_a_full_vault_book_of_deposits() {
	let scenario = || {
		let mut ext = new_test_ext();
		ext.execute_with(|| {
			candidate_vaults();
			let best = max_candidates() - 1;
			for i in 0..max_book() {
				submit_as(user(i, &[USDT]), deposit(USDT, SIZE));
			}
			mutate_vault(best, |v| v.open = false);
			to_closing_block();
		});
		ext
	};
	audit_hook("net_vault_rematch", scenario, || {
		let w = Intents::on_initialize(System::block_number());
		let best = max_candidates() - 1;
		assert_eq!(BookSizes::<Test>::get(Book::Vault(best)), None, "every deposit moved");
		w
	});
}

/// A vault book half redemptions queued, half deposits rematched: two paths in one book.
#[test]
fn a_block_settling_a_vault_book_of_queued_redemptions_and_rematched_deposits() {
	let scenario = || {
		let mut ext = new_test_ext();
		ext.execute_with(|| {
			candidate_vaults();
			let best = max_candidates() - 1;
			for i in 0..max_book() {
				let who = user(i, &[USDT]);
				if i % 2 == 0 {
					submit_as(who, deposit(USDT, SIZE));
				} else {
					assert_ok!(MockVaults::deposit(&who, best, SIZE * 2));
					submit_as(who, redeem(best, SIZE, 1));
				}
			}
			// Deposits close (the redemptions still queue).
			mutate_vault(best, |v| v.open = false);
			to_closing_block();
		});
		ext
	};
	let hook = || {
		let w = Intents::on_initialize(System::block_number());
		let best = max_candidates() - 1;
		assert_eq!(BookSizes::<Test>::get(Book::Vault(best)), None, "every intent left the book");
		w
	};
	// Half of the book each way: the dearer computation of the two paths over the whole book
	// bounds it.
	audit_book_hook("net_vault (queue + rematch)", scenario, hook, || {
		let n = max_book();
		<Test as crate::Config>::WeightInfo::net_vault_queue(n)
			.max(<Test as crate::Config>::WeightInfo::net_vault_rematch(n))
	});
}

// ---------------------------------------------------------------------------------------------
// `on_idle`.

/// `on_idle` with all the weight it wants, every open intent expired.
#[test]
fn on_idle_expiring_every_intent() {
	let scenario = || {
		let mut ext = new_test_ext();
		ext.execute_with(|| {
			swaps(DOT, USDT, max_book(), 0, CROSSING);
			System::set_block_number(2 + LIFE);
		});
		ext
	};
	let (accessed, _) = audit_hook("on_idle (expiry)", scenario, || {
		let w = Intents::on_idle(System::block_number(), Weight::MAX);
		assert_eq!(IntentStore::<Test>::iter().count(), 0, "every intent expired");
		w
	});
	assert!(accessed.writes >= max_book());
}

/// `on_idle` when nothing expired: every intent is read, none removed.
#[test]
fn on_idle_reading_intents_that_do_not_expire() {
	let scenario = || {
		let mut ext = new_test_ext();
		ext.execute_with(|| {
			swaps(DOT, USDT, max_book(), 0, CROSSING);
		});
		ext
	};
	audit_hook("on_idle (nothing expired)", scenario, || {
		Intents::on_idle(System::block_number(), Weight::MAX)
	});
}

/// `on_idle` at the deadline of every intent while the best solution of the open batch names
/// most of them (a replaced one named the others): each named one is read and stays, the others
/// expire after the best solution is read.
#[test]
fn on_idle_expiring_intents_of_a_replaced_solution_among_named_ones() {
	let scenario = || {
		let mut ext = named_by_a_replaced_solution();
		ext.execute_with(|| System::set_block_number(2 + LIFE));
		ext
	};
	audit_hook("on_idle (best solution read)", scenario, || {
		let w = Intents::on_idle(System::block_number(), Weight::MAX);
		assert!(!IntentStore::<Test>::contains_key(0), "a free intent expired");
		w
	});
}

/// Closing a batch is charged the benchmark's weight for a solution up to the benchmark's size
/// (which counted every intent read), and one intent read with its proof for each intent
/// beyond it: a bare database read per intent on top of the benchmark charged twice what it
/// counted and no proof for a larger solution.
#[test]
fn closing_a_batch_charges_each_intent_beyond_the_benchmarks_solution_once_with_its_proof() {
	RealWeights::set(true);
	type W = <Test as crate::Config>::WeightInfo;
	let benchmarked = max_fills().min(max_book());
	let close = |checked| crate::Pallet::<Test>::close_batch_weight(checked);
	assert_eq!(close(0), W::close_batch());
	assert_eq!(close(benchmarked), W::close_batch());
	let per_intent = W::reference_clearing(1).saturating_sub(W::reference_clearing(0));
	assert!(per_intent.proof_size() > 0, "an intent read carries its proof");
	assert_eq!(close(benchmarked + 10), W::close_batch().saturating_add(per_intent * 10));
	RealWeights::set(false);
}
