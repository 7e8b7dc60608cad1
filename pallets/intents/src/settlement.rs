//! Settlement of batches in `on_initialize` (solution fills, reference clearing of pairs,
//! netting of vault books) and expiry in `on_idle`, each step charged its benchmarked weight.

use crate::{dispatchable_impls::now, math, pallet::*, types::*, Deliver, WeightInfo};
use alloc::vec::Vec;
use plexus_primitives::{AssetId, StrategyInspect, VaultId, VaultIntents};
use polkadot_sdk::{
	frame_support::{pallet_prelude::*, storage::with_storage_layer, weights::WeightMeter},
	frame_system::pallet_prelude::*,
	sp_runtime::{traits::Saturating, DispatchError},
};

impl<T: Config> Pallet<T> {
	/// Opens the first batch, closes the open batch when its period is over and no settlement
	/// is running, and settles within `SettlementWeight`.
	pub(crate) fn settle_on_initialize(now: BlockNumberFor<T>) -> Weight {
		let mut meter = WeightMeter::with_limit(T::SettlementWeight::get());
		meter.consume(T::WeightInfo::on_initialize_idle());
		let Some(batch) = CurrentBatch::<T>::get() else {
			CurrentBatch::<T>::put(BatchInfo { id: 0, opened: now });
			return meter.consumed();
		};
		if Settling::<T>::get().is_none() {
			if now < batch.opened.saturating_add(T::BatchPeriod::get()) {
				return meter.consumed();
			}
			let checked = Self::close_batch(batch, now);
			meter.consume(
				T::WeightInfo::close_batch()
					.saturating_add(T::DbWeight::get().reads(checked.into())),
			);
		}
		let over = Self::settle_steps(&mut meter, now);
		meter.consumed().saturating_add(over)
	}

	/// The weight of settling a vault book of `n` intents: the dearest of its paths per
	/// intent (netted or deposited, queued for redemption, matched to another vault) for all
	/// of them, and a delivery each.
	pub(crate) fn vault_book_weight(n: u32) -> Weight {
		T::WeightInfo::net_vault(n)
			.max(T::WeightInfo::net_vault_queue(n))
			.max(T::WeightInfo::net_vault_rematch(n))
			.saturating_add(T::Deliver::weight().saturating_mul(n.into()))
	}

	/// Closes the open batch: its best solution (if any) moves to settlement and the next batch
	/// opens.
	///
	/// A solution is applied all or nothing: if any of its fills no longer applies to its
	/// intent as accepted (a defensive check: the intents it names can neither be cancelled,
	/// expire before settlement, nor be named by another settlement), the whole solution is
	/// dropped, so no counterparty is ever paid out of other users' escrow. Returns the number
	/// of intents read for that check.
	pub(crate) fn close_batch(batch: BatchInfo<BlockNumberFor<T>>, now: BlockNumberFor<T>) -> u32 {
		let mut checked = 0u32;
		let solution = Best::<T>::take().filter(|b| b.batch == batch.id).filter(|b| {
			let stale = b.solution.fills.iter().find(|f| {
				checked = checked.saturating_add(1);
				!Self::fill_applies(b.batch, f)
			});
			if let Some(fill) = stale {
				Self::deposit_event(Event::SolutionDropped { batch: b.batch, intent: fill.intent });
			}
			stale.is_none()
		});
		let solved = solution.is_some();
		SettlingSolution::<T>::set(solution);
		Settling::<T>::put(Settlement {
			batch: batch.id,
			stage: if solved { Stage::Solution(0) } else { Stage::Books },
			cursor: None,
		});
		CurrentBatch::<T>::put(BatchInfo { id: batch.id.saturating_add(1), opened: now });
		Self::deposit_event(Event::BatchClosed { batch: batch.id, solved });
		checked
	}

	/// Whether `fill` still applies to its intent as when the solution of `batch` was accepted:
	/// the intent is an open swap named by that solution and can still give `given`.
	fn fill_applies(batch: BatchId, fill: &SolutionFill) -> bool {
		Intents::<T>::get(fill.intent).is_some_and(|mut intent| {
			matches!(intent.kind, IntentKind::Swap { .. })
				&& intent.in_solution == Some(batch)
				&& intent.settle(fill.given, fill.received).is_some()
		})
	}

	/// Runs settlement steps while the meter allows: the solution's fills one by one, then the
	/// books one by one; the last step pays the solution's dust and ends the settlement. The
	/// first step of a block always runs, even if it alone exceeds the meter (one book is
	/// bounded by `MaxBookSize`), so a settlement always progresses; the weight it uses beyond
	/// the meter is returned.
	pub(crate) fn settle_steps(meter: &mut WeightMeter, now: BlockNumberFor<T>) -> Weight {
		let Some(mut state) = Settling::<T>::get() else { return Weight::zero() };
		let solution = SettlingSolution::<T>::get();
		let mut over = Weight::zero();
		let mut first = true;
		let mut charge = |meter: &mut WeightMeter, over: &mut Weight, weight: Weight| -> bool {
			if meter.try_consume(weight).is_ok() {
				first = false;
				return true;
			}
			if core::mem::take(&mut first) {
				*over = over.saturating_add(weight);
				return true;
			}
			false
		};
		loop {
			match state.stage {
				Stage::Solution(next) => {
					let Some(fill) =
						solution.as_ref().and_then(|s| s.solution.fills.get(next as usize))
					else {
						state.stage = Stage::Books;
						continue;
					};
					let weight = T::WeightInfo::apply_fill().saturating_add(T::Deliver::weight());
					if !charge(meter, &mut over, weight) {
						break;
					}
					Self::apply_swap_fill(fill.intent, fill.given, fill.received);
					state.stage = Stage::Solution(next.saturating_add(1));
				},
				Stage::Books => {
					let next = match &state.cursor {
						Some(key) => BookSizes::<T>::iter_from(key.to_vec()).next(),
						None => BookSizes::<T>::iter().next(),
					};
					let Some((book, size)) = next else {
						if !charge(meter, &mut over, T::WeightInfo::finish_settlement()) {
							break;
						}
						Self::finish_settlement(state.batch, solution);
						return over;
					};
					// A pair clears from its lower asset's book, when both directions have intents
					// and the solution does not trade it; other pair books cost one read.
					let clears = match &book {
						Book::Vault(_) => None,
						Book::Pair(a, b) => {
							let other = BookSizes::<T>::get(Book::Pair(*b, *a)).unwrap_or(0);
							let solved = solution.as_ref().is_some_and(|s| {
								s.pairs.contains(&(*a, *b)) || s.pairs.contains(&(*b, *a))
							});
							Some(
								(a < b && other > 0 && !solved)
									.then_some(size.saturating_add(other)),
							)
						},
					};
					let weight = match clears {
						None => Self::vault_book_weight(size),
						Some(Some(n)) => T::WeightInfo::clear_pair(n)
							.saturating_add(T::Deliver::weight().saturating_mul(n.into())),
						Some(None) => T::DbWeight::get().reads(1),
					};
					if !charge(meter, &mut over, weight) {
						break;
					}
					match (&book, clears) {
						(Book::Vault(vault), _) => {
							Self::settle_vault_book(*vault, state.batch, now)
						},
						(Book::Pair(a, b), Some(Some(_))) => {
							Self::clear_pair(*a, *b, state.batch, now)
						},
						_ => {},
					}
					state.cursor =
						Some(BoundedVec::truncate_from(BookSizes::<T>::hashed_key_for(&book)));
				},
			}
		}
		Settling::<T>::put(state);
		over
	}

	pub(crate) fn finish_settlement(batch: BatchId, solution: Option<BestSolutionOf<T>>) {
		if let Some(solution) = solution {
			let recipient = T::DustRecipient::get();
			for (asset, amount) in solution.dust.into_iter().filter(|(_, a)| *a > 0) {
				// Dust below the recipient's minimum stays in escrow; it belongs to nobody.
				let _ = Self::escrow_out(asset, &recipient, amount);
			}
		}
		SettlingSolution::<T>::kill();
		Settling::<T>::kill();
		Self::deposit_event(Event::BatchSettled { batch });
	}

	/// Books a swap fill: the intent gives `given` (already in escrow) and receives `received`
	/// of its `want_asset`; it completes when nothing is left. Returns the weight of a delivery.
	pub(crate) fn apply_swap_fill(id: Id, given: u128, received: u128) -> Weight {
		let Some(mut intent) = Intents::<T>::get(id) else { return Weight::zero() };
		let IntentKind::Swap { want_asset, .. } = intent.kind else { return Weight::zero() };
		if intent.settle(given, received).is_none() {
			Self::deposit_event(Event::IntentSkipped {
				intent: id,
				error: Error::<T>::FillTooLarge.into(),
			});
			return Weight::zero();
		}
		Self::deposit_event(Event::SwapFilled { intent: id, given, received });
		let weight = Self::pay_out(id, &intent, want_asset, received);
		Self::store_or_complete(id, intent);
		weight
	}

	/// Removes a settled intent (deposit returned) or stores what is left of it.
	fn store_or_complete(id: Id, mut intent: IntentOf<T>) {
		if intent.remaining == 0 {
			let received = intent.received;
			match Self::remove(id, intent) {
				Ok(()) => Self::deposit_event(Event::IntentCompleted { intent: id, received }),
				Err(error) => Self::deposit_event(Event::IntentSkipped { intent: id, error }),
			}
		} else {
			intent.in_solution = None;
			Intents::<T>::insert(id, intent);
		}
	}

	/// The reference clearing of pair `{a, b}` (both directions) for the intents of batches up
	/// to `batch`, applied; the rounding dust goes to the dust recipient.
	pub(crate) fn clear_pair(a: AssetId, b: AssetId, batch: BatchId, now: BlockNumberFor<T>) {
		let Some(orders) = Self::pair_orders(a, b, batch, now, u32::MAX) else { return };
		let Some(clearing) = math::reference_clearing(a, b, &orders) else { return };
		for fill in clearing.fills.iter() {
			Self::apply_swap_fill(fill.intent, fill.given, fill.received);
		}
		let recipient = T::DustRecipient::get();
		for (asset, dust) in clearing.verified.dust.iter().filter(|(_, d)| *d > 0) {
			let _ = Self::escrow_out(*asset, &recipient, *dust);
		}
		let price = (
			clearing.prices.first().map(|p| p.1).unwrap_or(0),
			clearing.prices.get(1).map(|p| p.1).unwrap_or(0),
		);
		Self::deposit_event(Event::ReferenceCleared {
			batch,
			pair: (a, b),
			price,
			fills: clearing.fills.len() as u32,
		});
	}

	/// Settles a vault's book: deposit intents into the vault and redeem intents out of it
	/// are netted against each other at the share price (oldest first), then the rest of each
	/// deposit goes into the vault and the rest of each redemption into its queue. Intents that
	/// cannot settle now are skipped and stay open.
	pub(crate) fn settle_vault_book(vault: VaultId, batch: BatchId, now: BlockNumberFor<T>) {
		let mut ids: Vec<Id> = Books::<T>::iter_key_prefix(Book::Vault(vault)).collect();
		ids.sort_unstable();
		let Some(terms) = T::Vaults::terms(vault) else { return };
		let strategies = T::Strategies::vault_strategies(vault);
		let yield_bps = T::Strategies::reported_yield_bps(vault);
		let mut deposits: Vec<(Id, IntentOf<T>)> = Vec::new();
		let mut redeems: Vec<(Id, IntentOf<T>)> = Vec::new();
		for id in ids {
			let Some(intent) = Intents::<T>::get(id) else { continue };
			if intent.batch > batch || intent.deadline < now || intent.remaining == 0 {
				continue;
			}
			match &intent.kind {
				IntentKind::Deposit { asset, constraints, .. } => {
					if terms.accepts_deposits && constraints.admit(&terms, &strategies, yield_bps) {
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
						Self::skip(id, DispatchError::Other("vault paused"));
					} else {
						Self::skip(id, Error::<T>::LimitViolated.into());
					}
				},
				IntentKind::Swap { .. } => {},
			}
		}

		// Netting: shares pass from redeemers to depositors at the share price. Not for vaults
		// whose new shares are held (their depositors must get held shares from the vault).
		if terms.lockup == 0 && !deposits.is_empty() && !redeems.is_empty() {
			let d: Vec<u128> = deposits.iter().map(|(_, i)| i.remaining).collect();
			let r: Vec<u128> = redeems.iter().map(|(_, i)| i.remaining).collect();
			if let Some(plan) = math::net(terms.price, &d, &r) {
				for ((id, intent), (shares, assets)) in deposits.iter_mut().zip(plan.deposits) {
					if shares == 0 || intent.settle(assets, shares).is_none() {
						continue;
					}
					Self::deposit_event(Event::DepositNetted {
						intent: *id,
						vault,
						assets,
						shares,
					});
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
		}

		for (id, mut intent) in deposits {
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
		for (id, mut intent) in redeems {
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
						Self::deposit_event(Event::RedeemQueued {
							intent: id,
							vault,
							shares,
							request,
						});
					},
					Err(error) => Self::skip(id, error),
				}
			}
			Self::store_or_complete(id, intent);
		}
	}

	fn skip(intent: Id, error: DispatchError) {
		Self::deposit_event(Event::IntentSkipped { intent, error });
	}

	fn move_to_vault(id: Id, mut intent: IntentOf<T>, vault: VaultId) {
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

	/// Cleans up expired intents within `remaining` weight, walking the intents from where it
	/// stopped last time.
	pub(crate) fn expire_on_idle(remaining: Weight) -> Weight {
		let mut meter = WeightMeter::with_limit(remaining);
		let step = T::WeightInfo::expire_intent();
		let read = T::DbWeight::get().reads(1);
		if meter.try_consume(T::DbWeight::get().reads_writes(1, 1)).is_err() {
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
			let Some((id, intent)) = iter.next() else {
				cursor = None;
				break;
			};
			meter.consume(read);
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
