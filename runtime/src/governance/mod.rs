//! Plexus' on-chain governance: OpenGov.
//!
//! Proposals are preimages (`pallet-preimage`) submitted as referenda (`pallet-referenda`) on
//! one of the [`tracks`]; PLX holders vote with conviction (`pallet-conviction-voting`); a
//! referendum that passes is scheduled (`pallet-scheduler`) and dispatched with its track's
//! origin ([`origins`]). `pallet-whitelist` lets a call be whitelisted in advance so it can
//! pass on the fast `whitelisted_caller` track. The treasury (`pallet-treasury`) pays spends
//! approved by `Root` or the `Treasurer` track.
//!
//! The `LiquidityAdmin` origin is the one Plexus' pallets ask for when a coordination
//! parameter changes (hub assets, vault caps and fees, strategies, gauges); the
//! `LiquidityGuardian` origin may only pause a vault (`Vaults.pause`).

pub mod origins;
pub mod tracks;

pub use origins::{
	pallet_custom_origins, LiquidityAdmin, LiquidityGuardian, ReferendumCanceller,
	ReferendumKiller, Spender, Treasurer, WhitelistedCaller,
};
pub use tracks::TracksInfo;

use crate::{
	AccountId, Balance, Balances, BlockNumber, Preimage, Referenda, Runtime, RuntimeCall,
	RuntimeEvent, Scheduler, System, Treasury, DAYS, UNIT,
};
use polkadot_sdk::*;

use frame_support::{
	parameter_types,
	traits::{ConstU32, EitherOf},
};
use frame_system::EnsureRoot;

parameter_types! {
	/// Votes stay locked for 7 days per conviction multiple after the referendum ends.
	pub const VoteLockingPeriod: BlockNumber = 7 * DAYS;
}

impl pallet_conviction_voting::Config for Runtime {
	type WeightInfo = crate::weights::pallet_conviction_voting::WeightInfo<Runtime>;
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type VoteLockingPeriod = VoteLockingPeriod;
	type MaxVotes = ConstU32<512>;
	type MaxTurnout =
		frame_support::traits::tokens::currency::ActiveIssuanceOf<Balances, Self::AccountId>;
	type Polls = Referenda;
	type BlockNumberProvider = System;
	type VotingHooks = ();
}

parameter_types! {
	pub const AlarmInterval: BlockNumber = 1;
	/// Deposit to submit a referendum: 10 PLX.
	pub const SubmissionDeposit: Balance = 10 * UNIT;
	/// A referendum that does not start deciding within 14 days times out.
	pub const UndecidingTimeout: BlockNumber = 14 * DAYS;
}

impl pallet_custom_origins::Config for Runtime {}

impl pallet_whitelist::Config for Runtime {
	type WeightInfo = crate::weights::pallet_whitelist::WeightInfo<Runtime>;
	type RuntimeCall = RuntimeCall;
	type RuntimeEvent = RuntimeEvent;
	type WhitelistOrigin = EnsureRoot<AccountId>;
	type DispatchWhitelistedOrigin = EitherOf<EnsureRoot<AccountId>, WhitelistedCaller>;
	type DeferredDispatchExpiration = ConstU32<{ 28 * DAYS }>;
	type BlockNumberProvider = System;
	type Preimages = Preimage;
}

impl pallet_referenda::Config for Runtime {
	type WeightInfo = crate::weights::pallet_referenda::WeightInfo<Runtime>;
	type RuntimeCall = RuntimeCall;
	type RuntimeEvent = RuntimeEvent;
	type Scheduler = Scheduler;
	type Currency = Balances;
	type SubmitOrigin = frame_system::EnsureSigned<AccountId>;
	type CancelOrigin = EitherOf<EnsureRoot<AccountId>, ReferendumCanceller>;
	type KillOrigin = EitherOf<EnsureRoot<AccountId>, ReferendumKiller>;
	type Slash = Treasury;
	type Votes = pallet_conviction_voting::VotesOf<Runtime>;
	type Tally = pallet_conviction_voting::TallyOf<Runtime>;
	type SubmissionDeposit = SubmissionDeposit;
	type MaxQueued = ConstU32<100>;
	type UndecidingTimeout = UndecidingTimeout;
	type AlarmInterval = AlarmInterval;
	type Tracks = TracksInfo;
	type Preimages = Preimage;
	type BlockNumberProvider = System;
}
