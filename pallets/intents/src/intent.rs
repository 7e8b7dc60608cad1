//! # Intents: submission, books and removal
//!
//! Submitting an intent ([`Pallet::submit_intent`]) moves its amount (or its shares) into the
//! pallet's escrow account and holds a storage deposit from the owner (`Consideration`). An
//! intent has a deadline at most `MaxIntentDuration` blocks away and a minimum size,
//! `ED·f·2^⌊8·n/MaxBookSize⌋` planck of its asset ([`Pallet::min_size`]: `f` =
//! `MinSizeFactor`, `n` the intents already in its book; shares are valued in their vault's
//! asset), so filling a book to block others costs ever more escrow. The intent joins a book
//! (a vault's, or a directed pair's) and the open batch; a full book takes it in place of its
//! resting intent least likely to fill (`eviction`).
//!
//! Its owner may cancel it ([`Pallet::cancel`]); after the deadline anyone may clean it up
//! (`expiry`). An intent of a settling batch, or named by the open batch's best solution,
//! stays until that settlement. Removing it returns what is left of its escrow and releases
//! its deposit.

use crate::{math, pallet::*, types::*, WeightInfo};
use plexus_primitives::{time::now, AssetId, VaultId, VaultIntents};
use polkadot_sdk::{
	frame_support::{
		ensure,
		pallet_prelude::*,
		traits::{
			fungibles::{Inspect, Mutate},
			tokens::{Fortitude, Preservation},
			Consideration, Footprint,
		},
	},
	frame_system::pallet_prelude::*,
	sp_runtime::{traits::Saturating, DispatchError, DispatchResult},
	staging_xcm::latest::Location,
};

impl<T: Config> Pallet<T> {
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
	pub(crate) fn do_submit_intent(
		who: T::AccountId,
		kind: IntentKindOf<T>,
		deadline: BlockNumberFor<T>,
		deliver_to: Option<Location>,
	) -> Result<(IntentId, u32), DispatchError> {
		Self::ensure_deadline(deadline)?;
		if let Some(to) = &deliver_to {
			ensure!(to.parents > 0, Error::<T>::BadLocation);
		}
		let (amount, limit) = kind.amount_and_limit();
		let (escrow_asset, vault) = Self::escrow_asset_and_vault(&kind)?;
		let (escrowed, keep) = Self::escrow_due(escrow_asset, &who, amount)?;

		let id = NextIntentId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		AccountIntents::<T>::try_mutate(&who, |list| list.try_push(id))
			.map_err(|_| Error::<T>::TooManyIntents)?;
		T::Assets::transfer(escrow_asset, &who, &Self::escrow_account(), escrowed, keep)?;
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
		let read = Self::enter_book(id, &intent)?;
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

	/// The deadline is after the current block and at most `MaxIntentDuration` blocks away.
	fn ensure_deadline(deadline: BlockNumberFor<T>) -> DispatchResult {
		let now = now::<T>();
		ensure!(deadline > now, Error::<T>::DeadlinePassed);
		ensure!(
			deadline <= now.saturating_add(T::MaxIntentDuration::get()),
			Error::<T>::DeadlineTooFar
		);
		Ok(())
	}

	/// The asset an intent of `kind` escrows and its vault (a deposit's: the one the matcher
	/// picks), once the kind is valid: assets exist, the vault exists, the size is at least
	/// the book's minimum ([`Self::min_size`]).
	fn escrow_asset_and_vault(
		kind: &IntentKindOf<T>,
	) -> Result<(AssetId, Option<VaultId>), DispatchError> {
		match kind {
			IntentKind::Deposit { asset, amount, constraints } => {
				ensure!(T::Assets::asset_exists(*asset), Error::<T>::UnknownAsset);
				Self::ensure_size(*asset, *amount, None)?;
				let vault = Self::best_vault(*asset, *amount, constraints)
					.ok_or(Error::<T>::NoMatchingVault)?;
				Self::ensure_size(*asset, *amount, Some(&Book::Vault(vault)))?;
				Ok((*asset, Some(vault)))
			},
			IntentKind::Redeem { vault, shares, .. } => {
				let terms = T::Vaults::terms(*vault).ok_or(Error::<T>::UnknownVault)?;
				Self::ensure_size(terms.share_asset, *shares, Some(&Book::Vault(*vault)))?;
				Ok((terms.share_asset, Some(*vault)))
			},
			IntentKind::Swap { give, want_asset, min_receive, .. } => {
				ensure!(give.0 != *want_asset, Error::<T>::SameAsset);
				ensure!(*min_receive > 0, Error::<T>::ZeroLimit);
				ensure!(
					T::Assets::asset_exists(give.0) && T::Assets::asset_exists(*want_asset),
					Error::<T>::UnknownAsset
				);
				Self::ensure_size(give.0, give.1, Some(&Book::Pair(give.0, *want_asset)))?;
				Ok((give.0, None))
			},
		}
	}

	/// What `who` pays into escrow for an intent of `amount` of `asset` (the amount, plus the
	/// escrow's existential deposit for the first intent in the asset) and how the transfer
	/// treats `who`'s account; `InsufficientBalance` or `RemainderBelowMinimum` if it cannot.
	fn escrow_due(
		asset: AssetId,
		who: &T::AccountId,
		amount: u128,
	) -> Result<(u128, Preservation), DispatchError> {
		let escrow = Self::escrow_account();
		// The escrow keeps one existential deposit of every asset it has held, so paying out
		// never reaps it (which would burn what is left below the minimum); the first intent in
		// an asset provides it.
		let floor =
			T::Assets::minimum_balance(asset).saturating_sub(T::Assets::balance(asset, &escrow));
		let escrowed = amount.checked_add(floor).ok_or(Error::<T>::InsufficientBalance)?;
		ensure!(
			T::Assets::reducible_balance(asset, who, Preservation::Expendable, Fortitude::Polite)
				>= escrowed,
			Error::<T>::InsufficientBalance
		);
		// A part of the balance leaves at least the minimum behind (never destroyed as dust).
		let keep =
			plexus_primitives::transfer::keeping_minimum::<T::Assets, _>(asset, who, escrowed)
				.ok_or(Error::<T>::RemainderBelowMinimum)?;
		Ok((escrowed, keep))
	}

	/// Puts the new intent `id` into its book, evicting from a full book if it may (see the
	/// `eviction` module); returns how many intents of the book were read to find whom to evict.
	fn enter_book(id: IntentId, intent: &IntentOf<T>) -> Result<u32, DispatchError> {
		let book = intent.book().ok_or(Error::<T>::UnknownVault)?;
		let read = if BookSizes::<T>::get(&book).unwrap_or(0) >= T::MaxBookSize::get() {
			Self::evict_for(&book, id, intent)?
		} else {
			0
		};
		Self::add_to_book(book, id)?;
		Ok(read)
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

	/// Adds intent `id` to `book`; `BookFull` if the book has `MaxBookSize` intents.
	pub(crate) fn add_to_book(book: Book<AssetId>, id: IntentId) -> DispatchResult {
		BookSizes::<T>::try_mutate(&book, |size| -> DispatchResult {
			let n = size.unwrap_or(0);
			ensure!(n < T::MaxBookSize::get(), Error::<T>::BookFull);
			*size = Some(n.saturating_add(1));
			Ok(())
		})?;
		Books::<T>::insert(book, id, ());
		Ok(())
	}

	/// Removes intent `id` from `book`, if it is there.
	pub(crate) fn remove_from_book(book: &Book<AssetId>, id: IntentId) {
		if Books::<T>::take(book, id).is_some() {
			BookSizes::<T>::mutate_exists(book, |size| {
				*size = size.map(|n| n.saturating_sub(1)).filter(|n| *n > 0);
			});
		}
	}

	/// Cancels `who`'s intent `id`: escrow and deposit go back (`IntentCancelled`).
	pub(crate) fn do_cancel(who: &T::AccountId, id: IntentId) -> DispatchResult {
		let intent = Intents::<T>::get(id).ok_or(Error::<T>::UnknownIntent)?;
		ensure!(intent.owner == *who, Error::<T>::NotOwner);
		Self::ensure_removable(id, &intent)?;
		Self::refund_and_remove(id, intent)?;
		Self::deposit_event(Event::IntentCancelled { intent: id });
		Ok(())
	}

	/// An intent of a batch that is settling, or named by the open batch's best solution,
	/// stays until that settlement. One named only by a solution that a better one replaced is
	/// free again.
	pub(crate) fn ensure_removable(id: IntentId, intent: &IntentOf<T>) -> DispatchResult {
		let open = Self::current_batch().id;
		let settling = Settling::<T>::get().map(|s| s.batch);
		let named = |id: IntentId| {
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
		id: IntentId,
		intent: &IntentOf<T>,
		settling: Option<BatchId>,
		open: BatchId,
		named: impl FnOnce(IntentId) -> bool,
	) -> Option<Error<T>> {
		if settling.is_some_and(|s| intent.batch <= s) {
			return Some(Error::<T>::SettlementInProgress);
		}
		(intent.in_solution == Some(open) && named(id)).then_some(Error::<T>::IntentInSolution)
	}

	/// Returns the escrow left to the owner and removes the intent (its deposit too).
	pub(crate) fn refund_and_remove(id: IntentId, intent: IntentOf<T>) -> DispatchResult {
		if intent.remaining > 0 {
			Self::escrow_out(intent.escrow, &intent.owner, intent.remaining)?;
		}
		Self::remove(id, intent)
	}

	/// Removes an intent whose escrow is settled or returned: books, the owner's list, the
	/// deposit.
	pub(crate) fn remove(id: IntentId, intent: IntentOf<T>) -> DispatchResult {
		if let Some(book) = intent.book() {
			Self::remove_from_book(&book, id);
		}
		AccountIntents::<T>::mutate(&intent.owner, |list| list.retain(|i| *i != id));
		intent.ticket.drop(&intent.owner)?;
		Intents::<T>::remove(id);
		Ok(())
	}
}
