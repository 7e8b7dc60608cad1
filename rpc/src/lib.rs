//! # Plexus JSON-RPC (`plexus_` namespace)
//!
//! The node serves these methods next to the standard Substrate RPC (`system_`, `chain_`,
//! `state_`, `author_`, `payment_`, …). Each one calls a runtime API of a Plexus pallet
//! (`VaultsApi`, `IntentsApi`, `GaugesApi`, `StrategiesApi`) at a block and returns plain JSON,
//! so dashboards, solvers and scripts need neither the runtime's metadata nor SCALE.
//!
//! ## Conventions
//! - Every method takes an optional last parameter `at`: the hash of the block to read at
//!   (`0x…`, 32 bytes); the best block when omitted or `null`.
//! - Amounts (`u128`) are **decimal strings** of planck (JSON numbers lose precision above
//!   2^53); as parameters they may also be JSON numbers. Asset, vault, gauge and strategy ids are
//!   numbers. Block numbers are numbers. Relative weights are parts per billion (`1e9` = 100%).
//!   Accounts are SS58 strings (prefix 42). XCM locations are in `Location`'s debug notation.
//! - Field names are camelCase; enums are lower camelCase strings or single-key objects.
//!
//! ## Methods
//! | method | params | result |
//! |---|---|---|
//! | `plexus_vaults` | `at?` | [`types::VaultInfo`]`[]` |
//! | `plexus_vault` | `vault, at?` | [`types::VaultInfo`] |
//! | `plexus_previewDeposit` | `vault, assets, at?` | [`types::Preview`] (shares minted) |
//! | `plexus_previewMint` | `vault, shares, at?` | [`types::Preview`] (assets paid) |
//! | `plexus_previewRedeem` | `vault, shares, at?` | [`types::Preview`] (assets worth) |
//! | `plexus_intentQuote` | [`types::QuoteRequest`]`, at?` | [`types::QuoteInfo`] |
//! | `plexus_currentBatch` | `at?` | [`types::BatchInfo`] |
//! | `plexus_currentEpoch` | `at?` | epoch number |
//! | `plexus_gauges` | `at?` | [`types::GaugeInfo`]`[]` (weights per gauge) |
//! | `plexus_allocation` | `vault, at?` | [`types::AllocationInfo`]`[]` |
//! | `plexus_strategies` | `vault, at?` | [`types::StrategyInfo`]`[]` |
//! | `plexus_operations` | `vault, at?` | [`types::OperationInfo`]`[]` (XCM in flight) |
//!
//! ## Errors
//! JSON-RPC errors with a message that says what went wrong; codes in [`error`]:
//! `-32602` invalid parameters (bad amount, bad hash, too many strategies), `8001` unknown
//! block, `8002` not found (vault), `8003` preview refused (with the reason as `data`), `8004` no
//! quote (with the reason as `data`), `8000` the runtime call itself failed (e.g. a block from
//! before the API existed). No method panics.

#![deny(missing_docs)]

pub mod error;
pub mod types;

#[cfg(test)]
mod tests;

use error::{not_found, preview_refused, quote_refused, runtime_error, unknown_block};
use jsonrpsee::{core::RpcResult, proc_macros::rpc};
use pallet_gauges::runtime_api::GaugesApi;
use pallet_intents::runtime_api::IntentsApi;
use pallet_strategies::runtime_api::StrategiesApi;
use pallet_vaults::runtime_api::VaultsApi;
use pallet_vaults::runtime_api::VaultsApiError;
use plexus_primitives::{AccountId, AssetId, BlockNumber, Hash, VaultId};
use polkadot_sdk::{
	sp_api::{ApiError, ProvideRuntimeApi},
	sp_blockchain::HeaderBackend,
};
use std::sync::Arc;
use types::*;

/// The block type the node serves (opaque extrinsics).
pub type Block = plexus_runtime::opaque::Block;
/// The intent kind of the Plexus runtime.
pub type IntentKind = pallet_intents::IntentKindOf<plexus_runtime::Runtime>;

/// The `plexus_` methods. See the crate docs for units and errors.
#[rpc(server, namespace = "plexus")]
pub trait PlexusApi {
	/// Every vault with its accounting and share price.
	#[method(name = "vaults")]
	fn vaults(&self, at: Option<Hash>) -> RpcResult<Vec<VaultInfo>>;

	/// One vault; error `8002` if it does not exist.
	#[method(name = "vault")]
	fn vault(&self, vault: VaultId, at: Option<Hash>) -> RpcResult<VaultInfo>;

	/// Shares (planck of the share token) a deposit of `assets` planck would mint now.
	#[method(name = "previewDeposit")]
	fn preview_deposit(
		&self,
		vault: VaultId,
		assets: Amount,
		at: Option<Hash>,
	) -> RpcResult<Preview>;

	/// Assets (planck) minting `shares` would cost now.
	#[method(name = "previewMint")]
	fn preview_mint(&self, vault: VaultId, shares: Amount, at: Option<Hash>) -> RpcResult<Preview>;

	/// Assets (planck) redeeming `shares` would be worth now.
	#[method(name = "previewRedeem")]
	fn preview_redeem(
		&self,
		vault: VaultId,
		shares: Amount,
		at: Option<Hash>,
	) -> RpcResult<Preview>;

	/// What an intent would get if it joined the open batch now.
	#[method(name = "intentQuote")]
	fn intent_quote(&self, request: QuoteRequest, at: Option<Hash>) -> RpcResult<QuoteInfo>;

	/// The open intents batch: id, when it closes, open intents, best solution so far.
	#[method(name = "currentBatch")]
	fn current_batch(&self, at: Option<Hash>) -> RpcResult<BatchInfo>;

	/// The current gauge epoch.
	#[method(name = "currentEpoch")]
	fn current_epoch(&self, at: Option<Hash>) -> RpcResult<u32>;

	/// Every gauge with its weights (vote units) this epoch and next.
	#[method(name = "gauges")]
	fn gauges(&self, at: Option<Hash>) -> RpcResult<Vec<GaugeInfo>>;

	/// The target allocation of a governed vault across its strategies (empty for a curated
	/// vault or one without allocation gauges).
	#[method(name = "allocation")]
	fn allocation(&self, vault: VaultId, at: Option<Hash>) -> RpcResult<Vec<AllocationInfo>>;

	/// The strategies of a vault, in registration order.
	#[method(name = "strategies")]
	fn strategies(&self, vault: VaultId, at: Option<Hash>) -> RpcResult<Vec<StrategyInfo>>;

	/// The XCM operations of a vault's strategies that have not reported back yet.
	#[method(name = "operations")]
	fn operations(&self, vault: VaultId, at: Option<Hash>) -> RpcResult<Vec<OperationInfo>>;
}

/// The server side of [`PlexusApiServer`] over a client that provides the runtime APIs.
pub struct Plexus<C> {
	client: Arc<C>,
}

impl<C> Plexus<C> {
	/// Serves the `plexus_` methods from `client`.
	pub fn new(client: Arc<C>) -> Self {
		Self { client }
	}
}

impl<C: HeaderBackend<Block>> Plexus<C> {
	/// The block to read at: `at`, which must be known, or the best block.
	fn block(&self, at: Option<Hash>) -> RpcResult<Hash> {
		let Some(hash) = at else { return Ok(self.client.info().best_hash) };
		match self.client.header(hash) {
			Ok(Some(_)) => Ok(hash),
			Ok(None) => Err(unknown_block(hash)),
			Err(e) => Err(runtime_error(e)),
		}
	}
}

impl<C> Plexus<C>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block>,
	C::Api: VaultsApi<Block, AccountId, AssetId, BlockNumber>,
{
	/// A vault preview at `at` by `call`: its amount, or `8000` if the call failed, `8002` for an
	/// unknown vault, `8003` for a refusal.
	fn preview(
		&self,
		vault: VaultId,
		at: Option<Hash>,
		call: impl FnOnce(&C::Api, Hash) -> Result<Result<u128, VaultsApiError>, ApiError>,
	) -> RpcResult<u128> {
		let at = self.block(at)?;
		call(&self.client.runtime_api(), at)
			.map_err(runtime_error)?
			.map_err(|e| preview_refused(vault, e))
	}
}

impl<C> PlexusApiServer for Plexus<C>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: VaultsApi<Block, AccountId, AssetId, BlockNumber>
		+ GaugesApi<Block, AccountId, AssetId>
		+ StrategiesApi<Block, AccountId, BlockNumber>
		+ IntentsApi<Block, AccountId, IntentKind, BlockNumber>,
{
	fn vaults(&self, at: Option<Hash>) -> RpcResult<Vec<VaultInfo>> {
		let at = self.block(at)?;
		let api = self.client.runtime_api();
		let vaults = api.vaults(at).map_err(runtime_error)?;
		vaults
			.into_iter()
			.map(|v| {
				let price = api.share_price(at, v.vault).map_err(runtime_error)?;
				Ok(VaultInfo::new(v, price))
			})
			.collect()
	}

	fn vault(&self, vault: VaultId, at: Option<Hash>) -> RpcResult<VaultInfo> {
		let at = self.block(at)?;
		let api = self.client.runtime_api();
		let summary =
			api.vault(at, vault).map_err(runtime_error)?.ok_or_else(|| not_found(vault))?;
		let price = api.share_price(at, vault).map_err(runtime_error)?;
		Ok(VaultInfo::new(summary, price))
	}

	fn preview_deposit(
		&self,
		vault: VaultId,
		assets: Amount,
		at: Option<Hash>,
	) -> RpcResult<Preview> {
		let shares = self.preview(vault, at, |api, at| api.preview_deposit(at, vault, assets.0))?;
		Ok(Preview::new(vault, assets.0, shares))
	}

	fn preview_mint(&self, vault: VaultId, shares: Amount, at: Option<Hash>) -> RpcResult<Preview> {
		let assets = self.preview(vault, at, |api, at| api.preview_mint(at, vault, shares.0))?;
		Ok(Preview::new(vault, assets, shares.0))
	}

	fn preview_redeem(
		&self,
		vault: VaultId,
		shares: Amount,
		at: Option<Hash>,
	) -> RpcResult<Preview> {
		let assets = self.preview(vault, at, |api, at| api.preview_redeem(at, vault, shares.0))?;
		Ok(Preview::new(vault, assets, shares.0))
	}

	fn intent_quote(&self, request: QuoteRequest, at: Option<Hash>) -> RpcResult<QuoteInfo> {
		let kind = request.into_kind()?;
		let at = self.block(at)?;
		let quote = self
			.client
			.runtime_api()
			.quote(at, kind)
			.map_err(runtime_error)?
			.map_err(quote_refused)?;
		Ok(quote.into())
	}

	fn current_batch(&self, at: Option<Hash>) -> RpcResult<BatchInfo> {
		let at = self.block(at)?;
		let batch = self.client.runtime_api().current_batch(at).map_err(runtime_error)?;
		Ok(batch.into())
	}

	fn current_epoch(&self, at: Option<Hash>) -> RpcResult<u32> {
		let at = self.block(at)?;
		self.client.runtime_api().current_epoch(at).map_err(runtime_error)
	}

	fn gauges(&self, at: Option<Hash>) -> RpcResult<Vec<GaugeInfo>> {
		let at = self.block(at)?;
		let gauges = self.client.runtime_api().gauges(at).map_err(runtime_error)?;
		Ok(gauges.into_iter().map(Into::into).collect())
	}

	fn allocation(&self, vault: VaultId, at: Option<Hash>) -> RpcResult<Vec<AllocationInfo>> {
		let at = self.block(at)?;
		let targets = self.client.runtime_api().allocation(at, vault).map_err(runtime_error)?;
		Ok(targets.into_iter().map(Into::into).collect())
	}

	fn strategies(&self, vault: VaultId, at: Option<Hash>) -> RpcResult<Vec<StrategyInfo>> {
		let at = self.block(at)?;
		let strategies = self.client.runtime_api().strategies(at, vault).map_err(runtime_error)?;
		Ok(strategies.into_iter().map(Into::into).collect())
	}

	fn operations(&self, vault: VaultId, at: Option<Hash>) -> RpcResult<Vec<OperationInfo>> {
		let at = self.block(at)?;
		let operations = self.client.runtime_api().operations(at, vault).map_err(runtime_error)?;
		Ok(operations.into_iter().map(Into::into).collect())
	}
}
