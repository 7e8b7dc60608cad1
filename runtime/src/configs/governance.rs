//! The machinery under governance: `preimage`, `scheduler` (referenda enact through them), the
//! treasury (spends by `Root` or the `Treasurer` track, [`TreasurySpender`]) and `sudo` (development
//! chains only). The referenda, their tracks and origins are in [`crate::governance`].

use super::*;

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
