//! Deposits and mints: assets enter a vault, shares are minted at the current price.
//!
//! Conversions are OpenZeppelin's ERC-4626 with a virtual offset δ, rounding in the vault's
//! favour ([`crate::math`]):
//!
//! ```text
//! deposit(a):  shares = ⌊(a − floor_due)·(S + 10^δ)/(A + 1)⌋      (at least `min_shares`)
//! mint(s):     paid   = ⌈s·(A + 1)/(S + 10^δ)⌉ + floor_due        (at most `max_assets`)
//! ```
//!
//! A deposit is refused while the vault is paused or retired, outside a campaign's window
//! ([`VaultInfo::accepts_deposits`], `campaign.rs`) and while the vault's price is in doubt
//! ([`Config::DepositGate`]); `A` after the deposit may not exceed the vault's `deposit_cap`.
//!
//! **The vault account's floor.** The vault account keeps the asset's minimum balance above
//! what the vault owes (`idle + claimable`), so that paying everything out with `Preserve`
//! never reaps the account nor moves or burns dust that belongs to other holders. The first
//! payment that finds it missing pays it: out of a deposit (like the minimum liquidity of a
//! first Uniswap V2 deposit, so a depositor can deposit all it has), on top of a mint or a
//! partner reward. It is never counted in `idle`, hence never in `A`.
//!
//! A deposit into a running campaign holds the new shares ([`Pallet::hold_new_shares`],
//! `campaign.rs`).

use crate::{add, math, now, pallet::*, types::*};
use polkadot_sdk::{
	frame_support::{
		ensure,
		pallet_prelude::*,
		traits::{
			fungibles::{Inspect, Mutate},
			tokens::{Fortitude, Preservation},
		},
	},
	sp_runtime::{DispatchError, DispatchResult},
};

impl<T: Config> Pallet<T> {
	/// Deposits `assets` of `who` into `vault` for at least `min_shares`; returns the shares.
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

	/// Mints exactly `shares` to `who` for at most `max_assets`; returns what `who` paid.
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
	/// to `who`, held if the vault runs a campaign.
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
		Self::hold_new_shares(vault, who, &info.kind, shares)?;
		Vaults::<T>::insert(vault, info);
		Self::deposit_event(Event::Deposited { vault, who: who.clone(), assets: paid, shares });
		Ok(())
	}
}
