//! The logic behind the calls: submission, cancellation, clean-up, solutions and claims.

use crate::{math, pallet::*, types::*, Deliver, WeightInfo};
use alloc::vec::Vec;
use plexus_primitives::{AssetId, StrategyInspect, VaultId, VaultIntents};
use polkadot_sdk::{
	frame_support::{
		ensure,
		pallet_prelude::*,
		storage::with_storage_layer,
		traits::{
			fungibles::{Inspect, Mutate},
			tokens::{DepositConsequence, Fortitude, Preservation, Provenance},
			Consideration, Footprint,
		},
	},
	frame_system::{self, pallet_prelude::*},
	sp_runtime::{traits::Saturating, DispatchError, DispatchResult, FixedPointNumber},
	staging_xcm::latest::Location,
};

/// The current block.
pub(crate) fn now<T: Config>() -> BlockNumberFor<T> {
	frame_system::Pallet::<T>::block_number()
}

impl<T: Config> Pallet<T> {
	/// The open batch, opening batch 0 at the current block if none is open yet.
	pub(crate) fn current_batch() -> BatchInfo<BlockNumberFor<T>> {
		CurrentBatch::<T>::get().unwrap_or(BatchInfo { id: 0, opened: now::<T>() })
	}

	/// The block the open batch closes in (at the earliest).
	pub fn closes_at() -> BlockNumberFor<T> {
		Self::current_batch().opened.saturating_add(T::BatchPeriod::get())
	}

	/// The weight of submitting an intent of `kind` into a book that is not full.
	pub(crate) fn submit_weight(kind: &IntentKindOf<T>) -> Weight {
		match kind {
			IntentKind::Deposit { .. } => T::WeightInfo::submit_deposit(),
			IntentKind::Redeem { .. } => T::WeightInfo::submit_redeem(),
			IntentKind::Swap { .. } => T::WeightInfo::submit_swap(),
		}
	}

	/// Submits an intent, evicting from a full book if it may; returns its id and how many
	/// intents of the book were read to find whom to evict (0 if the book was not full).
	pub(crate) fn submit_evicting(
		who: T::AccountId,
		kind: IntentKindOf<T>,
		deadline: BlockNumberFor<T>,
		deliver_to: Option<Location>,
	) -> Result<(Id, u32), DispatchError> {
		let now = now::<T>();
		ensure!(deadline > now, Error::<T>::DeadlinePassed);
		ensure!(
			deadline <= now.saturating_add(T::MaxIntentDuration::get()),
			Error::<T>::DeadlineTooFar
		);
		if let Some(to) = &deliver_to {
			ensure!(to.parents > 0, Error::<T>::BadLocation);
		}
		let (amount, limit) = kind.amount_and_limit();
		let (escrow_asset, vault) = match &kind {
			IntentKind::Deposit { asset, amount, constraints } => {
				ensure!(T::Assets::asset_exists(*asset), Error::<T>::UnknownAsset);
				Self::ensure_size(*asset, *amount, None)?;
				let vault = Self::best_vault(*asset, *amount, constraints)
					.ok_or(Error::<T>::NoMatchingVault)?;
				Self::ensure_size(*asset, *amount, Some(&Book::Vault(vault)))?;
				(*asset, Some(vault))
			},
			IntentKind::Redeem { vault, shares, .. } => {
				let terms = T::Vaults::terms(*vault).ok_or(Error::<T>::UnknownVault)?;
				Self::ensure_size(terms.share_asset, *shares, Some(&Book::Vault(*vault)))?;
				(terms.share_asset, Some(*vault))
			},
			IntentKind::Swap { give, want_asset, min_receive, .. } => {
				ensure!(give.0 != *want_asset, Error::<T>::SameAsset);
				ensure!(*min_receive > 0, Error::<T>::ZeroLimit);
				ensure!(
					T::Assets::asset_exists(give.0) && T::Assets::asset_exists(*want_asset),
					Error::<T>::UnknownAsset
				);
				Self::ensure_size(give.0, give.1, Some(&Book::Pair(give.0, *want_asset)))?;
				(give.0, None)
			},
		};

		let escrow = Self::escrow_account();
		// The escrow keeps one existential deposit of every asset it has held, so paying out
		// never reaps it (which would burn what is left below the minimum); the first intent in
		// an asset provides it.
		let floor = T::Assets::minimum_balance(escrow_asset)
			.saturating_sub(T::Assets::balance(escrow_asset, &escrow));
		let escrowed = amount.checked_add(floor).ok_or(Error::<T>::InsufficientBalance)?;
		ensure!(
			T::Assets::reducible_balance(
				escrow_asset,
				&who,
				Preservation::Expendable,
				Fortitude::Polite
			) >= escrowed,
			Error::<T>::InsufficientBalance
		);
		// A part of the balance leaves at least the minimum behind (never destroyed as dust).
		let keep = plexus_primitives::transfer::keeping_minimum::<T::Assets, _>(
			escrow_asset,
			&who,
			escrowed,
		)
		.ok_or(Error::<T>::RemainderBelowMinimum)?;

		let id = NextIntentId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		AccountIntents::<T>::try_mutate(&who, |list| list.try_push(id))
			.map_err(|_| Error::<T>::TooManyIntents)?;
		T::Assets::transfer(escrow_asset, &who, &escrow, escrowed, keep)?;
		let ticket = T::Consideration::new(&who, Footprint::from_mel::<IntentOf<T>>())?;
		let batch = Self::current_batch();
		if CurrentBatch::<T>::get().is_none() {
			CurrentBatch::<T>::put(&batch);
		}
		let intent = IntentOf::<T> {
			owner: who.clone(),
			kind,
			escrow: escrow_asset,
			remaining: amount,
			limit,
			received: 0,
			vault,
			deliver_to,
			deadline,
			batch: batch.id,
			in_solution: None,
			ticket,
		};
		let book = intent.book().ok_or(Error::<T>::UnknownVault)?;
		let read = if BookSizes::<T>::get(&book).unwrap_or(0) >= T::MaxBookSize::get() {
			Self::evict_for(&book, id, &intent)?
		} else {
			0
		};
		Self::add_to_book(book, id)?;
		Intents::<T>::insert(id, intent);
		NextIntentId::<T>::put(next);
		Self::deposit_event(Event::IntentSubmitted {
			intent: id,
			owner: who,
			batch: batch.id,
			vault,
		});
		Ok((id, read))
	}

	/// Fails with `TooSmall` when `amount` of `asset` is below the minimum size in `book`
	/// ([`Self::min_size`]; shares: their value in the vault's asset against that asset's).
	pub(crate) fn ensure_size(
		asset: AssetId,
		amount: u128,
		book: Option<&Book<AssetId>>,
	) -> DispatchResult {
		ensure!(amount > 0, Error::<T>::TooSmall);
		let (asset, amount) = match T::Vaults::vault_of_share(&asset).and_then(T::Vaults::terms) {
			Some(terms) => {
				(terms.asset, math::assets_of(terms.price, amount).ok_or(Error::<T>::Overflow)?)
			},
			None => (asset, amount),
		};
		ensure!(amount >= Self::min_size(asset, book), Error::<T>::TooSmall);
		Ok(())
	}

	/// The minimum size of a new intent in `book`, planck of `asset`: `MinSizeFactor` × the
	/// asset's existential deposit, doubled for every eighth of the book (`MaxBookSize`)
	/// already taken: `ED·f·2^⌊8·n/MaxBookSize⌋`, up to 256× when the book is nearly full.
	/// Filling a book to block others so costs ever more escrow, while the first intents of a
	/// book pay the base size.
	pub fn min_size(asset: AssetId, book: Option<&Book<AssetId>>) -> u128 {
		let taken = book.and_then(BookSizes::<T>::get).unwrap_or(0);
		let eighths = taken.saturating_mul(8) / T::MaxBookSize::get().max(1);
		T::Assets::minimum_balance(asset)
			.saturating_mul(T::MinSizeFactor::get())
			.saturating_mul(1u128 << eighths.min(8))
	}

	/// The best vault for a deposit of `amount` of `asset` under `constraints`: among the vaults
	/// of the asset that take deposits now and meet them, the highest reported yield, then room
	/// for the whole amount, then the lowest id.
	pub fn best_vault(
		asset: AssetId,
		amount: u128,
		constraints: &DepositConstraints<T::MaxAllowedStrategies>,
	) -> Option<VaultId> {
		T::Vaults::vaults_of_asset(&asset, T::MaxCandidateVaults::get())
			.into_iter()
			.filter_map(|vault| {
				let terms = T::Vaults::terms(vault)?;
				if !terms.accepts_deposits || terms.asset != asset {
					return None;
				}
				let yield_bps = T::Strategies::reported_yield_bps(vault);
				let strategies = T::Strategies::vault_strategies(vault);
				constraints.admit(&terms, &strategies, yield_bps).then_some((
					yield_bps,
					terms.deposit_room >= amount,
					core::cmp::Reverse(vault),
				))
			})
			.max()
			.map(|(_, _, core::cmp::Reverse(vault))| vault)
	}

	pub(crate) fn add_to_book(book: Book<AssetId>, id: Id) -> DispatchResult {
		BookSizes::<T>::try_mutate(&book, |size| -> DispatchResult {
			let n = size.unwrap_or(0);
			ensure!(n < T::MaxBookSize::get(), Error::<T>::BookFull);
			*size = Some(n.saturating_add(1));
			Ok(())
		})?;
		Books::<T>::insert(book, id, ());
		Ok(())
	}

	pub(crate) fn remove_from_book(book: &Book<AssetId>, id: Id) {
		if Books::<T>::take(book, id).is_some() {
			BookSizes::<T>::mutate_exists(book, |size| {
				*size = size.map(|n| n.saturating_sub(1)).filter(|n| *n > 0);
			});
		}
	}

	pub(crate) fn do_cancel(who: &T::AccountId, id: Id) -> DispatchResult {
		let intent = Intents::<T>::get(id).ok_or(Error::<T>::UnknownIntent)?;
		ensure!(intent.owner == *who, Error::<T>::NotOwner);
		Self::ensure_removable(id, &intent)?;
		Self::refund_and_remove(id, intent)?;
		Self::deposit_event(Event::IntentCancelled { intent: id });
		Ok(())
	}

	pub(crate) fn do_clean_up(id: Id) -> DispatchResult {
		let intent = Intents::<T>::get(id).ok_or(Error::<T>::UnknownIntent)?;
		ensure!(now::<T>() > intent.deadline, Error::<T>::NotExpired);
		Self::ensure_removable(id, &intent)?;
		Self::refund_and_remove(id, intent)?;
		Self::deposit_event(Event::IntentExpired { intent: id });
		Ok(())
	}

	/// An intent of a batch that is settling, or named by the open batch's best solution,
	/// stays until that settlement. One named only by a solution that a better one replaced is
	/// free again.
	pub(crate) fn ensure_removable(id: Id, intent: &IntentOf<T>) -> DispatchResult {
		let open = Self::current_batch().id;
		let settling = Settling::<T>::get().map(|s| s.batch);
		let named = |id: Id| {
			Best::<T>::get().is_some_and(|b| {
				b.batch == open && b.solution.fills.binary_search_by_key(&id, |f| f.intent).is_ok()
			})
		};
		match Self::removal_blocked(id, intent, settling, open, named) {
			Some(error) => Err(error.into()),
			None => Ok(()),
		}
	}

	/// Why `intent` may not leave its book now, if it may not: it belongs to the settling
	/// batch `settling`, or the open batch `open`'s best solution names it (`named`, asked
	/// only for an intent marked as in that solution).
	pub(crate) fn removal_blocked(
		id: Id,
		intent: &IntentOf<T>,
		settling: Option<BatchId>,
		open: BatchId,
		named: impl FnOnce(Id) -> bool,
	) -> Option<Error<T>> {
		if settling.is_some_and(|s| intent.batch <= s) {
			return Some(Error::<T>::SettlementInProgress);
		}
		(intent.in_solution == Some(open) && named(id)).then_some(Error::<T>::IntentInSolution)
	}

	/// Returns the escrow left to the owner and removes the intent (its deposit too).
	pub(crate) fn refund_and_remove(id: Id, intent: IntentOf<T>) -> DispatchResult {
		if intent.remaining > 0 {
			Self::escrow_out(intent.escrow, &intent.owner, intent.remaining)?;
		}
		Self::remove(id, intent)
	}

	/// Removes an intent whose escrow is settled or returned: books, the owner's list, the
	/// deposit.
	pub(crate) fn remove(id: Id, intent: IntentOf<T>) -> DispatchResult {
		if let Some(book) = intent.book() {
			Self::remove_from_book(&book, id);
		}
		AccountIntents::<T>::mutate(&intent.owner, |list| list.retain(|i| *i != id));
		intent.ticket.drop(&intent.owner)?;
		Intents::<T>::remove(id);
		Ok(())
	}

	/// Moves `amount` of `asset` out of escrow to `to`, keeping the escrow's existential deposit.
	pub(crate) fn escrow_out(asset: AssetId, to: &T::AccountId, amount: u128) -> DispatchResult {
		T::Assets::transfer(asset, &Self::escrow_account(), to, amount, Preservation::Preserve)
			.map(|_| ())
	}

	/// Pays `amount` of `asset` from escrow to an intent's owner, then sends it on if the intent
	/// says so; returns the weight of the delivery. A payment the owner's account cannot take
	/// waits in [`Unclaimed`].
	pub(crate) fn pay_out(id: Id, intent: &IntentOf<T>, asset: AssetId, amount: u128) -> Weight {
		if amount == 0 {
			return Weight::zero();
		}
		let paid = Self::escrow_out(asset, &intent.owner, amount);
		if paid.is_err() {
			Unclaimed::<T>::mutate(&intent.owner, asset, |u| {
				*u = Some(u.unwrap_or(0).saturating_add(amount))
			});
			Self::deposit_event(Event::PayoutUnclaimed {
				who: intent.owner.clone(),
				asset,
				amount,
			});
			return Weight::zero();
		}
		Self::deliver(id, intent, asset, amount)
	}

	/// Sends `amount` of `asset` of the owner's to the intent's `deliver_to`, if any; returns
	/// the weight used. A failed delivery leaves the output with the owner: the delivery runs
	/// in its own storage layer, so whatever it did before failing (a burn, a fee charged) is
	/// rolled back, although settlement runs in `on_initialize`, which is not transactional.
	pub(crate) fn deliver(id: Id, intent: &IntentOf<T>, asset: AssetId, amount: u128) -> Weight {
		let Some(to) = &intent.deliver_to else { return Weight::zero() };
		if amount == 0 {
			return Weight::zero();
		}
		match with_storage_layer(|| T::Deliver::deliver(&intent.owner, asset, amount, to)) {
			Ok(()) => Self::deposit_event(Event::Delivered { intent: id, asset, amount }),
			Err(error) => Self::deposit_event(Event::DeliveryFailed { intent: id, error }),
		}
		T::Deliver::weight()
	}

	pub(crate) fn do_claim_unclaimed(who: &T::AccountId, asset: AssetId) -> DispatchResult {
		let amount = Unclaimed::<T>::get(who, asset).ok_or(Error::<T>::NothingToClaim)?;
		Self::escrow_out(asset, who, amount)?;
		Unclaimed::<T>::remove(who, asset);
		Self::deposit_event(Event::UnclaimedClaimed { who: who.clone(), asset, amount });
		Ok(())
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
	/// that may settle at block `at`, as orders; `None` when there are more than `max`.
	pub(crate) fn pair_orders(
		a: AssetId,
		b: AssetId,
		batch: BatchId,
		at: BlockNumberFor<T>,
		max: u32,
	) -> Option<Vec<math::Order<AssetId>>> {
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
		Some(orders)
	}

	pub(crate) fn do_submit_solution(
		solver: T::AccountId,
		batch: BatchId,
		solution: SolutionOf<T>,
		pair_intents: u32,
	) -> DispatchResult {
		let open = Self::current_batch();
		ensure!(batch == open.id, Error::<T>::WrongBatch);
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
		let closes = Self::closes_at();
		let settling = Settling::<T>::get().map(|s| s.batch);
		let mut intents = Vec::with_capacity(solution.fills.len());
		let mut checked = Vec::with_capacity(solution.fills.len());
		for fill in solution.fills.iter() {
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
				T::Assets::can_deposit(
					order.want,
					&intent.owner,
					fill.received,
					Provenance::Extant
				) == DepositConsequence::Success
					|| fill.received == 0,
				Error::<T>::CannotReceive
			);
			checked.push((
				order,
				math::Fill { intent: fill.intent, given: fill.given, received: fill.received },
			));
			intents.push(intent);
		}
		let verified = math::verify(&checked, &solution.prices).map_err(Error::<T>::from)?;

		// The pairs traded, each once as (low, high).
		let mut pairs: Vec<(AssetId, AssetId)> = Vec::new();
		for ((give, want), _) in verified.surplus.iter() {
			let pair = if give < want { (*give, *want) } else { (*want, *give) };
			if !pairs.contains(&pair) {
				pairs.push(pair);
			}
		}
		let mut budget = pair_intents;
		for (a, b) in pairs.iter() {
			let orders = Self::pair_orders(*a, *b, open.id, closes, budget)
				.ok_or(Error::<T>::PairIntentsHintTooLow)?;
			budget = budget.saturating_sub(orders.len() as u32);
			if let Some(reference) = math::reference_clearing(*a, *b, &orders) {
				for (pair, surplus) in reference.verified.surplus.iter() {
					ensure!(verified.surplus_of(*pair) >= *surplus, Error::<T>::WorseThanReference);
				}
			}
		}
		let surplus = verified
			.surplus
			.iter()
			.fold(0u128, |acc, ((_, want), s)| acc.saturating_add(Self::value_of(*want, *s)));
		if let Some(best) = Best::<T>::get().filter(|b| b.batch == open.id) {
			ensure!(surplus > best.surplus, Error::<T>::NotBetter);
		}

		for (mut intent, fill) in intents.into_iter().zip(solution.fills.iter()) {
			intent.in_solution = Some(open.id);
			Intents::<T>::insert(fill.intent, intent);
		}
		let fills = solution.fills.len() as u32;
		let pairs = BoundedVec::truncate_from(pairs);
		let dust = BoundedVec::truncate_from(verified.dust);
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
		Ok(())
	}

	/// Checks the pallet's invariants: books and their sizes agree with the intents, every
	/// intent is in its owner's list, and the escrow holds at least what the intents and
	/// unclaimed outputs are owed once the fills of a solution still settling are applied
	/// (between two of its fills, one side may be paid before the other has given).
	#[cfg(any(feature = "try-runtime", feature = "std", test))]
	pub fn do_try_state() -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
		use alloc::collections::btree_map::BTreeMap;
		let mut owed: BTreeMap<AssetId, u128> = BTreeMap::new();
		let mut sizes: BTreeMap<Book<AssetId>, u32> = BTreeMap::new();
		for (id, intent) in Intents::<T>::iter() {
			let book = intent.book().ok_or("intent without a book")?;
			ensure!(Books::<T>::contains_key(&book, id), "intent missing from its book");
			*sizes.entry(book).or_default() += 1;
			ensure!(
				AccountIntents::<T>::get(&intent.owner).contains(&id),
				"intent missing from its owner's list"
			);
			*owed.entry(intent.escrow).or_default() += intent.remaining;
		}
		for (_, asset, amount) in Unclaimed::<T>::iter() {
			*owed.entry(asset).or_default() += amount;
		}
		// The fills of the settling solution not applied yet: each takes `given` out of what its
		// intent is owed and pays `received` out of the escrow.
		let mut to_give: BTreeMap<AssetId, u128> = BTreeMap::new();
		if let (Some(s), Some(solution)) = (Settling::<T>::get(), SettlingSolution::<T>::get()) {
			if let Stage::Solution(next) = s.stage {
				for fill in solution.solution.fills.iter().skip(next as usize) {
					let Some(IntentKind::Swap { give, want_asset, .. }) =
						Intents::<T>::get(fill.intent).map(|i| i.kind)
					else {
						continue;
					};
					*to_give.entry(give.0).or_default() += fill.given;
					*owed.entry(want_asset).or_default() += fill.received;
				}
			}
		}
		for (book, size) in BookSizes::<T>::iter() {
			ensure!(sizes.get(&book) == Some(&size), "book size does not match its intents");
		}
		ensure!(
			Books::<T>::iter_keys().count() == sizes.values().map(|n| *n as usize).sum::<usize>(),
			"book entry without an intent"
		);
		let escrow = Self::escrow_account();
		for (asset, amount) in owed {
			let given = to_give.get(&asset).copied().unwrap_or(0);
			ensure!(
				T::Assets::balance(asset, &escrow) >= amount.saturating_sub(given),
				"escrow short of what it owes"
			);
		}
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
