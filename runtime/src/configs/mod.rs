//! Configuration of the pallets of the Plexus runtime, one file per concern (as polkadot-sdk's
//! parachain template splits its `configs/`):
//!
//! | file | pallets |
//! |---|---|
//! | [`system`] | `frame_system`, weight reclaim, timestamp, utility, proxy, multisig |
//! | [`balances`] | PLX balances, transaction payment |
//! | [`assets`] | `pallet-assets` (hub assets and share tokens) |
//! | [`parachain`] | parachain system, parachain info, message queue, XCMP queue |
//! | [`collators`] | authorship, session, Aura, collator selection |
//! | [`governance`] | preimage, scheduler, treasury, sudo (referenda: [`crate::governance`]) |
//! | [`plexus`] | vaults, gauges, strategies, intents |
//! | [`xcm_config`] | the XCM executor, transactors, barriers, `pallet-xcm` |
//! | [`xcm_config::fee_trader`] | execution fees of XCM in PLX, DOT and USDT |
//!
//! Every item is re-exported here (`configs::X`); benchmark helpers are in `crate::benchmarks`.

pub mod assets;
pub mod balances;
pub mod collators;
pub mod governance;
pub mod parachain;
pub mod plexus;
pub mod system;
pub mod xcm_config;

pub use self::{
	assets::*, balances::*, collators::*, governance::*, parachain::*, plexus::*, system::*,
};

use crate::{
	governance::{LiquidityAdmin, Treasurer},
	weights::{BlockExecutionWeight, ExtrinsicBaseWeight, RocksDbWeight},
	AccountId, Aura, Balance, Balances, Block, BlockNumber, CollatorSelection, Hash, MessageQueue,
	Nonce, PalletInfo, ParachainSystem, Runtime, RuntimeCall, RuntimeEvent, RuntimeFreezeReason,
	RuntimeHoldReason, RuntimeOrigin, RuntimeTask, Session, SessionKeys, System, WeightToFee,
	XcmpQueue, AVERAGE_ON_INITIALIZE_RATIO, BLOCK_PROCESSING_VELOCITY, EXISTENTIAL_DEPOSIT, HOURS,
	MAXIMUM_BLOCK_WEIGHT, MICROUNIT, NORMAL_DISPATCH_RATIO, RELAY_CHAIN_SLOT_DURATION_MILLIS,
	RELAY_PARENT_OFFSET, SLOT_DURATION, UNINCLUDED_SEGMENT_CAPACITY, VERSION,
};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use polkadot_sdk::{staging_parachain_info as parachain_info, staging_xcm as xcm, *};

use cumulus_pallet_parachain_system::RelayNumberMonotonicallyIncreases;
use cumulus_primitives_core::{AggregateMessageOrigin, ParaId};
use frame_support::{
	derive_impl,
	dispatch::DispatchClass,
	parameter_types,
	traits::{
		fungible::HoldConsideration, tokens::imbalance::ResolveTo, AsEnsureOriginWithArg,
		ConstBool, ConstU32, ConstU64, ConstU8, EitherOfDiverse, Everything, InstanceFilter,
		LinearStoragePrice, NeverEnsureOrigin, TransformOrigin, VariantCountOf,
	},
	weights::{ConstantMultiplier, Weight},
	PalletId,
};
use frame_system::{
	limits::{BlockLength, BlockWeights},
	EnsureRoot,
};
use parachains_common::message_queue::{NarrowOriginToSibling, ParaIdToSibling};
use plexus_primitives::currency::deposit;
use polkadot_runtime_common::{
	xcm_sender::ExponentialPrice, BlockHashCount, SlowAdjustingFeeUpdate,
};
use scale_info::TypeInfo;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_runtime::{
	traits::{AccountIdConversion, BlakeTwo256},
	Perbill,
};
use sp_version::RuntimeVersion;
use xcm::latest::prelude::{AssetId as XcmAssetId, BodyId};

use xcm_config::{RelayLocation, XcmOriginToTransactDispatchOrigin};
