//! The runtime API of the intents: an account's open intents, the open batch and quotes, for
//! polkadot.js, solvers and the node's `plexus_` RPC.

use crate::{math, pallet::*, types::*};
use alloc::vec::Vec;
use codec::{Codec, Decode, Encode};
use plexus_primitives::{AssetId, VaultId, VaultIntents};
use polkadot_sdk::{
	frame_system::pallet_prelude::BlockNumberFor, sp_api, staging_xcm::latest::Location,
};
use scale_info::TypeInfo;

/// An open intent as the API shows it (everything but the deposit ticket).
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, TypeInfo)]
pub struct IntentSummary<AccountId, Kind, BlockNumber> {
	/// Its id.
	pub id: IntentId,
	/// Its owner.
	pub owner: AccountId,
	/// What it asked for.
	pub kind: Kind,
	/// The asset in escrow.
	pub escrow: AssetId,
	/// Escrow still to settle, planck.
	pub remaining: u128,
	/// Limit for the remaining escrow, planck.
	pub limit: u128,
	/// Received so far, planck.
	pub received: u128,
	/// Its vault (deposit: matched; redeem: redeemed).
	pub vault: Option<VaultId>,
	/// Where outputs are sent.
	pub deliver_to: Option<Location>,
	/// Last block it may settle in.
	pub deadline: BlockNumber,
	/// Batch it joined.
	pub batch: BatchId,
}

/// The open batch.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, TypeInfo)]
pub struct BatchSummary<AccountId, BlockNumber> {
	/// Its number.
	pub id: BatchId,
	/// Block it opened in.
	pub opened: BlockNumber,
	/// Block it closes in at the earliest (later while a settlement runs).
	pub closes_at: BlockNumber,
	/// Open intents (all batches).
	pub open_intents: u32,
	/// Best solution so far: `(solver, surplus in the common unit, fills)`.
	pub best: Option<(AccountId, u128, u32)>,
	/// The batch still settling, if any.
	pub settling: Option<BatchId>,
}

/// What an intent would get if it joined the open batch now.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, TypeInfo)]
pub enum Quote {
	/// A deposit goes into `vault` for about `shares` (the share price may move by settlement).
	Deposit {
		/// The vault the matcher picks.
		vault: VaultId,
		/// Shares at the current price.
		shares: u128,
		/// The vault's reported yield, bps per year.
		yield_bps: u32,
	},
	/// A redemption is worth `assets` at the current price; `nettable` of its shares would net
	/// against the deposit intents now open (the rest queues).
	Redeem {
		/// Value at the current price, planck of the vault's asset.
		assets: u128,
		/// Shares that would net instantly.
		nettable: u128,
	},
	/// A swap would receive `receive` at the reference clearing of its pair with the intents
	/// now open (a solver may do better).
	Swap {
		/// Planck of the wanted asset.
		receive: u128,
		/// Planck given (less than the amount for a partial fill).
		given: u128,
	},
}

/// Why there is no quote.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode, TypeInfo)]
pub enum QuoteError {
	/// The vault does not exist.
	UnknownVault,
	/// No vault meets the constraints.
	NoMatchingVault,
	/// Nothing in the open batch crosses the swap's limit: it would wait for a solver or
	/// counterparties.
	NoCounterparty,
	/// A number does not fit.
	Overflow,
}

sp_api::decl_runtime_apis! {
	/// What polkadot.js, solvers and the node's RPC read of the intents.
	pub trait IntentsApi<AccountId, Kind, BlockNumber>
	where
		AccountId: Codec,
		Kind: Codec,
		BlockNumber: Codec,
	{
		/// The open intents of an account, oldest first.
		fn intents_of(who: AccountId) -> Vec<IntentSummary<AccountId, Kind, BlockNumber>>;
		/// One open intent.
		fn intent(id: IntentId) -> Option<IntentSummary<AccountId, Kind, BlockNumber>>;
		/// The open swap intents of a directed pair `(give, want)`, for solvers.
		fn pair_book(give: AssetId, want: AssetId) -> Vec<IntentSummary<AccountId, Kind, BlockNumber>>;
		/// The open batch.
		fn current_batch() -> BatchSummary<AccountId, BlockNumber>;
		/// A quote for an intent of `kind`, as if it joined the open batch now.
		fn quote(kind: Kind) -> Result<Quote, QuoteError>;
	}
}

impl<T: Config> Pallet<T> {
	fn summary(
		id: IntentId,
		i: IntentOf<T>,
	) -> IntentSummary<T::AccountId, IntentKindOf<T>, BlockNumberFor<T>> {
		IntentSummary {
			id,
			owner: i.owner,
			kind: i.kind,
			escrow: i.escrow,
			remaining: i.remaining,
			limit: i.limit,
			received: i.received,
			vault: i.vault,
			deliver_to: i.deliver_to,
			deadline: i.deadline,
			batch: i.batch,
		}
	}

	/// `IntentsApi::intents_of`.
	pub fn api_intents_of(
		who: T::AccountId,
	) -> Vec<IntentSummary<T::AccountId, IntentKindOf<T>, BlockNumberFor<T>>> {
		AccountIntents::<T>::get(who)
			.into_iter()
			.filter_map(|id| Intents::<T>::get(id).map(|i| Self::summary(id, i)))
			.collect()
	}

	/// `IntentsApi::intent`.
	pub fn api_intent(
		id: IntentId,
	) -> Option<IntentSummary<T::AccountId, IntentKindOf<T>, BlockNumberFor<T>>> {
		Intents::<T>::get(id).map(|i| Self::summary(id, i))
	}

	/// `IntentsApi::pair_book`.
	pub fn api_pair_book(
		give: AssetId,
		want: AssetId,
	) -> Vec<IntentSummary<T::AccountId, IntentKindOf<T>, BlockNumberFor<T>>> {
		let mut ids: Vec<IntentId> = Books::<T>::iter_key_prefix(Book::Pair(give, want)).collect();
		ids.sort_unstable();
		ids.into_iter()
			.filter_map(|id| Intents::<T>::get(id).map(|i| Self::summary(id, i)))
			.collect()
	}

	/// `IntentsApi::current_batch`.
	pub fn api_current_batch() -> BatchSummary<T::AccountId, BlockNumberFor<T>> {
		let batch = Self::current_batch();
		let best = Best::<T>::get()
			.filter(|b| b.batch == batch.id)
			.map(|b| (b.solver, b.surplus, b.solution.fills.len() as u32));
		BatchSummary {
			id: batch.id,
			opened: batch.opened,
			closes_at: Self::closes_at(),
			open_intents: Intents::<T>::iter_keys().count() as u32,
			best,
			settling: Settling::<T>::get().map(|s| s.batch),
		}
	}

	/// `IntentsApi::quote`.
	pub fn api_quote(kind: IntentKindOf<T>) -> Result<Quote, QuoteError> {
		match kind {
			IntentKind::Deposit { asset, amount, constraints } => {
				let vault = Self::best_vault(asset, amount, &constraints)
					.ok_or(QuoteError::NoMatchingVault)?;
				let terms = T::Vaults::terms(vault).ok_or(QuoteError::UnknownVault)?;
				let shares = math::shares_of(terms.price, amount).ok_or(QuoteError::Overflow)?;
				let yield_bps =
					<T::Strategies as plexus_primitives::StrategyInspect>::reported_yield_bps(
						vault,
					);
				Ok(Quote::Deposit { vault, shares, yield_bps })
			},
			IntentKind::Redeem { vault, shares, .. } => {
				let terms = T::Vaults::terms(vault).ok_or(QuoteError::UnknownVault)?;
				let assets = math::assets_of(terms.price, shares).ok_or(QuoteError::Overflow)?;
				let deposits = Books::<T>::iter_key_prefix(Book::Vault(vault))
					.filter_map(Intents::<T>::get)
					.filter(|i| matches!(i.kind, IntentKind::Deposit { .. }))
					.fold(0u128, |acc, i| acc.saturating_add(i.remaining));
				let buyable = math::shares_of(terms.price, deposits).ok_or(QuoteError::Overflow)?;
				let nettable = if terms.lockup == 0 { shares.min(buyable) } else { 0 };
				Ok(Quote::Redeem { assets, nettable })
			},
			IntentKind::Swap { give, want_asset, min_receive, partial_fill } => {
				let batch = Self::current_batch().id;
				let mut orders =
					Self::pair_orders(give.0, want_asset, batch, Self::closes_at(), u32::MAX)
						.map(|(orders, _)| orders)
						.unwrap_or_default();
				let me = IntentId::MAX;
				orders.push(math::Order {
					id: me,
					give: give.0,
					want: want_asset,
					amount: give.1,
					limit: min_receive.max(1),
					partial: partial_fill,
				});
				let (a, b) =
					if give.0 < want_asset { (give.0, want_asset) } else { (want_asset, give.0) };
				let clearing =
					math::reference_clearing(a, b, &orders).ok_or(QuoteError::NoCounterparty)?;
				clearing
					.fills
					.iter()
					.find(|f| f.intent == me)
					.map(|f| Quote::Swap { receive: f.received, given: f.given })
					.ok_or(QuoteError::NoCounterparty)
			},
		}
	}
}
