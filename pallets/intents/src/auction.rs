//! # Batch auction
//!
//! Swap intents (hub assets and share tokens alike) trade in batch auctions at uniform clearing
//! prices, after CoW Protocol's batch auctions with solver competition and call-auction price
//! formation.
//!
//! **Batches.** A batch closes every `BatchPeriod` blocks. While it is open anyone may submit
//! a solution ([`Pallet::submit_solution`]): a price `p_a` per asset and fills per swap intent.
//!
//! **Verification** (`do_submit_solution`, [`math::verify`]). A fill giving `g` of
//! `a` for `b` must receive exactly `⌊g·p_a / p_b⌋` (one uniform price per directed pair,
//! rings of assets included) and at least `⌊limit·g / amount⌋`; an all-or-nothing intent fills
//! whole; every asset is conserved: `Σ in = Σ out + dust`, the dust at most the receivers'
//! rounding plus one unit of the dearest asset traded (`receivers(a) + ⌈max p / p_a⌉`), paid to
//! `DustRecipient` at settlement. Verification is O(fills + assets) plus, for each pair the
//! solution trades, the chain's reference clearing of that pair: the solution's surplus on
//! each directed pair must be at least the reference's.
//!
//! **Winner choice.** The batch keeps the solution with the greatest total surplus,
//! `Σ_i value(received_i − limit_i)` in one common unit ([`ValuationPrices`], shares through
//! their vault's price, [`Pallet::value_of`]); a later solution must beat it strictly.
//!
//! **Reference clearing** ([`math::reference_clearing`], applied by `clear_pair`).
//! Pairs the best solution does not trade clear at settlement by the chain's own call auction:
//! the limit price of one of the intents at which the most trades (the lowest on ties), the
//! short side filled completely and the long side by price, then time priority.
//!
//! **Closing** (`close_batch`). The best solution moves to settlement all or
//! nothing: if any of its fills no longer applies to its intent, the whole solution is dropped
//! and the batch settles by the reference alone.

use crate::{math, pallet::*, types::*};
use alloc::vec::Vec;
use plexus_primitives::time::now;
use plexus_primitives::{AssetId, VaultIntents};
use polkadot_sdk::{
	frame_support::{
		ensure,
		pallet_prelude::*,
		traits::{
			fungibles::Inspect,
			tokens::{DepositConsequence, Provenance},
		},
	},
	frame_system::pallet_prelude::*,
	sp_runtime::{traits::Saturating, DispatchError, DispatchResult, FixedPointNumber, FixedU128},
};

/// The intents a solution fills, and each fill with its intent as an order of the auction.
type CheckedFills<T> = (Vec<IntentOf<T>>, Vec<(math::Order<AssetId>, math::Fill)>);

impl<T: Config> Pallet<T> {
	/// The open batch, opening batch 0 at the current block if none is open yet.
	pub(crate) fn current_batch() -> BatchInfo<BlockNumberFor<T>> {
		CurrentBatch::<T>::get().unwrap_or(BatchInfo { id: 0, opened: now::<T>() })
	}

	/// The block the open batch closes in (at the earliest).
	pub fn closes_at() -> BlockNumberFor<T> {
		Self::current_batch().opened.saturating_add(T::BatchPeriod::get())
	}

	/// Value of `amount` of `asset` in the common unit: its valuation price, or for a share
	/// token without one, the value of what the shares redeem for.
	pub fn value_of(asset: AssetId, amount: u128) -> u128 {
		if let Some(price) = ValuationPrices::<T>::get(asset) {
			return price.saturating_mul_int(amount);
		}
		T::Vaults::vault_of_share(&asset)
			.and_then(T::Vaults::terms)
			.and_then(|t| {
				let assets = math::assets_of(t.price, amount)?;
				ValuationPrices::<T>::get(t.asset).map(|p| p.saturating_mul_int(assets))
			})
			.unwrap_or(0)
	}

	/// The open swap intents of the batches up to `batch` in the books of `a → b` and `b → a`
	/// that may settle at block `at`, as orders, with the number of book entries read to find
	/// them (every intent of the two books, whether it may settle or not); `None` when there are
	/// more than `max`.
	pub(crate) fn pair_orders(
		a: AssetId,
		b: AssetId,
		batch: BatchId,
		at: BlockNumberFor<T>,
		max: u32,
	) -> Option<(Vec<math::Order<AssetId>>, u32)> {
		let mut orders = Vec::new();
		let mut seen = 0u32;
		for book in [Book::Pair(a, b), Book::Pair(b, a)] {
			for id in Books::<T>::iter_key_prefix(&book) {
				seen = seen.saturating_add(1);
				if seen > max {
					return None;
				}
				let Some(intent) = Intents::<T>::get(id) else { continue };
				if intent.batch <= batch && intent.deadline >= at && intent.remaining > 0 {
					orders.extend(intent.order(id));
				}
			}
		}
		Some((orders, seen))
	}

	/// Closes the open batch: its best solution (if any) moves to settlement and the next batch
	/// opens.
	///
	/// A solution is applied all or nothing: if any of its fills no longer applies to its
	/// intent as accepted (a defensive check: the intents it names can neither be cancelled,
	/// expire before settlement, nor be named by another settlement), the whole solution is
	/// dropped, so no counterparty is ever paid out of other users' escrow. Returns the number
	/// of intents read for that check.
	pub(crate) fn close_batch(batch: BatchInfo<BlockNumberFor<T>>, now: BlockNumberFor<T>) -> u32 {
		let mut checked = 0u32;
		let solution = Best::<T>::take().filter(|b| b.batch == batch.id).filter(|b| {
			let stale = b.solution.fills.iter().find(|f| {
				checked = checked.saturating_add(1);
				!Self::fill_applies(b.batch, f)
			});
			if let Some(fill) = stale {
				Self::deposit_event(Event::SolutionDropped { batch: b.batch, intent: fill.intent });
			}
			stale.is_none()
		});
		let solved = solution.is_some();
		SettlingSolution::<T>::set(solution);
		Settling::<T>::put(Settlement {
			batch: batch.id,
			stage: if solved { Stage::Solution(0) } else { Stage::Books },
			cursor: None,
		});
		CurrentBatch::<T>::put(BatchInfo { id: batch.id.saturating_add(1), opened: now });
		Self::deposit_event(Event::BatchClosed { batch: batch.id, solved });
		checked
	}

	/// Whether `fill` still applies to its intent as when the solution of `batch` was accepted:
	/// the intent is an open swap named by that solution and can still give `given`.
	fn fill_applies(batch: BatchId, fill: &SolutionFill) -> bool {
		Intents::<T>::get(fill.intent).is_some_and(|mut intent| {
			matches!(intent.kind, IntentKind::Swap { .. })
				&& intent.in_solution == Some(batch)
				&& intent.settle(fill.given, fill.received).is_some()
		})
	}

	/// The reference clearing of pair `{a, b}` (both directions) for the intents of batches up
	/// to `batch`, applied; the rounding dust goes to the dust recipient.
	pub(crate) fn clear_pair(a: AssetId, b: AssetId, batch: BatchId, now: BlockNumberFor<T>) {
		let Some((orders, _)) = Self::pair_orders(a, b, batch, now, u32::MAX) else { return };
		let Some(clearing) = math::reference_clearing(a, b, &orders) else { return };
		for fill in clearing.fills.iter() {
			Self::apply_swap_fill(fill.intent, fill.given, fill.received);
		}
		let recipient = T::DustRecipient::get();
		for (asset, dust) in clearing.verified.dust.iter().filter(|(_, d)| *d > 0) {
			let _ = Self::escrow_out(*asset, &recipient, *dust);
		}
		let price = (
			clearing.prices.first().map(|p| p.1).unwrap_or(0),
			clearing.prices.get(1).map(|p| p.1).unwrap_or(0),
		);
		Self::deposit_event(Event::ReferenceCleared {
			batch,
			pair: (a, b),
			price,
			fills: clearing.fills.len() as u32,
		});
	}

	/// Verifies a solver's solution for the open batch `batch` and keeps it as the batch's
	/// best if its total surplus beats the best so far: its shape, each fill against its
	/// intent, uniform prices and conservation ([`math::verify`]), at least the reference's
	/// surplus on every pair it trades, then the comparison.
	pub(crate) fn do_submit_solution(
		solver: T::AccountId,
		batch: BatchId,
		solution: SolutionOf<T>,
		pair_intents: u32,
	) -> DispatchResult {
		let open = Self::current_batch();
		ensure!(batch == open.id, Error::<T>::WrongBatch);
		Self::ensure_well_formed(&solution)?;
		let closes = Self::closes_at();
		let (intents, checked) = Self::checked_fills(&solution, closes)?;
		let verified = math::verify(&checked, &solution.prices).map_err(Error::<T>::from)?;
		let pairs = Self::traded_pairs(&verified);
		Self::ensure_beats_reference(&pairs, &verified, open.id, closes, pair_intents)?;
		let surplus = Self::total_surplus(&verified);
		if let Some(best) = Best::<T>::get().filter(|b| b.batch == open.id) {
			ensure!(surplus > best.surplus, Error::<T>::NotBetter);
		}
		Self::accept_solution(open, solver, solution, intents, pairs, verified.dust, surplus);
		Ok(())
	}

	/// A solution fills something, prices each asset once and lists its fills sorted by intent
	/// id, each intent once.
	fn ensure_well_formed(solution: &SolutionOf<T>) -> DispatchResult {
		ensure!(!solution.fills.is_empty(), Error::<T>::EmptySolution);
		for (i, (asset, _)) in solution.prices.iter().enumerate() {
			ensure!(
				solution.prices.iter().skip(i + 1).all(|(other, _)| other != asset),
				Error::<T>::MissingPrice
			);
		}
		ensure!(
			solution.fills.windows(2).all(|w| w[0].intent < w[1].intent),
			Error::<T>::FillsNotSorted
		);
		Ok(())
	}

	/// The intents a solution fills, and each fill with its intent as an order, once every fill
	/// passed [`Self::check_fill`].
	fn checked_fills(
		solution: &SolutionOf<T>,
		closes: BlockNumberFor<T>,
	) -> Result<CheckedFills<T>, DispatchError> {
		let settling = Settling::<T>::get().map(|s| s.batch);
		let mut intents = Vec::with_capacity(solution.fills.len());
		let mut checked = Vec::with_capacity(solution.fills.len());
		for fill in solution.fills.iter() {
			let (intent, order) = Self::check_fill(fill, settling, closes)?;
			checked.push((
				order,
				math::Fill { intent: fill.intent, given: fill.given, received: fill.received },
			));
			intents.push(intent);
		}
		Ok((intents, checked))
	}

	/// A fill pays something to an open swap intent that no settling batch may still fill,
	/// that lives until the batch closes (`closes`) and whose owner can receive the output.
	fn check_fill(
		fill: &SolutionFill,
		settling: Option<BatchId>,
		closes: BlockNumberFor<T>,
	) -> Result<(IntentOf<T>, math::Order<AssetId>), DispatchError> {
		// Nothing for nothing: a solver's fill pays its intent something, even one whose
		// limit (pro rata) is 0.
		ensure!(fill.received > 0, Error::<T>::ZeroFill);
		let intent = Intents::<T>::get(fill.intent).ok_or(Error::<T>::UnknownIntent)?;
		let order = intent.order(fill.intent).ok_or(Error::<T>::NotASwap)?;
		// An intent of a batch that is still settling may yet be filled by that settlement
		// (its solution or its reference clearing): no other solution may name it.
		if let Some(settling) = settling {
			ensure!(
				intent.batch > settling && intent.in_solution != Some(settling),
				Error::<T>::SettlementInProgress
			);
		}
		ensure!(intent.deadline >= closes, Error::<T>::ExpiresBeforeSettlement);
		ensure!(
			T::Assets::can_deposit(order.want, &intent.owner, fill.received, Provenance::Extant)
				== DepositConsequence::Success
				|| fill.received == 0,
			Error::<T>::CannotReceive
		);
		Ok((intent, order))
	}

	/// The pairs a verified clearing trades, each once as `(low, high)`.
	fn traded_pairs(verified: &math::Verified<AssetId>) -> Vec<(AssetId, AssetId)> {
		let mut pairs: Vec<(AssetId, AssetId)> = Vec::new();
		for ((give, want), _) in verified.surplus.iter() {
			let pair = if give < want { (*give, *want) } else { (*want, *give) };
			if !pairs.contains(&pair) {
				pairs.push(pair);
			}
		}
		pairs
	}

	/// On every directed pair of the traded `pairs`, the solution's surplus is at least the
	/// reference clearing's of the pair's intents up to batch `open`; the pairs' intents read
	/// are at most `pair_intents` (`PairIntentsHintTooLow`).
	fn ensure_beats_reference(
		pairs: &[(AssetId, AssetId)],
		verified: &math::Verified<AssetId>,
		open: BatchId,
		closes: BlockNumberFor<T>,
		pair_intents: u32,
	) -> DispatchResult {
		let mut budget = pair_intents;
		for (a, b) in pairs.iter() {
			let (orders, read) = Self::pair_orders(*a, *b, open, closes, budget)
				.ok_or(Error::<T>::PairIntentsHintTooLow)?;
			// The budget pays for every intent read, kept or not (the weight charged for it).
			budget = budget.saturating_sub(read);
			if let Some(reference) = math::reference_clearing(*a, *b, &orders) {
				for (pair, surplus) in reference.verified.surplus.iter() {
					ensure!(verified.surplus_of(*pair) >= *surplus, Error::<T>::WorseThanReference);
				}
			}
		}
		Ok(())
	}

	/// A clearing's total surplus in the common unit: `Σ value_of(want, surplus)` over its
	/// directed pairs.
	fn total_surplus(verified: &math::Verified<AssetId>) -> u128 {
		verified
			.surplus
			.iter()
			.fold(0u128, |acc, ((_, want), s)| acc.saturating_add(Self::value_of(*want, *s)))
	}

	/// Keeps a verified solution as the best of the open batch: marks its intents as in it,
	/// stores it with its surplus, dust and pairs, and opens the batch if it was not stored.
	fn accept_solution(
		open: BatchInfo<BlockNumberFor<T>>,
		solver: T::AccountId,
		solution: SolutionOf<T>,
		intents: Vec<IntentOf<T>>,
		pairs: Vec<(AssetId, AssetId)>,
		dust: Vec<(AssetId, u128)>,
		surplus: u128,
	) {
		for (mut intent, fill) in intents.into_iter().zip(solution.fills.iter()) {
			intent.in_solution = Some(open.id);
			Intents::<T>::insert(fill.intent, intent);
		}
		let fills = solution.fills.len() as u32;
		let pairs = BoundedVec::truncate_from(pairs);
		let dust = BoundedVec::truncate_from(dust);
		Best::<T>::put(BestSolution {
			batch: open.id,
			solver: solver.clone(),
			surplus,
			dust,
			solution,
			pairs,
		});
		if CurrentBatch::<T>::get().is_none() {
			CurrentBatch::<T>::put(open.clone());
		}
		Self::deposit_event(Event::SolutionAccepted { batch: open.id, solver, surplus, fills });
	}

	/// Sets or removes the valuation price of `asset`.
	pub(crate) fn do_set_valuation_price(
		asset: AssetId,
		price: Option<FixedU128>,
	) -> DispatchResult {
		ensure!(T::Assets::asset_exists(asset), Error::<T>::UnknownAsset);
		ValuationPrices::<T>::set(asset, price);
		Self::deposit_event(Event::ValuationPriceSet { asset, price });
		Ok(())
	}
}

impl<T> From<math::ClearingError> for Error<T> {
	fn from(e: math::ClearingError) -> Self {
		use math::ClearingError as E;
		match e {
			E::ZeroFill => Error::ZeroFill,
			E::FillTooLarge => Error::FillTooLarge,
			E::PartialFillNotAllowed => Error::PartialFillNotAllowed,
			E::MissingPrice => Error::MissingPrice,
			E::PriceNotUniform => Error::PriceNotUniform,
			E::LimitViolated => Error::LimitViolated,
			E::NotConserved => Error::NotConserved,
			E::Overflow => Error::Overflow,
		}
	}
}
