//! # Netting of vault books
//!
//! Deposit intents into a vault and redeem intents out of it meet in the vault's book and are
//! netted against each other at the vault's share price before anything reaches the vault:
//! shares go from the redeemer to the depositor and assets the other way, both settle at once,
//! nothing is minted or burnt, no message leaves the chain and nobody queues. The rest of each
//! deposit then goes into the vault (`VaultIntents::deposit`) and the rest of each redemption
//! into its redemption queue (`VaultIntents::request_redeem`) in the owner's name.
//!
//! **Price** ([`math::net`]): ERC-4626 conversions with the virtual offset (OpenZeppelin), at
//! the share price `(A + 1)/(S + 10^δ)`. A redeemer netting `n` shares in total receives
//! `⌈n·(A+1)/(S+10^δ)⌉`, the price of minting them (telescoped over its counterparties, so it
//! is exact in total), which is at least what a redemption pays (`⌊…⌋`); a depositor receives
//! at most the shares its assets buy, `⌊a·(S+10^δ)/(A+1)⌋`, and pays no more than it has.
//! Intents net oldest first. Vaults whose new shares are held (a lock-up) do not net: their
//! depositors must get held shares from the vault itself.
//!
//! **Skips.** An intent that cannot settle now (the vault no longer qualifies for a deposit,
//! is paused, is full, a redemption is worth less than its limit, …) is skipped with
//! `IntentSkipped` and stays open until its deadline; a deposit whose vault no longer meets its
//! constraints is matched again (`matching`).

use crate::{math, pallet::*, types::*};
use alloc::vec::Vec;
use plexus_primitives::{AssetId, StrategyInspect, VaultId, VaultIntents, VaultTerms};
use polkadot_sdk::{frame_support::storage::with_storage_layer, frame_system::pallet_prelude::*};

/// The intents of a vault book that settle in a batch, with their ids, oldest first.
type BookIntents<T> = Vec<(IntentId, IntentOf<T>)>;

impl<T: Config> Pallet<T> {
	/// Settles a vault's book: deposit intents into the vault and redeem intents out of it
	/// are netted against each other at the share price (oldest first), then the rest of each
	/// deposit goes into the vault and the rest of each redemption into its queue. Intents that
	/// cannot settle now are skipped and stay open.
	pub(crate) fn settle_vault_book(vault: VaultId, batch: BatchId, now: BlockNumberFor<T>) {
		let mut ids: Vec<IntentId> = Books::<T>::iter_key_prefix(Book::Vault(vault)).collect();
		ids.sort_unstable();
		let Some(terms) = T::Vaults::terms(vault) else { return };
		let (mut deposits, mut redeems) = Self::vault_book_intents(vault, &terms, ids, batch, now);
		// Not for vaults whose new shares are held (their depositors must get held shares from
		// the vault).
		if terms.lockup == 0 && !deposits.is_empty() && !redeems.is_empty() {
			Self::net_vault_book(vault, &terms, &mut deposits, &mut redeems);
		}
		for (id, intent) in deposits {
			Self::deposit_rest(vault, &terms, id, intent);
		}
		for (id, intent) in redeems {
			Self::queue_rest(vault, &terms, id, intent);
		}
	}

	/// The deposit and redeem intents among `ids` (the vault's book, oldest first) that settle
	/// in `batch` at block `now`. A deposit the vault no longer qualifies for is matched again
	/// or skipped; a redemption the vault does not take now or worth less than its limit is
	/// skipped.
	fn vault_book_intents(
		vault: VaultId,
		terms: &VaultTerms<AssetId>,
		ids: Vec<IntentId>,
		batch: BatchId,
		now: BlockNumberFor<T>,
	) -> (BookIntents<T>, BookIntents<T>) {
		let strategies = T::Strategies::vault_strategies(vault);
		let yield_bps = T::Strategies::reported_yield_bps(vault);
		let mut deposits: BookIntents<T> = Vec::new();
		let mut redeems: BookIntents<T> = Vec::new();
		for id in ids {
			let Some(intent) = Intents::<T>::get(id) else { continue };
			if intent.batch > batch || intent.deadline < now || intent.remaining == 0 {
				continue;
			}
			match &intent.kind {
				IntentKind::Deposit { asset, constraints, .. } => {
					if terms.accepts_deposits && constraints.admit(terms, &strategies, yield_bps) {
						deposits.push((id, intent));
						continue;
					}
					// The vault no longer qualifies: match again; a new vault settles it from
					// its own book.
					match Self::best_vault(*asset, intent.remaining, constraints) {
						Some(other) if other != vault => Self::move_to_vault(id, intent, other),
						_ => Self::skip(id, Error::<T>::NoMatchingVault.into()),
					}
				},
				IntentKind::Redeem { .. } => {
					let worth = math::assets_of(terms.price, intent.remaining);
					if worth.is_some_and(|w| w >= intent.limit) && terms.accepts_redemptions {
						redeems.push((id, intent));
					} else if !terms.accepts_redemptions {
						Self::skip(id, Error::<T>::RedemptionsClosed.into());
					} else {
						Self::skip(id, Error::<T>::LimitViolated.into());
					}
				},
				IntentKind::Swap { .. } => {},
			}
		}
		(deposits, redeems)
	}

	/// Nets the book's redemptions against its deposits ([`math::net`]): shares pass from
	/// redeemers to depositors at the share price, assets the other way; each side is paid
	/// out (`DepositNetted`, `RedeemNetted`).
	fn net_vault_book(
		vault: VaultId,
		terms: &VaultTerms<AssetId>,
		deposits: &mut BookIntents<T>,
		redeems: &mut BookIntents<T>,
	) {
		let d: Vec<u128> = deposits.iter().map(|(_, i)| i.remaining).collect();
		let r: Vec<u128> = redeems.iter().map(|(_, i)| i.remaining).collect();
		let Some(plan) = math::net(terms.price, &d, &r) else { return };
		for ((id, intent), (shares, assets)) in deposits.iter_mut().zip(plan.deposits) {
			if shares == 0 || intent.settle(assets, shares).is_none() {
				continue;
			}
			Self::deposit_event(Event::DepositNetted { intent: *id, vault, assets, shares });
			Self::pay_out(*id, intent, terms.share_asset, shares);
		}
		for ((id, intent), (shares, assets)) in redeems.iter_mut().zip(plan.redeems) {
			if shares == 0 || intent.settle(shares, assets).is_none() {
				continue;
			}
			Self::deposit_event(Event::RedeemNetted { intent: *id, vault, shares, assets });
			Self::pay_out(*id, intent, terms.asset, assets);
		}
	}

	/// Deposits what netting left of a deposit intent into the vault in its owner's name
	/// (`Deposited`, the shares delivered if asked), or skips it; then completes or stores it.
	fn deposit_rest(
		vault: VaultId,
		terms: &VaultTerms<AssetId>,
		id: IntentId,
		mut intent: IntentOf<T>,
	) {
		if intent.remaining > 0 {
			let amount = intent.remaining;
			let owner = intent.owner.clone();
			let entered = with_storage_layer(|| {
				Self::escrow_out(terms.asset, &owner, amount)?;
				T::Vaults::deposit(&owner, vault, amount)
			});
			match entered {
				Ok(shares) => {
					let _ = intent.settle(amount, shares);
					Self::deposit_event(Event::Deposited {
						intent: id,
						vault,
						assets: amount,
						shares,
					});
					Self::deliver(id, &intent, terms.share_asset, shares);
				},
				Err(error) => Self::skip(id, error),
			}
		}
		Self::store_or_complete(id, intent);
	}

	/// Queues what netting left of a redeem intent in the vault's redemption queue in its
	/// owner's name, keeping the intent's limit (`RedeemQueued`), or skips it; then completes
	/// or stores it.
	fn queue_rest(
		vault: VaultId,
		terms: &VaultTerms<AssetId>,
		id: IntentId,
		mut intent: IntentOf<T>,
	) {
		if intent.remaining > 0 {
			let shares = intent.remaining;
			let owner = intent.owner.clone();
			// The queued remainder keeps the intent's limit until it is finalized.
			let min_assets = intent.limit;
			let queued = with_storage_layer(|| {
				Self::escrow_out(terms.share_asset, &owner, shares)?;
				T::Vaults::request_redeem(&owner, vault, shares, min_assets)
			});
			match queued {
				Ok(request) => {
					let _ = intent.settle(shares, 0);
					Self::deposit_event(Event::RedeemQueued { intent: id, vault, shares, request });
				},
				Err(error) => Self::skip(id, error),
			}
		}
		Self::store_or_complete(id, intent);
	}
}
