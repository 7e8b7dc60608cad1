//! Runtime-level tests of Plexus: genesis presets, XCM and governance, run natively against the
//! real runtime (`plexus_runtime::Runtime`) with the state of a genesis preset.

mod gauges;
mod genesis;
mod governance;
mod intents;
mod safety;
mod vaults;
mod weights;
mod xcm;

use plexus_runtime::{genesis_config_presets::preset_config, AccountId, System};
use polkadot_sdk::{sp_io, sp_keyring::Sr25519Keyring, sp_runtime::BuildStorage};

/// Externalities holding the genesis state of `preset`, at block 1.
pub fn ext_for(preset: &str) -> sp_io::TestExternalities {
	let storage = preset_config(preset)
		.unwrap_or_else(|| panic!("preset {preset} exists"))
		.build_storage()
		.expect("genesis state builds");
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// The account of a dev keyring.
pub fn account(k: Sr25519Keyring) -> AccountId {
	k.to_account_id()
}

/// The events emitted so far, newest last.
pub fn events() -> Vec<plexus_runtime::RuntimeEvent> {
	System::events().into_iter().map(|r| r.event).collect()
}

/// Checks every pallet's invariants: with the `try-runtime` feature (as CI runs these tests),
/// the `try_state` hook of every pallet of the runtime; without it, the Plexus pallets'
/// checks that are compiled in every test build.
pub fn check_invariants() {
	#[cfg(feature = "try-runtime")]
	{
		use polkadot_sdk::frame_support::traits::{TryState, TryStateSelect};
		plexus_runtime::AllPalletsWithSystem::try_state(
			System::block_number(),
			TryStateSelect::All,
		)
		.expect("every pallet's invariants hold");
	}
	pallet_intents::Pallet::<plexus_runtime::Runtime>::do_try_state()
		.expect("the intents' invariants hold");
}
