//! Configuration of the pallets of the Plexus runtime, except XCM ([`xcm_config`]) and
//! governance ([`crate::governance`]).

pub mod xcm_config;

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

parameter_types! {
	pub const Version: RuntimeVersion = VERSION;

	// Blocks of at most 5 MiB; `Normal` extrinsics may use 75% of it.
	pub RuntimeBlockLength: BlockLength = BlockLength::builder()
		.max_length(5 * 1024 * 1024)
		.modify_max_length_for_class(DispatchClass::Normal, |m| {
			*m = NORMAL_DISPATCH_RATIO * *m
		})
		.build();
	pub RuntimeBlockWeights: BlockWeights = BlockWeights::builder()
		.base_block(BlockExecutionWeight::get())
		.for_class(DispatchClass::all(), |weights| {
			weights.base_extrinsic = ExtrinsicBaseWeight::get();
		})
		.for_class(DispatchClass::Normal, |weights| {
			weights.max_total = Some(NORMAL_DISPATCH_RATIO * MAXIMUM_BLOCK_WEIGHT);
		})
		.for_class(DispatchClass::Operational, |weights| {
			weights.max_total = Some(MAXIMUM_BLOCK_WEIGHT);
			// Operational transactions have some extra reserved space, so that they
			// are included even if block reached `MAXIMUM_BLOCK_WEIGHT`.
			weights.reserved = Some(
				MAXIMUM_BLOCK_WEIGHT - NORMAL_DISPATCH_RATIO * MAXIMUM_BLOCK_WEIGHT
			);
		})
		.avg_block_initialization(AVERAGE_ON_INITIALIZE_RATIO)
		.build_or_panic();
	/// The generic Substrate prefix: addresses start with `5`, as polkadot.js shows dev accounts.
	pub const SS58Prefix: u16 = 42;
}

#[derive_impl(frame_system::config_preludes::ParaChainDefaultConfig)]
impl frame_system::Config for Runtime {
	type AccountId = AccountId;
	type Nonce = Nonce;
	type Hash = Hash;
	type Hashing = BlakeTwo256;
	type Block = Block;
	type BlockHashCount = BlockHashCount;
	type Version = Version;
	type AccountData = pallet_balances::AccountData<Balance>;
	type DbWeight = RocksDbWeight;
	type SystemWeightInfo = crate::weights::frame_system::WeightInfo<Runtime>;
	type ExtensionsWeightInfo = crate::weights::frame_system_extensions::WeightInfo<Runtime>;
	type BaseCallFilter = Everything;
	type BlockWeights = RuntimeBlockWeights;
	type BlockLength = RuntimeBlockLength;
	type SS58Prefix = SS58Prefix;
	type OnSetCode = cumulus_pallet_parachain_system::ParachainSetCode<Self>;
	type MaxConsumers = ConstU32<16>;
	type SingleBlockMigrations = crate::Migrations;
}

impl cumulus_pallet_weight_reclaim::Config for Runtime {
	type WeightInfo = crate::weights::cumulus_pallet_weight_reclaim::WeightInfo<Runtime>;
}

impl pallet_timestamp::Config for Runtime {
	/// Milliseconds since the unix epoch.
	type Moment = u64;
	type OnTimestampSet = Aura;
	type MinimumPeriod = ConstU64<0>;
	type WeightInfo = crate::weights::pallet_timestamp::WeightInfo<Runtime>;
}

impl pallet_authorship::Config for Runtime {
	type FindAuthor = pallet_session::FindAccountFromAuthorIndex<Self, Aura>;
	type EventHandler = (CollatorSelection,);
}

parameter_types! {
	pub const ExistentialDeposit: Balance = EXISTENTIAL_DEPOSIT;
}

impl pallet_balances::Config for Runtime {
	type MaxLocks = ConstU32<50>;
	type Balance = Balance;
	type RuntimeEvent = RuntimeEvent;
	type DustRemoval = ();
	type ExistentialDeposit = ExistentialDeposit;
	type AccountStore = System;
	type WeightInfo = crate::weights::pallet_balances::WeightInfo<Runtime>;
	type MaxReserves = ConstU32<50>;
	type ReserveIdentifier = [u8; 8];
	type RuntimeHoldReason = RuntimeHoldReason;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type FreezeIdentifier = RuntimeFreezeReason;
	type MaxFreezes = VariantCountOf<RuntimeFreezeReason>;
	type DoneSlashHandler = ();
}

parameter_types! {
	/// Fee per byte of an extrinsic: 10 micro-PLX.
	pub const TransactionByteFee: Balance = 10 * MICROUNIT;
	/// The collators' pot, which receives transaction fees and pays block authors.
	pub StakingPot: AccountId = CollatorSelection::account_id();
}

impl pallet_transaction_payment::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type OnChargeTransaction =
		pallet_transaction_payment::FungibleAdapter<Balances, ResolveTo<StakingPot, Balances>>;
	type WeightToFee = WeightToFee;
	type LengthToFee = ConstantMultiplier<Balance, TransactionByteFee>;
	type FeeMultiplierUpdate = SlowAdjustingFeeUpdate<Self>;
	type OperationalFeeMultiplier = ConstU8<5>;
	type WeightInfo = crate::weights::pallet_transaction_payment::WeightInfo<Runtime>;
}

parameter_types! {
	pub const AssetDeposit: Balance = 10 * crate::UNIT;
	pub const AssetAccountDeposit: Balance = deposit(1, 16);
	pub const ApprovalDeposit: Balance = EXISTENTIAL_DEPOSIT;
	pub const AssetsStringLimit: u32 = 50;
	// Only keyless accounts own assets (the hub-asset owner, the vault accounts): metadata is set
	// by governance or by `pallet-vaults`, so it costs no deposit.
	pub const MetadataDepositBase: Balance = 0;
	pub const MetadataDepositPerByte: Balance = 0;
}

/// `pallet-assets` holds Plexus' hub assets (assets of other chains, minted and burnt by the
/// XCM asset transactor) and, with the vaults, their share tokens.
///
/// Nobody creates an asset with a signed origin: hub assets are registered by governance
/// (`Strategies.register_hub_asset` from `Root` or the `LiquidityAdmin` track) and share tokens
/// by the vaults pallet, so asset ids can never be squatted.
///
/// The `force_*` calls (`ForceOrigin`) are `Root` only: they can hand an asset's issuer, admin
/// or freezer role to anyone, move anyone's balance or change its sufficiency, which is the
/// power to mint a hub asset or a vault's shares from nothing. No track below `root` has it.
impl pallet_assets::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Balance = Balance;
	type AssetId = crate::AssetId;
	type AssetIdParameter = codec::Compact<crate::AssetId>;
	type ReserveData = ();
	type Currency = Balances;
	type CreateOrigin = AsEnsureOriginWithArg<NeverEnsureOrigin<AccountId>>;
	type ForceOrigin = EnsureRoot<AccountId>;
	type AssetDeposit = AssetDeposit;
	type AssetAccountDeposit = AssetAccountDeposit;
	type MetadataDepositBase = MetadataDepositBase;
	type MetadataDepositPerByte = MetadataDepositPerByte;
	type ApprovalDeposit = ApprovalDeposit;
	type StringLimit = AssetsStringLimit;
	type Holder = ();
	// Campaign shares still held cannot move (pallet-vaults).
	type Freezer = crate::Vaults;
	type Extra = ();
	type WeightInfo = crate::weights::pallet_assets::WeightInfo<Runtime>;
	type CallbackHandle = ();
	type AssetIdAllocator = ();
	type RemoveItemsLimit = ConstU32<1000>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
}

parameter_types! {
	pub const ReservedXcmpWeight: Weight = MAXIMUM_BLOCK_WEIGHT.saturating_div(4);
	pub const ReservedDmpWeight: Weight = MAXIMUM_BLOCK_WEIGHT.saturating_div(4);
	pub const RelayOrigin: AggregateMessageOrigin = AggregateMessageOrigin::Parent;
}

/// Aura-based consensus hook: at most [`UNINCLUDED_SEGMENT_CAPACITY`] unincluded blocks,
/// [`BLOCK_PROCESSING_VELOCITY`] blocks per relay parent.
pub type ConsensusHook = cumulus_pallet_aura_ext::FixedVelocityConsensusHook<
	Runtime,
	RELAY_CHAIN_SLOT_DURATION_MILLIS,
	BLOCK_PROCESSING_VELOCITY,
	UNINCLUDED_SEGMENT_CAPACITY,
>;

impl cumulus_pallet_parachain_system::Config for Runtime {
	type WeightInfo = crate::weights::cumulus_pallet_parachain_system::WeightInfo<Runtime>;
	type RuntimeEvent = RuntimeEvent;
	type OnSystemEvent = ();
	type SelfParaId = parachain_info::Pallet<Runtime>;
	type OutboundXcmpMessageSource = XcmpQueue;
	type DmpQueue = frame_support::traits::EnqueueWithOrigin<MessageQueue, RelayOrigin>;
	type ReservedDmpWeight = ReservedDmpWeight;
	type XcmpMessageHandler = XcmpQueue;
	type ReservedXcmpWeight = ReservedXcmpWeight;
	type CheckAssociatedRelayNumber = RelayNumberMonotonicallyIncreases;
	type ConsensusHook = ConsensusHook;
	type RelayParentOffset = ConstU32<RELAY_PARENT_OFFSET>;
	type SchedulingSignatureVerifier = ();
}

impl parachain_info::Config for Runtime {}

parameter_types! {
	pub MessageQueueServiceWeight: Weight =
		Perbill::from_percent(35) * RuntimeBlockWeights::get().max_block;
}

impl pallet_message_queue::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = crate::weights::pallet_message_queue::WeightInfo<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type MessageProcessor = pallet_message_queue::mock_helpers::NoopMessageProcessor<
		cumulus_primitives_core::AggregateMessageOrigin,
	>;
	#[cfg(not(feature = "runtime-benchmarks"))]
	type MessageProcessor = staging_xcm_builder::ProcessXcmMessage<
		AggregateMessageOrigin,
		staging_xcm_executor::XcmExecutor<xcm_config::XcmConfig>,
		RuntimeCall,
	>;
	type Size = u32;
	// The XCMP queue pallet is only ever able to handle the `Sibling(ParaId)` origin:
	type QueueChangeHandler = NarrowOriginToSibling<XcmpQueue>;
	type QueuePausedQuery = NarrowOriginToSibling<XcmpQueue>;
	type HeapSize = ConstU32<{ 103 * 1024 }>;
	type MaxStale = ConstU32<8>;
	type ServiceWeight = MessageQueueServiceWeight;
	type IdleMaxServiceWeight = MessageQueueServiceWeight;
}

impl cumulus_pallet_aura_ext::Config for Runtime {}

parameter_types! {
	/// Delivery fees are paid in PLX.
	pub FeeAssetId: XcmAssetId = XcmAssetId(xcm_config::PlxLocation::get());
	/// The base fee for the message delivery fees: 3 centi-PLX.
	pub const BaseDeliveryFee: Balance = crate::UNIT / 100 * 3;
}

/// Price of delivering a message to a sibling parachain; grows exponentially with congestion.
pub type PriceForSiblingParachainDelivery =
	ExponentialPrice<FeeAssetId, BaseDeliveryFee, TransactionByteFee, XcmpQueue>;

impl cumulus_pallet_xcmp_queue::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type ChannelInfo = ParachainSystem;
	type VersionWrapper = crate::PolkadotXcm;
	// Enqueue XCMP messages from siblings for later processing.
	type XcmpQueue = TransformOrigin<MessageQueue, AggregateMessageOrigin, ParaId, ParaIdToSibling>;
	type MaxInboundSuspended = ConstU32<1_000>;
	type MaxActiveOutboundChannels = ConstU32<128>;
	// Most on-chain HRMP channels are configured to use 102400 bytes of max message size, so we
	// need to set the page size larger than that until we reduce the channel size on-chain.
	type MaxPageSize = ConstU32<{ 103 * 1024 }>;
	type ControllerOrigin = EnsureRoot<AccountId>;
	type ControllerOriginConverter = XcmOriginToTransactDispatchOrigin;
	type WeightInfo = crate::weights::cumulus_pallet_xcmp_queue::WeightInfo<Runtime>;
	type PriceForSiblingDelivery = PriceForSiblingParachainDelivery;
}

parameter_types! {
	/// Session length: 6 hours.
	pub const Period: u32 = 6 * HOURS;
	pub const Offset: u32 = 0;
}

impl pallet_session::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type ValidatorId = <Self as frame_system::Config>::AccountId;
	// We don't have stash and controller, thus we don't need the convert as well.
	type ValidatorIdOf = pallet_collator_selection::IdentityCollator;
	type ShouldEndSession = pallet_session::PeriodicSessions<Period, Offset>;
	type NextSessionRotation = pallet_session::PeriodicSessions<Period, Offset>;
	type SessionManager = CollatorSelection;
	// Essentially just Aura, but let's be pedantic.
	type SessionHandler = <SessionKeys as sp_runtime::traits::OpaqueKeys>::KeyTypeIdProviders;
	type Keys = SessionKeys;
	type DisablingStrategy = ();
	type WeightInfo = crate::weights::pallet_session::WeightInfo<Runtime>;
	type Currency = Balances;
	type KeyDeposit = ();
}

impl pallet_aura::Config for Runtime {
	type AuthorityId = AuraId;
	type DisabledValidators = ();
	type MaxAuthorities = ConstU32<100_000>;
	type AllowMultipleBlocksPerSlot = ConstBool<true>;
	type SlotDuration = ConstU64<SLOT_DURATION>;
}

parameter_types! {
	pub const PotId: PalletId = PalletId(*b"PotStake");
	pub const SessionLength: BlockNumber = 6 * HOURS;
	// StakingAdmin pluralistic body.
	pub const StakingAdminBodyId: BodyId = BodyId::Defense;
}

/// We allow root and the relay chain's staking admin to execute privileged collator selection
/// operations.
pub type CollatorSelectionUpdateOrigin = EitherOfDiverse<
	EnsureRoot<AccountId>,
	pallet_xcm::EnsureXcm<pallet_xcm::IsVoiceOfBody<RelayLocation, StakingAdminBodyId>>,
>;

impl pallet_collator_selection::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type UpdateOrigin = CollatorSelectionUpdateOrigin;
	type PotId = PotId;
	type MaxCandidates = ConstU32<100>;
	type MinEligibleCollators = ConstU32<1>;
	type MaxInvulnerables = ConstU32<20>;
	// Should be a multiple of session or things will get inconsistent.
	type KickThreshold = Period;
	type ValidatorId = <Self as frame_system::Config>::AccountId;
	type ValidatorIdOf = pallet_collator_selection::IdentityCollator;
	type ValidatorRegistration = Session;
	type WeightInfo = crate::weights::pallet_collator_selection::WeightInfo<Runtime>;
}

impl pallet_utility::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type PalletsOrigin = crate::OriginCaller;
	type WeightInfo = crate::weights::pallet_utility::WeightInfo<Runtime>;
}

parameter_types! {
	// One storage item; key size 32, value size 8; .
	pub const ProxyDepositBase: Balance = deposit(1, 40);
	// Additional storage item size of 33 bytes.
	pub const ProxyDepositFactor: Balance = deposit(0, 33);
	pub const MaxProxies: u16 = 32;
	// One storage item; key size 32, value size 16.
	pub const AnnouncementDepositBase: Balance = deposit(1, 48);
	pub const AnnouncementDepositFactor: Balance = deposit(0, 66);
	pub const MaxPending: u16 = 32;
}

/// What a proxy may do on behalf of the account that registered it.
#[derive(
	Copy,
	Clone,
	Eq,
	PartialEq,
	Ord,
	PartialOrd,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Debug,
	MaxEncodedLen,
	TypeInfo,
	Default,
)]
pub enum ProxyType {
	/// Any call.
	#[default]
	Any,
	/// Any call that cannot move balances or assets.
	NonTransfer,
	/// Governance: referenda, conviction voting, preimages, treasury and utility batches.
	Governance,
	/// Collator management: candidacy and session keys.
	Collator,
	/// Cancelling announced proxy calls only.
	CancelProxy,
}

impl InstanceFilter<RuntimeCall> for ProxyType {
	fn filter(&self, c: &RuntimeCall) -> bool {
		match self {
			ProxyType::Any => true,
			ProxyType::NonTransfer => !matches!(
				c,
				RuntimeCall::Balances { .. }
					| RuntimeCall::Assets { .. }
					| RuntimeCall::PolkadotXcm { .. }
			),
			ProxyType::Governance => matches!(
				c,
				RuntimeCall::Referenda { .. }
					| RuntimeCall::ConvictionVoting { .. }
					| RuntimeCall::Preimage { .. }
					| RuntimeCall::Whitelist { .. }
					| RuntimeCall::Treasury { .. }
					| RuntimeCall::Utility { .. }
			),
			ProxyType::Collator => matches!(
				c,
				RuntimeCall::CollatorSelection { .. }
					| RuntimeCall::Session { .. }
					| RuntimeCall::Utility { .. }
			),
			ProxyType::CancelProxy => matches!(
				c,
				RuntimeCall::Proxy(pallet_proxy::Call::reject_announcement { .. })
					| RuntimeCall::Utility { .. }
					| RuntimeCall::Multisig { .. }
			),
		}
	}

	fn is_superset(&self, o: &Self) -> bool {
		match (self, o) {
			(x, y) if x == y => true,
			(ProxyType::Any, _) => true,
			(_, ProxyType::Any) => false,
			(ProxyType::NonTransfer, ProxyType::Governance | ProxyType::Collator) => true,
			_ => false,
		}
	}
}

impl pallet_proxy::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type Currency = Balances;
	type ProxyType = ProxyType;
	type ProxyDepositBase = ProxyDepositBase;
	type ProxyDepositFactor = ProxyDepositFactor;
	type MaxProxies = MaxProxies;
	type WeightInfo = crate::weights::pallet_proxy::WeightInfo<Runtime>;
	type MaxPending = MaxPending;
	type CallHasher = BlakeTwo256;
	type AnnouncementDepositBase = AnnouncementDepositBase;
	type AnnouncementDepositFactor = AnnouncementDepositFactor;
	type BlockNumberProvider = System;
}

parameter_types! {
	// One storage item; key size is 32; value is size 4+4+16+32 bytes = 56 bytes.
	pub const MultisigDepositBase: Balance = deposit(1, 88);
	// Additional storage item size of 32 bytes.
	pub const MultisigDepositFactor: Balance = deposit(0, 32);
}

impl pallet_multisig::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type Currency = Balances;
	type DepositBase = MultisigDepositBase;
	type DepositFactor = MultisigDepositFactor;
	type MaxSignatories = ConstU32<100>;
	type WeightInfo = crate::weights::pallet_multisig::WeightInfo<Runtime>;
	type BlockNumberProvider = System;
}

parameter_types! {
	pub const PreimageBaseDeposit: Balance = deposit(2, 64);
	pub const PreimageByteDeposit: Balance = deposit(0, 1);
	pub const PreimageHoldReason: RuntimeHoldReason =
		RuntimeHoldReason::Preimage(pallet_preimage::HoldReason::Preimage);
}

impl pallet_preimage::Config for Runtime {
	type WeightInfo = crate::weights::pallet_preimage::WeightInfo<Runtime>;
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type ManagerOrigin = EnsureRoot<AccountId>;
	type Consideration = HoldConsideration<
		AccountId,
		Balances,
		PreimageHoldReason,
		LinearStoragePrice<PreimageBaseDeposit, PreimageByteDeposit, Balance>,
	>;
}

parameter_types! {
	pub MaximumSchedulerWeight: Weight =
		Perbill::from_percent(80) * RuntimeBlockWeights::get().max_block;
	pub const MaxScheduledPerBlock: u32 = 50;
}

impl pallet_scheduler::Config for Runtime {
	type RuntimeOrigin = RuntimeOrigin;
	type RuntimeEvent = RuntimeEvent;
	type PalletsOrigin = crate::OriginCaller;
	type RuntimeCall = RuntimeCall;
	type MaximumWeight = MaximumSchedulerWeight;
	// Only governance schedules: referenda schedule through the pallet's own interface.
	type ScheduleOrigin = EnsureRoot<AccountId>;
	type MaxScheduledPerBlock = MaxScheduledPerBlock;
	type WeightInfo = crate::weights::pallet_scheduler::WeightInfo<Runtime>;
	type OriginPrivilegeCmp = frame_support::traits::EqualPrivilegeOnly;
	type Preimages = crate::Preimage;
	type BlockNumberProvider = System;
}

parameter_types! {
	/// Spend period of the treasury: 6 days.
	pub const SpendPeriod: BlockNumber = 6 * crate::DAYS;
	pub const TreasuryPalletId: PalletId = PalletId(*b"py/trsry");
	/// A spend can be paid out for 30 days after it is valid.
	pub const PayoutSpendPeriod: BlockNumber = 30 * crate::DAYS;
	pub const MaxApprovals: u32 = 100;
	pub TreasuryAccount: AccountId = TreasuryPalletId::get().into_account_truncating();
	pub const MaxBalance: Balance = Balance::MAX;
}

parameter_types! {
	/// Id of the keyless account that owns (admin, issuer, freezer) the hub assets in
	/// `pallet-assets`: nobody can sign for it, so only governance manages them.
	pub const HubAssetsPalletId: PalletId = PalletId(*b"plx/hubs");
	/// The owner of every hub asset.
	pub HubAssetsOwner: AccountId = HubAssetsPalletId::get().into_account_truncating();
}

/// Who may spend from the treasury and up to how much: `Root` without limit, the `Treasurer`
/// track up to 1 000 000 PLX at once.
pub type TreasurySpender = frame_support::traits::EitherOf<
	frame_system::EnsureRootWithSuccess<AccountId, MaxBalance>,
	crate::governance::Spender,
>;

impl pallet_treasury::Config for Runtime {
	type PalletId = TreasuryPalletId;
	type Currency = Balances;
	type RejectOrigin = EitherOfDiverse<EnsureRoot<AccountId>, Treasurer>;
	type RuntimeEvent = RuntimeEvent;
	type SpendPeriod = SpendPeriod;
	type Burn = ();
	type BurnDestination = ();
	type MaxApprovals = MaxApprovals;
	type WeightInfo = crate::weights::pallet_treasury::WeightInfo<Runtime>;
	type SpendFunds = ();
	type SpendOrigin = TreasurySpender;
	type AssetKind = ();
	type Beneficiary = AccountId;
	type BeneficiaryLookup = sp_runtime::traits::IdentityLookup<AccountId>;
	type Paymaster = frame_support::traits::tokens::pay::PayFromAccount<Balances, TreasuryAccount>;
	type BalanceConverter = frame_support::traits::tokens::UnityAssetBalanceConversion;
	type PayoutPeriod = PayoutSpendPeriod;
	type BlockNumberProvider = System;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = crate::benchmarks::TreasuryArguments;
}

impl pallet_sudo::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type WeightInfo = crate::weights::pallet_sudo::WeightInfo<Runtime>;
}

parameter_types! {
	/// Id of the vault accounts (`plx/vlts` sub-accounts of the vault id).
	pub const VaultsPalletId: PalletId = PalletId(*b"plx/vlts");
	/// Reported gains unlock over 3 days.
	pub const ProfitUnlockPeriod: BlockNumber = 3 * crate::DAYS;
}

/// Share token ids: `FIRST_SHARE_ASSET_ID + vault id`, above every hub asset id; and back.
pub struct ShareAssetIdOf;
impl sp_runtime::traits::MaybeEquivalence<plexus_primitives::VaultId, crate::AssetId>
	for ShareAssetIdOf
{
	fn convert(vault: &plexus_primitives::VaultId) -> Option<crate::AssetId> {
		plexus_primitives::assets::FIRST_SHARE_ASSET_ID.checked_add(*vault)
	}
	fn convert_back(asset: &crate::AssetId) -> Option<plexus_primitives::VaultId> {
		asset.checked_sub(plexus_primitives::assets::FIRST_SHARE_ASSET_ID)
	}
}

impl pallet_vaults::Config for Runtime {
	type Assets = crate::Assets;
	type ShareAssetId = ShareAssetIdOf;
	type AdminOrigin = EitherOfDiverse<EnsureRoot<AccountId>, LiquidityAdmin>;
	type GuardianOrigin =
		EitherOfDiverse<EnsureRoot<AccountId>, crate::governance::LiquidityGuardian>;
	type PalletId = VaultsPalletId;
	type Delta = ConstU8<6>;
	type ProfitUnlockPeriod = ProfitUnlockPeriod;
	type MaxOpenRequests = ConstU32<16>;
	type MaxFinalizeBatch = ConstU32<32>;
	type MaxClaimBatch = ConstU32<16>;
	type MaxPartnerRewards = ConstU32<4>;
	type StringLimit = AssetsStringLimit;
	type FeeRecipient = TreasuryAccount;
	type DepositGate = crate::Strategies;
	type WeightInfo = crate::weights::pallet_vaults::WeightInfo<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
}

parameter_types! {
	/// Account holding co-incentive pots and staked shares (`plx/gaug`).
	pub const GaugesPalletId: PalletId = PalletId(*b"plx/gaug");
	/// Gauge epochs last a week, as Curve's.
	pub const GaugeEpochLength: BlockNumber = 7 * crate::DAYS;
	/// PLX emitted per epoch over all emission gauges: 50 000 PLX a week.
	pub const EmissionPerEpoch: Balance = 50_000 * crate::UNIT;
	/// The smallest vote-escrow lock: 1 PLX.
	pub const MinLockAmount: Balance = crate::UNIT;
}

impl pallet_gauges::Config for Runtime {
	type Currency = Balances;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type Assets = crate::Assets;
	type Vaults = crate::Vaults;
	type Strategies = crate::Strategies;
	type AdminOrigin = EitherOfDiverse<EnsureRoot<AccountId>, LiquidityAdmin>;
	type PalletId = GaugesPalletId;
	type EpochLength = GaugeEpochLength;
	// Two years of weekly epochs.
	type MaxLockEpochs = ConstU32<104>;
	type MinLockAmount = MinLockAmount;
	type EmissionPerEpoch = EmissionPerEpoch;
	type MaxGauges = ConstU32<256>;
	type MaxGaugesPerVault = ConstU32<16>;
	type MaxVotes = ConstU32<16>;
	type MaxVoteHistory = ConstU32<4>;
	type MaxIncentivesPerEpoch = ConstU32<8>;
	// A co-incentive deposit is at least 100 × the asset's minimum balance (1 USDT for USDT).
	type MinIncentiveFactor = frame_support::traits::ConstU128<100>;
	type MaxClaimEpochs = ConstU32<16>;
	type KeeperGaugesPerBlock = ConstU32<8>;
	type WeightInfo = crate::weights::pallet_gauges::WeightInfo<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = GaugesBenchmarkHelper;
}

/// A governed vault of `asset` created by `Root`, uncapped, for the benchmarks.
#[cfg(feature = "runtime-benchmarks")]
fn bench_governed_vault(asset: crate::AssetId) -> plexus_primitives::VaultId {
	let vault = pallet_vaults::NextVaultId::<Runtime>::get();
	crate::Vaults::create_vault(
		RuntimeOrigin::root(),
		asset,
		pallet_vaults::VaultKind::Governed,
		u128::MAX,
		0,
		0,
		1,
		b"Bench vault".to_vec().try_into().expect("short"),
		b"pxB".to_vec().try_into().expect("short"),
	)
	.expect("the asset exists");
	vault
}

/// Vaults and assets for the gauges' benchmarks: governed USDT vaults created by `Root`, and
/// co-incentive assets force-created by `Root`.
#[cfg(feature = "runtime-benchmarks")]
pub struct GaugesBenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_gauges::benchmarking::BenchmarkHelper<Runtime> for GaugesBenchmarkHelper {
	fn create_vault() -> plexus_primitives::VaultId {
		bench_governed_vault(plexus_primitives::assets::USDT)
	}
	fn create_strategy(vault: plexus_primitives::VaultId) -> Option<plexus_primitives::StrategyId> {
		crate::Strategies::register_strategy(
			RuntimeOrigin::root(),
			alloc::boxed::Box::new(StrategiesBenchmarkHelper::params(vault)),
		)
		.ok()?;
		Some(pallet_strategies::NextStrategyId::<Runtime>::get() - 1)
	}
	fn create_asset(seed: u32) -> crate::AssetId {
		use frame_support::traits::fungibles::Inspect;
		let asset = 500_000 + seed;
		if !crate::Assets::asset_exists(asset) {
			crate::Assets::force_create(
				RuntimeOrigin::root(),
				asset.into(),
				sp_runtime::MultiAddress::Id(HubAssetsOwner::get()),
				true,
				1,
			)
			.expect("free id");
		}
		asset
	}
	fn fund_asset(asset: crate::AssetId, who: &AccountId, amount: Balance) {
		use frame_support::traits::fungibles::Mutate;
		<crate::Assets as Mutate<AccountId>>::mint_into(asset, who, amount).expect("exists");
	}
}

parameter_types! {
	/// Account paying remote execution of strategies' programs (`plx/strt`).
	pub const StrategiesPalletId: PalletId = PalletId(*b"plx/strt");
	/// Strategies' inflow windows and rebalances follow the gauges' weekly epochs.
	pub const StrategyEpochLength: BlockNumber = GaugeEpochLength::get();
	/// An operation without a response for a day may be resolved by governance.
	pub const StrategyQueryTimeout: BlockNumber = crate::DAYS;
	/// Remote execution is paid in the relay token (DOT/WND).
	pub const StrategiesFeeAsset: crate::AssetId = plexus_primitives::assets::DOT;
}

impl pallet_strategies::Config for Runtime {
	type RuntimeCall = RuntimeCall;
	type Assets = crate::Assets;
	type Vaults = crate::Vaults;
	type Gauges = crate::Gauges;
	type AdminOrigin = EitherOfDiverse<EnsureRoot<AccountId>, LiquidityAdmin>;
	type XcmOrigin = pallet_xcm::EnsureXcm<frame_support::traits::Everything>;
	type ResponseOrigin = pallet_xcm::EnsureResponse<frame_support::traits::Everything>;
	type Xcm = xcm_config::StrategiesXcm;
	type LocationToAccountId = xcm_config::LocationToAccountId;
	type UniversalLocation = xcm_config::UniversalLocation;
	type RelayTokenReserve = xcm_config::AssetHubLocation;
	type PalletId = StrategiesPalletId;
	type FeeAsset = StrategiesFeeAsset;
	type EpochLength = StrategyEpochLength;
	type QueryTimeout = StrategyQueryTimeout;
	type MaxStrategiesPerVault = ConstU32<16>;
	type MaxStaleHoldsCleared = ConstU32<16>;
	type WeightInfo = crate::weights::pallet_strategies::WeightInfo<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = StrategiesBenchmarkHelper;
}

/// Vaults and destinations for the strategies' benchmarks: governed USDT vaults created by
/// `Root`, Asset Hub as destination with an open HRMP channel.
#[cfg(feature = "runtime-benchmarks")]
pub struct StrategiesBenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl StrategiesBenchmarkHelper {
	/// A strategy of `vault` on Asset Hub.
	pub fn params(
		vault: plexus_primitives::VaultId,
	) -> pallet_strategies::StrategyParamsOf<Runtime> {
		use pallet_strategies::*;
		StrategyParams {
			vault,
			destination: xcm_config::AssetHubLocation::get(),
			adapter: Adapter::AssetRewardsPool { pallet_index: 61, pool: 0 },
			cap: u128::MAX,
			max_report_change_bps: 1_000,
			max_report_age: crate::DAYS,
			report_origin: ReportOrigin::Account(TreasuryAccount::get()),
			remote_fee: 1_000_000_000,
			min_operation: 0,
			rebalance_threshold_bps: 0,
		}
	}
}
#[cfg(feature = "runtime-benchmarks")]
impl pallet_strategies::benchmarking::BenchmarkHelper<Runtime> for StrategiesBenchmarkHelper {
	fn governed_vault(idle: u128) -> plexus_primitives::VaultId {
		use pallet_gauges::benchmarking::BenchmarkHelper as _;
		let vault = GaugesBenchmarkHelper::create_vault();
		if idle > 0 {
			let who: AccountId = frame_benchmarking::account("depositor", vault, 0);
			GaugesBenchmarkHelper::fund_asset(plexus_primitives::assets::USDT, &who, idle);
			crate::Vaults::deposit(RuntimeOrigin::signed(who), vault, idle, 0)
				.expect("the vault takes deposits");
		}
		vault
	}
	fn asset_reserve() -> xcm::latest::Location {
		use frame_support::traits::fungible::Mutate;
		ParachainSystem::open_outbound_hrmp_channel_for_benchmarks_or_tests(
			plexus_primitives::assets::ASSET_HUB_PARA_ID.into(),
		);
		let _ = Balances::mint_into(&crate::Strategies::account_id(), 1_000 * crate::UNIT);
		xcm_config::AssetHubLocation::get()
	}
	fn fund_delivery(who: &AccountId) {
		use frame_support::traits::fungible::Mutate;
		let _ = Balances::mint_into(who, 1_000 * crate::UNIT);
	}
}

parameter_types! {
	/// Escrow of open intents (`plx/ints`).
	pub const IntentsPalletId: PalletId = PalletId(*b"plx/ints");
	/// A batch auction closes every minute.
	pub const IntentBatchPeriod: BlockNumber = 10;
	/// Intents live at most a week.
	pub const MaxIntentDuration: BlockNumber = 7 * crate::DAYS;
	/// Settlement uses at most 30% of a block's normal weight per block; larger settlements
	/// continue in the next blocks.
	pub IntentSettlementWeight: frame_support::weights::Weight =
		sp_runtime::Perbill::from_percent(30) * RuntimeBlockWeights::get()
			.get(frame_support::dispatch::DispatchClass::Normal)
			.max_total
			.unwrap_or(MAXIMUM_BLOCK_WEIGHT);
	/// The storage deposit of an intent is held as this reason.
	pub const IntentHoldReason: RuntimeHoldReason =
		RuntimeHoldReason::Intents(pallet_intents::HoldReason::IntentDeposit);
	/// Storage deposit of an intent: one item ...
	pub const IntentDepositBase: Balance = deposit(1, 0);
	/// ... and its bytes.
	pub const IntentDepositPerByte: Balance = deposit(0, 1);
}

impl pallet_intents::Config for Runtime {
	type Assets = crate::Assets;
	type Vaults = crate::Vaults;
	type Strategies = crate::Strategies;
	type Consideration = HoldConsideration<
		AccountId,
		Balances,
		IntentHoldReason,
		frame_support::traits::LinearStoragePrice<IntentDepositBase, IntentDepositPerByte, Balance>,
	>;
	type Deliver = IntentsDelivery;
	type AdminOrigin = EitherOfDiverse<EnsureRoot<AccountId>, LiquidityAdmin>;
	type PalletId = IntentsPalletId;
	type DustRecipient = TreasuryAccount;
	type BatchPeriod = IntentBatchPeriod;
	type MaxIntentDuration = MaxIntentDuration;
	type MinSizeFactor = frame_support::traits::ConstU128<10>;
	type MaxIntentsPerAccount = ConstU32<32>;
	// One pair (both books full, 256 intents) settles in one step within SettlementWeight
	// (30% of a block): ~225 ms and ~0.8 MB of proof with the benchmarked weights; the
	// pallet's integrity test checks it. A solution trades at most two full pairs' worth.
	type MaxBookSize = ConstU32<128>;
	type MaxSolutionFills = ConstU32<256>;
	type MaxSolutionAssets = ConstU32<16>;
	type MaxAllowedStrategies = ConstU32<16>;
	type MaxCandidateVaults = ConstU32<16>;
	type SettlementWeight = IntentSettlementWeight;
	type WeightInfo = crate::weights::pallet_intents::WeightInfo<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = IntentsBenchmarkHelper;
}

/// Sends intents' outputs to other chains with `pallet-strategies`' reserve withdrawal: the
/// `deliver_to` location is split into the chain (`parents` and its `Parachain` junction, or
/// the relay chain) and the beneficiary there (the rest).
pub struct IntentsDelivery;
impl pallet_intents::Deliver<AccountId> for IntentsDelivery {
	fn deliver(
		who: &AccountId,
		asset: crate::AssetId,
		amount: Balance,
		to: &xcm::latest::Location,
	) -> sp_runtime::DispatchResult {
		use xcm::latest::{Junction, Location};
		let (destination, beneficiary) = match to.interior().clone().split_first() {
			(rest, Some(Junction::Parachain(id))) => {
				(Location::new(to.parents, [Junction::Parachain(id)]), Location::new(0, rest))
			},
			_ => (Location::new(to.parents, []), Location::new(0, to.interior().clone())),
		};
		crate::Strategies::do_withdraw_to(who.clone(), asset, amount, destination, beneficiary)
	}
	fn weight() -> frame_support::weights::Weight {
		use pallet_strategies::WeightInfo as _;
		crate::weights::pallet_strategies::WeightInfo::<Runtime>::withdraw_to()
	}
}

/// Assets, balances and vaults for the intents' benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub struct IntentsBenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_intents::benchmarking::BenchmarkHelper<Runtime> for IntentsBenchmarkHelper {
	fn create_asset(seed: u32) -> crate::AssetId {
		use pallet_gauges::benchmarking::BenchmarkHelper as _;
		GaugesBenchmarkHelper::create_asset(100_000 + seed)
	}
	fn fund(asset: crate::AssetId, who: &AccountId, amount: Balance) {
		use frame_support::traits::fungible::Mutate;
		use pallet_gauges::benchmarking::BenchmarkHelper as _;
		if Balances::free_balance(who) < 100 * crate::UNIT {
			let _ = Balances::mint_into(who, 100 * crate::UNIT);
		}
		GaugesBenchmarkHelper::fund_asset(asset, who, amount);
	}
	fn create_vault(asset: crate::AssetId) -> plexus_primitives::VaultId {
		bench_governed_vault(asset)
	}
	fn pause_vault(vault: plexus_primitives::VaultId) {
		let _ = crate::Vaults::pause(RuntimeOrigin::root(), vault);
	}
}
