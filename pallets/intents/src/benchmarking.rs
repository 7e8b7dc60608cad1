//! Benchmarks of the intents pallet (frame-benchmarking v2). Calls in their worst case;
//! settlement per step: one solution fill, a pair's reference clearing with `n` intents, a
//! vault book with `n` intents, each including the owners' payouts. The benchmarks that walk a
//! book (or the candidate vaults) measure their proof size (`pov_mode = Measured`): the
//! default estimate counts every iterated key at its maximum size and a whole trie walk per
//! key, which overstates a book of 1 000 intents many times.

use super::*;
use crate::types::*;
use alloc::{vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{fungibles::Inspect, EnsureOrigin, Get},
	BoundedVec,
};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use plexus_primitives::time::now;
use plexus_primitives::{AssetId, VaultId, VaultIntents};
use polkadot_sdk::{
	frame_benchmarking,
	sp_runtime::{traits::Saturating, FixedU128},
};

/// What the benchmarks need from the runtime: assets, balances and vaults.
pub trait BenchmarkHelper<T: Config> {
	/// An existing hub asset with an existential deposit of at most 1 000 000 planck (a
	/// different one for each `seed`).
	fn create_asset(seed: u32) -> AssetId;
	/// Gives `who` `amount` of `asset`, and enough of the native token for storage deposits.
	fn fund(asset: AssetId, who: &T::AccountId, amount: u128);
	/// Creates a governed vault of `asset` that takes deposits, with no lock-up; returns it.
	fn create_vault(asset: AssetId) -> VaultId;
	/// Pauses `vault`: it takes no deposits and no redemptions.
	fn pause_vault(vault: VaultId);
	/// Gives `vault` `n` active strategies (with a reported yield), as many as the runtime lets
	/// a vault have up to `n`: the matcher reads each strategy of every candidate vault
	/// (`StrategyInspect`). The default adds none, and the benchmarks that match deposits then
	/// under-measure a runtime whose vaults have strategies: a runtime implements it.
	fn add_strategies(_vault: VaultId, _n: u32) {}
}

/// A vault of `asset` for deposits, with `MaxAllowedStrategies` strategies.
fn vault_with_strategies<T: Config>(asset: AssetId) -> VaultId {
	let vault = T::BenchmarkHelper::create_vault(asset);
	T::BenchmarkHelper::add_strategies(vault, T::MaxAllowedStrategies::get());
	vault
}

const AMOUNT: u128 = 1_000_000_000_000;

/// Asserts that the last event deposited is `event` of this pallet.
fn assert_last_event<T: Config>(event: Event<T>) {
	frame_system::Pallet::<T>::assert_last_event(<T as frame_system::Config>::RuntimeEvent::from(
		event,
	));
}

/// The `IntentSubmitted` of the intent submitted as `id` by `owner`.
fn submitted<T: Config>(id: IntentId, owner: T::AccountId) -> Event<T> {
	let intent = Intents::<T>::get(id).expect("submitted");
	Event::IntentSubmitted { intent: id, owner, batch: intent.batch, vault: intent.vault }
}

fn user<T: Config>(i: u32, assets: &[AssetId]) -> T::AccountId {
	let who: T::AccountId = account("user", i, 0);
	for asset in assets {
		T::BenchmarkHelper::fund(*asset, &who, AMOUNT.saturating_mul(10));
	}
	who
}

fn deadline<T: Config>() -> BlockNumberFor<T> {
	now::<T>().saturating_add(T::MaxIntentDuration::get())
}

fn swap<T: Config>(give: AssetId, want: AssetId, amount: u128, limit: u128) -> IntentKindOf<T> {
	IntentKind::Swap {
		give: (give, amount),
		want_asset: want,
		min_receive: limit,
		partial_fill: true,
	}
}

fn submit<T: Config>(who: &T::AccountId, kind: IntentKindOf<T>) -> IntentId {
	Pallet::<T>::do_submit_intent(who.clone(), kind, deadline::<T>(), None).expect("valid intent").0
}

/// `n` swap intents on the pair `{a, b}`, alternating directions, all crossing at 1:1.
fn crossing<T: Config>(a: AssetId, b: AssetId, n: u32, from: u32) -> Vec<IntentId> {
	(0..n)
		.map(|i| {
			let who = user::<T>(from + i, &[a, b]);
			if i % 2 == 0 {
				submit::<T>(&who, swap::<T>(a, b, AMOUNT, AMOUNT))
			} else {
				submit::<T>(&who, swap::<T>(b, a, AMOUNT, AMOUNT))
			}
		})
		.collect()
}

/// `who` deposits `AMOUNT` into `vault` and asks to redeem half of the shares it got, for at
/// least `min_assets`.
fn redeem_half<T: Config>(who: &T::AccountId, vault: VaultId, min_assets: u128) -> IntentKindOf<T> {
	T::Vaults::deposit(who, vault, AMOUNT).expect("funded");
	let share = T::Vaults::terms(vault).expect("vault").share_asset;
	let shares = T::Assets::balance(share, who) / 2;
	IntentKind::Redeem { vault, shares, min_assets }
}

fn deposit_constraints<T: Config>() -> DepositConstraints<T::MaxAllowedStrategies> {
	DepositConstraints {
		kinds: VaultKindFilter::Any,
		max_lockup: u32::MAX,
		allowed_strategies: None,
		min_yield_bps: 0,
	}
}

/// The state of a live chain that submissions find: the open batch stored (the hook stores it
/// at the first block, so no submission on a live chain writes it). The escrow is left without
/// the asset the intent escrows: the first intent in an asset (a new share token, a new hub
/// asset) creates the escrow's account in it, the dearest case of a submission.
fn live_chain<T: Config>() {
	if CurrentBatch::<T>::get().is_none() {
		CurrentBatch::<T>::put(Pallet::<T>::current_batch());
	}
}

/// The intent `id` named by a solution of the open batch that a better one, of
/// `MaxSolutionFills` fills not naming it, replaced: removing it reads that best solution to
/// see that it is free (the dearest check of removal).
fn named_by_a_replaced_solution<T: Config>(id: IntentId) {
	let batch = Pallet::<T>::current_batch();
	if CurrentBatch::<T>::get().is_none() {
		CurrentBatch::<T>::put(&batch);
	}
	Intents::<T>::mutate(id, |i| {
		if let Some(i) = i {
			i.in_solution = Some(batch.id);
		}
	});
	let fills = (1..=IntentId::from(T::MaxSolutionFills::get()))
		.map(|k| SolutionFill { intent: id.saturating_add(k), given: AMOUNT, received: AMOUNT })
		.collect::<Vec<_>>();
	let prices = (0..T::MaxSolutionAssets::get()).map(|a| (a, 1u128)).collect::<Vec<_>>();
	let pairs =
		(0..T::MaxSolutionFills::get()).map(|a| (a, a.saturating_add(1))).collect::<Vec<_>>();
	Best::<T>::put(BestSolution {
		batch: batch.id,
		solver: user::<T>(u32::MAX, &[]),
		surplus: 1,
		dust: BoundedVec::truncate_from(prices.clone()),
		solution: Solution {
			prices: BoundedVec::truncate_from(prices),
			fills: BoundedVec::truncate_from(fills),
		},
		pairs: BoundedVec::truncate_from(pairs),
	});
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// A swap intent, on a live chain (the batch stored), the first in its asset.
	#[benchmark]
	fn submit_swap() {
		let (a, b) = (T::BenchmarkHelper::create_asset(0), T::BenchmarkHelper::create_asset(1));
		live_chain::<T>();
		let who = user::<T>(0, &[a]);
		let kind = swap::<T>(a, b, AMOUNT, AMOUNT);
		let id = NextIntentId::<T>::get();
		#[extrinsic_call]
		submit_intent(RawOrigin::Signed(who.clone()), kind, deadline::<T>(), None);
		assert_eq!(AccountIntents::<T>::get(&who).len(), 1);
		assert_last_event::<T>(submitted::<T>(id, who));
	}

	/// A redeem intent on a live chain (the batch stored), the first in its share token (the
	/// vault's terms are read twice: the vault, the size in its asset).
	#[benchmark]
	fn submit_redeem() {
		let asset = T::BenchmarkHelper::create_asset(0);
		let vault = T::BenchmarkHelper::create_vault(asset);
		live_chain::<T>();
		let who = user::<T>(0, &[asset]);
		T::Vaults::deposit(&who, vault, AMOUNT).expect("funded");
		let share = T::Vaults::terms(vault).expect("vault").share_asset;
		let shares = T::Assets::balance(share, &who) / 2;
		let kind = IntentKind::Redeem { vault, shares, min_assets: 0 };
		let id = NextIntentId::<T>::get();
		#[extrinsic_call]
		submit_intent(RawOrigin::Signed(who.clone()), kind, deadline::<T>(), None);
		assert_eq!(AccountIntents::<T>::get(&who).len(), 1);
		assert_eq!(Intents::<T>::get(id).and_then(|i| i.vault), Some(vault));
		assert_last_event::<T>(submitted::<T>(id, who));
	}

	/// A deposit intent on a live chain (the batch stored), the first in its asset, with
	/// `MaxCandidateVaults` vaults of its asset to choose from, each with
	/// `MaxAllowedStrategies` strategies (each read).
	#[benchmark(pov_mode = Measured)]
	fn submit_deposit() {
		let asset = T::BenchmarkHelper::create_asset(0);
		live_chain::<T>();
		for _ in 0..T::MaxCandidateVaults::get() {
			vault_with_strategies::<T>(asset);
		}
		let who = user::<T>(0, &[asset]);
		let kind =
			IntentKind::Deposit { asset, amount: AMOUNT, constraints: deposit_constraints::<T>() };
		let id = NextIntentId::<T>::get();
		#[extrinsic_call]
		submit_intent(RawOrigin::Signed(who.clone()), kind, deadline::<T>(), None);
		assert_eq!(AccountIntents::<T>::get(&who).len(), 1);
		assert_last_event::<T>(submitted::<T>(id, who));
	}

	/// An intent named by a replaced solution (the best solution is read).
	#[benchmark]
	fn cancel() {
		let (a, b) = (T::BenchmarkHelper::create_asset(0), T::BenchmarkHelper::create_asset(1));
		let who = user::<T>(0, &[a]);
		let id = submit::<T>(&who, swap::<T>(a, b, AMOUNT, AMOUNT));
		named_by_a_replaced_solution::<T>(id);
		#[extrinsic_call]
		_(RawOrigin::Signed(who), id);
		assert!(!Intents::<T>::contains_key(id));
		assert_last_event::<T>(Event::IntentCancelled { intent: id });
	}

	/// An expired intent named by a replaced solution (the best solution is read), cleaned up
	/// by another account.
	#[benchmark]
	fn clean_up() {
		let (a, b) = (T::BenchmarkHelper::create_asset(0), T::BenchmarkHelper::create_asset(1));
		let who = user::<T>(0, &[a]);
		let id = submit::<T>(&who, swap::<T>(a, b, AMOUNT, AMOUNT));
		named_by_a_replaced_solution::<T>(id);
		let caller = user::<T>(1, &[]);
		frame_system::Pallet::<T>::set_block_number(deadline::<T>().saturating_add(1u32.into()));
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id);
		assert!(!Intents::<T>::contains_key(id));
		assert_last_event::<T>(Event::IntentExpired { intent: id });
	}

	/// A solution of `n` fills on one pair whose books hold just its intents: the verification
	/// and the reference walk of those `n`. The walk of the rest of the pairs' books is
	/// [`reference_clearing`](Self::reference_clearing), charged on top for the call's
	/// `pair_intents`. The books' keys are iterated under one prefix, sharing their trie nodes:
	/// their proof is the one recorded (`Books: Ignored` adds no per-key trie walk), while every
	/// intent read counts a whole trie walk (`Measured`).
	#[benchmark(pov_mode = Measured { Intents::Books: Ignored })]
	fn submit_solution(n: Linear<2, { T::MaxSolutionFills::get().min(T::MaxBookSize::get()) }>) {
		let (a, b) = (T::BenchmarkHelper::create_asset(0), T::BenchmarkHelper::create_asset(1));
		// Both directions balance: an even number of crossing intents.
		let ids = crossing::<T>(a, b, n - n % 2, 0);
		let fills: Vec<SolutionFill> = ids
			.iter()
			.map(|id| SolutionFill { intent: *id, given: AMOUNT, received: AMOUNT })
			.collect();
		let solution = Solution {
			prices: BoundedVec::truncate_from(vec![(a, 1), (b, 1)]),
			fills: BoundedVec::truncate_from(fills),
		};
		let solver = user::<T>(u32::MAX, &[]);
		let batch = CurrentBatch::<T>::get().map(|b| b.id).unwrap_or(0);
		#[extrinsic_call]
		_(RawOrigin::Signed(solver.clone()), batch, solution, n);
		assert_eq!(Best::<T>::get().map(|b| b.solution.fills.len() as u32), Some(n - n % 2));
		let surplus = Best::<T>::get().map(|b| b.surplus).unwrap_or_default();
		assert_last_event::<T>(Event::SolutionAccepted {
			batch,
			solver,
			surplus,
			fills: n - n % 2,
		});
	}

	/// The reference clearing a solution's check runs on a pair whose two books hold `m`
	/// intents that do not cross: the walk of both books (every intent read) and the clearing.
	/// Proof as in [`submit_solution`](Self::submit_solution).
	#[benchmark(pov_mode = Measured { Intents::Books: Ignored })]
	fn reference_clearing(m: Linear<1, { T::MaxBookSize::get().saturating_mul(2) }>) {
		let (a, b) = (T::BenchmarkHelper::create_asset(0), T::BenchmarkHelper::create_asset(1));
		for i in 0..m {
			let who = user::<T>(i, &[a, b]);
			let (give, want) = if i % 2 == 0 { (a, b) } else { (b, a) };
			submit::<T>(&who, swap::<T>(give, want, AMOUNT, AMOUNT.saturating_mul(10)));
		}
		let (lo, hi) = if a < b { (a, b) } else { (b, a) };
		let batch = Pallet::<T>::current_batch().id;
		let closes = Pallet::<T>::closes_at();
		let read;
		#[block]
		{
			let (orders, walked) =
				Pallet::<T>::pair_orders(lo, hi, batch, closes, m).expect("m intents");
			read = walked;
			assert!(math::reference_clearing(lo, hi, &orders).is_none(), "nothing crosses");
		}
		assert_eq!(read, m);
	}

	#[benchmark]
	fn set_valuation_price() -> Result<(), BenchmarkError> {
		let asset = T::BenchmarkHelper::create_asset(0);
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, asset, Some(FixedU128::from_u32(1)));
		assert!(ValuationPrices::<T>::contains_key(asset));
		assert_last_event::<T>(Event::ValuationPriceSet {
			asset,
			price: Some(FixedU128::from_u32(1)),
		});
		Ok(())
	}

	#[benchmark]
	fn claim_unclaimed() {
		let asset = T::BenchmarkHelper::create_asset(0);
		let who = user::<T>(0, &[]);
		T::BenchmarkHelper::fund(asset, &Pallet::<T>::escrow_account(), AMOUNT.saturating_mul(2));
		Unclaimed::<T>::insert(&who, asset, AMOUNT);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), asset);
		assert!(!Unclaimed::<T>::contains_key(&who, asset));
		assert_last_event::<T>(Event::PayoutClaimed { who, asset, amount: AMOUNT });
	}

	/// `on_initialize` with an open batch that is not due.
	#[benchmark]
	fn on_initialize_idle() {
		CurrentBatch::<T>::put(BatchInfo { id: 0, opened: now::<T>() });
		#[block]
		{
			Pallet::<T>::settle_on_initialize(now::<T>());
		}
	}

	/// Closing a batch whose best solution has `MaxSolutionFills` fills, all of which still
	/// apply (each intent is read; the solution moves to settlement).
	#[benchmark(pov_mode = Measured)]
	fn close_batch() {
		let (a, b) = (T::BenchmarkHelper::create_asset(0), T::BenchmarkHelper::create_asset(1));
		let n = T::MaxSolutionFills::get().min(T::MaxBookSize::get());
		let ids = crossing::<T>(a, b, n, 0);
		let batch = CurrentBatch::<T>::get().unwrap_or(BatchInfo { id: 0, opened: now::<T>() });
		for id in &ids {
			Intents::<T>::mutate(id, |i| {
				if let Some(i) = i {
					i.in_solution = Some(batch.id);
				}
			});
		}
		let fills = ids
			.iter()
			.map(|id| SolutionFill { intent: *id, given: AMOUNT, received: AMOUNT })
			.collect::<Vec<_>>();
		let prices = (0..T::MaxSolutionAssets::get()).map(|a| (a, 1u128)).collect::<Vec<_>>();
		Best::<T>::put(BestSolution {
			batch: batch.id,
			solver: user::<T>(u32::MAX, &[]),
			surplus: 1,
			dust: BoundedVec::truncate_from(prices.clone()),
			solution: Solution {
				prices: BoundedVec::truncate_from(prices),
				fills: BoundedVec::truncate_from(fills),
			},
			pairs: BoundedVec::new(),
		});
		#[block]
		{
			Pallet::<T>::close_batch(batch.clone(), now::<T>());
		}
		assert!(SettlingSolution::<T>::get().is_some());
		assert_last_event::<T>(Event::BatchClosed { batch: batch.id, solved: true });
	}

	/// One solution fill that completes its intent: payout and removal.
	#[benchmark]
	fn apply_fill() {
		let (a, b) = (T::BenchmarkHelper::create_asset(0), T::BenchmarkHelper::create_asset(1));
		let ids = crossing::<T>(a, b, 2, 0);
		#[block]
		{
			Pallet::<T>::apply_swap_fill(ids[0], AMOUNT, AMOUNT);
		}
		assert!(!Intents::<T>::contains_key(ids[0]));
		assert_last_event::<T>(Event::IntentCompleted { intent: ids[0], received: AMOUNT });
	}

	/// The reference clearing of a pair with `n` crossing intents, all paid and completed.
	#[benchmark(pov_mode = Measured)]
	fn clear_pair(n: Linear<2, { T::MaxBookSize::get() }>) {
		let (a, b) = (T::BenchmarkHelper::create_asset(0), T::BenchmarkHelper::create_asset(1));
		let ids = crossing::<T>(a, b, n, 0);
		let batch = CurrentBatch::<T>::get().map(|b| b.id).unwrap_or(0);
		let (lo, hi) = if a < b { (a, b) } else { (b, a) };
		let (orders, _) =
			Pallet::<T>::pair_orders(lo, hi, batch, now::<T>(), u32::MAX).expect("bounded");
		let expected = math::reference_clearing(lo, hi, &orders).expect("the intents cross");
		#[block]
		{
			Pallet::<T>::clear_pair(lo, hi, batch, now::<T>());
		}
		assert!(!Intents::<T>::contains_key(ids[0]));
		assert_last_event::<T>(Event::ReferenceCleared {
			batch,
			pair: (lo, hi),
			price: (expected.prices[0].1, expected.prices[1].1),
			fills: expected.fills.len() as u32,
		});
	}

	/// A vault book of `n` intents: deposits (larger) and redemptions alternate; the
	/// redemptions net completely and the deposits' rest goes into the vault, which has
	/// `MaxAllowedStrategies` strategies (read for the deposits' constraints).
	#[benchmark(pov_mode = Measured)]
	fn net_vault(n: Linear<2, { T::MaxBookSize::get() }>) {
		let asset = T::BenchmarkHelper::create_asset(0);
		let vault = vault_with_strategies::<T>(asset);
		let mut ids = Vec::new();
		for i in 0..n {
			let who = user::<T>(i, &[asset]);
			let kind = if i % 2 == 0 {
				IntentKind::Deposit {
					asset,
					amount: AMOUNT.saturating_mul(2),
					constraints: deposit_constraints::<T>(),
				}
			} else {
				redeem_half::<T>(&who, vault, 0)
			};
			ids.push(submit::<T>(&who, kind));
		}
		let batch = CurrentBatch::<T>::get().map(|b| b.id).unwrap_or(0);
		// The last redemption (settled last, netted completely) receives the netting's assets.
		let remaining = |i: u32| Intents::<T>::get(ids[i as usize]).map(|x| x.remaining);
		let deposits: Vec<u128> = (0..n).step_by(2).filter_map(remaining).collect();
		let redeems: Vec<u128> = (1..n).step_by(2).filter_map(remaining).collect();
		let price = T::Vaults::terms(vault).expect("vault").price;
		let plan = math::net(price, &deposits, &redeems).expect("nets");
		let last_redeem = ids[(n - 1 - n % 2) as usize];
		let received = plan.redeems.last().map(|r| r.1).unwrap_or_default();
		#[block]
		{
			Pallet::<T>::settle_vault_book(vault, batch, now::<T>());
		}
		assert!(!Intents::<T>::contains_key(ids[0]));
		assert_last_event::<T>(Event::IntentCompleted { intent: last_redeem, received });
	}

	/// A vault book of `n` redemptions and no deposit: nothing nets, every redemption goes
	/// into the vault's queue as a request, finalized at once where idle covers it (the dearer
	/// path of a request).
	#[benchmark(pov_mode = Measured)]
	fn net_vault_queue(n: Linear<1, { T::MaxBookSize::get() }>) {
		let asset = T::BenchmarkHelper::create_asset(0);
		let vault = T::BenchmarkHelper::create_vault(asset);
		let mut ids = Vec::new();
		for i in 0..n {
			let who = user::<T>(i, &[asset]);
			ids.push(submit::<T>(&who, redeem_half::<T>(&who, vault, 1)));
		}
		let batch = CurrentBatch::<T>::get().map(|b| b.id).unwrap_or(0);
		#[block]
		{
			Pallet::<T>::settle_vault_book(vault, batch, now::<T>());
		}
		assert!(!Intents::<T>::contains_key(ids[0]));
		// Queued, not netted: the intent completes having received nothing on Plexus yet.
		let last = ids[ids.len() - 1];
		assert_last_event::<T>(Event::IntentCompleted { intent: last, received: 0 });
	}

	/// A vault book of `n` deposits into a vault that stopped taking them: each is matched
	/// again among `MaxCandidateVaults` vaults of its asset, each with `MaxAllowedStrategies`
	/// strategies, and moves to another one's book.
	#[benchmark(pov_mode = Measured)]
	fn net_vault_rematch(n: Linear<1, { T::MaxBookSize::get() }>) {
		let asset = T::BenchmarkHelper::create_asset(0);
		let vault = vault_with_strategies::<T>(asset);
		for _ in 1..T::MaxCandidateVaults::get() {
			vault_with_strategies::<T>(asset);
		}
		let mut ids = Vec::new();
		for i in 0..n {
			let who = user::<T>(i, &[asset]);
			let kind = IntentKind::Deposit {
				asset,
				amount: AMOUNT,
				constraints: deposit_constraints::<T>(),
			};
			ids.push(submit::<T>(&who, kind));
		}
		assert_eq!(Intents::<T>::get(ids[0]).and_then(|i| i.vault), Some(vault));
		T::BenchmarkHelper::pause_vault(vault);
		let batch = CurrentBatch::<T>::get().map(|b| b.id).unwrap_or(0);
		#[block]
		{
			Pallet::<T>::settle_vault_book(vault, batch, now::<T>());
		}
		assert!(Intents::<T>::get(ids[0]).and_then(|i| i.vault).is_some_and(|v| v != vault));
		let last = ids[ids.len() - 1];
		assert_last_event::<T>(Event::IntentSkipped {
			intent: last,
			error: Error::<T>::NoMatchingVault.into(),
		});
	}

	/// The end of a settlement: the solution's dust in `MaxSolutionAssets` assets paid.
	#[benchmark]
	fn finish_settlement() {
		let solver = user::<T>(0, &[]);
		let assets: Vec<AssetId> =
			(0..T::MaxSolutionAssets::get()).map(T::BenchmarkHelper::create_asset).collect();
		for asset in assets.iter() {
			T::BenchmarkHelper::fund(*asset, &Pallet::<T>::escrow_account(), AMOUNT);
		}
		let dust = assets.iter().map(|a| (*a, 1_000_000u128)).collect::<Vec<_>>();
		let solution = BestSolution {
			batch: 0,
			solver,
			surplus: 1,
			dust: BoundedVec::truncate_from(dust),
			solution: Solution { prices: BoundedVec::new(), fills: BoundedVec::new() },
			pairs: BoundedVec::new(),
		};
		SettlingSolution::<T>::put(solution.clone());
		Settling::<T>::put(Settlement { batch: 0, stage: Stage::Books, cursor: None });
		#[block]
		{
			Pallet::<T>::finish_settlement(0, Some(solution));
		}
		assert!(Settling::<T>::get().is_none());
		assert_last_event::<T>(Event::BatchSettled { batch: 0 });
	}

	/// `on_idle` removing one expired intent: whether it may be removed (the open and the
	/// settling batch read), then its refund and removal.
	#[benchmark]
	fn expire_intent() {
		let (a, b) = (T::BenchmarkHelper::create_asset(0), T::BenchmarkHelper::create_asset(1));
		let who = user::<T>(0, &[a]);
		let id = submit::<T>(&who, swap::<T>(a, b, AMOUNT, AMOUNT));
		let intent = Intents::<T>::get(id).expect("submitted");
		frame_system::Pallet::<T>::set_block_number(deadline::<T>().saturating_add(1u32.into()));
		#[block]
		{
			Pallet::<T>::ensure_removable(id, &intent).expect("removable");
			Pallet::<T>::refund_and_remove(id, intent).expect("expired");
		}
		assert!(!Intents::<T>::contains_key(id));
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
