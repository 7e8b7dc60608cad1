//! The `VaultsApi` runtime API (for polkadot.js and the node's RPC) and the functions the
//! runtime implements it with.

use crate::{now, pallet::*, types::*};
use alloc::vec::Vec;
use codec::{Codec, Decode, DecodeWithMemTracking, Encode};
use polkadot_sdk::{
	frame_support::traits::fungibles::metadata::Inspect as MetadataInspect, sp_api,
};
use scale_info::TypeInfo;

/// Why a preview failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo)]
pub enum VaultsApiError {
	/// No vault has this id.
	UnknownVault,
	/// The vault takes no deposits now (paused, retired, or its campaign is not running).
	DepositsClosed,
	/// The vault is paused.
	VaultPaused,
	/// The amount is zero, or converts to zero.
	ZeroAmount,
	/// The deposit would exceed the vault's cap.
	CapExceeded,
	/// An arithmetic result does not fit.
	Overflow,
}

/// A vault as the runtime API shows it. Amounts are planck of the vault's asset, `share_supply`
/// planck of its share token.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, TypeInfo)]
pub struct VaultSummary<AccountId, AssetId> {
	/// The vault.
	pub vault: VaultId,
	/// `true` for a curated (campaign) vault, `false` for a governed one.
	pub curated: bool,
	/// The curator of a curated vault.
	pub curator: Option<AccountId>,
	/// The asset.
	pub asset: AssetId,
	/// The share token.
	pub share_asset: AssetId,
	/// Decimals of the share token (the asset's + δ).
	pub share_decimals: u8,
	/// Active, paused or retired.
	pub status: VaultStatus,
	/// Total assets `A` now.
	pub total_assets: u128,
	/// Share supply `S` now.
	pub share_supply: u128,
	/// Idle assets.
	pub idle: u128,
	/// Assets in strategies.
	pub debt: u128,
	/// Assets in transit.
	pub in_transit: u128,
	/// Assets set aside for finalized requests.
	pub claimable: u128,
	/// Profit still locked now.
	pub locked_profit: u128,
	/// Deposit cap on `A`.
	pub deposit_cap: u128,
	/// Idle buffer, bps.
	pub min_idle_bps: u16,
	/// Performance fee, bps.
	pub performance_fee_bps: u16,
	/// Minimum request value.
	pub min_request: u128,
	/// Requests waiting for finalization.
	pub pending_requests: u32,
	/// Account of the vault.
	pub account: AccountId,
}

sp_api::decl_runtime_apis! {
	/// Vaults of Plexus: their state, share prices and previews of deposits and redemptions.
	pub trait VaultsApi<AccountId, AssetId, BlockNumber>
	where
		AccountId: Codec,
		AssetId: Codec,
		BlockNumber: Codec,
	{
		/// The vault `vault`, if it exists.
		fn vault(vault: VaultId) -> Option<VaultSummary<AccountId, AssetId>>;
		/// All vaults (there are few; each is one storage read).
		fn vaults() -> Vec<VaultSummary<AccountId, AssetId>>;
		/// Planck of the asset one whole share (10^share_decimals planck of shares) redeems for
		/// now.
		fn share_price(vault: VaultId) -> Option<u128>;
		/// Shares a deposit of `assets` planck would mint now.
		fn preview_deposit(vault: VaultId, assets: u128) -> Result<u128, VaultsApiError>;
		/// Assets (planck) minting `shares` would cost now.
		fn preview_mint(vault: VaultId, shares: u128) -> Result<u128, VaultsApiError>;
		/// Assets (planck) redeeming `shares` would be worth now (before any early-exit
		/// penalty; the request pays at most this).
		fn preview_redeem(vault: VaultId, shares: u128) -> Result<u128, VaultsApiError>;
		/// The open (pending or unclaimed) redemption requests of `who`.
		fn requests_of(who: AccountId) -> Vec<(RequestId, RedeemRequest<AccountId, u128, BlockNumber>)>;
	}
}

impl<T: Config> Pallet<T> {
	/// The summary of `vault`, for [`VaultsApi::vault`].
	pub fn api_vault(vault: VaultId) -> Option<VaultSummary<T::AccountId, AssetIdOf<T>>> {
		let info = Vaults::<T>::get(vault)?;
		let now = now::<T>();
		let (curated, curator) = match &info.kind {
			VaultKind::Governed => (false, None),
			VaultKind::Curated { curator, .. } => (true, Some(curator.clone())),
		};
		Some(VaultSummary {
			vault,
			curated,
			curator,
			asset: info.asset.clone(),
			share_asset: info.share_asset.clone(),
			share_decimals: <T::Assets as MetadataInspect<T::AccountId>>::decimals(
				info.share_asset.clone(),
			),
			status: info.status,
			total_assets: info.total_assets(now),
			share_supply: Self::share_supply(&info),
			idle: info.idle,
			debt: info.debt,
			in_transit: info.in_transit,
			claimable: info.claimable,
			locked_profit: info.locked_profit_now(now),
			deposit_cap: info.deposit_cap,
			min_idle_bps: info.min_idle_bps,
			performance_fee_bps: info.performance_fee_bps,
			min_request: info.min_request,
			pending_requests: info.pending_requests,
			account: Self::vault_account(vault),
		})
	}

	/// All vaults, for [`VaultsApi::vaults`].
	pub fn api_vaults() -> Vec<VaultSummary<T::AccountId, AssetIdOf<T>>> {
		Vaults::<T>::iter_keys().filter_map(Self::api_vault).collect()
	}

	/// The price of one whole share, for [`VaultsApi::share_price`].
	pub fn api_share_price(vault: VaultId) -> Option<u128> {
		let (info, pool) = Self::pool_now(vault)?;
		let decimals = <T::Assets as MetadataInspect<T::AccountId>>::decimals(info.share_asset);
		pool.assets_for_redeem(10u128.checked_pow(decimals.into())?)
	}

	/// For [`VaultsApi::preview_deposit`].
	pub fn api_preview_deposit(vault: VaultId, assets: u128) -> Result<u128, VaultsApiError> {
		let (info, pool) = Self::pool_now(vault).ok_or(VaultsApiError::UnknownVault)?;
		let credited = assets.saturating_sub(Self::floor_due(&info, vault));
		Self::check_deposit(&info, pool.assets, credited)?;
		let shares = pool.shares_for_deposit(credited).ok_or(VaultsApiError::Overflow)?;
		(shares > 0).then_some(shares).ok_or(VaultsApiError::ZeroAmount)
	}

	/// For [`VaultsApi::preview_mint`].
	pub fn api_preview_mint(vault: VaultId, shares: u128) -> Result<u128, VaultsApiError> {
		let (info, pool) = Self::pool_now(vault).ok_or(VaultsApiError::UnknownVault)?;
		let assets = pool.assets_for_mint(shares).ok_or(VaultsApiError::Overflow)?;
		Self::check_deposit(&info, pool.assets, assets)?;
		let paid = assets.saturating_add(Self::floor_due(&info, vault));
		(shares > 0).then_some(paid).ok_or(VaultsApiError::ZeroAmount)
	}

	/// For [`VaultsApi::preview_redeem`].
	pub fn api_preview_redeem(vault: VaultId, shares: u128) -> Result<u128, VaultsApiError> {
		let (info, pool) = Self::pool_now(vault).ok_or(VaultsApiError::UnknownVault)?;
		if info.status == VaultStatus::Paused {
			return Err(VaultsApiError::VaultPaused);
		}
		let assets = pool.assets_for_redeem(shares).ok_or(VaultsApiError::Overflow)?;
		(assets > 0).then_some(assets).ok_or(VaultsApiError::ZeroAmount)
	}

	/// For [`VaultsApi::requests_of`].
	pub fn api_requests_of(who: T::AccountId) -> Vec<(RequestId, RedeemRequestOf<T>)> {
		RequestsOf::<T>::get(who)
			.into_iter()
			.filter_map(|id| Requests::<T>::get(id).map(|r| (id, r)))
			.collect()
	}

	/// Why a deposit of `assets` into `info` (total assets `total_assets`) would fail now.
	fn check_deposit(
		info: &VaultInfoOf<T>,
		total_assets: u128,
		assets: u128,
	) -> Result<(), VaultsApiError> {
		if assets == 0 {
			return Err(VaultsApiError::ZeroAmount);
		}
		if !info.accepts_deposits(now::<T>()) {
			return Err(if info.status == VaultStatus::Paused {
				VaultsApiError::VaultPaused
			} else {
				VaultsApiError::DepositsClosed
			});
		}
		let after = total_assets.checked_add(assets).ok_or(VaultsApiError::Overflow)?;
		(after <= info.deposit_cap).then_some(()).ok_or(VaultsApiError::CapExceeded)
	}
}
