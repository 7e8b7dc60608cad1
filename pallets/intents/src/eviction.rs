//! Eviction from a full book: a new intent takes the place of the resting intent least likely
//! to fill, which is refunded in full (escrow and storage deposit) with `IntentEvicted`.
//!
//! - **Pair books** (swaps): the least likely is the one that asks the most of the wanted
//!   asset per unit it gives, `limit / remaining` (what is left of `min_receive` over what is
//!   left to give). Whatever the pair's clearing price, an intent asking more fills only when
//!   one asking less does, so the order does not depend on that price. On a tie the newer
//!   intent is the less likely (time priority).
//! - **Vault books** (deposits, redemptions): the oldest, as the issue of #19 asks; a vault
//!   book nets completely at every batch, so an intent resting longest is one the vault could
//!   not take (closed, full, paused, or a redemption below its limit).
//!
//! The new intent evicts only if the resting one is strictly less likely than itself;
//! otherwise it fails with `BookFull`. Intents that cannot be removed now (of a settling
//! batch, or named by the open batch's best solution) are never evicted. Together with the
//! minimum size that doubles with every eighth of the book taken ([`Pallet::min_size`]),
//! keeping a book full to block others costs ever more escrow and is undone by any better
//! intent.
//!
//! The scan reads every intent of the book (at most `MaxBookSize`); only a submission into a
//! full book pays for it.

use crate::{pallet::*, types::*};
use plexus_primitives::AssetId;
use polkadot_sdk::{frame_support::pallet_prelude::*, sp_core::U256};

impl<T: Config> Pallet<T> {
	/// The weight of an eviction that read `read` intents of a book: the walk of a book
	/// (`reference_clearing`: each key of the book and its intent read, nothing written) and
	/// the evicted intent's refund and removal (`cancel`, which also reads what makes an intent
	/// removable). The reference clearing of a pair (`clear_pair`), charged before, also pays
	/// out every intent: six writes per intent read that an eviction does not make.
	pub(crate) fn eviction_weight(read: u32) -> Weight {
		use crate::WeightInfo;
		T::WeightInfo::reference_clearing(read).saturating_add(T::WeightInfo::cancel())
	}

	/// Makes room in `book`, which is full, for the new intent `new` (not stored yet, id
	/// `new_id`): evicts the resting intent least likely to fill if it is less likely than
	/// `new`. Returns how many intents it read; `BookFull` if nothing may be evicted.
	pub(crate) fn evict_for(
		book: &Book<AssetId>,
		new_id: IntentId,
		new: &IntentOf<T>,
	) -> Result<u32, DispatchError> {
		let settling = Settling::<T>::get().map(|s| s.batch);
		let open = Self::current_batch().id;
		let named: alloc::vec::Vec<IntentId> = Best::<T>::get()
			.filter(|b| b.batch == open)
			.map(|b| b.solution.fills.iter().map(|f| f.intent).collect())
			.unwrap_or_default();
		let removable = |id: IntentId, intent: &IntentOf<T>| {
			let named = |id: IntentId| named.binary_search(&id).is_ok();
			Self::removal_blocked(id, intent, settling, open, named).is_none()
		};
		let mut read = 0u32;
		let mut worst: Option<(IntentId, IntentOf<T>)> = None;
		for (id, ()) in Books::<T>::iter_prefix(book) {
			read = read.saturating_add(1);
			let Some(intent) = Intents::<T>::get(id) else { continue };
			if !removable(id, &intent) {
				continue;
			}
			if worst.as_ref().is_none_or(|(w, resting)| less_likely(id, &intent, *w, resting)) {
				worst = Some((id, intent));
			}
		}
		let (id, evicted) = worst.ok_or(Error::<T>::BookFull)?;
		ensure!(less_likely(id, &evicted, new_id, new), Error::<T>::BookFull);
		let owner = evicted.owner.clone();
		Self::refund_and_remove(id, evicted)?;
		Self::deposit_event(Event::IntentEvicted { intent: id, owner, by: new_id });
		Ok(read)
	}
}

/// Whether intent `a` (id `a_id`) is less likely to fill than `b` in the same book.
pub(crate) fn less_likely<A, B, Tk, M>(
	a_id: IntentId,
	a: &Intent<A, AssetId, B, Tk, M>,
	b_id: IntentId,
	b: &Intent<A, AssetId, B, Tk, M>,
) -> bool
where
	A: Clone + core::fmt::Debug + PartialEq + Eq,
	B: Clone + core::fmt::Debug + PartialEq + Eq,
	Tk: Clone + core::fmt::Debug + PartialEq + Eq,
	M: Get<u32>,
{
	match (&a.kind, &b.kind) {
		(IntentKind::Swap { .. }, IntentKind::Swap { .. }) => {
			// a asks more per unit given: limit_a / remaining_a > limit_b / remaining_b.
			let lhs = U256::from(a.limit) * U256::from(b.remaining);
			let rhs = U256::from(b.limit) * U256::from(a.remaining);
			lhs > rhs || (lhs == rhs && a_id > b_id)
		},
		// Vault books: the older (smaller id) is the less likely.
		_ => a_id < b_id,
	}
}
