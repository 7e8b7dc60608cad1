//! # Settlement of batches
//!
//! When a batch closes (`auction`), `on_initialize` settles it in steps, each charged its
//! benchmarked weight within `SettlementWeight` per block: first the best solution's fills one
//! by one (`Stage::Solution`), then the books one by one (`Stage::Books`): a vault book nets
//! (`netting`), a pair book the solution does not trade clears by the reference (`auction`),
//! from its lower asset's side. The last step pays the solution's rounding dust and ends the
//! settlement (`BatchSettled`). A settlement larger than a block continues in the next blocks,
//! never truncated, and the next batch closes only after it; the first step of a block always
//! runs, and every single step fits in `SettlementWeight` (the pallet's `integrity_test`).
//! An intent that cannot settle is skipped (`IntentSkipped`) and stays open: it never blocks
//! the batch.

use crate::{pallet::*, types::*, Deliver, WeightInfo};
use plexus_primitives::AssetId;
use polkadot_sdk::{
	frame_support::{pallet_prelude::*, weights::WeightMeter},
	frame_system::pallet_prelude::*,
	sp_runtime::{traits::Saturating, DispatchError},
};

/// What a settlement step did.
enum Step {
	/// It ran.
	Ran,
	/// It did not run: the block's settlement weight is used up.
	OutOfWeight,
	/// The last step was charged: the settlement ends.
	Finished,
}

/// Charges settlement steps to the block's meter. The first step of a block always runs, even
/// beyond the meter; what it uses beyond is counted in `over`.
struct StepMeter<'m> {
	/// The block's settlement meter.
	meter: &'m mut WeightMeter,
	/// Weight used beyond the meter.
	over: Weight,
	/// Whether no step has run in this block yet.
	first: bool,
}

impl StepMeter<'_> {
	/// Charges `weight` for a step; whether the step may run.
	fn charge(&mut self, weight: Weight) -> bool {
		if self.meter.try_consume(weight).is_ok() {
			self.first = false;
			return true;
		}
		if core::mem::take(&mut self.first) {
			self.over = self.over.saturating_add(weight);
			return true;
		}
		false
	}
}

impl<T: Config> Pallet<T> {
	/// Opens the first batch, closes the open batch when its period is over and no settlement
	/// is running, and settles within `SettlementWeight`.
	pub(crate) fn settle_on_initialize(now: BlockNumberFor<T>) -> Weight {
		let mut meter = WeightMeter::with_limit(T::SettlementWeight::get());
		meter.consume(T::WeightInfo::on_initialize_idle());
		let Some(batch) = CurrentBatch::<T>::get() else {
			CurrentBatch::<T>::put(BatchInfo { id: 0, opened: now });
			// Opening the first batch writes it (`on_initialize_idle` only reads).
			return meter.consumed().saturating_add(T::DbWeight::get().writes(1));
		};
		if Settling::<T>::get().is_none() {
			if now < batch.opened.saturating_add(T::BatchPeriod::get()) {
				return meter.consumed();
			}
			let checked = Self::close_batch(batch, now);
			meter.consume(Self::close_batch_weight(checked));
		}
		let over = Self::settle_steps(&mut meter, now);
		meter.consumed().saturating_add(over)
	}

	/// The weight of closing a batch whose best solution's check read `checked` intents: the
	/// benchmark's (a solution of `min(MaxSolutionFills, MaxBookSize)` fills, every intent
	/// read), plus, for each intent beyond those, one intent read as the reference walk
	/// charges it (its key and record, with their proof). It used to add a bare database read
	/// per intent checked on top of the benchmark, which had counted them already, and no proof
	/// for a solution larger than the benchmark's.
	pub(crate) fn close_batch_weight(checked: u32) -> Weight {
		let benchmarked = T::MaxSolutionFills::get().min(T::MaxBookSize::get());
		let per_intent = T::WeightInfo::reference_clearing(1)
			.saturating_sub(T::WeightInfo::reference_clearing(0));
		let beyond = checked.saturating_sub(benchmarked);
		T::WeightInfo::close_batch().saturating_add(per_intent.saturating_mul(beyond.into()))
	}

	/// The weight of settling a vault book of `n` intents: the dearest of its paths per
	/// intent (netted or deposited, queued for redemption, matched to another vault) for all
	/// of them, and a delivery each.
	pub(crate) fn vault_book_weight(n: u32) -> Weight {
		T::WeightInfo::net_vault(n)
			.max(T::WeightInfo::net_vault_queue(n))
			.max(T::WeightInfo::net_vault_rematch(n))
			.saturating_add(T::Deliver::weight().saturating_mul(n.into()))
	}

	/// Runs settlement steps while the meter allows: the solution's fills one by one, then the
	/// books one by one; the last step pays the solution's dust and ends the settlement. The
	/// first step of a block always runs, even if it alone exceeds the meter (one book is
	/// bounded by `MaxBookSize`), so a settlement always progresses; the weight it uses beyond
	/// the meter is returned.
	pub(crate) fn settle_steps(meter: &mut WeightMeter, now: BlockNumberFor<T>) -> Weight {
		let Some(mut state) = Settling::<T>::get() else { return Weight::zero() };
		let solution = SettlingSolution::<T>::get();
		let mut steps = StepMeter { meter, over: Weight::zero(), first: true };
		loop {
			let step = match state.stage {
				Stage::Solution(next) => {
					Self::solution_step(&mut state, next, solution.as_ref(), &mut steps)
				},
				Stage::Books => Self::book_step(&mut state, solution.as_ref(), &mut steps, now),
			};
			match step {
				Step::Ran => {},
				Step::OutOfWeight => break,
				Step::Finished => {
					Self::finish_settlement(state.batch, solution);
					return steps.over;
				},
			}
		}
		Settling::<T>::put(state);
		steps.over
	}

	/// Applies the solution's fill `next`, or moves on to the books after the last fill.
	fn solution_step(
		state: &mut Settlement<KeyLimit>,
		next: u32,
		solution: Option<&BestSolutionOf<T>>,
		steps: &mut StepMeter,
	) -> Step {
		let Some(fill) = solution.and_then(|s| s.solution.fills.get(next as usize)) else {
			state.stage = Stage::Books;
			return Step::Ran;
		};
		let weight = T::WeightInfo::apply_fill().saturating_add(T::Deliver::weight());
		if !steps.charge(weight) {
			return Step::OutOfWeight;
		}
		Self::apply_swap_fill(fill.intent, fill.given, fill.received);
		state.stage = Stage::Solution(next.saturating_add(1));
		Step::Ran
	}

	/// Settles the book after the cursor (a vault book nets, a pair clears by the reference),
	/// or, after the last book, charges the final step (`Finished`).
	fn book_step(
		state: &mut Settlement<KeyLimit>,
		solution: Option<&BestSolutionOf<T>>,
		steps: &mut StepMeter,
		now: BlockNumberFor<T>,
	) -> Step {
		let next = match &state.cursor {
			Some(key) => BookSizes::<T>::iter_from(key.to_vec()).next(),
			None => BookSizes::<T>::iter().next(),
		};
		let Some((book, size)) = next else {
			return if steps.charge(T::WeightInfo::finish_settlement()) {
				Step::Finished
			} else {
				Step::OutOfWeight
			};
		};
		let clears = Self::pair_to_clear(&book, size, solution);
		let weight = match clears {
			None => Self::vault_book_weight(size),
			Some(Some(n)) => T::WeightInfo::clear_pair(n)
				.saturating_add(T::Deliver::weight().saturating_mul(n.into())),
			Some(None) => T::DbWeight::get().reads(1),
		};
		if !steps.charge(weight) {
			return Step::OutOfWeight;
		}
		match (&book, clears) {
			(Book::Vault(vault), _) => Self::settle_vault_book(*vault, state.batch, now),
			(Book::Pair(a, b), Some(Some(_))) => Self::clear_pair(*a, *b, state.batch, now),
			_ => {},
		}
		state.cursor = Some(BoundedVec::truncate_from(BookSizes::<T>::hashed_key_for(&book)));
		Step::Ran
	}

	/// For a pair book of `size` intents, whether it clears by the reference now and with how
	/// many intents (`Some(Some(n))`) or costs one read (`Some(None)`); `None` for a vault
	/// book. A pair clears from its lower asset's book, when both directions have intents and
	/// the solution does not trade it.
	fn pair_to_clear(
		book: &Book<AssetId>,
		size: u32,
		solution: Option<&BestSolutionOf<T>>,
	) -> Option<Option<u32>> {
		match book {
			Book::Vault(_) => None,
			Book::Pair(a, b) => {
				let other = BookSizes::<T>::get(Book::Pair(*b, *a)).unwrap_or(0);
				let solved = solution
					.is_some_and(|s| s.pairs.contains(&(*a, *b)) || s.pairs.contains(&(*b, *a)));
				Some((a < b && other > 0 && !solved).then_some(size.saturating_add(other)))
			},
		}
	}

	/// Ends the settlement of `batch`: pays the solution's rounding dust to the dust recipient
	/// and clears the settlement's state (`BatchSettled`).
	pub(crate) fn finish_settlement(batch: BatchId, solution: Option<BestSolutionOf<T>>) {
		if let Some(solution) = solution {
			let recipient = T::DustRecipient::get();
			for (asset, amount) in solution.dust.into_iter().filter(|(_, a)| *a > 0) {
				// Dust below the recipient's minimum stays in escrow; it belongs to nobody.
				let _ = Self::escrow_out(asset, &recipient, amount);
			}
		}
		SettlingSolution::<T>::kill();
		Settling::<T>::kill();
		Self::deposit_event(Event::BatchSettled { batch });
	}

	/// Books a swap fill: the intent gives `given` (already in escrow) and receives `received`
	/// of its `want_asset`; it completes when nothing is left. Returns the weight of a delivery.
	pub(crate) fn apply_swap_fill(id: IntentId, given: u128, received: u128) -> Weight {
		let Some(mut intent) = Intents::<T>::get(id) else { return Weight::zero() };
		let IntentKind::Swap { want_asset, .. } = intent.kind else { return Weight::zero() };
		if intent.settle(given, received).is_none() {
			Self::deposit_event(Event::IntentSkipped {
				intent: id,
				error: Error::<T>::FillTooLarge.into(),
			});
			return Weight::zero();
		}
		Self::deposit_event(Event::SwapFilled { intent: id, given, received });
		let weight = Self::pay_out(id, &intent, want_asset, received);
		Self::store_or_complete(id, intent);
		weight
	}

	/// Removes a settled intent (deposit returned) or stores what is left of it.
	pub(crate) fn store_or_complete(id: IntentId, mut intent: IntentOf<T>) {
		if intent.remaining == 0 {
			let received = intent.received;
			match Self::remove(id, intent) {
				Ok(()) => Self::deposit_event(Event::IntentCompleted { intent: id, received }),
				Err(error) => Self::deposit_event(Event::IntentSkipped { intent: id, error }),
			}
		} else {
			intent.in_solution = None;
			Intents::<T>::insert(id, intent);
		}
	}

	/// Reports that intent `intent` could not settle in this batch (`IntentSkipped`).
	pub(crate) fn skip(intent: IntentId, error: DispatchError) {
		Self::deposit_event(Event::IntentSkipped { intent, error });
	}
}
