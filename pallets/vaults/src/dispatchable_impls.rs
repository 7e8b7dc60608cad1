//! The logic behind the calls and the `on_idle` hook.

use crate::{math, pallet::*, types::*, weights::WeightInfo};
use alloc::vec::Vec;
use polkadot_sdk::{
	frame_support::{
		ensure,
		pallet_prelude::*,
		storage::with_storage_layer,
		traits::{
			fungibles::{metadata::Inspect as MetadataInspect, Inspect, Mutate},
			tokens::{Fortitude, Preservation},
		},
		weights::WeightMeter,
	},
	frame_system::{self, pallet_prelude::BlockNumberFor},
	sp_runtime::{
		traits::{MaybeEquivalence, Saturating},
		DispatchError, DispatchResult,
	},
};

/// Vaults `on_idle` visits per block at most.
const MAX_VAULTS_PER_IDLE: u32 = 8;

fn now<T: Config>() -> BlockNumberFor<T> {
	frame_system::Pallet::<T>::block_number()
}

fn add<T: Config>(a: u128, b: u128) -> Result<u128, Error<T>> {
	a.checked_add(b).ok_or(Error::<T>::Overflow)
}

impl<T: Config> Pallet<T> {
	pub(crate) fn do_create_vault(
		asset: AssetIdOf<T>,
		kind: VaultKindOf<T>,
		deposit_cap: u128,
		min_idle_bps: u16,
		performance_fee_bps: u16,
		min_request: u128,
		share_name: Vec<u8>,
		share_symbol: Vec<u8>,
	) -> Result<VaultId, DispatchError> {
		ensure!(min_idle_bps <= 10_000 && performance_fee_bps <= 10_000, Error::<T>::InvalidBps);
		ensure!(T::Assets::asset_exists(asset.clone()), Error::<T>::UnknownAsset);
		ensure!(!share_name.is_empty() && !share_symbol.is_empty(), Error::<T>::BadMetadata);
		let mut kind = kind;
		if let VaultKind::Curated { terms, .. } = &mut kind {
			ensure!(terms.start < terms.end, Error::<T>::InvalidCampaign);
			ensure!(terms.early_exit_penalty_bps <= 10_000, Error::<T>::InvalidBps);
			for reward in terms.partner_rewards.iter_mut() {
				ensure!(reward.amount > 0, Error::<T>::InvalidCampaign);
				// A stream is funded by its partner after the vault exists, never at creation.
				reward.funded = false;
			}
		}

		let vault = NextVaultId::<T>::get();
		let next = vault.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let share_asset = T::ShareAssetId::convert(&vault).ok_or(Error::<T>::ShareAssetIdTaken)?;
		ensure!(!T::Assets::asset_exists(share_asset.clone()), Error::<T>::ShareAssetIdTaken);
		let decimals = <T::Assets as MetadataInspect<T::AccountId>>::decimals(asset.clone())
			.saturating_add(T::Delta::get());
		Self::create_share_token(
			vault,
			asset.clone(),
			share_asset.clone(),
			decimals,
			share_name,
			share_symbol,
		)?;

		let now = now::<T>();
		let info = VaultInfo {
			kind: kind.clone(),
			asset: asset.clone(),
			share_asset: share_asset.clone(),
			status: VaultStatus::Active,
			idle: 0,
			debt: 0,
			in_transit: 0,
			claimable: 0,
			locked_profit: 0,
			unlock_from: now,
			unlock_until: now,
			deposit_cap,
			min_idle_bps,
			performance_fee_bps,
			min_request,
			pending_requests: 0,
			pending_assets: 0,
			escrowed_shares: 0,
			queue_head: 0,
			queue_tail: 0,
			fee_carry: 0,
		};
		Vaults::<T>::insert(vault, info);
		VaultsOfAsset::<T>::insert(&asset, vault, ());
		NextVaultId::<T>::put(next);
		Self::deposit_event(Event::VaultCreated { vault, asset, share_asset, kind });
		Ok(vault)
	}

	/// Why `info` takes no deposit now.
	fn deposits_closed_error(info: &VaultInfoOf<T>) -> Error<T> {
		match info.status {
			VaultStatus::Paused => Error::<T>::VaultPaused,
			VaultStatus::Retired => Error::<T>::VaultRetired,
			VaultStatus::Active => Error::<T>::DepositsClosed,
		}
	}

	/// The vault and its conversion pool now, if it takes deposits.
	fn open_for_deposits(vault: VaultId) -> Result<(VaultInfoOf<T>, math::Pool), DispatchError> {
		let info = Vaults::<T>::get(vault).ok_or(Error::<T>::UnknownVault)?;
		let now = now::<T>();
		ensure!(info.accepts_deposits(now), Self::deposits_closed_error(&info));
		ensure!(
			!<T::DepositGate as plexus_primitives::DepositGate>::deposits_paused(vault),
			Error::<T>::StaleStrategyReport
		);
		let pool = info
			.pool(now, Self::share_supply(&info), T::Delta::get())
			.ok_or(Error::<T>::Overflow)?;
		Ok((info, pool))
	}

	pub(crate) fn do_deposit(
		who: &T::AccountId,
		vault: VaultId,
		assets: u128,
		min_shares: u128,
	) -> Result<u128, DispatchError> {
		ensure!(assets > 0, Error::<T>::ZeroAmount);
		let (info, pool) = Self::open_for_deposits(vault)?;
		Self::ensure_spendable(&info, who, assets)?;
		// The vault account's floor, if missing, comes out of the deposit (like the minimum
		// liquidity of a first Uniswap V2 deposit): the depositor can deposit all it has.
		let credited = assets.saturating_sub(Self::floor_due(&info, vault));
		let shares = pool.shares_for_deposit(credited).ok_or(Error::<T>::Overflow)?;
		ensure!(shares > 0, Error::<T>::ZeroShares);
		ensure!(shares >= min_shares, Error::<T>::SlippageExceeded);
		Self::enter(who, vault, info, pool.assets, assets, credited, shares)?;
		Ok(shares)
	}

	pub(crate) fn do_mint(
		who: &T::AccountId,
		vault: VaultId,
		shares: u128,
		max_assets: u128,
	) -> Result<u128, DispatchError> {
		ensure!(shares > 0, Error::<T>::ZeroAmount);
		let (info, pool) = Self::open_for_deposits(vault)?;
		let assets = pool.assets_for_mint(shares).ok_or(Error::<T>::Overflow)?;
		ensure!(assets > 0, Error::<T>::ZeroAmount);
		// Exact shares: the vault account's floor, if missing, is paid on top.
		let paid = add::<T>(assets, Self::floor_due(&info, vault))?;
		ensure!(paid <= max_assets, Error::<T>::SlippageExceeded);
		Self::enter(who, vault, info, pool.assets, paid, assets, shares)?;
		Ok(paid)
	}

	/// What a payment into the vault account must add for the account to keep its floor: the
	/// asset's minimum balance above what the vault owes (`idle + claimable`), so that paying
	/// everything out (with `Preserve`) never reaps the account nor moves or burns dust that
	/// belongs to other holders. Paid once per vault, by the first payment that finds the
	/// floor missing (out of a deposit, on top of a mint or a partner reward); never counted
	/// in `idle`.
	pub(crate) fn floor_due(info: &VaultInfoOf<T>, vault: VaultId) -> u128 {
		let held = T::Assets::balance(info.asset.clone(), &Self::vault_account(vault));
		let owed = info.idle.saturating_add(info.claimable);
		T::Assets::minimum_balance(info.asset.clone()).saturating_sub(held.saturating_sub(owed))
	}

	/// `InsufficientBalance` unless `who` can spend `assets` of the vault's asset;
	/// `RemainderBelowMinimum` if that would leave a part below the asset's minimum balance.
	/// Returns how the transfer treats `who`'s account
	/// ([`plexus_primitives::transfer::keeping_minimum`]).
	fn ensure_spendable(
		info: &VaultInfoOf<T>,
		who: &T::AccountId,
		assets: u128,
	) -> Result<Preservation, DispatchError> {
		let spendable = T::Assets::reducible_balance(
			info.asset.clone(),
			who,
			Preservation::Expendable,
			Fortitude::Polite,
		);
		ensure!(spendable >= assets, Error::<T>::InsufficientBalance);
		plexus_primitives::transfer::keeping_minimum::<T::Assets, _>(
			info.asset.clone(),
			who,
			assets,
		)
		.ok_or_else(|| Error::<T>::RemainderBelowMinimum.into())
	}

	/// Moves `paid` from `who` into the vault account, of which `credited` becomes the
	/// vault's idle (the rest is the account's floor, [`Self::floor_due`]), and mints `shares`
	/// to `who`.
	#[allow(clippy::too_many_arguments)]
	fn enter(
		who: &T::AccountId,
		vault: VaultId,
		mut info: VaultInfoOf<T>,
		total_assets: u128,
		paid: u128,
		credited: u128,
		shares: u128,
	) -> DispatchResult {
		ensure!(add::<T>(total_assets, credited)? <= info.deposit_cap, Error::<T>::CapExceeded);
		let keep = Self::ensure_spendable(&info, who, paid)?;
		let account = Self::vault_account(vault);
		T::Assets::transfer(info.asset.clone(), who, &account, paid, keep)?;
		T::Assets::mint_into(info.share_asset.clone(), who, shares)?;
		info.idle = add::<T>(info.idle, credited)?;

		let now = now::<T>();
		if let VaultKind::Curated { terms, .. } = &info.kind {
			if terms.min_hold > 0u32.into() {
				let until = now.saturating_add(terms.min_hold);
				Holds::<T>::try_mutate(vault, who, |hold| -> DispatchResult {
					let held = match hold {
						Some(h) if h.until > now => h.shares,
						_ => 0,
					};
					*hold = Some(Hold { shares: add::<T>(held, shares)?, until });
					Ok(())
				})?;
			}
		}
		Vaults::<T>::insert(vault, info);
		Self::deposit_event(Event::Deposited { vault, who: who.clone(), assets: paid, shares });
		Ok(())
	}

	/// Queues a redemption request that pays at least `min_assets` (0: any value).
	pub(crate) fn do_request_redeem(
		who: &T::AccountId,
		vault: VaultId,
		shares: u128,
		min_assets: u128,
	) -> Result<RequestId, DispatchError> {
		ensure!(shares > 0, Error::<T>::ZeroAmount);
		let mut info = Vaults::<T>::get(vault).ok_or(Error::<T>::UnknownVault)?;
		ensure!(info.status != VaultStatus::Paused, Error::<T>::VaultPaused);
		let balance = T::Assets::balance(info.share_asset.clone(), who);
		ensure!(balance >= shares, Error::<T>::InsufficientShares);

		let now = now::<T>();
		let pool = info
			.pool(now, Self::share_supply(&info), T::Delta::get())
			.ok_or(Error::<T>::Overflow)?;
		let value = pool.assets_for_redeem(shares).ok_or(Error::<T>::Overflow)?;

		// Campaign shares still held pay the early-exit penalty; free shares are redeemed first.
		let mut penalty = 0;
		let mut held_in_request = None;
		if let VaultKind::Curated { terms, .. } = &info.kind {
			if let Some(mut hold) = Holds::<T>::get(vault, who).filter(|h| h.until > now) {
				let held = hold.shares.min(balance);
				let free = balance.saturating_sub(held);
				let penalized = shares.saturating_sub(free);
				if penalized > 0 {
					let penalized_value =
						pool.assets_for_redeem(penalized).ok_or(Error::<T>::Overflow)?;
					penalty = math::bps_of(penalized_value, terms.early_exit_penalty_bps);
					held_in_request = Some(Hold { shares: penalized, until: hold.until });
					hold.shares = held.saturating_sub(penalized);
					if hold.shares == 0 {
						Holds::<T>::remove(vault, who);
					} else {
						Holds::<T>::insert(vault, who, hold);
					}
				}
			}
		}
		let assets_at_request = value.saturating_sub(penalty);
		ensure!(assets_at_request > 0, Error::<T>::ZeroShares);
		ensure!(assets_at_request >= info.min_request, Error::<T>::RequestTooSmall);
		ensure!(assets_at_request >= min_assets, Error::<T>::SlippageExceeded);

		let request = NextRequestId::<T>::get();
		NextRequestId::<T>::put(request.checked_add(1).ok_or(Error::<T>::Overflow)?);
		RequestsOf::<T>::try_mutate(who, |open| open.try_push(request))
			.map_err(|_| Error::<T>::TooManyRequests)?;

		// Escrow: the shares leave the owner until finalization or cancellation.
		Self::escrow_shares(&mut info, who, shares)?;

		let position = info.queue_tail;
		info.queue_tail = position.checked_add(1).ok_or(Error::<T>::Overflow)?;
		info.pending_requests = info.pending_requests.checked_add(1).ok_or(Error::<T>::Overflow)?;
		info.pending_assets = add::<T>(info.pending_assets, assets_at_request)?;
		let alone = info.pending_requests == 1;
		Vaults::<T>::insert(vault, info);
		RedeemQueue::<T>::insert(vault, position, request);
		Requests::<T>::insert(
			request,
			RedeemRequest {
				vault,
				owner: who.clone(),
				shares,
				assets_at_request,
				requested_at: now,
				state: RequestState::Pending { position },
				held: held_in_request,
				min_assets,
			},
		);
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

	/// Puts campaign shares that a cancelled request took out of their hold back into it,
	/// until the later of their own end and the end of what `who` holds now.
	fn restore_hold(
		vault: VaultId,
		who: &T::AccountId,
		held: Option<Hold<u128, BlockNumberFor<T>>>,
	) -> DispatchResult {
		let now = now::<T>();
		let Some(back) = held.filter(|h| h.until > now && h.shares > 0) else { return Ok(()) };
		Holds::<T>::try_mutate(vault, who, |hold| -> DispatchResult {
			let merged = match hold.filter(|h| h.until > now) {
				Some(h) => Hold {
					shares: add::<T>(h.shares, back.shares)?,
					until: h.until.max(back.until),
				},
				None => back,
			};
			*hold = Some(merged);
			Ok(())
		})
	}

	/// Finalizes up to `max` queue positions of `vault`, oldest first, while idle covers them.
	/// Returns how many positions it looked at (the weight it used).
	pub(crate) fn do_finalize(vault: VaultId, max: u32) -> Result<u32, DispatchError> {
		let mut info = Vaults::<T>::get(vault).ok_or(Error::<T>::UnknownVault)?;
		ensure!(info.status != VaultStatus::Paused, Error::<T>::VaultPaused);
		ensure!(!Self::finalization_paused(vault), Error::<T>::StaleStrategyReport);
		let now = now::<T>();
		let mut looked = 0;
		while looked < max && info.queue_head < info.queue_tail {
			looked += 1;
			let position = info.queue_head;
			let Some(request) = RedeemQueue::<T>::get(vault, position) else {
				info.queue_head = position.saturating_add(1);
				continue;
			};
			let Some(mut req) = Requests::<T>::get(request) else {
				// Defensive: a queue entry without its request is dropped.
				RedeemQueue::<T>::remove(vault, position);
				info.queue_head = position.saturating_add(1);
				continue;
			};
			let pool = info
				.pool(now, Self::share_supply(&info), T::Delta::get())
				.ok_or(Error::<T>::Overflow)?;
			let value_now = pool.assets_for_redeem(req.shares).ok_or(Error::<T>::Overflow)?;
			let assets = value_now.min(req.assets_at_request);
			if assets < req.min_assets {
				// Worth less than its owner's limit: returned, not paid at a lower price.
				Self::unwind_request(&mut info, request, &req, position)?;
				Self::deposit_event(Event::RequestReturned {
					request,
					shares: req.shares,
					assets,
					min_assets: req.min_assets,
				});
				continue;
			}
			if assets > info.idle {
				// Strict FIFO: wait until liquidity comes back from the strategies.
				break;
			}
			info.escrowed_shares = info.escrowed_shares.saturating_sub(req.shares);
			info.idle -= assets;
			info.claimable = add::<T>(info.claimable, assets)?;
			info.pending_requests = info.pending_requests.saturating_sub(1);
			info.pending_assets = info.pending_assets.saturating_sub(req.assets_at_request);
			info.queue_head = position.saturating_add(1);
			req.state = RequestState::Finalized { assets };
			Requests::<T>::insert(request, req.clone());
			RedeemQueue::<T>::remove(vault, position);
			Self::deposit_event(Event::RequestFinalized {
				vault,
				request,
				shares: req.shares,
				assets,
			});
		}
		Vaults::<T>::insert(vault, info);
		Ok(looked)
	}

	pub(crate) fn do_claim(who: &T::AccountId, requests: &[RequestId]) -> DispatchResult {
		for &request in requests {
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
		}
		Ok(())
	}

	pub(crate) fn do_fund_partner_reward(
		who: &T::AccountId,
		vault: VaultId,
		index: u32,
	) -> DispatchResult {
		let now = now::<T>();
		let period = T::ProfitUnlockPeriod::get();
		let mut amount = 0;
		Self::mutate_vault(vault, |info| {
			let VaultKind::Curated { terms, .. } = &mut info.kind else {
				return Err(Error::<T>::UnknownPartnerReward.into());
			};
			let end = terms.end;
			let start = terms.start;
			let reward = terms
				.partner_rewards
				.get_mut(index as usize)
				.ok_or(Error::<T>::UnknownPartnerReward)?;
			ensure!(
				&reward.partner == who && !reward.funded && start <= now && now < end,
				Error::<T>::CannotFundReward
			);
			reward.funded = true;
			amount = reward.amount;
			let paid = add::<T>(amount, Self::floor_due(info, vault))?;
			T::Assets::transfer(
				info.asset.clone(),
				who,
				&Self::vault_account(vault),
				paid,
				Preservation::Expendable,
			)?;
			info.idle = add::<T>(info.idle, amount)?;
			// The reward unlocks until the campaign ends (at least over one unlock period if
			// the end is near), merged with profit still locked.
			let locked_now = info.locked_profit_now(now);
			let until = core::cmp::max(end, now.saturating_add(period));
			info.locked_profit = add::<T>(locked_now, amount)?;
			info.unlock_until = if locked_now > 0 { info.unlock_until.max(until) } else { until };
			info.unlock_from = now;
			Ok(())
		})?;
		Self::deposit_event(Event::PartnerRewardFunded { vault, index, amount });
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

	/// Checks the invariants of every vault (try-runtime and tests):
	/// - the vault account holds at least `idle + claimable` of the asset;
	/// - `claimable` is Σ of its finalized requests, `pending_requests` and `pending_assets`
	///   count its pending requests, and the escrowed shares cover them;
	/// - the queue is well-formed and every open request is listed under its owner.
	#[cfg(any(feature = "try-runtime", test))]
	pub(crate) fn do_try_state() -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
		use alloc::collections::btree_map::BTreeMap;
		let mut finalized: BTreeMap<VaultId, u128> = BTreeMap::new();
		let mut pending: BTreeMap<VaultId, (u32, u128, u128)> = BTreeMap::new();
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
		for (vault, info) in Vaults::<T>::iter() {
			let account = Self::vault_account(vault);
			let held = T::Assets::balance(info.asset.clone(), &account);
			ensure!(
				held >= info.idle.saturating_add(info.claimable),
				"the vault account holds less than idle + claimable"
			);
			ensure!(
				held == 0 || Self::floor_due(&info, vault) == 0,
				"the vault account holds no floor above idle + claimable"
			);
			ensure!(
				finalized.get(&vault).copied().unwrap_or(0) == info.claimable,
				"claimable differs from the finalized requests"
			);
			let (count, shares, assets) = pending.get(&vault).copied().unwrap_or_default();
			ensure!(count == info.pending_requests, "pending_requests is off");
			ensure!(assets == info.pending_assets, "pending_assets is off");
			ensure!(
				shares == info.escrowed_shares,
				"escrowed shares differ from the pending requests"
			);
			ensure!(info.queue_head <= info.queue_tail, "queue head past its tail");
			ensure!(
				T::Assets::reducible_balance(
					info.asset.clone(),
					&account,
					Preservation::Expendable,
					polkadot_sdk::frame_support::traits::tokens::Fortitude::Force
				) >= info.idle.saturating_add(info.claimable),
				"the vault's assets are not all withdrawable"
			);
		}
		Ok(())
	}
}

impl<T: Config> Pallet<T> {
	/// The share token of `vault` and the conversion pool now, for the runtime API.
	pub fn pool_now(vault: VaultId) -> Option<(VaultInfoOf<T>, math::Pool)> {
		let info = Vaults::<T>::get(vault)?;
		let pool = info.pool(now::<T>(), Self::share_supply(&info), T::Delta::get())?;
		Some((info, pool))
	}
}
