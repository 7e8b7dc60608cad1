//! The redemption queue: asynchronous redemptions (ERC-7540 style), first in first out.
//!
//! 1. **Request** ([`Pallet::do_request_redeem`]). The owner's `shares` are burnt from the
//!    owner into the vault's escrow (`escrowed_shares`, still counted in the supply `S`), and
//!    the request records what they are worth now, after any early-exit penalty of a campaign
//!    (`campaign.rs`): `assets_at_request = ⌊s·(A + 1)/(S + 10^δ)⌋ − penalty`, at least the
//!    vault's `min_request` and the request's own `min_assets`. It takes the tail of the vault's
//!    queue (`RedeemQueue`); an owner has at most [`Config::MaxOpenRequests`] open requests. A
//!    request that finds the queue empty is finalized at once if idle covers it.
//! 2. **Finalization** ([`Pallet::do_finalize`]: the `finalize_requests` call, anyone, or
//!    `on_idle` with the block's spare weight, round-robin over the vaults). The head of the
//!    queue is paid `assets = min(assets_at_request, value now)`: nobody exits at a stale price,
//!    losses while waiting are shared and gains while waiting stay in the vault. `assets` leave
//!    `idle` for `claimable` and the shares leave the escrow (burnt for good). Strict FIFO: the
//!    queue stops at the first request idle does not cover, until strategies bring liquidity
//!    back. A request worth less than its `min_assets` (a redeem intent's limit) is returned to
//!    its owner instead (shares minted back). Nothing is finalized while the vault is paused
//!    or its price is in doubt ([`Config::DepositGate`]).
//! 3. **Claim** ([`Pallet::do_claim`]): O(1) per request, the finalized `assets` move from the
//!    vault account to the owner (`Preserve`: the account keeps its floor, `deposit.rs`); works
//!    on a paused vault.
//!
//! A pending request can be cancelled by its owner ([`Pallet::do_cancel_request`]): its
//! shares are minted back, campaign shares held again until their original end.

use crate::{add, now, pallet::*, types::*, weights::WeightInfo};
use polkadot_sdk::{
	frame_support::{
		ensure,
		pallet_prelude::*,
		storage::with_storage_layer,
		traits::{
			fungibles::{Inspect, Mutate},
			tokens::{Fortitude, Precision, Preservation},
		},
		weights::WeightMeter,
	},
	sp_runtime::{DispatchError, DispatchResult},
};

/// Vaults `on_idle` visits per block at most.
const MAX_VAULTS_PER_IDLE: u32 = 8;

/// What finalization does after looking at the head of a queue.
enum Next {
	/// Look at the next position.
	Continue,
	/// Stop: idle does not cover the head (strict FIFO).
	Wait,
}

impl<T: Config> Pallet<T> {
	/// Queues a redemption request of `shares` of `who` that pays at least `min_assets` (0: any
	/// value); returns its id.
	pub(crate) fn do_request_redeem(
		who: &T::AccountId,
		vault: VaultId,
		shares: u128,
		min_assets: u128,
	) -> Result<RequestId, DispatchError> {
		ensure!(shares > 0, Error::<T>::ZeroAmount);
		let mut info = Vaults::<T>::get(vault).ok_or(Error::<T>::UnknownVault)?;
		ensure!(info.status != VaultStatus::Paused, Error::<T>::VaultPaused);
		let (assets_at_request, penalty, held) =
			Self::value_of_request(vault, who, &info, shares, min_assets)?;

		let request = Self::new_request_id(who)?;
		// Escrow: the shares leave the owner until finalization or cancellation.
		Self::escrow_shares(&mut info, who, shares)?;
		let req = RedeemRequest {
			vault,
			owner: who.clone(),
			shares,
			assets_at_request,
			requested_at: now::<T>(),
			state: RequestState::Pending { position: 0 },
			held,
			min_assets,
		};
		let alone = Self::enqueue(info, request, req)?;
		Self::deposit_event(Event::RedeemRequested {
			vault,
			owner: who.clone(),
			request,
			shares,
			assets_at_request,
			penalty,
		});

		// Nobody waits ahead of it: finalize at once if idle covers it and the price is sure.
		if alone && !Self::finalization_paused(vault) {
			Self::do_finalize(vault, 1)?;
		}
		Ok(request)
	}

	/// What `shares` of `who` are worth in a request now: `(assets_at_request, penalty, held
	/// shares taken out of their hold)`, after the early-exit penalty of held campaign shares.
	/// Fails unless `who` has the shares and the value is non-zero, at least the vault's
	/// `min_request` and at least `min_assets`.
	fn value_of_request(
		vault: VaultId,
		who: &T::AccountId,
		info: &VaultInfoOf<T>,
		shares: u128,
		min_assets: u128,
	) -> Result<(u128, u128, Option<HoldOf<T>>), DispatchError> {
		let balance = T::Assets::balance(info.share_asset.clone(), who);
		ensure!(balance >= shares, Error::<T>::InsufficientShares);
		let pool = info
			.pool(now::<T>(), Self::share_supply(info), T::Delta::get())
			.ok_or(Error::<T>::Overflow)?;
		let value = pool.assets_for_redeem(shares).ok_or(Error::<T>::Overflow)?;
		// Campaign shares still held pay the early-exit penalty; free shares are redeemed first.
		let (penalty, held) =
			Self::take_held_shares(vault, who, &info.kind, &pool, balance, shares)?;
		let assets_at_request = value.saturating_sub(penalty);
		ensure!(assets_at_request > 0, Error::<T>::ZeroShares);
		ensure!(assets_at_request >= info.min_request, Error::<T>::RequestTooSmall);
		ensure!(assets_at_request >= min_assets, Error::<T>::SlippageExceeded);
		Ok((assets_at_request, penalty, held))
	}

	/// A new request id, listed under `who` (at most `MaxOpenRequests`).
	fn new_request_id(who: &T::AccountId) -> Result<RequestId, DispatchError> {
		let request = NextRequestId::<T>::get();
		NextRequestId::<T>::put(request.checked_add(1).ok_or(Error::<T>::Overflow)?);
		RequestsOf::<T>::try_mutate(who, |open| open.try_push(request))
			.map_err(|_| Error::<T>::TooManyRequests)?;
		Ok(request)
	}

	/// Puts `req` (pending) at the tail of its vault's queue and counts it in `info`, which it
	/// writes. Returns whether it is the only pending request of the vault.
	fn enqueue(
		mut info: VaultInfoOf<T>,
		request: RequestId,
		mut req: RedeemRequestOf<T>,
	) -> Result<bool, DispatchError> {
		let vault = req.vault;
		let position = info.queue_tail;
		info.queue_tail = position.checked_add(1).ok_or(Error::<T>::Overflow)?;
		info.pending_requests = info.pending_requests.checked_add(1).ok_or(Error::<T>::Overflow)?;
		info.pending_assets = add::<T>(info.pending_assets, req.assets_at_request)?;
		let alone = info.pending_requests == 1;
		Vaults::<T>::insert(vault, info);
		RedeemQueue::<T>::insert(vault, position, request);
		req.state = RequestState::Pending { position };
		Requests::<T>::insert(request, req);
		Ok(alone)
	}

	/// Burns `shares` of `from` (respecting frozen shares) into the escrow of `info`.
	pub(crate) fn escrow_shares(
		info: &mut VaultInfoOf<T>,
		from: &T::AccountId,
		shares: u128,
	) -> DispatchResult {
		<T::Assets as Mutate<T::AccountId>>::burn_from(
			info.share_asset.clone(),
			from,
			shares,
			Preservation::Expendable,
			Precision::Exact,
			Fortitude::Polite,
		)
		.map_err(|_| Error::<T>::InsufficientShares)?;
		info.escrowed_shares =
			info.escrowed_shares.checked_add(shares).ok_or(Error::<T>::Overflow)?;
		Ok(())
	}

	/// Cancels `who`'s pending `request` and returns its shares.
	pub(crate) fn do_cancel_request(who: &T::AccountId, request: RequestId) -> DispatchResult {
		let req = Requests::<T>::get(request).ok_or(Error::<T>::UnknownRequest)?;
		ensure!(&req.owner == who, Error::<T>::NotRequestOwner);
		let RequestState::Pending { position } = req.state else {
			return Err(Error::<T>::AlreadyFinalized.into());
		};
		Self::mutate_vault(req.vault, |info| Self::unwind_request(info, request, &req, position))?;
		Self::deposit_event(Event::RequestCancelled { request, shares: req.shares });
		Ok(())
	}

	/// Returns the shares of the pending request `request` (at queue `position`) to its owner,
	/// re-minted, campaign shares held again as they were, and removes the request. `info` is
	/// its vault's; the caller writes it.
	fn unwind_request(
		info: &mut VaultInfoOf<T>,
		request: RequestId,
		req: &RedeemRequestOf<T>,
		position: u64,
	) -> DispatchResult {
		T::Assets::mint_into(info.share_asset.clone(), &req.owner, req.shares)?;
		info.escrowed_shares = info.escrowed_shares.saturating_sub(req.shares);
		info.pending_requests = info.pending_requests.saturating_sub(1);
		info.pending_assets = info.pending_assets.saturating_sub(req.assets_at_request);
		// Keep the queue short when the request is at one of its ends.
		if position == info.queue_head {
			info.queue_head = info.queue_head.saturating_add(1);
		} else if position.saturating_add(1) == info.queue_tail {
			info.queue_tail = position;
		}
		RedeemQueue::<T>::remove(req.vault, position);
		Requests::<T>::remove(request);
		RequestsOf::<T>::mutate(&req.owner, |open| open.retain(|r| *r != request));
		Self::restore_hold(req.vault, &req.owner, req.held)
	}

	/// Whether the vault's price is in doubt ([`plexus_primitives::DepositGate`]): its
	/// redemptions wait.
	pub(crate) fn finalization_paused(vault: VaultId) -> bool {
		<T::DepositGate as plexus_primitives::DepositGate>::finalization_paused(vault)
	}

	/// Finalizes up to `max` queue positions of `vault`, oldest first, while idle covers them.
	/// Returns how many positions it looked at (the weight it used).
	pub(crate) fn do_finalize(vault: VaultId, max: u32) -> Result<u32, DispatchError> {
		let mut info = Vaults::<T>::get(vault).ok_or(Error::<T>::UnknownVault)?;
		ensure!(info.status != VaultStatus::Paused, Error::<T>::VaultPaused);
		ensure!(!Self::finalization_paused(vault), Error::<T>::StaleStrategyReport);
		let mut looked = 0;
		while looked < max && info.queue_head < info.queue_tail {
			looked += 1;
			if let Next::Wait = Self::finalize_head(vault, &mut info)? {
				break;
			}
		}
		Vaults::<T>::insert(vault, info);
		Ok(looked)
	}

	/// Looks at the head of `vault`'s queue: skips an empty position, returns a request worth
	/// less than its limit, finalizes one idle covers, or waits.
	fn finalize_head(vault: VaultId, info: &mut VaultInfoOf<T>) -> Result<Next, DispatchError> {
		let position = info.queue_head;
		let Some(request) = RedeemQueue::<T>::get(vault, position) else {
			info.queue_head = position.saturating_add(1);
			return Ok(Next::Continue);
		};
		let Some(req) = Requests::<T>::get(request) else {
			// Defensive: a queue entry without its request is dropped.
			RedeemQueue::<T>::remove(vault, position);
			info.queue_head = position.saturating_add(1);
			return Ok(Next::Continue);
		};
		let pool = info
			.pool(now::<T>(), Self::share_supply(info), T::Delta::get())
			.ok_or(Error::<T>::Overflow)?;
		let value_now = pool.assets_for_redeem(req.shares).ok_or(Error::<T>::Overflow)?;
		let assets = value_now.min(req.assets_at_request);
		if assets < req.min_assets {
			// Worth less than its owner's limit: returned, not paid at a lower price.
			Self::unwind_request(info, request, &req, position)?;
			Self::deposit_event(Event::RequestReturned {
				request,
				shares: req.shares,
				assets,
				min_assets: req.min_assets,
			});
			return Ok(Next::Continue);
		}
		if assets > info.idle {
			// Strict FIFO: wait until liquidity comes back from the strategies.
			return Ok(Next::Wait);
		}
		Self::settle(info, request, req, position, assets)?;
		Ok(Next::Continue)
	}

	/// Finalizes the pending `request` at queue `position` for `assets` (covered by idle):
	/// they move from idle to claimable, its shares leave the escrow.
	fn settle(
		info: &mut VaultInfoOf<T>,
		request: RequestId,
		mut req: RedeemRequestOf<T>,
		position: u64,
		assets: u128,
	) -> DispatchResult {
		let vault = req.vault;
		info.escrowed_shares = info.escrowed_shares.saturating_sub(req.shares);
		info.idle -= assets;
		info.claimable = add::<T>(info.claimable, assets)?;
		info.pending_requests = info.pending_requests.saturating_sub(1);
		info.pending_assets = info.pending_assets.saturating_sub(req.assets_at_request);
		info.queue_head = position.saturating_add(1);
		req.state = RequestState::Finalized { assets };
		let shares = req.shares;
		Requests::<T>::insert(request, req);
		RedeemQueue::<T>::remove(vault, position);
		Self::deposit_event(Event::RequestFinalized { vault, request, shares, assets });
		Ok(())
	}

	/// Pays `who` the assets of its finalized `requests`; all or nothing.
	pub(crate) fn do_claim(who: &T::AccountId, requests: &[RequestId]) -> DispatchResult {
		for &request in requests {
			Self::claim_one(who, request)?;
		}
		Ok(())
	}

	/// Pays `who` the assets of its finalized `request` and removes it.
	fn claim_one(who: &T::AccountId, request: RequestId) -> DispatchResult {
		let req = Requests::<T>::get(request).ok_or(Error::<T>::UnknownRequest)?;
		ensure!(&req.owner == who, Error::<T>::NotRequestOwner);
		let RequestState::Finalized { assets } = req.state else {
			return Err(Error::<T>::NotFinalized.into());
		};
		let vault = req.vault;
		Self::mutate_vault(vault, |info| {
			info.claimable =
				info.claimable.checked_sub(assets).ok_or(Error::<T>::InsufficientLiquidity)?;
			if assets > 0 {
				// The account keeps its floor (`floor_due`): paying out never reaps it.
				T::Assets::transfer(
					info.asset.clone(),
					&Self::vault_account(vault),
					who,
					assets,
					Preservation::Preserve,
				)?;
			}
			Ok(())
		})?;
		Requests::<T>::remove(request);
		RequestsOf::<T>::mutate(who, |open| open.retain(|r| *r != request));
		Self::deposit_event(Event::Claimed { request, owner: who.clone(), assets });
		Ok(())
	}

	/// Finalizes requests with the spare weight of the block, visiting vaults round-robin.
	pub(crate) fn finalize_on_idle(remaining: Weight) -> Weight {
		let mut meter = WeightMeter::with_limit(remaining);
		let db = T::DbWeight::get();
		if meter.try_consume(db.reads(2)).is_err() {
			return meter.consumed();
		}
		let vaults = NextVaultId::<T>::get();
		if vaults == 0 {
			return meter.consumed();
		}
		let batch = T::MaxFinalizeBatch::get();
		let mut cursor = FinalizeCursor::<T>::get() % vaults;
		let mut visited = 0;
		while visited < vaults.min(MAX_VAULTS_PER_IDLE) {
			// Reserve the worst case of one vault plus writing the cursor back.
			let worst = T::WeightInfo::finalize_requests(batch).saturating_add(db.writes(1));
			if !meter.can_consume(worst) {
				break;
			}
			// Hooks are not transactional: a vault whose finalization fails part-way keeps
			// none of its writes.
			let looked = with_storage_layer(|| Self::do_finalize(cursor, batch)).unwrap_or(batch);
			meter.consume(T::WeightInfo::finalize_requests(looked));
			cursor = (cursor + 1) % vaults;
			visited += 1;
		}
		if visited > 0 {
			FinalizeCursor::<T>::put(cursor);
			meter.consume(db.writes(1));
		}
		meter.consumed()
	}
}
