//! Profit unlocking (Yearn v3): gains reach the share price gradually, losses at once.
//!
//! A vault's total assets leave out the profit still locked and the fee it owes but has not
//! minted:
//!
//! ```text
//! A = idle + debt + in_transit − locked_profit_now − fee_carry
//! locked_profit_now(t) = ⌈locked_profit · (unlock_until − t) / (unlock_until − unlock_from)⌉
//!                        for unlock_from ≤ t < unlock_until (all of it before, 0 after)
//! ```
//!
//! - **Gain** `g` ([`Pallet::do_report_gain`], reported by `pallet-strategies`): debt grows by
//!   `g`. The performance fee `owed = ⌊g · performance_fee_bps / 10 000⌋`, plus any fee carried
//!   from earlier gains, is minted as shares to [`Config::FeeRecipient`] at the current price
//!   (`shares_for_fee`: the fee counts in `A` at the same moment, so the price per share does not
//!   move). A fee whose shares the recipient cannot take (below the share token's minimum
//!   balance) is carried in `fee_carry`, outside `A`, and paid with the next gain: a small gain
//!   is still reported and paying the carried fee later never lowers the price. The rest,
//!   `g − owed`, is locked and unlocks linearly over [`Config::ProfitUnlockPeriod`] blocks, so a
//!   deposit just before a report and redeemed just after earns only the unlocked part (no
//!   sandwich).
//! - **Merging.** New profit (a gain, or a partner reward, `campaign.rs`) is added to the profit
//!   still locked now, which restarts unlocking from now; it never unlocks sooner than before:
//!   `unlock_until = max(unlock_until, until)` while profit is still locked
//!   ([`Pallet::lock_profit`]).
//! - **Loss** `l` ([`Pallet::do_report_loss`]): debt shrinks by `l` at once; the profit still
//!   locked absorbs it first (`locked_profit = locked_profit_now − l`, saturating), so a loss
//!   smaller than the locked profit leaves the price where it was.
//!
//! The unlocking formula itself is pure ([`crate::math::locked_profit_at`]).

use crate::{math, pallet::*, put, take, types::*};
use plexus_primitives::{bps, time::now};
use polkadot_sdk::{
	frame_support::{
		ensure,
		pallet_prelude::*,
		traits::{
			fungibles::{Inspect, Mutate},
			tokens::{DepositConsequence, Provenance},
		},
	},
	frame_system::pallet_prelude::BlockNumberFor,
	sp_runtime::{
		traits::{Saturating, UniqueSaturatedInto},
		DispatchResult,
	},
};

impl<AccountId, AssetId, BlockNumber, MaxPartners: Get<u32>>
	VaultInfo<AccountId, AssetId, u128, BlockNumber, MaxPartners>
where
	AccountId: Clone + core::fmt::Debug + PartialEq + Eq,
	AssetId: Clone + core::fmt::Debug + PartialEq + Eq,
	BlockNumber: Copy + core::fmt::Debug + PartialOrd + Eq + UniqueSaturatedInto<u64>,
{
	/// Profit still locked at block `now`.
	pub fn locked_profit_now(&self, now: BlockNumber) -> u128 {
		math::locked_profit_at(
			self.locked_profit,
			self.unlock_from.unique_saturated_into(),
			self.unlock_until.unique_saturated_into(),
			now.unique_saturated_into(),
		)
	}
}

/// The performance fee of one gain.
struct Fee {
	/// This gain's fee, planck: never unlocks to the holders.
	owed: u128,
	/// The fee paid now (this gain's and any carried), planck; 0 if carried.
	paid: u128,
	/// Shares minted for it to the fee recipient.
	shares: u128,
}

impl<T: Config> Pallet<T> {
	/// Books a gain of `gain` in `vault`: the fee is paid (or carried), the rest locked.
	pub(crate) fn do_report_gain(vault: VaultId, gain: u128) -> DispatchResult {
		ensure!(gain > 0, Error::<T>::ZeroAmount);
		let now = now::<T>();
		let mut fee = Fee { owed: 0, paid: 0, shares: 0 };
		Self::mutate_vault(vault, |info| {
			fee = Self::performance_fee(info, gain)?;
			put::<T>(&mut info.debt, gain)?;
			// The fee part never unlocks to the holders: minted now, or carried (and left out
			// of the total assets until it is minted).
			let kept = gain.saturating_sub(fee.owed);
			let until = now.saturating_add(T::ProfitUnlockPeriod::get());
			Self::lock_profit(info, now, kept, until)?;
			if fee.shares > 0 {
				T::Assets::mint_into(
					info.share_asset.clone(),
					&T::FeeRecipient::get(),
					fee.shares,
				)?;
			}
			Ok(())
		})?;
		Self::deposit_event(Event::GainReported {
			vault,
			gain,
			fee: fee.paid,
			fee_shares: fee.shares,
		});
		Ok(())
	}

	/// The fee on `gain` at `info`'s current price: `gain · performance_fee_bps` plus what
	/// earlier gains owed but could not mint. Sets `fee_carry`: 0 if the recipient can take the
	/// fee's shares, else the whole fee (below the share token's minimum balance).
	fn performance_fee(info: &mut VaultInfoOf<T>, gain: u128) -> Result<Fee, DispatchError> {
		let pool = info
			.pool(now::<T>(), Self::share_supply(info), T::Delta::get())
			.ok_or(Error::<T>::Overflow)?;
		let owed = bps::of(gain, info.performance_fee_bps);
		let due = owed.checked_add(info.fee_carry).ok_or(Error::<T>::Overflow)?;
		let shares = pool.shares_for_fee(due).ok_or(Error::<T>::Overflow)?;
		let mintable = shares > 0
			&& T::Assets::can_deposit(
				info.share_asset.clone(),
				&T::FeeRecipient::get(),
				shares,
				Provenance::Minted,
			) == DepositConsequence::Success;
		// A fee whose shares the recipient cannot take yet is carried to the next gain; the
		// gain is reported all the same.
		let (paid, shares, carry) = if mintable { (due, shares, 0) } else { (0, 0, due) };
		info.fee_carry = carry;
		Ok(Fee { owed, paid, shares })
	}

	/// Locks `amount` of new profit in `info` at block `now`, unlocking until `until`, merged
	/// with the profit still locked: the merged profit unlocks from `now`, and never sooner
	/// than the profit locked before (a partner reward unlocking until its campaign's end).
	pub(crate) fn lock_profit(
		info: &mut VaultInfoOf<T>,
		now: BlockNumberFor<T>,
		amount: u128,
		until: BlockNumberFor<T>,
	) -> DispatchResult {
		let locked_now = info.locked_profit_now(now);
		info.locked_profit = locked_now.checked_add(amount).ok_or(Error::<T>::Overflow)?;
		info.unlock_until = if locked_now > 0 { info.unlock_until.max(until) } else { until };
		info.unlock_from = now;
		Ok(())
	}

	/// Books a loss of `loss` in `vault`: it leaves the debt at once; profit still locked
	/// absorbs it first.
	pub(crate) fn do_report_loss(vault: VaultId, loss: u128) -> DispatchResult {
		ensure!(loss > 0, Error::<T>::ZeroAmount);
		let now = now::<T>();
		Self::mutate_vault(vault, |info| {
			take(&mut info.debt, loss, Error::<T>::InsufficientLiquidity)?;
			let locked_now = info.locked_profit_now(now);
			info.locked_profit = locked_now.saturating_sub(loss);
			info.unlock_from = now;
			if info.unlock_until < now {
				info.unlock_until = now;
			}
			Ok(())
		})?;
		Self::deposit_event(Event::LossReported { vault, loss });
		Ok(())
	}
}
