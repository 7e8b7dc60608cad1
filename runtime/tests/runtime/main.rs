//! Runtime-level tests of Plexus: genesis presets, XCM and governance, run natively against the
//! real runtime (`plexus_runtime::Runtime`) with the state of a genesis preset.

mod gauges;
mod genesis;
mod governance;
mod intents;
mod migrations;
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

/// One USDT on Plexus, planck.
pub const ONE_USDT: u128 = 10u128.pow(plexus_primitives::assets::USDT_DECIMALS as u32);
/// One DOT on Plexus, planck.
pub const ONE_DOT: u128 = 10u128.pow(plexus_primitives::assets::DOT_DECIMALS as u32);

/// The events emitted so far, newest last.
pub fn events() -> Vec<plexus_runtime::RuntimeEvent> {
	System::events().into_iter().map(|r| r.event).collect()
}

/// Builds blocks up to `n`: for each, sets the block number, runs `hooks` (the hooks the test
/// needs, e.g. `Intents::on_initialize`) and checks every pallet's invariants after it.
pub fn run_to_block_with(n: u32, hooks: impl Fn(u32)) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		hooks(next);
		check_invariants();
	}
}

/// The events of `pallet-intents` emitted so far, newest last.
pub fn intent_events() -> Vec<pallet_intents::Event<plexus_runtime::Runtime>> {
	events()
		.into_iter()
		.filter_map(|e| match e {
			plexus_runtime::RuntimeEvent::Intents(e) => Some(e),
			_ => None,
		})
		.collect()
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
