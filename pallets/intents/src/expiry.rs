//! # Expiry
//!
//! An intent lives until its deadline: after it, anyone may remove it ([`Pallet::clean_up`])
//! and `on_idle` removes expired intents within its remaining weight, walking the intents from
//! where it stopped last time (`ExpiryCursor`). Either way the escrow left and the storage
//! deposit go back to the owner (`IntentExpired`). Intents of a settling batch, or named by the
//! open batch's best solution, wait for that settlement.

use crate::{pallet::*, types::IntentId, WeightInfo};
use plexus_primitives::time::now;
use polkadot_sdk::{
	frame_support::{ensure, pallet_prelude::*, weights::WeightMeter},
	sp_runtime::DispatchResult,
};

impl<T: Config> Pallet<T> {
	/// Removes intent `id` after its deadline; escrow and deposit go back (`IntentExpired`).
	pub(crate) fn do_clean_up(id: IntentId) -> DispatchResult {
		let intent = Intents::<T>::get(id).ok_or(Error::<T>::UnknownIntent)?;
		ensure!(now::<T>() > intent.deadline, Error::<T>::NotExpired);
		Self::ensure_removable(id, &intent)?;
		Self::refund_and_remove(id, intent)?;
		Self::deposit_event(Event::IntentExpired { intent: id });
		Ok(())
	}

	/// Cleans up expired intents within `remaining` weight, walking the intents from where it
	/// stopped last time.
	pub(crate) fn expire_on_idle(remaining: Weight) -> Weight {
		let mut meter = WeightMeter::with_limit(remaining);
		let step = T::WeightInfo::expire_intent();
		// Looking at one intent (or at the end of the map): the benchmarked read of one intent
		// of a walk, with its proof (the reference walk's per-intent weight; a bare database
		// read would charge no proof).
		let read = T::WeightInfo::reference_clearing(1)
			.saturating_sub(T::WeightInfo::reference_clearing(0));
		// The cursor: read (with its proof) and written.
		if meter.try_consume(read.saturating_add(T::DbWeight::get().writes(1))).is_err() {
			return Weight::zero();
		}
		let now = now::<T>();
		let mut cursor = ExpiryCursor::<T>::get();
		let mut iter = match &cursor {
			Some(key) => Intents::<T>::iter_from(key.to_vec()),
			None => Intents::<T>::iter(),
		};
		loop {
			if !meter.can_consume(step.saturating_add(read)) {
				break;
			}
			// Reading past the last intent reads too.
			meter.consume(read);
			let Some((id, intent)) = iter.next() else {
				cursor = None;
				break;
			};
			cursor = Some(BoundedVec::truncate_from(Intents::<T>::hashed_key_for(id)));
			if now > intent.deadline && Self::ensure_removable(id, &intent).is_ok() {
				meter.consume(step);
				if Self::refund_and_remove(id, intent).is_ok() {
					Self::deposit_event(Event::IntentExpired { intent: id });
				}
			}
		}
		ExpiryCursor::<T>::set(cursor);
		meter.consumed()
	}
}
