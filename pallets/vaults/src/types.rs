//! Types of the vaults pallet: a vault's state, its kind and campaign terms, redemption
//! requests.

use crate::math::Pool;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use polkadot_sdk::frame_support::{
	pallet_prelude::Get, BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};
use polkadot_sdk::sp_runtime::traits::UniqueSaturatedInto;
use scale_info::TypeInfo;

pub use plexus_primitives::VaultId;

/// Identifier of a redemption request.
pub type RequestId = u64;

/// A governed vault created at genesis: `(asset, deposit cap, min idle bps, performance fee
/// bps, min request, share name, share symbol)`.
pub type GenesisVault<AssetId> =
	(AssetId, u128, u16, u16, u128, alloc::vec::Vec<u8>, alloc::vec::Vec<u8>);

/// Whether a vault takes deposits and processes redemptions.
#[derive(
	Clone,
	Copy,
	Debug,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum VaultStatus {
	/// Deposits, mints, redemptions and finalization are open.
	Active,
	/// Stopped by the guardian or governance: only cancelling requests and claiming finalized
	/// requests work. Only governance unpauses.
	Paused,
	/// Closed for good to deposits and mints; redemptions continue until it is empty.
	Retired,
}

/// A partner's reward stream of a campaign: `amount` of the vault's asset that the partner
/// funds once (`fund_partner_reward`) and that unlocks to the holders, through the share price,
/// until the campaign ends.
#[derive(
	Clone, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen,
)]
pub struct PartnerReward<AccountId, Balance> {
	/// The account that funds the stream.
	pub partner: AccountId,
	/// How much of the vault's asset the stream pays, planck.
	pub amount: Balance,
	/// Whether the partner has funded it.
	pub funded: bool,
}

/// On-chain terms of a curated campaign (Mitosis Matrix).
#[derive(
	CloneNoBound,
	DebugNoBound,
	PartialEqNoBound,
	EqNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
#[scale_info(skip_type_params(MaxPartners))]
pub struct CampaignTerms<AccountId, Balance, BlockNumber, MaxPartners: Get<u32>>
where
	AccountId: Clone + core::fmt::Debug + PartialEq + Eq,
	Balance: Clone + core::fmt::Debug + PartialEq + Eq,
	BlockNumber: Clone + core::fmt::Debug + PartialEq + Eq,
{
	/// First block in which deposits are accepted.
	pub start: BlockNumber,
	/// First block in which deposits are no longer accepted; reward streams unlock until it.
	pub end: BlockNumber,
	/// Blocks that newly minted shares are held (not transferable, and redeemable only with the
	/// early-exit penalty).
	pub min_hold: BlockNumber,
	/// Penalty on redeeming held shares, in bps of their value. It stays in the vault, i.e. it
	/// is redistributed to the holders who stay.
	pub early_exit_penalty_bps: u16,
	/// Partner reward streams.
	pub partner_rewards: BoundedVec<PartnerReward<AccountId, Balance>, MaxPartners>,
}

/// The kind of a vault. Both kinds share one code path; they differ in who steers the
/// allocation (gauge votes or a curator) and in the campaign terms.
#[derive(
	CloneNoBound,
	DebugNoBound,
	PartialEqNoBound,
	EqNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
#[scale_info(skip_type_params(MaxPartners))]
pub enum VaultKind<AccountId, Balance, BlockNumber, MaxPartners: Get<u32>>
where
	AccountId: Clone + core::fmt::Debug + PartialEq + Eq,
	Balance: Clone + core::fmt::Debug + PartialEq + Eq,
	BlockNumber: Clone + core::fmt::Debug + PartialEq + Eq,
{
	/// Allocation follows gauge votes (Mitosis EOL / miAsset).
	Governed,
	/// A curator allocates within caps; the vault carries campaign terms (Mitosis Matrix /
	/// maAsset).
	Curated {
		/// The account that steers the allocation.
		curator: AccountId,
		/// The campaign terms.
		terms: CampaignTerms<AccountId, Balance, BlockNumber, MaxPartners>,
	},
}

/// The state of a vault. All amounts are planck of the vault's asset unless stated otherwise.
///
/// Accounting is internal: the vault account's balance is never read, so tokens sent to it by
/// anyone else never move the share price.
#[derive(
	CloneNoBound,
	DebugNoBound,
	PartialEqNoBound,
	EqNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
#[scale_info(skip_type_params(MaxPartners))]
pub struct VaultInfo<AccountId, AssetId, Balance, BlockNumber, MaxPartners: Get<u32>>
where
	AccountId: Clone + core::fmt::Debug + PartialEq + Eq,
	AssetId: Clone + core::fmt::Debug + PartialEq + Eq,
	Balance: Clone + core::fmt::Debug + PartialEq + Eq,
	BlockNumber: Clone + core::fmt::Debug + PartialEq + Eq,
{
	/// Governed or curated, with the campaign terms.
	pub kind: VaultKind<AccountId, Balance, BlockNumber, MaxPartners>,
	/// The asset the vault holds.
	pub asset: AssetId,
	/// The vault's share token (a `pallet-assets` entry owned by the vault account).
	pub share_asset: AssetId,
	/// Active, paused or retired.
	pub status: VaultStatus,
	/// Assets in the vault account that belong to the vault (not to finalized requests).
	pub idle: Balance,
	/// Assets working in strategies, as last reported.
	pub debt: Balance,
	/// Assets in XCM programs that have not reported back.
	pub in_transit: Balance,
	/// Assets set aside for finalized redemption requests, waiting to be claimed.
	pub claimable: Balance,
	/// Profit locked at `unlock_from`; it unlocks linearly until `unlock_until`.
	pub locked_profit: Balance,
	/// Block from which `locked_profit` unlocks.
	pub unlock_from: BlockNumber,
	/// Block at which `locked_profit` is fully unlocked.
	pub unlock_until: BlockNumber,
	/// Maximum total assets `A` a deposit may bring the vault to.
	pub deposit_cap: Balance,
	/// Share of total assets kept idle (not allocated), bps.
	pub min_idle_bps: u16,
	/// Performance fee on reported gains, bps, minted as shares to the treasury.
	pub performance_fee_bps: u16,
	/// Minimum value of a redemption request, planck of the vault's asset.
	pub min_request: Balance,
	/// Redemption requests waiting for finalization.
	pub pending_requests: u32,
	/// Σ `assets_at_request` of the pending requests: the most they will take from idle.
	pub pending_assets: Balance,
	/// Shares of the pending requests (escrow): burnt from their owners at the request, still
	/// counted in `S` until the request is finalized (or minted back if it is cancelled).
	pub escrowed_shares: Balance,
	/// Position of the oldest request in the vault's redemption queue.
	pub queue_head: u64,
	/// Position the next request takes in the vault's redemption queue.
	pub queue_tail: u64,
	/// Performance fee owed to the fee recipient but not minted yet, planck of the asset: its
	/// shares were below the share token's minimum balance for the recipient. Added to the
	/// fee of the next gain; not the holders' meanwhile (left out of the total assets), so
	/// paying it later does not lower the price per share.
	pub fee_carry: Balance,
}

impl<AccountId, AssetId, BlockNumber, MaxPartners: Get<u32>>
	VaultInfo<AccountId, AssetId, u128, BlockNumber, MaxPartners>
where
	AccountId: Clone + core::fmt::Debug + PartialEq + Eq,
	AssetId: Clone + core::fmt::Debug + PartialEq + Eq,
	BlockNumber: Copy + core::fmt::Debug + PartialOrd + Eq + UniqueSaturatedInto<u64>,
{
	/// Total assets `A = idle + debt + in_transit − locked_profit_now − fee_carry` at block
	/// `now` (profit unlocking, `profit.rs`).
	pub fn total_assets(&self, now: BlockNumber) -> u128 {
		self.idle
			.saturating_add(self.debt)
			.saturating_add(self.in_transit)
			.saturating_sub(self.locked_profit_now(now))
			.saturating_sub(self.fee_carry)
	}

	/// The conversion pool at block `now`, for a share supply of `supply` and offset `10^δ`.
	pub fn pool(&self, now: BlockNumber, supply: u128, delta: u8) -> Option<Pool> {
		Pool::new(self.total_assets(now), supply, delta)
	}
}

/// Where a redemption request stands.
#[derive(
	Clone,
	Copy,
	Debug,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum RequestState<Balance> {
	/// Waiting in the vault's queue at `position`.
	Pending {
		/// Position in the vault's redemption queue.
		position: u64,
	},
	/// Finalized: `assets` are set aside and can be claimed.
	Finalized {
		/// Assets the owner claims, planck.
		assets: Balance,
	},
}

/// A redemption request (ERC-7540 style): the shares are in escrow in the vault account until
/// the request is finalized (they are burnt) or cancelled (they are returned).
#[derive(
	Clone, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo, MaxEncodedLen,
)]
pub struct RedeemRequest<AccountId, Balance, BlockNumber> {
	/// The vault.
	pub vault: VaultId,
	/// Who requested, and who alone may cancel or claim.
	pub owner: AccountId,
	/// Shares in escrow, planck of the share token.
	pub shares: Balance,
	/// Value of the shares at the request (after any early-exit penalty), planck of the asset:
	/// the most the request can ever pay.
	pub assets_at_request: Balance,
	/// Block of the request.
	pub requested_at: BlockNumber,
	/// Pending or finalized.
	pub state: RequestState<Balance>,
	/// Campaign shares among `shares` that were still held at the request (they paid the
	/// early-exit penalty), and until when: a cancellation returns them held until then, so a
	/// request and its cancellation cannot free held shares.
	pub held: Option<Hold<Balance, BlockNumber>>,
	/// The least it may pay, planck of the asset (a redeem intent's limit; 0 for a
	/// `request_redeem` call): worth less at finalization, it is returned to its owner.
	pub min_assets: Balance,
}

/// Shares of a campaign holder that are still held, and until when.
#[derive(
	Clone,
	Copy,
	Debug,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct Hold<Balance, BlockNumber> {
	/// Held shares, planck of the share token.
	pub shares: Balance,
	/// First block at which they are free.
	pub until: BlockNumber,
}

#[cfg(test)]
mod tests {
	use super::*;
	use polkadot_sdk::frame_support::traits::ConstU32;

	type Info = VaultInfo<u64, u32, u128, u64, ConstU32<2>>;

	fn vault(kind: VaultKind<u64, u128, u64, ConstU32<2>>) -> Info {
		VaultInfo {
			kind,
			asset: 1,
			share_asset: 1_000_000,
			status: VaultStatus::Active,
			idle: 600,
			debt: 300,
			in_transit: 100,
			claimable: 50,
			locked_profit: 200,
			unlock_from: 10,
			unlock_until: 20,
			deposit_cap: u128::MAX,
			min_idle_bps: 1_000,
			performance_fee_bps: 1_000,
			min_request: 1,
			pending_requests: 0,
			pending_assets: 0,
			escrowed_shares: 0,
			queue_head: 0,
			queue_tail: 0,
			fee_carry: 0,
		}
	}

	#[test]
	fn total_assets_excludes_claimable_and_the_locked_profit() {
		let v = vault(VaultKind::Governed);
		assert_eq!(v.total_assets(0), 1_000 - 200);
		assert_eq!(v.total_assets(15), 1_000 - 100);
		assert_eq!(v.total_assets(20), 1_000);
	}

	#[test]
	fn a_campaign_accepts_deposits_only_while_it_runs() {
		let terms = CampaignTerms {
			start: 5,
			end: 10,
			min_hold: 3,
			early_exit_penalty_bps: 100,
			partner_rewards: Default::default(),
		};
		let v = vault(VaultKind::Curated { curator: 7, terms });
		assert!(!v.accepts_deposits(4));
		assert!(v.accepts_deposits(5));
		assert!(v.accepts_deposits(9));
		assert!(!v.accepts_deposits(10));
	}

	#[test]
	fn only_an_active_vault_accepts_deposits() {
		let mut v = vault(VaultKind::Governed);
		assert!(v.accepts_deposits(0));
		v.status = VaultStatus::Paused;
		assert!(!v.accepts_deposits(0));
		v.status = VaultStatus::Retired;
		assert!(!v.accepts_deposits(0));
	}

	#[test]
	fn encoded_sizes_are_bounded() {
		assert!(Info::max_encoded_len() < 400);
		assert!(RedeemRequest::<u64, u128, u64>::max_encoded_len() < 120);
	}
}
