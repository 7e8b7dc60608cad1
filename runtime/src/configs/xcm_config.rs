//! XCM configuration of Plexus.
//!
//! - **In**: assets reserve-transferred from the relay chain and sibling parachains are minted
//!   as *hub assets* in `pallet-assets`, through `pallet-strategies`' hub-asset registry
//!   (governance registers `Location -> AssetId`; genesis registers DOT and USDT, both from
//!   Asset Hub), with the branch inflow limits of `pallet-strategies` applied
//!   ([`HubAssetsTransactor`]). Asset Hub is the one reserve of DOT (Polkadot's reserve for DOT
//!   since the Asset Hub migration; DOT from the relay chain is refused); a sibling parachain is
//!   trusted as the reserve of its own assets only; an asset that is not a registered hub asset
//!   is refused with the whole message.
//! - **Out**: PLX (reserve: Plexus) and hub assets (reserve: their origin chain) leave with
//!   `pallet-xcm`'s `transfer_assets`.
//! - **Fees**: execution is paid in PLX at the transaction fee rate, or in DOT or USDT at that
//!   rate scaled by the ratio of the asset's minimum balance to PLX's existential deposit, and
//!   at least the asset's minimum balance ([`HubAssetTrader`], in [`fee_trader`]); fees go to the
//!   collators' pot.
//!   Delivery fees are paid in PLX and go to the treasury.
//! - **Barriers**: paid execution from anyone, known query responses, version subscriptions
//!   from the relay chain and siblings, and explicitly unpaid execution from the relay chain
//!   (and its plurality bodies) and system parachains only.

use super::{StakingPot, TransactionByteFee, TreasuryAccount};
use crate::{
	AccountId, AllPalletsWithSystem, AssetId, Assets, Balance, Balances, BlockNumber,
	ParachainInfo, ParachainSystem, PolkadotXcm, Runtime, RuntimeCall, RuntimeEvent,
	RuntimeHoldReason, RuntimeOrigin, WeightToFee, XcmpQueue, EXISTENTIAL_DEPOSIT,
};
use plexus_primitives::{assets as hub, currency::deposit};
use polkadot_sdk::{
	staging_xcm as xcm, staging_xcm_builder as xcm_builder, staging_xcm_executor as xcm_executor, *,
};

use frame_support::{
	parameter_types,
	traits::{
		fungible::HoldConsideration, tokens::imbalance::ResolveTo, ConstU32, Contains,
		ContainsPair, Equals, Everything, Get, LinearStoragePrice, Nothing,
	},
	weights::{constants::WEIGHT_REF_TIME_PER_SECOND, Weight},
};
use frame_system::EnsureRoot;
use pallet_xcm::{AuthorizedAliasers, XcmPassthrough};
use parachains_common::xcm_config::{
	AliasAccountId32FromSiblingSystemChain, AllSiblingSystemParachains,
	ParentRelayOrSiblingParachains, RelayOrOtherSystemParachains,
};
use polkadot_parachain_primitives::primitives::Sibling;
use polkadot_runtime_common::xcm_sender::ExponentialPrice;
use sp_runtime::traits::Identity;
use xcm::latest::{prelude::*, AssetId as XcmAssetId, WESTEND_GENESIS_HASH};
use xcm_builder::{
	AccountId32Aliases, AliasChildLocation, AllowExplicitUnpaidExecutionFrom,
	AllowHrmpNotificationsFromRelayChain, AllowKnownQueryResponses, AllowSubscriptionsFrom,
	AllowTopLevelPaidExecutionFrom, ConvertedConcreteId, DenyRecursively,
	DenyReserveTransferToRelayChain, DenyThenTry, DescribeAllTerminal, DescribeFamily,
	EnsureXcmOrigin, FrameTransactionalProcessor, FungibleAdapter, FungiblesAdapter,
	HashedDescription, IsConcrete, NoChecking, ParentAsSuperuser, ParentIsPreset,
	RelayChainAsNative, SendXcmFeeToAccount, SiblingParachainAsNative, SiblingParachainConvertsVia,
	SignedAccountId32AsNative, SignedToAccountId32, SovereignSignedViaLocation, TakeRevenue,
	TakeWeightCredit, TrailingSetTopicAsId, UsingComponents, WeightInfoBounds, WithComputedOrigin,
	WithUniqueTopic, XcmFeeManagerFromComponents,
};
use xcm_executor::{traits::TransactAsset, XcmExecutor};

pub mod fee_trader;
pub use fee_trader::*;

parameter_types! {
	/// The relay chain, seen from Plexus.
	pub const RelayLocation: Location = Location::parent();
	/// PLX, the native token, seen from Plexus.
	pub const PlxLocation: Location = Location::here();
	/// The relay network Plexus runs on. Plexus' test and local networks run on Westend
	/// (`westend-local` relay, Asset Hub Westend).
	pub const RelayNetwork: Option<NetworkId> = Some(NetworkId::ByGenesis(WESTEND_GENESIS_HASH));
	pub RelayChainOrigin: RuntimeOrigin = cumulus_pallet_xcm::Origin::Relay.into();
	/// Where Plexus is in the consensus universe.
	pub UniversalLocation: InteriorLocation = [
		GlobalConsensus(NetworkId::ByGenesis(WESTEND_GENESIS_HASH)),
		Parachain(ParachainInfo::parachain_id().into()),
	].into();
	/// The relay chain's Asset Hub.
	pub AssetHubLocation: Location = Location::new(1, [Parachain(hub::ASSET_HUB_PARA_ID)]);
	/// DOT: the relay chain's token.
	pub DotLocation: Location = Location::parent();
	/// USDT: asset 1984 of Asset Hub's `Assets` pallet.
	pub UsdtLocation: Location = Location::new(
		1,
		[
			Parachain(hub::ASSET_HUB_PARA_ID),
			PalletInstance(hub::ASSET_HUB_ASSETS_PALLET_INDEX),
			GeneralIndex(hub::ASSET_HUB_USDT_INDEX),
		],
	);
	/// Account that would track teleports (Plexus trusts no teleports).
	pub CheckingAccount: AccountId = PolkadotXcm::check_account();
}

/// Matches an XCM fungible asset against the registered hub assets.
/// The registry is `pallet-strategies`' (governance registers hub assets there).
pub type HubAssetsConvertedConcreteId =
	ConvertedConcreteId<AssetId, Balance, pallet_strategies::HubAssetRegistry<Runtime>, Identity>;

/// How a `Location` becomes an `AccountId` on Plexus, in order:
pub type LocationToAccountId = (
	// The parent (relay chain) origin converts to the parent `AccountId`.
	ParentIsPreset<AccountId>,
	// Sibling parachain origins convert to AccountId via the `ParaId::into`.
	SiblingParachainConvertsVia<Sibling, AccountId>,
	// Straight up local `AccountId32` origins just alias directly to `AccountId`.
	AccountId32Aliases<RelayNetwork, AccountId>,
	// Other locations (e.g. an account on a sibling chain) get an account derived from a hash
	// of their description.
	HashedDescription<AccountId, DescribeFamily<DescribeAllTerminal>>,
);

/// PLX in and out of `pallet-balances`.
pub type PlxTransactor = FungibleAdapter<
	Balances,
	IsConcrete<PlxLocation>,
	LocationToAccountId,
	AccountId,
	// No teleports of PLX are tracked.
	(),
>;

/// Hub assets in and out of `pallet-assets`: only registered hub assets match, anything else
/// is refused (`AssetNotFound`).
pub type HubAssetsAdapter = FungiblesAdapter<
	Assets,
	HubAssetsConvertedConcreteId,
	LocationToAccountId,
	AccountId,
	// Hub assets are reserve-backed, never teleported.
	NoChecking,
	CheckingAccount,
>;

/// Hub assets with `pallet-strategies`' branch inflow limits on top: inflow above a branch's
/// limit is credited to the pallet's hold account for its beneficiary, releasable later.
pub type HubAssetsTransactor = pallet_strategies::HubAssetTransactor<Runtime, HubAssetsAdapter>;

/// The asset transactors, tried in order.
pub type AssetTransactors = (PlxTransactor, HubAssetsTransactor);

parameter_types! {
	/// `pallet-strategies`' hold account as a location (where held inflows are kept).
	pub HoldAccountLocation: Location = Location::new(
		0,
		[AccountId32 {
			network: None,
			id: pallet_strategies::Pallet::<Runtime>::hold_account().into(),
		}],
	);
}

/// `pallet-xcm`'s asset trap with branch inflow limits on top: hub assets over their branch's
/// limit that a message leaves in holding are held for the claimer (like a `DepositAsset`'s),
/// not trapped, so `claim_assets` cannot take them free of the limit.
pub type AssetTrap = pallet_strategies::HoldExcessOnTrap<
	Runtime,
	HubAssetsAdapter,
	PolkadotXcm,
	HoldAccountLocation,
>;

/// How an XCM origin becomes a local dispatch origin for `Transact`.
pub type XcmOriginToTransactDispatchOrigin = (
	// Sovereign account converter; the origin's `AccountId` (see `LocationToAccountId`) as
	// `Signed` origin: how other chains and their users drive Plexus' calls.
	SovereignSignedViaLocation<LocationToAccountId, RuntimeOrigin>,
	// The relay chain as its native `Relay` origin.
	RelayChainAsNative<RelayChainOrigin, RuntimeOrigin>,
	// Sibling parachains as their native `SiblingPara` origin.
	SiblingParachainAsNative<cumulus_pallet_xcm::Origin, RuntimeOrigin>,
	// The relay chain may act as `Root` (its governance can always upgrade a parachain anyway).
	ParentAsSuperuser<RuntimeOrigin>,
	// A local `AccountId32` as `Signed`.
	SignedAccountId32AsNative<RelayNetwork, RuntimeOrigin>,
	// Any XCM origin as `pallet_xcm::Origin::Xcm`.
	XcmPassthrough<RuntimeOrigin>,
);

parameter_types! {
	/// The most instructions a message may have, nested ones included.
	pub const MaxInstructions: u32 = 100;
	/// The most distinct assets a message may carry into the holding register.
	pub const MaxAssetsIntoHolding: u32 = 64;
}

/// Weighs XCM messages: each instruction at its benchmarked weight
/// ([`crate::weights::xcm::PlexusXcmWeight`], `benchmarks/run.sh xcm`), `Transact` plus its
/// call's weight, at most [`MaxInstructions`] instructions.
pub type XcmWeigher = WeightInfoBounds<
	crate::weights::xcm::PlexusXcmWeight<RuntimeCall>,
	RuntimeCall,
	MaxInstructions,
>;

/// The relay chain or one of its plurality bodies (e.g. its governance).
pub struct ParentOrParentsPlurality;
impl Contains<Location> for ParentOrParentsPlurality {
	fn contains(location: &Location) -> bool {
		matches!(location.unpack(), (1, []) | (1, [Plurality { .. }]))
	}
}

/// The relay chain, its plurality bodies, and the system parachains.
pub type RelayOrSystemChains =
	(ParentOrParentsPlurality, RelayOrOtherSystemParachains<AllSiblingSystemParachains, Runtime>);

/// Which messages Plexus executes at all.
pub type Barrier = TrailingSetTopicAsId<
	DenyThenTry<
		DenyRecursively<DenyReserveTransferToRelayChain>,
		(
			TakeWeightCredit,
			// Expected responses are OK.
			AllowKnownQueryResponses<PolkadotXcm>,
			// Allow XCMs with some computed origins to pass through.
			WithComputedOrigin<
				(
					// If the message is one that immediately attempts to pay for execution,
					// then allow it.
					AllowTopLevelPaidExecutionFrom<Everything>,
					// The relay chain, its bodies and system chains get free execution if
					// they ask for it explicitly.
					AllowExplicitUnpaidExecutionFrom<RelayOrSystemChains>,
					// Subscriptions for version tracking are OK.
					AllowSubscriptionsFrom<ParentRelayOrSiblingParachains>,
					// HRMP notifications from the relay chain are OK.
					AllowHrmpNotificationsFromRelayChain,
				),
				UniversalLocation,
				ConstU32<8>,
			>,
		),
	>,
>;

/// Trusts a sibling parachain as the reserve of its own assets: those whose location starts
/// with the sibling's location. Whether such an asset is *accepted* is up to the asset
/// transactor (registered hub assets only).
pub struct SiblingReserveOfOwnAssets;
impl ContainsPair<Asset, Location> for SiblingReserveOfOwnAssets {
	fn contains(asset: &Asset, origin: &Location) -> bool {
		matches!(origin.unpack(), (1, [Parachain(_)]))
			&& matches!(asset.fun, Fungible(_))
			&& asset.id.0.starts_with(origin)
	}
}

/// Trusts Asset Hub as the one reserve of the relay token (DOT): Polkadot's reserve for DOT
/// since the Asset Hub migration. DOT from the relay chain, or any other chain, is refused, so
/// Plexus' DOT is backed in one place, where `withdraw_to` and the strategies send it.
pub struct RelayTokenFromAssetHub;
impl ContainsPair<Asset, Location> for RelayTokenFromAssetHub {
	fn contains(asset: &Asset, origin: &Location) -> bool {
		asset.id.0 == RelayLocation::get()
			&& matches!(asset.fun, Fungible(_))
			&& *origin == AssetHubLocation::get()
	}
}

/// Reserves Plexus trusts: Asset Hub for DOT, and each sibling for its own assets (e.g. Asset
/// Hub for USDT).
pub type TrustedReserves = (RelayTokenFromAssetHub, SiblingReserveOfOwnAssets);

/// Aliases Plexus accepts: a location may act as its own child, an account on a system
/// parachain as the same account here, and any alias an account authorised on-chain.
pub type TrustedAliasers =
	(AliasChildLocation, AliasAccountId32FromSiblingSystemChain, AuthorizedAliasers<Runtime>);

/// Locations whose messages pay no delivery fees: Plexus itself and the relay/system chains.
pub type WaivedLocations = (Equals<PlxLocation>, RelayOrSystemChains);

/// The XCM executor's configuration.
pub struct XcmConfig;
impl xcm_executor::Config for XcmConfig {
	type RuntimeCall = RuntimeCall;
	type XcmSender = XcmRouter;
	type XcmEventEmitter = PolkadotXcm;
	type AssetTransactor = AssetTransactors;
	type OriginConverter = XcmOriginToTransactDispatchOrigin;
	type IsReserve = TrustedReserves;
	// No teleports: every asset moves by reserve transfer.
	type IsTeleporter = ();
	type UniversalLocation = UniversalLocation;
	type Barrier = Barrier;
	type Weigher = XcmWeigher;
	type Trader = Traders;
	type ResponseHandler = PolkadotXcm;
	type AssetTrap = AssetTrap;
	type SubscriptionService = PolkadotXcm;
	type PalletInstancesInfo = AllPalletsWithSystem;
	type MaxAssetsIntoHolding = MaxAssetsIntoHolding;
	type AssetLocker = ();
	type AssetExchanger = ();
	type FeeManager = XcmFeeManagerFromComponents<
		WaivedLocations,
		SendXcmFeeToAccount<Self::AssetTransactor, TreasuryAccount>,
	>;
	type MessageExporter = ();
	type UniversalAliases = Nothing;
	type CallDispatcher = RuntimeCall;
	type SafeCallFilter = Everything;
	type Aliasers = TrustedAliasers;
	type TransactionalProcessor = FrameTransactionalProcessor;
	type HrmpNewChannelOpenRequestHandler = ();
	type HrmpChannelAcceptedHandler = ();
	type HrmpChannelClosingHandler = ();
	type XcmRecorder = PolkadotXcm;
}

/// Converts a local signed origin into an XCM location (`AccountId32` under Plexus).
pub type LocalOriginToLocation = SignedToAccountId32<RuntimeOrigin, AccountId, RelayNetwork>;

/// Price of delivering a message to the relay chain (in PLX, exponential in congestion).
pub type PriceForParentDelivery = ExponentialPrice<
	super::FeeAssetId,
	super::BaseDeliveryFee,
	TransactionByteFee,
	ParachainSystem,
>;

/// How messages leave Plexus: UMP to the relay chain, XCMP to siblings.
pub type XcmRouter = WithUniqueTopic<(
	cumulus_primitives_utility::ParentAsUmp<ParachainSystem, PolkadotXcm, PriceForParentDelivery>,
	XcmpQueue,
)>;

parameter_types! {
	pub const AliasDepositPerItem: Balance = deposit(1, 0);
	pub const AliasDepositPerByte: Balance = deposit(0, 1);
	pub const AuthorizeAliasHoldReason: RuntimeHoldReason =
		RuntimeHoldReason::PolkadotXcm(pallet_xcm::HoldReason::AuthorizeAlias);
}

impl pallet_xcm::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type SendXcmOrigin = EnsureXcmOrigin<RuntimeOrigin, LocalOriginToLocation>;
	type XcmRouter = XcmRouter;
	type ExecuteXcmOrigin = EnsureXcmOrigin<RuntimeOrigin, LocalOriginToLocation>;
	type XcmExecuteFilter = Everything;
	type XcmExecutor = XcmExecutor<XcmConfig>;
	type XcmTeleportFilter = Nothing;
	type XcmReserveTransferFilter = Everything;
	type Weigher = XcmWeigher;
	type UniversalLocation = UniversalLocation;
	type RuntimeOrigin = RuntimeOrigin;
	type RuntimeCall = RuntimeCall;
	const VERSION_DISCOVERY_QUEUE_SIZE: u32 = 100;
	type AdvertisedXcmVersion = pallet_xcm::CurrentXcmVersion;
	type Currency = Balances;
	type CurrencyMatcher = ();
	type TrustedLockers = ();
	type SovereignAccountOf = LocationToAccountId;
	type MaxLockers = ConstU32<8>;
	type WeightInfo = crate::weights::pallet_xcm::WeightInfo<Runtime>;
	type AdminOrigin = EnsureRoot<AccountId>;
	type MaxRemoteLockConsumers = ConstU32<0>;
	type RemoteLockConsumerIdentifier = ();
	type AuthorizedAliasConsideration = HoldConsideration<
		AccountId,
		Balances,
		AuthorizeAliasHoldReason,
		LinearStoragePrice<AliasDepositPerItem, AliasDepositPerByte, Balance>,
	>;
}

impl cumulus_pallet_xcm::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type XcmExecutor = XcmExecutor<XcmConfig>;
}

/// The hub assets accepted for execution fees, as XCM asset ids (for `XcmPaymentApi`).
pub fn acceptable_fee_assets() -> alloc::vec::Vec<XcmAssetId> {
	alloc::vec![
		XcmAssetId(PlxLocation::get()),
		XcmAssetId(DotLocation::get()),
		XcmAssetId(UsdtLocation::get()),
	]
}

/// What `pallet-strategies` needs of XCM: sending through the router (delivery fees charged to
/// the payer like `pallet-xcm` charges them) and notify queries of `pallet-xcm`.
pub struct StrategiesXcm;
impl pallet_strategies::XcmSupport<AccountId, RuntimeCall, BlockNumber> for StrategiesXcm {
	fn send(
		payer: &AccountId,
		dest: Location,
		message: Xcm<()>,
	) -> Result<XcmHash, sp_runtime::DispatchError> {
		use xcm::latest::{ExecuteXcm, SendXcm};
		let failed = || pallet_strategies::Error::<Runtime>::SendFailed.into();
		let mut dest = Some(dest);
		let mut message = Some(message);
		let (ticket, price) = XcmRouter::validate(&mut dest, &mut message).map_err(|_| failed())?;
		if !price.inner().is_empty() {
			let payer = Location::new(0, [AccountId32 { network: None, id: payer.clone().into() }]);
			XcmExecutor::<XcmConfig>::charge_fees(payer, price).map_err(|_| failed())?;
		}
		XcmRouter::deliver(ticket).map_err(|_| failed())
	}

	fn new_notify_query(responder: Location, notify: RuntimeCall, timeout: BlockNumber) -> u64 {
		PolkadotXcm::new_notify_query(responder, notify, timeout, Here)
	}
}
