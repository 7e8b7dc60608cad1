//! # Plexus runtime
//!
//! The runtime of the Plexus parachain, a liquidity coordination layer for DeFi on Polkadot:
//! assets of other chains arrive over XCM, pool into share-based vaults, are routed by users'
//! intents and allocated across strategies on other chains by gauge votes (the pallets and their
//! mechanisms: `pallets/README.md`). It is a cumulus parachain runtime on polkadot-sdk
//! `stable2609` ([`configs`], one file per concern):
//!
//! - **system and consensus**: `frame-system`, parachain system, timestamp, parachain info,
//!   storage weight reclaim, Aura with collator selection, session, authorship and Aura ext
//!   (asynchronous backing, 6-second blocks);
//! - **money**: `pallet-balances` for PLX (12 decimals), `pallet-transaction-payment`, and
//!   `pallet-assets` (`u32` ids) for *hub assets* arriving over XCM and the vaults' share
//!   tokens;
//! - **liquidity coordination** ([`configs::plexus`]): `pallet-vaults` (share-based vaults),
//!   `pallet-gauges` (vote-escrow, gauge votes, emissions, co-incentives; the epoch clock),
//!   `pallet-strategies` (strategies on other chains over XCM, hub-asset registry, inflow limits)
//!   and `pallet-intents` (intents settled in batch auctions);
//! - **XCM** ([`configs::xcm_config`]): reserve transfers in from the relay chain and sibling
//!   parachains into `pallet-assets`, transfers of PLX and hub assets out, fees in PLX or a
//!   sufficient hub asset, asset trap and claims, version discovery, and the XCM runtime APIs;
//! - **governance** ([`governance`]): OpenGov (preimage, scheduler, referenda, conviction voting,
//!   whitelist, treasury) with Plexus' custom origins and tracks, among them `LiquidityAdmin`
//!   for the parameters of liquidity coordination; `sudo` only on development chains;
//! - **utilities**: utility, proxy, multisig.
//!
//! Genesis presets `development` and `local_testnet` live in [`genesis_config_presets`].

#![cfg_attr(not(feature = "std"), no_std)]
// `construct_runtime!` does a lot of recursion and requires us to increase the limit.
#![recursion_limit = "256"]

// Make the WASM binary available.
#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
#[macro_use]
mod benchmarks;
pub mod apis;
pub mod configs;
pub mod genesis_config_presets;
pub mod governance;
mod weights;

use alloc::vec::Vec;
pub use plexus_primitives::{
	assets as hub_assets, currency::*, time::*, AccountId, AssetId, Balance, BlockNumber, Hash,
	Header, Nonce, Signature,
};
use polkadot_sdk::{staging_parachain_info as parachain_info, *};
use smallvec::smallvec;
use sp_runtime::{generic, impl_opaque_keys, MultiAddress, Perbill};
use sp_version::RuntimeVersion;

use frame_support::weights::{
	constants::WEIGHT_REF_TIME_PER_SECOND, Weight, WeightToFeeCoefficient, WeightToFeeCoefficients,
	WeightToFeePolynomial,
};
pub use sp_consensus_aura::sr25519::AuthorityId as AuraId;

pub use weights::{BlockExecutionWeight, ExtrinsicBaseWeight};

/// The address format for describing accounts.
pub type Address = MultiAddress<AccountId, ()>;

/// Block type as expected by this runtime.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;

/// A Block signed with a Justification.
pub type SignedBlock = generic::SignedBlock<Block>;

/// BlockId type as expected by this runtime.
pub type BlockId = generic::BlockId<Block>;

/// The transaction extensions that are added to the runtime, all wrapped in storage weight
/// reclaim so the proof size actually used is refunded.
pub type TxExtension = cumulus_pallet_weight_reclaim::StorageWeightReclaim<
	Runtime,
	(
		frame_system::AuthorizeCall<Runtime>,
		frame_system::CheckNonZeroSender<Runtime>,
		frame_system::CheckSpecVersion<Runtime>,
		frame_system::CheckTxVersion<Runtime>,
		frame_system::CheckGenesis<Runtime>,
		frame_system::CheckEra<Runtime>,
		frame_system::CheckNonce<Runtime>,
		frame_system::CheckWeight<Runtime>,
		pallet_transaction_payment::ChargeTransactionPayment<Runtime>,
		frame_metadata_hash_extension::CheckMetadataHash<Runtime>,
	),
>;

/// Unchecked extrinsic type as expected by this runtime.
pub type UncheckedExtrinsic =
	generic::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;

/// Migrations to apply on runtime upgrade.
pub type Migrations = (
	pallet_xcm::migration::MigrateToLatestXcmVersion<Runtime>,
	pallet_strategies::migrations::v1::MigrateToV1<Runtime>,
);

/// Executive: handles dispatch to the various modules.
pub type Executive = frame_executive::Executive<
	Runtime,
	Block,
	frame_system::ChainContext<Runtime>,
	Runtime,
	AllPalletsWithSystem,
>;

/// Converts a weight to a fee in planck of PLX.
///
/// The base weight of an extrinsic (`ExtrinsicBaseWeight`) costs 1/10 of a milli-PLX
/// (10^8 planck); the fee grows linearly with the reference time (proof size is not charged).
pub struct WeightToFee;
impl WeightToFeePolynomial for WeightToFee {
	type Balance = Balance;
	fn polynomial() -> WeightToFeeCoefficients<Self::Balance> {
		let p = MILLIUNIT;
		let q = 10 * Balance::from(ExtrinsicBaseWeight::get().ref_time());
		smallvec![WeightToFeeCoefficient {
			degree: 1,
			negative: false,
			coeff_frac: Perbill::from_rational(p % q, q),
			coeff_integer: p / q,
		}]
	}
}

/// Opaque types, used by the node to work with blocks without knowing the runtime's types.
pub mod opaque {
	use super::*;
	pub use polkadot_sdk::sp_runtime::OpaqueExtrinsic as UncheckedExtrinsic;
	use polkadot_sdk::sp_runtime::{
		generic,
		traits::{BlakeTwo256, Hash as HashT},
	};

	/// Opaque block header type.
	pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
	/// Opaque block type.
	pub type Block = generic::Block<Header, UncheckedExtrinsic>;
	/// Opaque block identifier type.
	pub type BlockId = generic::BlockId<Block>;
	/// Opaque block hash type.
	pub type Hash = <BlakeTwo256 as HashT>::Output;
}

impl_opaque_keys! {
	/// The session keys of a Plexus collator: an Aura key.
	pub struct SessionKeys {
		/// The key with which the collator signs the blocks it authors.
		pub aura: Aura,
	}
}

/// The version of the runtime, as seen by the chain and by polkadot.js.
#[sp_version::runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: alloc::borrow::Cow::Borrowed("plexus"),
	impl_name: alloc::borrow::Cow::Borrowed("plexus"),
	authoring_version: 1,
	spec_version: 1_009,
	impl_version: 0,
	apis: apis::RUNTIME_API_VERSIONS,
	transaction_version: 1,
	system_version: 1,
};

/// We assume that ~5% of the block weight is consumed by `on_initialize` handlers. This is
/// used to limit the maximal weight of a single extrinsic.
const AVERAGE_ON_INITIALIZE_RATIO: Perbill = Perbill::from_percent(5);

/// We allow `Normal` extrinsics to fill up the block up to 75%, the rest can be used by
/// `Operational` extrinsics.
const NORMAL_DISPATCH_RATIO: Perbill = Perbill::from_percent(75);

/// 2 seconds of compute per 6-second block (asynchronous backing), and the relay chain's
/// maximum proof size.
const MAXIMUM_BLOCK_WEIGHT: Weight = Weight::from_parts(
	WEIGHT_REF_TIME_PER_SECOND.saturating_mul(2),
	cumulus_primitives_core::relay_chain::MAX_POV_SIZE as u64,
);

/// Maximum number of blocks simultaneously accepted by the runtime, not yet included into the
/// relay chain.
pub const UNINCLUDED_SEGMENT_CAPACITY: u32 = 3;
/// How many parachain blocks are processed by the relay chain per parent. Limits the number of
/// blocks authored per slot.
pub const BLOCK_PROCESSING_VELOCITY: u32 = 1;
/// Relay chain slot duration, in milliseconds.
pub const RELAY_CHAIN_SLOT_DURATION_MILLIS: u32 = 6000;
/// Offset of the relay parent the collator builds on (0: the latest relay block).
pub const RELAY_PARENT_OFFSET: u32 = 0;

/// The runtime: the pallets of Plexus and their indices. Indices are part of the chain's
/// encoding (calls, events, XCM `PalletInstance`) and never change for a deployed pallet.
#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Runtime;

	// System support.
	#[runtime::pallet_index(0)]
	pub type System = frame_system;
	#[runtime::pallet_index(1)]
	pub type ParachainSystem = cumulus_pallet_parachain_system;
	#[runtime::pallet_index(2)]
	pub type Timestamp = pallet_timestamp;
	#[runtime::pallet_index(3)]
	pub type ParachainInfo = parachain_info;
	#[runtime::pallet_index(4)]
	pub type WeightReclaim = cumulus_pallet_weight_reclaim;

	// Monetary.
	#[runtime::pallet_index(10)]
	pub type Balances = pallet_balances;
	#[runtime::pallet_index(11)]
	pub type TransactionPayment = pallet_transaction_payment;
	#[runtime::pallet_index(12)]
	pub type Assets = pallet_assets;

	// Collator support. The order of these five is important and shall not change.
	#[runtime::pallet_index(20)]
	pub type Authorship = pallet_authorship;
	#[runtime::pallet_index(21)]
	pub type CollatorSelection = pallet_collator_selection;
	#[runtime::pallet_index(22)]
	pub type Session = pallet_session;
	#[runtime::pallet_index(23)]
	pub type Aura = pallet_aura;
	#[runtime::pallet_index(24)]
	pub type AuraExt = cumulus_pallet_aura_ext;

	// XCM.
	#[runtime::pallet_index(30)]
	pub type XcmpQueue = cumulus_pallet_xcmp_queue;
	#[runtime::pallet_index(31)]
	pub type PolkadotXcm = pallet_xcm;
	#[runtime::pallet_index(32)]
	pub type CumulusXcm = cumulus_pallet_xcm;
	#[runtime::pallet_index(33)]
	pub type MessageQueue = pallet_message_queue;

	// Utilities.
	#[runtime::pallet_index(40)]
	pub type Utility = pallet_utility;
	#[runtime::pallet_index(41)]
	pub type Proxy = pallet_proxy;
	#[runtime::pallet_index(42)]
	pub type Multisig = pallet_multisig;

	// Governance (OpenGov).
	#[runtime::pallet_index(50)]
	pub type Preimage = pallet_preimage;
	#[runtime::pallet_index(51)]
	pub type Scheduler = pallet_scheduler;
	#[runtime::pallet_index(52)]
	pub type Referenda = pallet_referenda;
	#[runtime::pallet_index(53)]
	pub type ConvictionVoting = pallet_conviction_voting;
	#[runtime::pallet_index(54)]
	pub type Whitelist = pallet_whitelist;
	#[runtime::pallet_index(55)]
	pub type Origins = governance::pallet_custom_origins;
	#[runtime::pallet_index(56)]
	pub type Treasury = pallet_treasury;

	// Plexus pallets take the indices 60..=69.
	#[runtime::pallet_index(60)]
	pub type Vaults = pallet_vaults;
	#[runtime::pallet_index(61)]
	pub type Strategies = pallet_strategies;
	#[runtime::pallet_index(62)]
	pub type Intents = pallet_intents;
	#[runtime::pallet_index(63)]
	pub type Gauges = pallet_gauges;

	// Development chains only; removed by governance before any value is at stake.
	#[runtime::pallet_index(255)]
	pub type Sudo = pallet_sudo;
}

cumulus_pallet_parachain_system::register_validate_block! {
	Runtime = Runtime,
	BlockExecutor = cumulus_pallet_aura_ext::BlockExecutor::<Runtime, Executive>,
}
