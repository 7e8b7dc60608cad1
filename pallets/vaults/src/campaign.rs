//! Campaigns: the on-chain terms of a curated vault (Mitosis Matrix / maAsset campaigns).
//!
//! A curated vault carries [`CampaignTerms`]:
//!
//! - **Deposit window.** Deposits and mints are accepted from `start` (inclusive) to `end`
//!   (exclusive) only ([`VaultInfo::accepts_deposits`]); redemptions go on after the end.
//! - **Minimum hold.** Shares minted by a deposit at block `n` are held until `n + min_hold`
//!   ([`Hold`], storage `Holds`): `pallet-assets` sees them as frozen (this pallet is its
//!   `Freezer`, [`FrozenBalance`]), so they cannot be transferred. A new deposit adds its shares
//!   to the hold and moves its end to `n + min_hold`.
//! - **Early-exit penalty.** Redeeming shares still held pays
//!   `penalty = ⌊value(penalized) · early_exit_penalty_bps / 10 000⌋`, where
//!   `penalized = shares − free` and `free = balance − held` (free shares are redeemed first).
//!   The penalty stays in the vault: the request is worth `value − penalty`, so the penalty is
//!   redistributed, through the share price, to the holders who stay. The penalized shares
//!   travel with the request ([`RedeemRequest::held`]); cancelling it (or its return at
//!   finalization) holds them again until their original end ([`Pallet::restore_hold`]), so a
//!   request and its cancellation can neither free held shares nor dodge the penalty.
//! - **Partner reward streams.** Each [`PartnerReward`] is funded once by its partner while the
//!   campaign runs ([`Pallet::do_fund_partner_reward`]); the amount enters `idle` and is locked
//!   profit that unlocks linearly until the campaign's `end` (at least over one
//!   `ProfitUnlockPeriod`), merged with profit still locked (`profit.rs`).

use crate::{add, now, pallet::*, types::*};
use plexus_primitives::bps;
use polkadot_sdk::{
	frame_support::{
		ensure,
		pallet_prelude::*,
		traits::{fungibles::Mutate, tokens::Preservation},
	},
	frame_system::pallet_prelude::BlockNumberFor,
	pallet_assets::FrozenBalance,
	sp_runtime::{
		traits::{MaybeEquivalence, Saturating},
		DispatchError, DispatchResult,
	},
};

impl<AccountId, AssetId, BlockNumber, MaxPartners: Get<u32>>
	VaultInfo<AccountId, AssetId, u128, BlockNumber, MaxPartners>
where
	AccountId: Clone + core::fmt::Debug + PartialEq + Eq,
	AssetId: Clone + core::fmt::Debug + PartialEq + Eq,
	BlockNumber: Copy + core::fmt::Debug + PartialOrd + Eq,
{
	/// Whether deposits are open at block `now`: the vault is active and, for a campaign, the
	/// campaign runs.
	pub fn accepts_deposits(&self, now: BlockNumber) -> bool {
		self.status == VaultStatus::Active
			&& match &self.kind {
				VaultKind::Governed => true,
				VaultKind::Curated { terms, .. } => terms.start <= now && now < terms.end,
			}
	}
}

impl<T: Config> Pallet<T> {
	/// Checks a new vault's campaign terms (`start < end`, a valid penalty, non-zero rewards)
	/// and marks every partner reward unfunded: a stream is funded by its partner after the
	/// vault exists, never at creation. A governed vault has nothing to check.
	pub(crate) fn validate_campaign(kind: &mut VaultKindOf<T>) -> DispatchResult {
		if let VaultKind::Curated { terms, .. } = kind {
			ensure!(terms.start < terms.end, Error::<T>::InvalidCampaign);
			ensure!(bps::is_valid(terms.early_exit_penalty_bps), Error::<T>::InvalidBps);
			for reward in terms.partner_rewards.iter_mut() {
				ensure!(reward.amount > 0, Error::<T>::InvalidCampaign);
				reward.funded = false;
			}
		}
		Ok(())
	}

	/// Holds `shares` just minted to `who` for the campaign's `min_hold` blocks (nothing for a
	/// governed vault or a campaign without a hold): added to what `who` still holds, all
	/// until `now + min_hold`.
	pub(crate) fn hold_new_shares(
		vault: VaultId,
		who: &T::AccountId,
		kind: &VaultKindOf<T>,
		shares: u128,
	) -> DispatchResult {
		let VaultKind::Curated { terms, .. } = kind else { return Ok(()) };
		if terms.min_hold == 0u32.into() {
			return Ok(());
		}
		let now = now::<T>();
		let until = now.saturating_add(terms.min_hold);
		Holds::<T>::try_mutate(vault, who, |hold| -> DispatchResult {
			let held = match hold {
				Some(h) if h.until > now => h.shares,
				_ => 0,
			};
			*hold = Some(Hold { shares: add::<T>(held, shares)?, until });
			Ok(())
		})
	}

	/// Takes the held shares among the `shares` that `who` (holding `balance`) redeems out of
	/// its hold: free shares are redeemed first, the rest pay the early-exit penalty on their
	/// value in `pool`. Returns the penalty and the shares taken out of the hold (with their
	/// end), which travel with the request.
	pub(crate) fn take_held_shares(
		vault: VaultId,
		who: &T::AccountId,
		kind: &VaultKindOf<T>,
		pool: &crate::math::Pool,
		balance: u128,
		shares: u128,
	) -> Result<(u128, Option<HoldOf<T>>), DispatchError> {
		let VaultKind::Curated { terms, .. } = kind else { return Ok((0, None)) };
		let now = now::<T>();
		let Some(mut hold) = Holds::<T>::get(vault, who).filter(|h| h.until > now) else {
			return Ok((0, None));
		};
		let held = hold.shares.min(balance);
		let free = balance.saturating_sub(held);
		let penalized = shares.saturating_sub(free);
		if penalized == 0 {
			return Ok((0, None));
		}
		let penalized_value = pool.assets_for_redeem(penalized).ok_or(Error::<T>::Overflow)?;
		let penalty = bps::of(penalized_value, terms.early_exit_penalty_bps);
		let taken = Hold { shares: penalized, until: hold.until };
		hold.shares = held.saturating_sub(penalized);
		if hold.shares == 0 {
			Holds::<T>::remove(vault, who);
		} else {
			Holds::<T>::insert(vault, who, hold);
		}
		Ok((penalty, Some(taken)))
	}

	/// Puts campaign shares that a cancelled (or returned) request took out of their hold back
	/// into it, until the later of their own end and the end of what `who` holds now.
	pub(crate) fn restore_hold(
		vault: VaultId,
		who: &T::AccountId,
		held: Option<HoldOf<T>>,
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

	/// Moves partner reward stream `index` of `vault` from its partner `who` into the vault,
	/// as profit that unlocks until the campaign's end.
	pub(crate) fn do_fund_partner_reward(
		who: &T::AccountId,
		vault: VaultId,
		index: u32,
	) -> DispatchResult {
		let now = now::<T>();
		let mut amount = 0;
		Self::mutate_vault(vault, |info| {
			let end;
			(amount, end) = Self::mark_reward_funded(info, who, index)?;
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
			let until = core::cmp::max(end, now.saturating_add(T::ProfitUnlockPeriod::get()));
			Self::lock_profit(info, now, amount, until)
		})?;
		Self::deposit_event(Event::PartnerRewardFunded { vault, index, amount });
		Ok(())
	}

	/// Marks stream `index` of the campaign `info` funded, if `who` is its partner, it is not
	/// funded yet and the campaign runs; returns its amount and the campaign's end.
	fn mark_reward_funded(
		info: &mut VaultInfoOf<T>,
		who: &T::AccountId,
		index: u32,
	) -> Result<(u128, BlockNumberFor<T>), DispatchError> {
		let now = now::<T>();
		let VaultKind::Curated { terms, .. } = &mut info.kind else {
			return Err(Error::<T>::UnknownPartnerReward.into());
		};
		let (start, end) = (terms.start, terms.end);
		let reward = terms
			.partner_rewards
			.get_mut(index as usize)
			.ok_or(Error::<T>::UnknownPartnerReward)?;
		ensure!(
			&reward.partner == who && !reward.funded && start <= now && now < end,
			Error::<T>::CannotFundReward
		);
		reward.funded = true;
		Ok((reward.amount, end))
	}
}

/// Campaign shares are frozen in `pallet-assets` while they are held. Whether an asset is a
/// share token is computed (`ShareAssetId::convert_back`), so other assets cost no read.
impl<T: Config> FrozenBalance<AssetIdOf<T>, T::AccountId, u128> for Pallet<T> {
	fn frozen_balance(asset: AssetIdOf<T>, who: &T::AccountId) -> Option<u128> {
		let vault = T::ShareAssetId::convert_back(&asset)?;
		let hold = Holds::<T>::get(vault, who)?;
		(now::<T>() < hold.until).then_some(hold.shares)
	}

	fn died(asset: AssetIdOf<T>, who: &T::AccountId) {
		if let Some(vault) = T::ShareAssetId::convert_back(&asset) {
			Holds::<T>::remove(vault, who);
		}
	}

	fn contains_freezes(asset: AssetIdOf<T>) -> bool {
		T::ShareAssetId::convert_back(&asset)
			.and_then(|vault| Holds::<T>::iter_prefix(vault).next())
			.is_some()
	}
}
