//! The pallet's invariants, checked by `try_state` and after every test.

use crate::{pallet::*, types::*};
use plexus_primitives::AssetId;
use polkadot_sdk::frame_support::{ensure, traits::fungibles::Inspect};

impl<T: Config> Pallet<T> {
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
