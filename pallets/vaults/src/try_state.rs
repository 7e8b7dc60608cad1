//! The invariants of the vaults, checked by `try_state` (try-runtime) and after every test.
//!
//! For every vault:
//! - the vault account holds at least `idle + claimable` of the asset, all of it withdrawable,
//!   and (once it holds anything) a floor of one minimum balance above it (`deposit.rs`);
//! - `claimable` is Σ `assets` of its finalized requests;
//! - `pending_requests` and `pending_assets` count its pending requests, and the escrowed
//!   shares are Σ of their shares;
//! - its queue's head is not past its tail, and every pending request is at its position.
//!
//! Every open request is listed under its owner (`RequestsOf`).

use crate::{pallet::*, types::*};
use alloc::collections::btree_map::BTreeMap;
use polkadot_sdk::{
	frame_support::{
		ensure,
		traits::{
			fungibles::Inspect,
			tokens::{Fortitude, Preservation},
		},
	},
	sp_runtime::TryRuntimeError,
};

/// Per vault: Σ assets of the finalized requests.
type Finalized = BTreeMap<VaultId, u128>;
/// Per vault: (count, Σ shares, Σ assets_at_request) of the pending requests.
type Pending = BTreeMap<VaultId, (u32, u128, u128)>;

impl<T: Config> Pallet<T> {
	/// Checks the invariants of every vault and request (see the module's doc).
	pub(crate) fn do_try_state() -> Result<(), TryRuntimeError> {
		let (finalized, pending) = Self::check_requests()?;
		for (vault, info) in Vaults::<T>::iter() {
			Self::check_vault(vault, &info, &finalized, &pending)?;
		}
		Ok(())
	}

	/// Checks every request's listing and queue position; sums them per vault.
	fn check_requests() -> Result<(Finalized, Pending), TryRuntimeError> {
		let mut finalized = Finalized::new();
		let mut pending = Pending::new();
		for (id, req) in Requests::<T>::iter() {
			ensure!(
				RequestsOf::<T>::get(&req.owner).contains(&id),
				"an open request is not listed under its owner"
			);
			match req.state {
				RequestState::Finalized { assets } => {
					let c = finalized.entry(req.vault).or_default();
					*c = c.saturating_add(assets);
				},
				RequestState::Pending { position } => {
					ensure!(
						RedeemQueue::<T>::get(req.vault, position) == Some(id),
						"a pending request is not in its queue position"
					);
					let p = pending.entry(req.vault).or_default();
					p.0 += 1;
					p.1 = p.1.saturating_add(req.shares);
					p.2 = p.2.saturating_add(req.assets_at_request);
				},
			}
		}
		Ok((finalized, pending))
	}

	/// Checks one vault's account and counters against its requests' sums.
	fn check_vault(
		vault: VaultId,
		info: &VaultInfoOf<T>,
		finalized: &Finalized,
		pending: &Pending,
	) -> Result<(), TryRuntimeError> {
		let account = Self::vault_account(vault);
		let held = T::Assets::balance(info.asset.clone(), &account);
		ensure!(
			held >= info.idle.saturating_add(info.claimable),
			"the vault account holds less than idle + claimable"
		);
		ensure!(
			held == 0 || Self::floor_due(info, vault) == 0,
			"the vault account holds no floor above idle + claimable"
		);
		ensure!(
			finalized.get(&vault).copied().unwrap_or(0) == info.claimable,
			"claimable differs from the finalized requests"
		);
		let (count, shares, assets) = pending.get(&vault).copied().unwrap_or_default();
		ensure!(count == info.pending_requests, "pending_requests is off");
		ensure!(assets == info.pending_assets, "pending_assets is off");
		ensure!(shares == info.escrowed_shares, "escrowed shares differ from the pending requests");
		ensure!(info.queue_head <= info.queue_tail, "queue head past its tail");
		ensure!(
			T::Assets::reducible_balance(
				info.asset.clone(),
				&account,
				Preservation::Expendable,
				Fortitude::Force
			) >= info.idle.saturating_add(info.claimable),
			"the vault's assets are not all withdrawable"
		);
		Ok(())
	}
}
