//! The weight audit: each call, in the worst case built for it here, charges at least the
//! database reads, writes and proof it really uses, counted as a benchmark counts them
//! (`plexus-weight-audit`). A benchmark whose set-up is not the worst case fails here.

use super::*;
use plexus_weight_audit::{
	assert_covers, benchmark_whitelist, charged_by_dispatch, Accessed, Declared,
};
use polkadot_sdk::{
	frame_support::{
		traits::{fungibles::Create, Get, StorageInfoTrait, WhitelistedStorageKeys},
		BoundedVec,
	},
	frame_system,
	sp_io::TestExternalities,
};

/// Audits `call` dispatched by `caller` on the state `scenario` builds.
fn audit(
	name: &str,
	scenario: impl Fn() -> TestExternalities,
	caller: u64,
	call: impl Fn() -> crate::Call<Test>,
) -> (Accessed, Declared) {
	let whitelist = benchmark_whitelist(
		AllPalletsWithSystem::whitelisted_storage_keys(),
		Some(frame_system::Account::<Test>::hashed_key_for(caller)),
	);
	assert_covers(
		name,
		scenario,
		whitelist,
		MockDbWeight::set,
		|| charged_by_dispatch(name, call(), RuntimeOrigin::signed(caller)),
		&AllPalletsWithSystem::storage_info(),
	)
}

/// A world with a held campaign position of Alice in vault 0.
fn held_campaign() -> TestExternalities {
	let mut ext = new_test_ext();
	ext.execute_with(|| {
		create_vault(campaign(0, 1_000_000, 1_000, 100), 1_000);
		assert_ok!(V::deposit(origin(ALICE), 0, usdt(1_000), 0));
	});
	ext
}

#[test]
fn deposit_into_a_held_campaign_position() {
	audit("deposit", held_campaign, ALICE, || crate::Call::deposit {
		vault: 0,
		assets: usdt(100),
		min_shares: 0,
	});
}

#[test]
fn mint_into_a_held_campaign_position() {
	audit("mint", held_campaign, ALICE, || crate::Call::mint {
		vault: 0,
		shares: usdt(100) * 1_000_000,
		max_assets: u128::MAX,
	});
}

#[test]
fn request_redeem_finalized_at_once_with_a_penalty_and_the_open_requests_full() {
	let scenario = || {
		let mut ext = held_campaign();
		ext.execute_with(|| {
			for _ in 1..<Test as crate::Config>::MaxOpenRequests::get() {
				assert_ok!(V::request_redeem(origin(ALICE), 0, shares(0, ALICE) / 100));
			}
		});
		ext
	};
	audit("request_redeem", scenario, ALICE, || crate::Call::request_redeem {
		vault: 0,
		shares: usdt(1),
	});
}

#[test]
fn cancel_request_of_a_queued_request() {
	let scenario = || {
		let mut ext = held_campaign();
		ext.execute_with(|| {
			V::set_min_idle(origin(ADMIN), 0, 0).unwrap();
			allocate(0, total_assets(0));
			for _ in 0..<Test as crate::Config>::MaxOpenRequests::get() {
				assert_ok!(V::request_redeem(origin(ALICE), 0, shares(0, ALICE) / 100));
			}
		});
		ext
	};
	audit("cancel_request", scenario, ALICE, || crate::Call::cancel_request {
		request: u64::from(<<Test as crate::Config>::MaxOpenRequests as Get<u32>>::get()) - 1,
	});
}

#[test]
fn finalize_requests_of_a_full_batch_of_owners() {
	let batch = <Test as crate::Config>::MaxFinalizeBatch::get();
	let scenario = move || {
		let mut ext = new_test_ext();
		ext.execute_with(|| {
			create_governed();
			assert_ok!(V::deposit(origin(BOB), 0, usdt(100_000), 0));
			V::set_min_idle(origin(ADMIN), 0, 0).unwrap();
			allocate(0, total_assets(0));
			for i in 0..batch {
				let who = 1_000 + u64::from(i);
				assert_ok!(<Assets as Mutate<u64>>::mint_into(USDT, &who, usdt(10)));
				assert_ok!(V::deposit(origin(who), 0, usdt(10), 0));
				let idle = <V as VaultLiquidity<_, _, _>>::allocatable(0);
				if idle > 0 {
					allocate(0, idle);
				}
				assert_ok!(V::request_redeem(origin(who), 0, shares(0, who)));
			}
			deallocate(0, vault_info(0).debt);
		});
		ext
	};
	let (accessed, _) = audit("finalize_requests", scenario, CHARLIE, move || {
		crate::Call::finalize_requests { vault: 0, max: batch }
	});
	assert!(accessed.writes > batch, "every request of the batch was finalized");
}

/// `n` finalized requests of Alice, each in a vault of its own asset: every request pays from
/// a different vault account in a different asset.
fn finalized_in_n_vaults(n: u32) -> TestExternalities {
	let mut ext = new_test_ext();
	ext.execute_with(|| {
		for i in 0..n {
			let asset = 2_000 + i;
			assert_ok!(<Assets as Create<u64>>::create(asset, ADMIN, true, 1));
			assert_ok!(<Assets as Mutate<u64>>::mint_into(asset, &ALICE, usdt(1_000)));
			let vault = NextVaultId::<Test>::get();
			assert_ok!(V::create_vault(
				origin(ADMIN),
				asset,
				VaultKind::Governed,
				u128::MAX,
				1_000,
				0,
				1,
				b"v".to_vec().try_into().unwrap(),
				b"v".to_vec().try_into().unwrap(),
			));
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(1_000), 0));
			assert_ok!(V::request_redeem(origin(ALICE), vault, shares(vault, ALICE) / 2));
		}
	});
	ext
}

#[test]
fn claim_of_requests_in_as_many_vaults_and_assets() {
	let n = <Test as crate::Config>::MaxOpenRequests::get();
	let (accessed, _) = audit(
		"claim",
		|| finalized_in_n_vaults(n),
		ALICE,
		|| {
			let requests: BoundedVec<_, _> =
				(0..u64::from(n)).collect::<Vec<_>>().try_into().unwrap();
			crate::Call::claim { requests }
		},
	);
	assert!(accessed.writes >= 3 * n, "each claim wrote its request, vault and asset account");
}

#[test]
fn fund_partner_reward_of_a_campaign() {
	let scenario = || {
		let mut ext = new_test_ext();
		ext.execute_with(|| {
			create_vault(campaign(0, 1_000_000, 1_000, 100), 0);
		});
		ext
	};
	audit("fund_partner_reward", scenario, PARTNER, || crate::Call::fund_partner_reward {
		vault: 0,
		index: 0,
	});
}

#[test]
fn governance_setters() {
	let scenario = || {
		let mut ext = held_campaign();
		ext.execute_with(|| {
			assert_ok!(V::request_redeem(origin(ALICE), 0, shares(0, ALICE) / 100));
		});
		ext
	};
	audit("set_deposit_cap", scenario, ADMIN, || crate::Call::set_deposit_cap { vault: 0, cap: 7 });
	audit("set_fees", scenario, ADMIN, || crate::Call::set_fees {
		vault: 0,
		performance_fee_bps: 2_000,
	});
	audit("set_min_idle", scenario, ADMIN, || crate::Call::set_min_idle {
		vault: 0,
		min_idle_bps: 500,
	});
	audit("pause", scenario, GUARDIAN, || crate::Call::pause { vault: 0 });
	audit("retire", scenario, ADMIN, || crate::Call::retire { vault: 0 });
	let paused = || {
		let mut ext = scenario();
		ext.execute_with(|| {
			assert_ok!(V::pause(origin(GUARDIAN), 0));
		});
		ext
	};
	audit("unpause", paused, ADMIN, || crate::Call::unpause { vault: 0 });
	audit("create_vault", new_test_ext, ADMIN, || crate::Call::create_vault {
		asset: USDT,
		kind: campaign(0, 1_000_000, 1_000, 100),
		deposit_cap: u128::MAX,
		min_idle_bps: 1_000,
		performance_fee_bps: 1_000,
		min_request: 1,
		share_name: vec![b'n'; 32].try_into().unwrap(),
		share_symbol: vec![b'n'; 32].try_into().unwrap(),
	});
}
