//! Error codes of the `plexus_` methods and the mapping of runtime API errors to them.
//!
//! | code | meaning | `data` |
//! |---|---|---|
//! | `-32602` | invalid parameters (also jsonrpsee's own for malformed JSON) | — |
//! | [`RUNTIME_ERROR`] `8000` | the runtime API call failed (e.g. the API is not in the runtime at that block) | — |
//! | [`UNKNOWN_BLOCK`] `8001` | `at` is not a block this node knows | — |
//! | [`NOT_FOUND`] `8002` | the vault does not exist | — |
//! | [`PREVIEW_REFUSED`] `8003` | the vault would refuse the operation | reason, e.g. `"capExceeded"` |
//! | [`NO_QUOTE`] `8004` | no quote for the intent | reason, e.g. `"noCounterparty"` |

use jsonrpsee::types::{error::INVALID_PARAMS_CODE, ErrorObject, ErrorObjectOwned};
use pallet_intents::runtime_api::QuoteError;
use pallet_vaults::runtime_api::VaultsApiError;
use plexus_primitives::{Hash, VaultId};

/// The runtime API call failed.
pub const RUNTIME_ERROR: i32 = 8000;
/// The block is not known.
pub const UNKNOWN_BLOCK: i32 = 8001;
/// The vault does not exist.
pub const NOT_FOUND: i32 = 8002;
/// A preview was refused by the vault's rules.
pub const PREVIEW_REFUSED: i32 = 8003;
/// The intent has no quote.
pub const NO_QUOTE: i32 = 8004;

/// `8000`: the runtime call failed; the message carries the client's error.
pub fn runtime_error(e: impl std::fmt::Display) -> ErrorObjectOwned {
	ErrorObject::owned(RUNTIME_ERROR, format!("runtime API call failed: {e}"), None::<()>)
}

/// `8001`: `hash` is not a block of this node.
pub fn unknown_block(hash: Hash) -> ErrorObjectOwned {
	ErrorObject::owned(
		UNKNOWN_BLOCK,
		format!("block {hash:?} is not known to this node"),
		None::<()>,
	)
}

/// `8002`: the vault does not exist.
pub fn not_found(vault: VaultId) -> ErrorObjectOwned {
	ErrorObject::owned(NOT_FOUND, format!("vault {vault} does not exist"), None::<()>)
}

/// `-32602` with a message.
pub fn invalid_params(message: impl Into<String>) -> ErrorObjectOwned {
	ErrorObject::owned(INVALID_PARAMS_CODE, message.into(), None::<()>)
}

/// The reason string (`data`) and message of a refused preview.
pub fn preview_reason(e: VaultsApiError) -> (&'static str, &'static str) {
	match e {
		VaultsApiError::UnknownVault => ("unknownVault", "the vault does not exist"),
		VaultsApiError::DepositsClosed => (
			"depositsClosed",
			"the vault takes no deposits now (paused, retired or campaign not running)",
		),
		VaultsApiError::VaultPaused => ("vaultPaused", "the vault is paused"),
		VaultsApiError::ZeroAmount => ("zeroAmount", "the amount is zero or converts to zero"),
		VaultsApiError::CapExceeded => ("capExceeded", "the deposit would exceed the vault's cap"),
		VaultsApiError::Overflow => ("overflow", "the amount is too large"),
	}
}

/// `8002` for an unknown vault, else `8003` with the reason as `data`.
pub fn preview_refused(vault: VaultId, e: VaultsApiError) -> ErrorObjectOwned {
	if e == VaultsApiError::UnknownVault {
		return not_found(vault);
	}
	let (reason, message) = preview_reason(e);
	ErrorObject::owned(PREVIEW_REFUSED, format!("vault {vault}: {message}"), Some(reason))
}

/// `8004` with the reason as `data`.
pub fn quote_refused(e: QuoteError) -> ErrorObjectOwned {
	let (reason, message) = match e {
		QuoteError::UnknownVault => ("unknownVault", "the vault does not exist"),
		QuoteError::NoMatchingVault => ("noMatchingVault", "no vault meets the deposit's constraints"),
		QuoteError::NoCounterparty => (
			"noCounterparty",
			"nothing in the open batch crosses the swap's limit: it would wait for a solver or counterparties",
		),
		QuoteError::Overflow => ("overflow", "an amount is too large"),
	};
	ErrorObject::owned(NO_QUOTE, format!("no quote: {message}"), Some(reason))
}
