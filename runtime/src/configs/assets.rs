//! `pallet-assets`: the hub assets (assets of other chains, owned by the keyless
//! [`HubAssetsOwner`]) and the vaults' share tokens.

use super::*;

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
	/// Id of the keyless account that owns (admin, issuer, freezer) the hub assets in
	/// `pallet-assets`: nobody can sign for it, so only governance manages them.
	pub const HubAssetsPalletId: PalletId = PalletId(*b"plx/hubs");
	/// The owner of every hub asset.
	pub HubAssetsOwner: AccountId = HubAssetsPalletId::get().into_account_truncating();
}
