//! # Matching deposits to vaults
//!
//! A deposit intent names an asset and constraints (vault kind, longest lock-up of new shares,
//! allowed strategies, least reported yield), not a vault: the matcher picks, among the vaults
//! of the asset that take deposits now and meet the constraints, the one with the highest
//! reported yield, then room for the whole amount, then the lowest id ([`Pallet::best_vault`];
//! Mitosis' deposits into vaults by constraints). It matches at submission, and again at
//! settlement if the vault no longer qualifies: the intent then moves to the new vault's book
//! and settles from there in a later batch.

use crate::{pallet::*, types::*};
use plexus_primitives::{AssetId, StrategyInspect, VaultId, VaultIntents};
use polkadot_sdk::frame_support::traits::Get;

impl<T: Config> Pallet<T> {
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

	/// Moves a deposit intent whose vault no longer qualifies to `vault`'s book (skipped in
	/// this batch with `NoMatchingVault`; the new vault settles it from its own book), or skips
	/// it with `BookFull` when that book is full.
	pub(crate) fn move_to_vault(id: IntentId, mut intent: IntentOf<T>, vault: VaultId) {
		if let Some(book) = intent.book() {
			if Self::add_to_book(Book::Vault(vault), id).is_err() {
				return Self::skip(id, Error::<T>::BookFull.into());
			}
			Self::remove_from_book(&book, id);
		}
		intent.vault = Some(vault);
		Intents::<T>::insert(id, intent);
		Self::skip(id, Error::<T>::NoMatchingVault.into());
	}
}
