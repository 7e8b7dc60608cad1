//! Matching deposits to vaults: the constraints a vault must meet, the matcher's order.

use super::*;
use crate::{Error, Intents as IntentStore};
use polkadot_sdk::frame_support::assert_noop;

mod submit_intent {
	use super::*;

	#[test]
	fn a_deposit_constraint_nobody_meets_is_refused() {
		new_test_ext().execute_with(|| {
			set_strategies(0, vec![1, 2], 400);
			let with = |c: DepositConstraints<_>| IntentKind::Deposit {
				asset: USDT,
				amount: 1_000,
				constraints: c,
			};
			let base = DepositConstraints {
				kinds: VaultKindFilter::Any,
				max_lockup: 0,
				allowed_strategies: None,
				min_yield_bps: 0,
			};
			let refused = [
				DepositConstraints { kinds: VaultKindFilter::Curated, ..base.clone() },
				DepositConstraints { min_yield_bps: 401, ..base.clone() },
				DepositConstraints {
					allowed_strategies: Some(vec![1].try_into().unwrap()),
					..base.clone()
				},
			];
			for c in refused {
				assert_noop!(
					Intents::submit_intent(RawOrigin::Signed(ALICE).into(), with(c), 20, None),
					Error::<Test>::NoMatchingVault
				);
			}
			let id = submit(
				ALICE,
				with(DepositConstraints {
					allowed_strategies: Some(vec![1, 2].try_into().unwrap()),
					min_yield_bps: 400,
					..base
				}),
			);
			assert_eq!(IntentStore::<Test>::get(id).unwrap().vault, Some(0));
		});
	}
}

mod best_vault {
	use super::*;

	#[test]
	fn the_matcher_picks_the_highest_yield_then_room_then_the_lowest_id() {
		new_test_ext().execute_with(|| {
			create_vault(1, USDT, false, 0, 10_000);
			create_vault(2, USDT, true, 0, 10_000);
			create_vault(3, USDT, false, 500, 10_000);
			set_strategies(1, vec![], 300);
			set_strategies(2, vec![], 300);
			set_strategies(3, vec![], 900);
			// Vault 3 yields most but holds new shares 500 blocks: over Alice's limit.
			let c = |max_lockup| DepositConstraints {
				kinds: VaultKindFilter::Any,
				max_lockup,
				allowed_strategies: None,
				min_yield_bps: 0,
			};
			let kind = |max_lockup| IntentKind::Deposit {
				asset: USDT,
				amount: 1_000,
				constraints: c(max_lockup),
			};
			assert_eq!(
				Intents::best_vault(USDT, 1_000, &c(100)),
				Some(1),
				"tie on yield: lowest id"
			);
			mutate_vault(1, |v| v.cap = v.assets + 10);
			assert_eq!(Intents::best_vault(USDT, 1_000, &c(100)), Some(2), "vault 1 has no room");
			assert_eq!(Intents::best_vault(USDT, 1_000, &c(500)), Some(3));
			mutate_vault(3, |v| v.paused = true);
			let id = submit(ALICE, kind(500));
			assert_eq!(
				IntentStore::<Test>::get(id).unwrap().vault,
				Some(2),
				"paused vaults are skipped"
			);
		});
	}
}
