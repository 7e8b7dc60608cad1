//! # Plexus primitives
//!
//! The types every Plexus crate agrees on: account and balance types, asset ids, block-time
//! constants and the units of PLX, the native token. The pallets of Plexus (vaults,
//! strategies, intents, gauges) never call each other's internals; the traits through which
//! they meet live here and are wired together in `plexus-runtime`.
//!
//! Units used throughout Plexus' documentation:
//! - **planck**: the smallest unit of an asset (PLX has 12 decimals: 1 PLX = 10^12 planck);
//! - **bps**: basis points, 1/10 000;
//! - **blocks**: parachain blocks of [`time::MILLISECS_PER_BLOCK`] milliseconds.

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

use polkadot_sdk::sp_runtime::{
	generic,
	traits::{BlakeTwo256, IdentifyAccount, Verify},
	DispatchResult, MultiSignature,
};

/// An index to a block.
pub type BlockNumber = u32;

/// Alias to 512-bit hash when used in the context of a transaction signature on the chain.
pub type Signature = MultiSignature;

/// Some way of identifying an account on the chain: a 32-byte public key (sr25519, ed25519) or
/// the blake2 hash of an ecdsa key.
pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;

/// Balance of an account, in planck of the asset concerned.
pub type Balance = u128;

/// Index of a transaction in the chain.
pub type Nonce = u32;

/// A hash of some data used by the chain.
pub type Hash = polkadot_sdk::sp_core::H256;

/// The block header type.
pub type Header = generic::Header<BlockNumber, BlakeTwo256>;

/// Identifier of a `pallet-assets` entry: a hub asset or the share token of a vault.
pub type AssetId = u32;

/// Identifiers of the hub assets that every Plexus chain registers at genesis.
pub mod assets {
	use super::{AssetId, Balance};

	/// DOT, the relay chain's token (reserve: the relay chain or Asset Hub). 10 decimals.
	pub const DOT: AssetId = 1;
	/// Decimals of [`DOT`].
	pub const DOT_DECIMALS: u8 = 10;
	/// Minimum balance of [`DOT`] on Plexus, in planck (0.001 DOT).
	pub const DOT_MIN_BALANCE: Balance = 10_000_000;

	/// USDT as issued on Asset Hub (asset 1984 of its `Assets` pallet, instance 50). 6 decimals.
	pub const USDT: AssetId = 1984;
	/// Decimals of [`USDT`].
	pub const USDT_DECIMALS: u8 = 6;
	/// Minimum balance of [`USDT`] on Plexus, in planck (0.07 USDT, the same as Asset Hub).
	pub const USDT_MIN_BALANCE: Balance = 70_000;

	/// Para id of the relay chain's Asset Hub, the reserve of USDT.
	pub const ASSET_HUB_PARA_ID: u32 = 1000;
	/// Index of the `Assets` pallet (trust-backed assets) on Asset Hub.
	pub const ASSET_HUB_ASSETS_PALLET_INDEX: u8 = 50;
	/// Index of USDT in Asset Hub's `Assets` pallet.
	pub const ASSET_HUB_USDT_INDEX: u128 = 1984;

	/// Share tokens of vaults take the asset ids from here on (`FIRST_SHARE_ASSET_ID + vault`).
	pub const FIRST_SHARE_ASSET_ID: AssetId = 1_000_000;
}

/// Transfers out of an account, and `pallet-assets`' minimum balance.
pub mod transfer {
	use polkadot_sdk::frame_support::traits::{
		fungibles::Inspect,
		tokens::{Fortitude, Preservation},
	};

	/// How a transfer of `amount` out of an account holding `balance` of an asset treats the
	/// account: moving the whole balance may end it (`Expendable`); moving a part must leave at
	/// least the asset's minimum balance (`Preserve`). `pallet-assets` ends an account that an
	/// `Expendable` transfer leaves below the minimum and destroys what was left without
	/// reducing the supply (the holder loses it, and a share token's supply, hence its price,
	/// would count shares nobody holds): a part never moves `Expendable`. Found by the runtime
	/// fuzzer (`fuzz/README.md`).
	pub fn preservation(amount: u128, balance: u128) -> Preservation {
		if amount >= balance {
			Preservation::Expendable
		} else {
			Preservation::Preserve
		}
	}

	/// The [`preservation`] with which `who` may move `amount` of `asset` out, or `None` when
	/// `amount` is a part of its balance that would leave less than the asset's minimum behind
	/// (the caller's `RemainderBelowMinimum`). Whether `who` holds `amount` at all is the
	/// caller's own check.
	pub fn keeping_minimum<F, AccountId>(
		asset: F::AssetId,
		who: &AccountId,
		amount: u128,
	) -> Option<Preservation>
	where
		F: Inspect<AccountId, Balance = u128>,
	{
		let keep = preservation(amount, F::balance(asset.clone(), who));
		(keep == Preservation::Expendable
			|| F::reducible_balance(asset, who, keep, Fortitude::Polite) >= amount)
			.then_some(keep)
	}
}

/// Units of PLX, the native token (12 decimals).
pub mod currency {
	use super::Balance;

	/// Decimals of PLX.
	pub const DECIMALS: u8 = 12;
	/// Token symbol of PLX.
	pub const SYMBOL: &str = "PLX";
	/// One PLX in planck.
	pub const UNIT: Balance = 1_000_000_000_000;
	/// One thousandth of a PLX in planck.
	pub const MILLIUNIT: Balance = 1_000_000_000;
	/// One millionth of a PLX in planck.
	pub const MICROUNIT: Balance = 1_000_000;
	/// The existential deposit of PLX: 0.001 PLX.
	pub const EXISTENTIAL_DEPOSIT: Balance = MILLIUNIT;

	/// Deposit, in planck, for keeping `items` storage items of `bytes` bytes in total.
	pub const fn deposit(items: u32, bytes: u32) -> Balance {
		(items as Balance) * 20 * UNIT / 100 + (bytes as Balance) * 100 * MICROUNIT
	}
}

/// Time on Plexus: block-time constants (6-second blocks with asynchronous backing), the
/// current block and epochs.
///
/// An epoch is a fixed run of blocks: epoch `e` covers blocks `[e·L, (e + 1)·L)`, `L` the epoch
/// length in blocks. Plexus has one epoch clock, `pallet-gauges`' `EpochLength` (a week of
/// blocks in the runtime): gauge votes, emissions and co-incentive pots count in its epochs, and
/// `pallet-strategies` reads it through [`EpochClock`] (its rebalances and inflow windows).
pub mod time {
	use super::BlockNumber;
	use core::marker::PhantomData;
	use polkadot_sdk::{
		frame_support::traits::Get,
		frame_system::{self, pallet_prelude::BlockNumberFor},
		sp_runtime::{traits::AtLeast32BitUnsigned, SaturatedConversion},
	};

	/// Index of an epoch: `block / L` (saturating at `u32::MAX`).
	pub type EpochIndex = u32;

	/// The current block of the chain whose `frame_system` is `T`: "now" for every Plexus pallet.
	pub fn now<T: frame_system::Config>() -> BlockNumberFor<T> {
		frame_system::Pallet::<T>::block_number()
	}

	/// The epoch of `block` when epochs are `length` blocks long: `⌊block / length⌋`, saturating
	/// at [`EpochIndex::MAX`]; 0 when `length` is 0 (one epoch for ever).
	pub fn epoch_of<B: AtLeast32BitUnsigned + Copy>(block: B, length: B) -> EpochIndex {
		if length.is_zero() {
			return 0;
		}
		(block / length).saturated_into::<u128>().try_into().unwrap_or(EpochIndex::MAX)
	}

	/// The first block of `epoch` when epochs are `length` blocks long: `epoch · length`,
	/// saturating.
	pub fn epoch_start<B: AtLeast32BitUnsigned + Copy>(epoch: EpochIndex, length: B) -> B {
		length.saturating_mul(epoch.into())
	}

	/// The epoch clock one pallet keeps and others read. Implemented by `pallet-gauges` (its
	/// `EpochLength`), read by `pallet-strategies`.
	pub trait EpochClock<B: AtLeast32BitUnsigned + Copy> {
		/// Length of an epoch, blocks.
		fn epoch_length() -> B;
		/// The epoch of `block` ([`epoch_of`]).
		fn epoch_at(block: B) -> EpochIndex {
			epoch_of(block, Self::epoch_length())
		}
		/// The first block of `epoch` ([`epoch_start`]).
		fn epoch_start(epoch: EpochIndex) -> B {
			epoch_start(epoch, Self::epoch_length())
		}
	}

	/// A clock of `L` blocks per epoch, for tests and runtimes without gauges.
	pub struct FixedEpochs<L>(PhantomData<L>);
	impl<B: AtLeast32BitUnsigned + Copy, L: Get<B>> EpochClock<B> for FixedEpochs<L> {
		fn epoch_length() -> B {
			L::get()
		}
	}

	/// Target block time in milliseconds.
	pub const MILLISECS_PER_BLOCK: u64 = 6000;
	/// Aura slot duration in milliseconds; equal to the block time.
	pub const SLOT_DURATION: u64 = MILLISECS_PER_BLOCK;
	/// Blocks per minute.
	pub const MINUTES: BlockNumber = 60_000 / (MILLISECS_PER_BLOCK as BlockNumber);
	/// Blocks per hour.
	pub const HOURS: BlockNumber = MINUTES * 60;
	/// Blocks per day.
	pub const DAYS: BlockNumber = HOURS * 24;
}

/// Basis points: the unit of every rate a user or governance sets (fees, penalties, bounds,
/// thresholds, vote weights). 1 bps = 1/10 000; [`MAX_BPS`](bps::MAX_BPS) is 100%.
pub mod bps {
	use polkadot_sdk::sp_runtime::{
		helpers_128bit::multiply_by_rational_with_rounding, Perbill, Rounding,
	};

	/// A rate in basis points, `0..=MAX_BPS` where it is a share of a whole.
	pub type Bps = u16;

	/// 100% in basis points.
	pub const MAX_BPS: Bps = 10_000;

	/// Whether `bps` is at most 100%.
	pub fn is_valid(bps: Bps) -> bool {
		bps <= MAX_BPS
	}

	/// `bps` as a [`Perbill`] (exact: 1 bps = 100 000 parts per billion), saturating at 100%.
	pub fn to_perbill(bps: Bps) -> Perbill {
		Perbill::from_rational(u32::from(bps.min(MAX_BPS)), u32::from(MAX_BPS))
	}

	/// `⌊amount · bps / 10 000⌋`, exact in 128 bits (no intermediate overflow); 0 if the result
	/// does not fit (only possible for `bps` above [`MAX_BPS`]).
	pub fn of(amount: u128, bps: Bps) -> u128 {
		multiply_by_rational_with_rounding(amount, bps.into(), MAX_BPS.into(), Rounding::Down)
			.unwrap_or(0)
	}
}

/// Identifier of a vault.
pub type VaultId = u32;

/// How the liquidity of a vault moves between its buckets, as seen by the pallet that moves it
/// across chains (`pallet-strategies`). Implemented by `pallet-vaults`.
///
/// A vault's assets are `idle` (in the vault account), `in_transit` (in an XCM program that has
/// not reported back yet) or `debt` (working in strategies). Every method changes the vault's
/// accounting only: the caller moves the tokens themselves (from or to
/// [`VaultLiquidity::vault_account`]). Every method either succeeds completely or changes
/// nothing.
pub trait VaultLiquidity<AccountId, AssetId, Balance> {
	/// The asset a vault holds, if the vault exists.
	fn vault_asset(vault: VaultId) -> Option<AssetId>;
	/// The account that holds a vault's idle assets, if the vault exists.
	fn vault_account(vault: VaultId) -> Option<AccountId>;
	/// The curator of a curated vault; `None` for a governed or unknown vault.
	fn curator(vault: VaultId) -> Option<AccountId>;
	/// Idle assets that may leave the vault: idle minus the pending redemptions and the
	/// minimum idle buffer, or 0 (planck).
	fn allocatable(vault: VaultId) -> Balance;
	/// How far idle falls short of the pending redemptions plus the minimum idle buffer, or 0
	/// (planck): what strategies must bring back. At most one of `allocatable` and
	/// `idle_shortfall` is non-zero.
	fn idle_shortfall(vault: VaultId) -> Balance;
	/// Total assets of the vault, `idle + debt + in_transit − locked_profit` (planck).
	fn total_assets(vault: VaultId) -> Balance;
	/// `amount` leaves idle and is in transit to a strategy.
	fn begin_allocation(vault: VaultId, amount: Balance) -> DispatchResult;
	/// `amount` in transit arrived at a strategy: it becomes debt.
	fn complete_allocation(vault: VaultId, amount: Balance) -> DispatchResult;
	/// `amount` in transit to a strategy failed and is back in the vault account: idle again.
	fn cancel_allocation(vault: VaultId, amount: Balance) -> DispatchResult;
	/// `amount` of debt is being withdrawn from a strategy: it is in transit.
	fn begin_deallocation(vault: VaultId, amount: Balance) -> DispatchResult;
	/// `amount` in transit from a strategy arrived in the vault account: idle again.
	fn complete_deallocation(vault: VaultId, amount: Balance) -> DispatchResult;
	/// `amount` in transit from a strategy failed to leave it: it is debt again.
	fn cancel_deallocation(vault: VaultId, amount: Balance) -> DispatchResult;
	/// A strategy of the vault gained `gain`: debt grows; the gain net of fees unlocks linearly.
	fn report_gain(vault: VaultId, gain: Balance) -> DispatchResult;
	/// A strategy of the vault lost `loss`: debt shrinks at once (locked profit absorbs it
	/// first).
	fn report_loss(vault: VaultId, loss: Balance) -> DispatchResult;
}

/// Whether deposits into a vault are paused by something outside the vault: Plexus pauses a
/// vault's deposits while one of its strategies is overdue for a report, so nobody enters at a
/// stale price (`pallet-strategies`' circuit breaker). Read by `pallet-vaults` on every deposit
/// and mint.
pub trait DepositGate {
	/// Whether new deposits into `vault` are paused now.
	fn deposits_paused(vault: VaultId) -> bool;
	/// Whether finalization of `vault`'s redemption requests is paused now (its price is in
	/// doubt: a strategy is stale, or a loss beyond its bound waits for governance), so that
	/// nobody is paid out at a price about to be corrected. Requests wait in the queue.
	fn finalization_paused(vault: VaultId) -> bool;
}

/// Nothing ever pauses deposits or finalizations.
impl DepositGate for () {
	fn deposits_paused(_: VaultId) -> bool {
		false
	}
	fn finalization_paused(_: VaultId) -> bool {
		false
	}
}

/// Identifier of a strategy (`pallet-strategies`).
pub type StrategyId = u32;

/// Identifier of a gauge (`pallet-gauges`).
pub type GaugeId = u32;

/// What other pallets may read of a vault. Implemented by `pallet-vaults`.
pub trait VaultInspect<AssetId> {
	/// The share token of a vault, if the vault exists.
	fn share_asset(vault: VaultId) -> Option<AssetId>;
	/// Whether the vault exists and is governed (its allocation follows gauge votes).
	fn is_governed(vault: VaultId) -> bool;
}

/// What other pallets may read of the strategies. Implemented by `pallet-strategies`.
pub trait StrategyInspect {
	/// The vault a strategy allocates for, if the strategy exists and is not retired.
	fn strategy_vault(strategy: StrategyId) -> Option<VaultId>;
	/// The strategies (not retired) a vault allocates to; at most the strategies pallet's
	/// `MaxStrategiesPerVault`.
	fn vault_strategies(_vault: VaultId) -> polkadot_sdk::sp_runtime::Vec<StrategyId> {
		polkadot_sdk::sp_runtime::Vec::new()
	}
	/// The vault's reported yield, bps per year: each strategy's last report annualised
	/// (`gain / previous value × blocks per year / blocks since the previous report`, zero after
	/// a loss), weighted by the strategy's debt over the vault's total assets (idle earns
	/// nothing). Zero for a vault without strategies.
	fn reported_yield_bps(_vault: VaultId) -> u32 {
		0
	}
}

/// No strategies at all: every lookup fails. For runtimes and tests without strategies.
impl StrategyInspect for () {
	fn strategy_vault(_: StrategyId) -> Option<VaultId> {
		None
	}
}

/// A vault's share price as an exact fraction: `assets / shares` planck of the vault's asset per
/// share, where `assets = A + 1` and `shares = S + 10^δ` (ERC-4626 with virtual offset,
/// OpenZeppelin). Conversions round in the vault's favour: a deposit of `a` gets
/// `⌊a·shares/assets⌋` shares, minting `s` shares costs `⌈s·assets/shares⌉`, redeeming `s` shares
/// is worth `⌊s·assets/shares⌋`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SharePrice {
	/// `A + 1`: the vault's total assets plus one, planck.
	pub assets: u128,
	/// `S + 10^δ`: the share supply plus the virtual offset.
	pub shares: u128,
}

/// What `pallet-intents` needs to know about a vault to match an intent with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VaultTerms<AssetId> {
	/// The asset the vault holds.
	pub asset: AssetId,
	/// The vault's share token.
	pub share_asset: AssetId,
	/// Governed (allocation by gauge votes) or curated.
	pub governed: bool,
	/// Blocks that newly minted shares are held (a campaign's minimum hold); zero when none.
	pub lockup: u64,
	/// Whether deposits are accepted now (active, inside the campaign window, no stale
	/// strategy report).
	pub accepts_deposits: bool,
	/// Whether redemption requests are accepted now (not paused).
	pub accepts_redemptions: bool,
	/// How much more the vault may take before its deposit cap, planck.
	pub deposit_room: u128,
	/// Current share price.
	pub price: SharePrice,
}

/// Deposits and redemptions on behalf of intents. Implemented by `pallet-vaults`, used by
/// `pallet-intents`. Every method either succeeds completely or changes nothing.
pub trait VaultIntents<AccountId, AssetId> {
	/// Up to `max` vaults (by id) that hold `asset`.
	fn vaults_of_asset(asset: &AssetId, max: u32) -> polkadot_sdk::sp_runtime::Vec<VaultId>;
	/// The vault whose share token is `asset`, if any.
	fn vault_of_share(asset: &AssetId) -> Option<VaultId>;
	/// A vault's terms now, if it exists.
	fn terms(vault: VaultId) -> Option<VaultTerms<AssetId>>;
	/// Deposits `assets` of `who` into `vault` (the shares go to `who`); returns the shares.
	fn deposit(
		who: &AccountId,
		vault: VaultId,
		assets: u128,
	) -> Result<u128, polkadot_sdk::sp_runtime::DispatchError>;
	/// Puts `shares` of `who` into `vault`'s redemption queue in `who`'s name; returns the
	/// request's id. The request pays at least `min_assets` (planck of the vault's asset): it
	/// is refused if the shares are worth less now, and returned to `who` (shares re-minted)
	/// instead of finalized if they are worth less at finalization.
	fn request_redeem(
		who: &AccountId,
		vault: VaultId,
		shares: u128,
		min_assets: u128,
	) -> Result<u64, polkadot_sdk::sp_runtime::DispatchError>;
}

/// The target allocation of a governed vault across its strategies, as steered by gauge votes.
/// Implemented by `pallet-gauges`, read by `pallet-strategies`' rebalance:
/// `target_s = weight_s × (A − min_idle)`.
pub trait AllocationWeights {
	/// Relative weight of each strategy of `vault` that has an allocation gauge, for the
	/// current epoch, in the order the gauges were created. The weights sum to 100% within one
	/// part per strategy (rounded down), or are all zero when nobody voted. At most the gauge
	/// pallet's `MaxGaugesPerVault` entries.
	fn strategy_weights(
		vault: VaultId,
	) -> polkadot_sdk::sp_runtime::Vec<(StrategyId, polkadot_sdk::sp_runtime::Perbill)>;
	/// Relative weight of one strategy of `vault` for the current epoch (zero without a gauge).
	fn strategy_weight(vault: VaultId, strategy: StrategyId) -> polkadot_sdk::sp_runtime::Perbill {
		Self::strategy_weights(vault)
			.into_iter()
			.find(|(s, _)| *s == strategy)
			.map(|(_, w)| w)
			.unwrap_or_default()
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn time_constants_are_consistent() {
		assert_eq!(time::MINUTES, 10);
		assert_eq!(time::HOURS, 600);
		assert_eq!(time::DAYS, 14_400);
	}

	#[test]
	fn epochs_are_floors_of_the_block_by_the_length_and_start_at_multiples() {
		use time::{epoch_of, epoch_start};
		assert_eq!(epoch_of(0u64, 10), 0);
		assert_eq!(epoch_of(9u64, 10), 0);
		assert_eq!(epoch_of(10u64, 10), 1);
		assert_eq!(epoch_of(25u32, 10), 2);
		assert_eq!(epoch_start(2, 10u32), 20);
		assert_eq!(epoch_of(u64::MAX, 1), u32::MAX, "saturates");
		assert_eq!(epoch_of(123u64, 0), 0, "a zero length is one epoch for ever");
		assert_eq!(epoch_start(u32::MAX, u32::MAX), u32::MAX, "saturates");
	}

	#[test]
	fn basis_points_are_exact_fractions_of_ten_thousand() {
		assert_eq!(bps::of(1_000_000, 1), 100);
		assert_eq!(bps::of(999, 5_000), 499, "rounds down");
		assert_eq!(bps::of(u128::MAX, bps::MAX_BPS), u128::MAX, "no intermediate overflow");
		assert_eq!(bps::to_perbill(1).deconstruct(), 100_000);
		assert_eq!(bps::to_perbill(bps::MAX_BPS), polkadot_sdk::sp_runtime::Perbill::one());
		assert!(bps::is_valid(bps::MAX_BPS) && !bps::is_valid(bps::MAX_BPS + 1));
	}

	#[test]
	fn deposit_grows_with_items_and_bytes() {
		assert_eq!(currency::deposit(0, 0), 0);
		assert_eq!(currency::deposit(1, 0), currency::UNIT / 5);
		assert!(currency::deposit(1, 100) > currency::deposit(1, 0));
		assert!(currency::deposit(2, 0) > currency::deposit(1, 100));
	}
}
