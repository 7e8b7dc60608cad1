//! Tests of the vaults pallet: every call with its success and error paths, profit unlocking,
//! campaigns, the liquidity interface, the inflation and sandwich attacks, and property tests
//! over random sequences of operations.

mod math;

use crate::{mock::*, pallet::*, types::*, Error, Event};
use plexus_primitives::VaultLiquidity;
use polkadot_sdk::{
	frame_support::{
		assert_noop, assert_ok,
		traits::{
			fungibles::{Inspect, Mutate},
			tokens::Preservation,
		},
		weights::Weight,
	},
	sp_runtime::{BoundedVec, DispatchError},
};

type V = crate::Pallet<Test>;

/// What the first payment into a vault account adds as its floor: USDT's minimum balance.
const FLOOR: u128 = 1;

fn origin(who: u64) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

fn vault_info(vault: VaultId) -> VaultInfoOf<Test> {
	crate::pallet::Vaults::<Test>::get(vault).expect("vault exists")
}

fn total_assets(vault: VaultId) -> u128 {
	vault_info(vault).total_assets(System::block_number())
}

/// Share supply `S`: issuance plus escrow.
fn supply(vault: VaultId) -> u128 {
	<Assets as Inspect<u64>>::total_issuance(share_of(vault)) + vault_info(vault).escrowed_shares
}

/// Price per share as `(A + 1, S + 10^6)`; compare with [`price_le`].
fn price(vault: VaultId) -> (u128, u128) {
	(total_assets(vault) + 1, supply(vault) + 1_000_000)
}

/// `p <= q` for prices `(assets, shares)`.
fn price_le(p: (u128, u128), q: (u128, u128)) -> bool {
	use polkadot_sdk::sp_core::U256;
	U256::from(p.0) * U256::from(q.1) <= U256::from(q.0) * U256::from(p.1)
}

fn check_invariants() {
	V::do_try_state().expect("invariants hold");
}

fn last_request() -> RequestId {
	NextRequestId::<Test>::get() - 1
}

fn claim(who: u64, ids: &[RequestId]) -> polkadot_sdk::sp_runtime::DispatchResult {
	V::claim(origin(who), BoundedVec::try_from(ids.to_vec()).unwrap())
}

/// Moves `amount` of the vault's idle into a strategy (as `pallet-strategies` does): the
/// tokens leave the vault account and the amount becomes debt.
fn allocate(vault: VaultId, amount: u128) {
	assert_ok!(<V as VaultLiquidity<_, _, _>>::begin_allocation(vault, amount));
	assert_ok!(<Assets as Mutate<u64>>::transfer(
		USDT,
		&V::vault_account(vault),
		&CURATOR,
		amount,
		Preservation::Expendable
	));
	assert_ok!(<V as VaultLiquidity<_, _, _>>::complete_allocation(vault, amount));
}

/// Brings `amount` back from the strategy into the vault account.
fn deallocate(vault: VaultId, amount: u128) {
	assert_ok!(<V as VaultLiquidity<_, _, _>>::begin_deallocation(vault, amount));
	assert_ok!(<Assets as Mutate<u64>>::transfer(
		USDT,
		&CURATOR,
		&V::vault_account(vault),
		amount,
		Preservation::Expendable
	));
	assert_ok!(<V as VaultLiquidity<_, _, _>>::complete_deallocation(vault, amount));
}

fn campaign(start: u64, end: u64, min_hold: u64, penalty_bps: u16) -> VaultKindOf<Test> {
	VaultKind::Curated {
		curator: CURATOR,
		terms: CampaignTerms {
			start,
			end,
			min_hold,
			early_exit_penalty_bps: penalty_bps,
			partner_rewards: vec![PartnerReward {
				partner: PARTNER,
				amount: usdt(1_000),
				funded: false,
			}]
			.try_into()
			.unwrap(),
		},
	}
}

mod create_vault {
	use super::*;

	#[test]
	fn creates_the_vault_and_its_share_token_owned_by_the_vault_account() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_eq!(vault, 0);
			let info = vault_info(vault);
			assert_eq!(info.asset, USDT);
			assert_eq!(info.share_asset, FIRST_SHARE_ASSET);
			assert_eq!(info.status, VaultStatus::Active);
			let details =
				polkadot_sdk::pallet_assets::Asset::<Test>::get(FIRST_SHARE_ASSET).unwrap();
			assert_eq!(details.owner, V::vault_account(vault));
			assert_eq!(details.issuer, V::vault_account(vault));
			use polkadot_sdk::frame_support::traits::fungibles::metadata::Inspect as M;
			assert_eq!(<Assets as M<u64>>::decimals(FIRST_SHARE_ASSET), 12, "6 + δ");
			assert_eq!(<Assets as M<u64>>::symbol(FIRST_SHARE_ASSET), b"pUSDT".to_vec());
			assert!(matches!(vault_events().last(), Some(Event::VaultCreated { vault: 0, .. })));
			assert_eq!(create_governed(), 1, "ids count up");
			check_invariants();
		});
	}

	#[test]
	fn needs_the_admin_origin() {
		new_test_ext().execute_with(|| {
			assert_noop!(
				V::create_vault(
					origin(ALICE),
					USDT,
					VaultKind::Governed,
					u128::MAX,
					0,
					0,
					1,
					b"x".to_vec().try_into().unwrap(),
					b"x".to_vec().try_into().unwrap(),
				),
				DispatchError::BadOrigin
			);
		});
	}

	fn create(
		asset: u32,
		kind: VaultKindOf<Test>,
		min_idle: u16,
		fee: u16,
		name: &[u8],
	) -> polkadot_sdk::sp_runtime::DispatchResult {
		V::create_vault(
			origin(ADMIN),
			asset,
			kind,
			u128::MAX,
			min_idle,
			fee,
			1,
			name.to_vec().try_into().unwrap(),
			b"S".to_vec().try_into().unwrap(),
		)
	}

	#[test]
	fn refuses_bad_parameters() {
		new_test_ext().execute_with(|| {
			assert_noop!(create(42, VaultKind::Governed, 0, 0, b"n"), Error::<Test>::UnknownAsset);
			assert_noop!(
				create(USDT, VaultKind::Governed, 10_001, 0, b"n"),
				Error::<Test>::InvalidBps
			);
			assert_noop!(
				create(USDT, VaultKind::Governed, 0, 10_001, b"n"),
				Error::<Test>::InvalidBps
			);
			assert_noop!(create(USDT, VaultKind::Governed, 0, 0, b""), Error::<Test>::BadMetadata);
			assert_noop!(
				create(USDT, campaign(10, 10, 0, 0), 0, 0, b"n"),
				Error::<Test>::InvalidCampaign
			);
			assert_noop!(
				create(USDT, campaign(1, 10, 0, 10_001), 0, 0, b"n"),
				Error::<Test>::InvalidBps
			);
		});
	}

	#[test]
	fn refuses_a_taken_share_asset_id() {
		new_test_ext().execute_with(|| {
			use polkadot_sdk::frame_support::traits::fungibles::Create;
			assert_ok!(<Assets as Create<u64>>::create(FIRST_SHARE_ASSET, EVE, false, 1));
			assert_noop!(
				create(USDT, VaultKind::Governed, 0, 0, b"n"),
				Error::<Test>::ShareAssetIdTaken
			);
		});
	}

	#[test]
	fn partner_rewards_start_unfunded_whatever_the_proposal_says() {
		new_test_ext().execute_with(|| {
			let mut kind = campaign(1, 50, 0, 0);
			if let VaultKind::Curated { terms, .. } = &mut kind {
				terms.partner_rewards[0].funded = true;
			}
			let vault = create_vault(kind, 0);
			let VaultKind::Curated { terms, .. } = vault_info(vault).kind else { panic!() };
			assert!(!terms.partner_rewards[0].funded);
		});
	}
}

mod deposit_and_mint {
	use super::*;

	/// Found by the runtime fuzzer: `pallet-assets` ends an account that an `Expendable`
	/// transfer leaves below the minimum balance and destroys the rest without reducing the
	/// supply. A deposit of part of a balance must leave at least the minimum.
	#[test]
	fn a_deposit_never_leaves_less_than_the_minimum_balance_behind() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			polkadot_sdk::pallet_assets::Asset::<Test>::mutate(USDT, |d| {
				d.as_mut().unwrap().min_balance = 1_000
			});
			let all = balance(USDT, ALICE);
			assert_noop!(
				V::deposit(origin(ALICE), vault, all - 500, 0),
				Error::<Test>::RemainderBelowMinimum
			);
			assert_ok!(V::deposit(origin(ALICE), vault, all - 1_000, 0));
			assert_eq!(balance(USDT, ALICE), 1_000, "the minimum stays");
			// The whole balance may go: the account ends with nothing destroyed.
			assert_ok!(V::deposit(origin(ALICE), vault, 1_000, 0));
			assert_eq!(balance(USDT, ALICE), 0);
			let held: u128 = polkadot_sdk::pallet_assets::Account::<Test>::iter_prefix(USDT)
				.map(|(_, a)| a.balance)
				.sum();
			assert_eq!(held, <Assets as Inspect<u64>>::total_issuance(USDT));
			check_invariants();
		});
	}

	#[test]
	fn the_first_deposit_mints_ten_to_the_delta_shares_per_planck() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(100), 0));
			// The vault account's floor (one minimum balance) came out of the first deposit.
			assert_eq!(shares(vault, ALICE), (usdt(100) - FLOOR) * 1_000_000);
			assert_eq!(balance(USDT, ALICE), usdt(1_000_000 - 100));
			assert_eq!(balance(USDT, V::vault_account(vault)), usdt(100));
			assert_eq!(vault_info(vault).idle, usdt(100) - FLOOR, "the floor is not idle");
			assert_eq!(
				vault_events().last(),
				Some(&Event::Deposited {
					vault,
					who: ALICE,
					assets: usdt(100),
					shares: (usdt(100) - FLOOR) * 1_000_000
				})
			);
			check_invariants();
		});
	}

	#[test]
	fn later_deposits_get_shares_at_the_current_price() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(100), 0));
			assert_ok!(<V as VaultLiquidity<_, _, _>>::report_gain(vault, usdt(100)));
			run_to_block(1 + UNLOCK_PERIOD);
			// The price doubled: Bob gets about half as many shares per USDT as Alice.
			assert_ok!(V::deposit(origin(BOB), vault, usdt(100), 0));
			let ratio = shares(vault, ALICE) as f64 / shares(vault, BOB) as f64;
			assert!((ratio - 2.0).abs() < 1e-6, "{ratio}");
			check_invariants();
		});
	}

	#[test]
	fn mint_charges_the_rounded_up_cost() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(100), 0));
			assert_ok!(<V as VaultLiquidity<_, _, _>>::report_gain(vault, 7));
			run_to_block(1 + UNLOCK_PERIOD);
			let before = balance(USDT, BOB);
			assert_ok!(V::mint(origin(BOB), vault, 3_333_333, u128::MAX));
			assert_eq!(shares(vault, BOB), 3_333_333);
			let paid = before - balance(USDT, BOB);
			// Exact cost 3 333 333 · (100 000 008) / (100 000 000 · 10^6 + 10^6) ≈ 3.33; rounded up.
			assert_eq!(paid, 4);
			check_invariants();
		});
	}

	#[test]
	fn error_paths_change_nothing() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_noop!(V::deposit(origin(ALICE), vault, 0, 0), Error::<Test>::ZeroAmount);
			assert_noop!(V::mint(origin(ALICE), vault, 0, u128::MAX), Error::<Test>::ZeroAmount);
			assert_noop!(V::deposit(origin(ALICE), 9, 10, 0), Error::<Test>::UnknownVault);
			assert_noop!(V::mint(origin(ALICE), 9, 10, 10), Error::<Test>::UnknownVault);
			assert_noop!(
				V::deposit(origin(ALICE), vault, 10, 10 * 1_000_000 + 1),
				Error::<Test>::SlippageExceeded
			);
			assert_noop!(
				V::mint(origin(ALICE), vault, 10 * 1_000_000, 9),
				Error::<Test>::SlippageExceeded
			);
			assert_noop!(
				V::deposit(origin(ALICE), vault, usdt(2_000_000), 0),
				Error::<Test>::InsufficientBalance
			);
			assert_noop!(
				V::deposit(origin(ALICE), vault, u128::MAX, 0),
				Error::<Test>::InsufficientBalance
			);
			check_invariants();
		});
	}

	#[test]
	fn the_deposit_cap_bounds_total_assets() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_ok!(V::set_deposit_cap(origin(ADMIN), vault, usdt(150)));
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(100), 0));
			assert_noop!(V::deposit(origin(BOB), vault, usdt(51), 0), Error::<Test>::CapExceeded);
			assert_noop!(
				V::mint(origin(BOB), vault, usdt(51) * 1_000_000, u128::MAX),
				Error::<Test>::CapExceeded
			);
			assert_ok!(V::deposit(origin(BOB), vault, usdt(50), 0));
		});
	}

	#[test]
	fn a_paused_or_retired_vault_takes_no_deposits() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_ok!(V::pause(origin(GUARDIAN), vault));
			assert_noop!(V::deposit(origin(ALICE), vault, 10, 0), Error::<Test>::VaultPaused);
			assert_noop!(V::mint(origin(ALICE), vault, 10, 10), Error::<Test>::VaultPaused);
			assert_ok!(V::unpause(origin(ADMIN), vault));
			assert_ok!(V::retire(origin(ADMIN), vault));
			assert_noop!(V::deposit(origin(ALICE), vault, 10, 0), Error::<Test>::VaultRetired);
		});
	}

	#[test]
	fn a_donation_to_the_vault_account_does_not_move_the_price() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(100), 0));
			let before = price(vault);
			assert_ok!(<Assets as Mutate<u64>>::transfer(
				USDT,
				&EVE,
				&V::vault_account(vault),
				usdt(1_000),
				Preservation::Expendable
			));
			assert_eq!(price(vault), before);
			check_invariants();
		});
	}
}

mod inflation_attack {
	use super::*;

	/// The first-depositor attack: Eve deposits 1 planck and donates a large amount to the
	/// vault account, hoping Alice's deposit rounds to zero shares and her assets accrue to
	/// Eve's share. Internal accounting ignores the donation, and the virtual offset would make
	/// the attack cost ~10^6 times its gain anyway.
	#[test]
	fn a_victim_still_gets_fair_shares_and_the_attacker_loses_its_donation() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			let eve_start = balance(USDT, EVE);
			assert_ok!(V::deposit(origin(EVE), vault, 1 + FLOOR, 0));
			let donation = usdt(100_000);
			assert_ok!(<Assets as Mutate<u64>>::transfer(
				USDT,
				&EVE,
				&V::vault_account(vault),
				donation,
				Preservation::Expendable
			));

			let victim = usdt(10_000);
			assert_ok!(V::deposit(origin(ALICE), vault, victim, 1));
			assert!(shares(vault, ALICE) > 0, "the victim's deposit mints shares");

			// Both redeem everything.
			assert_ok!(V::request_redeem(origin(ALICE), vault, shares(vault, ALICE)));
			assert_ok!(claim(ALICE, &[last_request()]));
			assert_ok!(V::request_redeem(origin(EVE), vault, shares(vault, EVE)));
			assert_ok!(claim(EVE, &[last_request()]));

			let alice_loss = usdt(1_000_000) - balance(USDT, ALICE);
			assert!(alice_loss <= 1, "the victim loses at most a planck of rounding: {alice_loss}");
			let eve_loss = eve_start - balance(USDT, EVE);
			assert!(eve_loss >= donation, "the attacker loses its donation: {eve_loss}");
			assert!(eve_loss > alice_loss);
			check_invariants();
		});
	}

	/// Even if the donation went through the vault's accounting (a gain the attacker
	/// engineers), the virtual offset keeps the victim's shares above zero and the attacker's
	/// cost above its gain.
	#[test]
	fn with_an_accounted_donation_the_attack_still_loses_money() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_ok!(V::deposit(origin(EVE), vault, 1 + FLOOR, 0));
			let donation = usdt(10_000);
			assert_ok!(<V as VaultLiquidity<_, _, _>>::report_gain(vault, donation));
			run_to_block(1 + UNLOCK_PERIOD);
			let victim = usdt(10_000);
			assert_ok!(V::deposit(origin(ALICE), vault, victim, 1));
			let alice_value =
				crate::Pallet::<Test>::api_preview_redeem(vault, shares(vault, ALICE)).unwrap();
			let eve_value =
				crate::Pallet::<Test>::api_preview_redeem(vault, shares(vault, EVE)).unwrap();
			// Half of what Eve put in went to the virtual shares; Alice lost at most the value
			// of one share to rounding.
			let eve_loss = (1 + donation).saturating_sub(eve_value);
			let stolen = victim - alice_value;
			assert!(eve_loss > donation * 49 / 100, "{eve_loss}");
			assert!(stolen <= eve_loss / 1_000_000, "{stolen} vs {eve_loss}");
		});
	}
}

mod redemption {
	use super::*;

	#[test]
	fn a_request_covered_by_idle_is_finalized_at_once_and_claimed() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(100), 0));
			let s = shares(vault, ALICE);
			assert_ok!(V::request_redeem(origin(ALICE), vault, s / 2));
			let request = last_request();
			assert_eq!(shares(vault, ALICE), s - s / 2);
			let req = Requests::<Test>::get(request).unwrap();
			assert_eq!(req.state, RequestState::Finalized { assets: (usdt(100) - FLOOR) / 2 });
			assert_eq!(supply(vault), s - s / 2, "the shares left the supply");
			assert_eq!(vault_info(vault).escrowed_shares, 0);
			assert_eq!(vault_info(vault).claimable, (usdt(100) - FLOOR) / 2);
			check_invariants();

			let before = balance(USDT, ALICE);
			assert_ok!(claim(ALICE, &[request]));
			assert_eq!(balance(USDT, ALICE), before + (usdt(100) - FLOOR) / 2);
			assert_eq!(vault_info(vault).claimable, 0);
			assert!(Requests::<Test>::get(request).is_none());
			assert!(RequestsOf::<Test>::get(ALICE).is_empty());
			check_invariants();
		});
	}

	#[test]
	fn requests_wait_for_liquidity_and_are_finalized_first_in_first_out() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(100), 0));
			assert_ok!(V::deposit(origin(BOB), vault, usdt(100), 0));
			allocate(vault, usdt(180));
			assert_ok!(V::request_redeem(origin(ALICE), vault, shares(vault, ALICE)));
			let a = last_request();
			assert_ok!(V::request_redeem(origin(BOB), vault, shares(vault, BOB) / 10));
			let b = last_request();
			assert!(matches!(
				Requests::<Test>::get(a).unwrap().state,
				RequestState::Pending { .. }
			));
			assert_noop!(claim(ALICE, &[a]), Error::<Test>::NotFinalized);
			// Bob's small request fits in idle, but Alice is first: nothing moves.
			assert_ok!(V::finalize_requests(origin(CHARLIE), vault, 10));
			assert!(matches!(
				Requests::<Test>::get(b).unwrap().state,
				RequestState::Pending { .. }
			));
			check_invariants();

			deallocate(vault, usdt(180));
			assert_ok!(V::finalize_requests(origin(CHARLIE), vault, 10));
			assert_eq!(
				Requests::<Test>::get(a).unwrap().state,
				RequestState::Finalized { assets: usdt(100) - FLOOR }
			);
			assert_eq!(
				Requests::<Test>::get(b).unwrap().state,
				RequestState::Finalized { assets: usdt(10) }
			);
			check_invariants();
		});
	}

	#[test]
	fn a_loss_while_waiting_is_shared_and_a_gain_while_waiting_stays_in_the_vault() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(100), 0));
			assert_ok!(V::deposit(origin(BOB), vault, usdt(100), 0));
			allocate(vault, usdt(180));
			assert_ok!(V::request_redeem(origin(ALICE), vault, shares(vault, ALICE)));
			let loss_request = last_request();
			// A 10% loss while Alice waits: she gets the lower value.
			assert_ok!(<V as VaultLiquidity<_, _, _>>::report_loss(vault, usdt(20)));
			deallocate(vault, usdt(160));
			assert_ok!(V::finalize_requests(origin(CHARLIE), vault, 10));
			let RequestState::Finalized { assets } =
				Requests::<Test>::get(loss_request).unwrap().state
			else {
				panic!()
			};
			assert!(assets < usdt(100) && assets >= usdt(90) - 1, "{assets}");

			// Bob requests, then a gain arrives before finalization: he gets the value at the
			// request; the gain stays with the vault (Charlie).
			assert_ok!(V::deposit(origin(CHARLIE), vault, usdt(10), 0));
			allocate(vault, <V as VaultLiquidity<_, _, _>>::allocatable(vault));
			let idle = vault_info(vault).idle;
			let bob_value =
				crate::Pallet::<Test>::api_preview_redeem(vault, shares(vault, BOB)).unwrap();
			assert!(bob_value > idle, "Bob's request has to wait");
			assert_ok!(V::request_redeem(origin(BOB), vault, shares(vault, BOB)));
			let gain_request = last_request();
			assert_ok!(<V as VaultLiquidity<_, _, _>>::report_gain(vault, usdt(50)));
			// The strategy earned it.
			assert_ok!(<Assets as Mutate<u64>>::mint_into(USDT, &CURATOR, usdt(50)));
			run_to_block(1 + UNLOCK_PERIOD);
			deallocate(vault, vault_info(vault).debt);
			assert_ok!(V::finalize_requests(origin(CHARLIE), vault, 10));
			let RequestState::Finalized { assets } =
				Requests::<Test>::get(gain_request).unwrap().state
			else {
				panic!()
			};
			assert!(assets <= bob_value, "{assets} > {bob_value}");
			assert!(total_assets(vault) > usdt(10), "Charlie keeps the gain");
			check_invariants();
		});
	}

	/// #19 item 13: a redeem intent's queued remainder was finalized at whatever the shares
	/// were worth then, below the intent's `min_assets`. Now a request with a limit that is
	/// worth less at finalization is returned to its owner whole, and the queue moves on.
	#[test]
	fn a_request_worth_less_than_its_limit_at_finalization_is_returned_not_paid() {
		use plexus_primitives::VaultIntents;
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(100), 0));
			assert_ok!(V::deposit(origin(BOB), vault, usdt(100), 0));
			allocate(vault, usdt(180));
			let s = shares(vault, ALICE);
			assert_noop!(
				<V as VaultIntents<_, _>>::request_redeem(&ALICE, vault, s, usdt(101)),
				Error::<Test>::SlippageExceeded
			);
			let limited = <V as VaultIntents<_, _>>::request_redeem(&ALICE, vault, s, usdt(99))
				.expect("worth 100 now");
			let plain =
				<V as VaultIntents<_, _>>::request_redeem(&BOB, vault, shares(vault, BOB), 0)
					.expect("no limit");
			// A 10% loss while they wait: Alice's request is now worth 90 < 99.
			assert_ok!(<V as VaultLiquidity<_, _, _>>::report_loss(vault, usdt(20)));
			deallocate(vault, usdt(160));
			assert_ok!(V::finalize_requests(origin(CHARLIE), vault, 10));
			assert!(Requests::<Test>::get(limited).is_none(), "returned");
			assert_eq!(shares(vault, ALICE), s, "Alice has her shares back");
			assert!(System::events().iter().any(|r| matches!(
				r.event,
				RuntimeEvent::Vaults(Event::RequestReturned { request, min_assets, .. })
					if request == limited && min_assets == usdt(99)
			)));
			assert!(matches!(
				Requests::<Test>::get(plain).unwrap().state,
				RequestState::Finalized { .. }
			));
			assert_eq!(vault_info(vault).pending_requests, 0);
			check_invariants();
		});
	}

	/// #19 item 13: the vault account paid claims and allocations with `Expendable`; the
	/// payment that left less than the asset's minimum balance in it reaped the account and
	/// moved the dust owed to others to the payee. Now the first deposit adds a floor of one
	/// minimum balance (never counted as the vault's assets) and payments out keep it.
	#[test]
	fn the_vault_account_keeps_a_floor_so_paying_out_never_moves_others_dust() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			let account = V::vault_account(vault);
			let min = <Assets as Inspect<u64>>::minimum_balance(USDT);
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(100), 0));
			assert_eq!(total_assets(vault), usdt(100) - min, "the floor came out of it");
			assert_eq!(balance(USDT, account), usdt(100));
			let before = balance(USDT, BOB);
			assert_ok!(V::deposit(origin(BOB), vault, usdt(100), 0));
			assert_eq!(before - balance(USDT, BOB), usdt(100), "no second floor");
			assert_eq!(total_assets(vault), usdt(200) - min);
			// Everyone leaves: the account keeps exactly its floor.
			assert_ok!(V::request_redeem(origin(ALICE), vault, shares(vault, ALICE)));
			assert_ok!(claim(ALICE, &[last_request()]));
			assert_ok!(V::request_redeem(origin(BOB), vault, shares(vault, BOB)));
			assert_ok!(claim(BOB, &[last_request()]));
			assert!(balance(USDT, ALICE) + balance(USDT, BOB) + min + 2 >= usdt(2_000_000));
			assert_eq!(balance(USDT, account), min + vault_info(vault).idle);
			check_invariants();
		});
	}

	#[test]
	fn cancel_returns_the_shares_of_a_pending_request() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(100), 0));
			allocate(vault, usdt(90));
			let s = shares(vault, ALICE);
			assert_ok!(V::request_redeem(origin(ALICE), vault, s));
			let request = last_request();
			assert_eq!(shares(vault, ALICE), 0);
			assert_noop!(V::cancel_request(origin(BOB), request), Error::<Test>::NotRequestOwner);
			assert_ok!(V::cancel_request(origin(ALICE), request));
			assert_eq!(shares(vault, ALICE), s);
			assert!(Requests::<Test>::get(request).is_none());
			assert_eq!(vault_info(vault).pending_requests, 0);
			assert_noop!(V::cancel_request(origin(ALICE), request), Error::<Test>::UnknownRequest);
			check_invariants();
		});
	}

	#[test]
	fn a_finalized_request_cannot_be_cancelled() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(100), 0));
			assert_ok!(V::request_redeem(origin(ALICE), vault, shares(vault, ALICE)));
			assert_noop!(
				V::cancel_request(origin(ALICE), last_request()),
				Error::<Test>::AlreadyFinalized
			);
		});
	}

	#[test]
	fn only_the_owner_claims_and_only_once() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(100), 0));
			assert_ok!(V::request_redeem(origin(ALICE), vault, shares(vault, ALICE)));
			let request = last_request();
			assert_noop!(claim(BOB, &[request]), Error::<Test>::NotRequestOwner);
			assert_noop!(claim(ALICE, &[request, request]), Error::<Test>::UnknownRequest);
			assert_ok!(claim(ALICE, &[request]));
			assert_noop!(claim(ALICE, &[request]), Error::<Test>::UnknownRequest);
			assert_noop!(claim(ALICE, &[999]), Error::<Test>::UnknownRequest);
			check_invariants();
		});
	}

	#[test]
	fn request_error_paths_change_nothing() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(100), 0));
			let s = shares(vault, ALICE);
			assert_noop!(V::request_redeem(origin(ALICE), vault, 0), Error::<Test>::ZeroAmount);
			assert_noop!(V::request_redeem(origin(ALICE), 7, s), Error::<Test>::UnknownVault);
			assert_noop!(
				V::request_redeem(origin(ALICE), vault, s + 1),
				Error::<Test>::InsufficientShares
			);
			assert_noop!(
				V::request_redeem(origin(BOB), vault, 1),
				Error::<Test>::InsufficientShares
			);
			// 10^5 share planck is worth 0.1 planck: nothing to pay.
			assert_noop!(
				V::request_redeem(origin(ALICE), vault, 100_000),
				Error::<Test>::ZeroShares
			);
			assert_ok!(V::pause(origin(ADMIN), vault));
			assert_noop!(V::request_redeem(origin(ALICE), vault, s), Error::<Test>::VaultPaused);
			check_invariants();
		});
	}

	#[test]
	fn requests_below_the_minimum_are_refused() {
		new_test_ext().execute_with(|| {
			let vault = V::do_create_vault(
				USDT,
				VaultKind::Governed,
				u128::MAX,
				0,
				0,
				usdt(1),
				b"v".to_vec(),
				b"v".to_vec(),
			)
			.unwrap();
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(100), 0));
			let half_usdt_of_shares = usdt(1) * 1_000_000 / 2;
			assert_noop!(
				V::request_redeem(origin(ALICE), vault, half_usdt_of_shares),
				Error::<Test>::RequestTooSmall
			);
		});
	}

	#[test]
	fn an_account_has_a_bounded_number_of_open_requests() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(100), 0));
			allocate(vault, usdt(90));
			let unit = shares(vault, ALICE) / 10;
			for _ in 0..4 {
				assert_ok!(V::request_redeem(origin(ALICE), vault, unit));
			}
			assert_noop!(
				V::request_redeem(origin(ALICE), vault, unit),
				Error::<Test>::TooManyRequests
			);
			// Others are not blocked by Alice's requests.
			assert_ok!(V::deposit(origin(BOB), vault, usdt(10), 0));
			assert_ok!(V::request_redeem(origin(BOB), vault, shares(vault, BOB)));
			check_invariants();
		});
	}

	#[test]
	fn finalization_is_bounded_by_the_batch() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			for who in [ALICE, BOB, CHARLIE] {
				assert_ok!(V::deposit(origin(who), vault, usdt(100), 0));
			}
			allocate(vault, usdt(270));
			for who in [ALICE, BOB, CHARLIE] {
				assert_ok!(V::request_redeem(origin(who), vault, shares(vault, who)));
			}
			deallocate(vault, usdt(270));
			assert_ok!(V::finalize_requests(origin(EVE), vault, 2));
			assert_eq!(vault_info(vault).pending_requests, 1);
			assert_ok!(V::finalize_requests(origin(EVE), vault, 2));
			assert_eq!(vault_info(vault).pending_requests, 0);
			check_invariants();
		});
	}

	#[test]
	fn a_paused_vault_finalizes_nothing_but_lets_finalized_requests_be_claimed() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(100), 0));
			assert_ok!(V::request_redeem(origin(ALICE), vault, shares(vault, ALICE) / 2));
			let finalized = last_request();
			allocate(vault, usdt(45));
			assert_ok!(V::request_redeem(origin(ALICE), vault, shares(vault, ALICE)));
			let pending = last_request();
			assert_ok!(V::pause(origin(GUARDIAN), vault));
			assert_noop!(V::finalize_requests(origin(BOB), vault, 5), Error::<Test>::VaultPaused);
			assert_ok!(claim(ALICE, &[finalized]));
			assert_ok!(V::cancel_request(origin(ALICE), pending));
			check_invariants();
		});
	}

	#[test]
	fn while_the_price_is_in_doubt_requests_wait_and_deposits_are_refused() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(100), 0));
			set_price_in_doubt(vault, true);
			assert_noop!(
				V::deposit(origin(BOB), vault, usdt(10), 0),
				Error::<Test>::StaleStrategyReport
			);
			// Idle covers the request, but nobody is paid at a price about to be corrected.
			assert_ok!(V::request_redeem(origin(ALICE), vault, shares(vault, ALICE) / 2));
			let request = last_request();
			assert!(matches!(
				Requests::<Test>::get(request).unwrap().state,
				RequestState::Pending { .. }
			));
			assert_noop!(
				V::finalize_requests(origin(BOB), vault, 5),
				Error::<Test>::StaleStrategyReport
			);
			on_idle(Weight::MAX);
			assert_eq!(vault_info(vault).pending_requests, 1);
			check_invariants();
			// The strategy reports (or governance settles it): exits go on.
			set_price_in_doubt(vault, false);
			on_idle(Weight::MAX);
			assert_eq!(vault_info(vault).pending_requests, 0);
			assert_ok!(claim(ALICE, &[request]));
			check_invariants();
		});
	}

	#[test]
	fn on_idle_keeps_no_partial_writes_of_a_vault_whose_finalization_fails() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(100), 0));
			assert_ok!(V::deposit(origin(BOB), vault, usdt(100), 0));
			let out = <V as VaultLiquidity<_, _, _>>::allocatable(vault);
			allocate(vault, out);
			assert_ok!(V::request_redeem(origin(ALICE), vault, shares(vault, ALICE)));
			let first = last_request();
			assert_ok!(V::request_redeem(origin(BOB), vault, shares(vault, BOB)));
			deallocate(vault, out);
			// The first request finalizes, then adding the second to `claimable` overflows.
			let first_assets = Requests::<Test>::get(first).unwrap().assets_at_request;
			crate::pallet::Vaults::<Test>::mutate(vault, |info| {
				info.as_mut().unwrap().claimable = u128::MAX - first_assets - 1
			});
			let before = vault_info(vault);
			on_idle(Weight::MAX);
			assert!(
				matches!(Requests::<Test>::get(first).unwrap().state, RequestState::Pending { .. }),
				"the first request's finalization was rolled back with the vault's"
			);
			assert_eq!(vault_info(vault), before);
			assert!(RedeemQueue::<Test>::get(vault, before.queue_head).is_some());
		});
	}

	#[test]
	fn on_idle_finalizes_within_its_weight() {
		new_test_ext().execute_with(|| {
			let a = create_governed();
			let b = create_governed();
			for vault in [a, b] {
				assert_ok!(V::deposit(origin(ALICE), vault, usdt(100), 0));
				allocate(vault, usdt(90));
				assert_ok!(V::request_redeem(origin(ALICE), vault, shares(vault, ALICE)));
				deallocate(vault, usdt(90));
			}
			on_idle(Weight::zero());
			assert_eq!(vault_info(a).pending_requests + vault_info(b).pending_requests, 2);
			on_idle(Weight::MAX);
			assert_eq!(vault_info(a).pending_requests + vault_info(b).pending_requests, 0);
			check_invariants();
		});
	}
}

mod governance {
	use super::*;

	#[test]
	fn setters_need_the_admin_and_valid_bps() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_noop!(V::set_deposit_cap(origin(ALICE), vault, 1), DispatchError::BadOrigin);
			assert_noop!(V::set_fees(origin(GUARDIAN), vault, 1), DispatchError::BadOrigin);
			assert_noop!(V::set_min_idle(origin(ALICE), vault, 1), DispatchError::BadOrigin);
			assert_noop!(V::set_fees(origin(ADMIN), vault, 10_001), Error::<Test>::InvalidBps);
			assert_noop!(V::set_min_idle(origin(ADMIN), vault, 10_001), Error::<Test>::InvalidBps);
			assert_noop!(V::set_deposit_cap(origin(ADMIN), 5, 1), Error::<Test>::UnknownVault);
			assert_ok!(V::set_deposit_cap(origin(ADMIN), vault, 7));
			assert_ok!(V::set_fees(origin(ADMIN), vault, 1_500));
			assert_ok!(V::set_min_idle(origin(ADMIN), vault, 2_000));
			let info = vault_info(vault);
			assert_eq!(
				(info.deposit_cap, info.performance_fee_bps, info.min_idle_bps),
				(7, 1_500, 2_000)
			);
			let events = vault_events();
			assert!(events.contains(&Event::DepositCapSet { vault, cap: 7 }));
			assert!(events.contains(&Event::FeesSet { vault, performance_fee_bps: 1_500 }));
			assert!(events.contains(&Event::MinIdleSet { vault, min_idle_bps: 2_000 }));
		});
	}

	#[test]
	fn the_guardian_pauses_and_only_the_admin_unpauses() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_noop!(V::pause(origin(ALICE), vault), DispatchError::BadOrigin);
			assert_ok!(V::pause(origin(GUARDIAN), vault));
			assert_noop!(V::unpause(origin(GUARDIAN), vault), DispatchError::BadOrigin);
			assert_ok!(V::unpause(origin(ADMIN), vault));
			assert_ok!(V::pause(origin(ADMIN), vault));
			assert_eq!(vault_info(vault).status, VaultStatus::Paused);
		});
	}

	#[test]
	fn a_retired_vault_stays_retired_and_still_redeems() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(100), 0));
			assert_noop!(V::retire(origin(GUARDIAN), vault), DispatchError::BadOrigin);
			assert_ok!(V::retire(origin(ADMIN), vault));
			assert_noop!(V::pause(origin(GUARDIAN), vault), Error::<Test>::VaultRetired);
			assert_noop!(V::unpause(origin(ADMIN), vault), Error::<Test>::VaultRetired);
			assert_ok!(V::request_redeem(origin(ALICE), vault, shares(vault, ALICE)));
			assert_ok!(claim(ALICE, &[last_request()]));
			assert_eq!(balance(USDT, ALICE), usdt(1_000_000) - FLOOR, "all but the floor");
			check_invariants();
		});
	}
}

mod profit_unlocking {
	use super::*;

	#[test]
	fn a_gain_unlocks_linearly_and_the_fee_is_minted_to_the_treasury() {
		new_test_ext().execute_with(|| {
			let vault = create_vault(VaultKind::Governed, 1_000);
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(1_000), 0));
			allocate(vault, usdt(900));
			let before = price(vault);
			assert_ok!(<V as VaultLiquidity<_, _, _>>::report_gain(vault, usdt(100)));
			// The 10 USDT fee counts at once, at an unchanged price; 90 USDT unlock over time.
			assert!(shares(vault, TREASURY) > 0);
			assert!(price_le(before, price(vault)));
			assert_eq!(total_assets(vault), usdt(1_010) - FLOOR);
			run_to_block(1 + UNLOCK_PERIOD / 2);
			assert_eq!(total_assets(vault), usdt(1_055) - FLOOR);
			run_to_block(1 + UNLOCK_PERIOD);
			assert_eq!(total_assets(vault), usdt(1_100) - FLOOR);
			let treasury_value =
				crate::Pallet::<Test>::api_preview_redeem(vault, shares(vault, TREASURY)).unwrap();
			assert!(treasury_value.abs_diff(usdt(10) * 1_100 / 1_010) <= 1, "{treasury_value}");
			assert!(vault_events().iter().any(|e| matches!(
				e,
				Event::GainReported { gain, fee, .. } if *gain == usdt(100) && *fee == usdt(10)
			)));
			check_invariants();
		});
	}

	#[test]
	fn a_gain_whose_fee_shares_are_below_the_minimum_balance_is_reported_and_the_fee_carried() {
		new_test_ext().execute_with(|| {
			let vault = create_vault(VaultKind::Governed, 1_000);
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(1_000), 0));
			allocate(vault, usdt(900));
			// The share token's minimum balance is 1 000 × 10^6 shares (about 1 000 planck).
			polkadot_sdk::pallet_assets::Asset::<Test>::mutate(share_of(vault), |d| {
				d.as_mut().unwrap().min_balance = 1_000_000_000
			});
			// A gain of 100 planck: its fee of 10 planck is worth 10^7 shares, too few to mint.
			let assets_before = vault_info(vault).total_assets(System::block_number());
			assert_ok!(<V as VaultLiquidity<_, _, _>>::report_gain(vault, 100));
			assert_eq!(shares(vault, TREASURY), 0);
			assert_eq!(vault_info(vault).fee_carry, 10);
			assert_eq!(vault_info(vault).debt, usdt(900) + 100, "the gain is reported");
			// The carried fee is not the holders': the price per share is what it was plus the
			// unlocked part of the gain net of the fee.
			let price = |v: &crate::VaultInfoOf<Test>| {
				(v.total_assets(System::block_number()), V::share_supply(v))
			};
			let (assets, supply) = price(&vault_info(vault));
			assert_eq!(assets, assets_before + 100 - 90 - 10, "90 locked, 10 carried");
			// A later gain pays its own fee and the one carried, and the price does not fall
			// (found by the runtime fuzzer: paying a carried fee used to dilute the holders).
			assert_ok!(<V as VaultLiquidity<_, _, _>>::report_gain(vault, 20_000));
			let (assets_after, supply_after) = price(&vault_info(vault));
			assert!(
				(assets_after + 1) * (supply + 1_000_000)
					>= (assets + 1) * (supply_after + 1_000_000),
				"the price per share does not fall when the carried fee is paid"
			);
			assert_eq!(vault_info(vault).fee_carry, 0);
			assert!(vault_events()
				.iter()
				.any(|e| matches!(e, Event::GainReported { gain: 20_000, fee: 2_010, .. })));
			assert!(shares(vault, TREASURY) >= 1_000_000_000);
			check_invariants();
		});
	}

	#[test]
	fn a_new_gain_never_shortens_the_unlock_of_a_partner_reward() {
		new_test_ext().execute_with(|| {
			let vault = create_vault(campaign(1, 1_001, 0, 0), 0);
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(1_000), 0));
			assert_ok!(V::fund_partner_reward(origin(PARTNER), vault, 0));
			assert_eq!(vault_info(vault).unlock_until, 1_001);
			allocate(vault, usdt(500));
			run_to_block(11);
			assert_ok!(<V as VaultLiquidity<_, _, _>>::report_gain(vault, usdt(1)));
			assert_eq!(vault_info(vault).unlock_until, 1_001, "still until the campaign's end");
			run_to_block(1 + UNLOCK_PERIOD + 20);
			assert!(
				total_assets(vault) < usdt(1_000) + usdt(1_000) / 2,
				"the partner's reward still unlocks over the campaign"
			);
			check_invariants();
		});
	}

	#[test]
	fn a_loss_is_absorbed_by_locked_profit_first_then_applied_at_once() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(1_000), 0));
			allocate(vault, usdt(900));
			assert_ok!(<V as VaultLiquidity<_, _, _>>::report_gain(vault, usdt(100)));
			let locked_price = price(vault);
			assert_ok!(<V as VaultLiquidity<_, _, _>>::report_loss(vault, usdt(60)));
			assert_eq!(price(vault), locked_price, "the locked profit absorbed the loss");
			assert_eq!(vault_info(vault).locked_profit, usdt(40));
			assert_ok!(<V as VaultLiquidity<_, _, _>>::report_loss(vault, usdt(140)));
			assert_eq!(total_assets(vault), usdt(900) - FLOOR, "the rest is applied at once");
			assert_noop!(
				<V as VaultLiquidity<_, _, _>>::report_loss(vault, usdt(10_000)),
				Error::<Test>::InsufficientLiquidity
			);
			assert_noop!(
				<V as VaultLiquidity<_, _, _>>::report_gain(vault, 0),
				Error::<Test>::ZeroAmount
			);
			check_invariants();
		});
	}

	/// Sandwiching a gain report: a deposit right before the report, redeemed right after,
	/// earns no more than the part of the gain unlocked meanwhile.
	#[test]
	fn sandwiching_a_report_earns_only_the_unlocked_part() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(1_000), 0));
			allocate(vault, usdt(500));
			let gain = usdt(100);
			let stake = usdt(1_000);
			let eve_before = balance(USDT, EVE);
			assert_ok!(V::deposit(origin(EVE), vault, stake, 0));
			assert_ok!(<V as VaultLiquidity<_, _, _>>::report_gain(vault, gain));
			run_to_block(System::block_number() + 1);
			assert_ok!(V::request_redeem(origin(EVE), vault, shares(vault, EVE)));
			assert_ok!(claim(EVE, &[last_request()]));
			let profit = balance(USDT, EVE).saturating_sub(eve_before);
			// One block of 100 unlocks 1% of the gain; Eve owns half the vault.
			let unlocked_share = gain / UNLOCK_PERIOD as u128 / 2;
			assert!(profit <= unlocked_share + 1, "{profit} > {unlocked_share}");
			check_invariants();
		});
	}
}

mod campaigns {
	use super::*;

	#[test]
	fn deposits_are_open_only_while_the_campaign_runs() {
		new_test_ext().execute_with(|| {
			let vault = create_vault(campaign(5, 10, 0, 0), 0);
			assert_noop!(V::deposit(origin(ALICE), vault, 10, 0), Error::<Test>::DepositsClosed);
			run_to_block(5);
			assert_ok!(V::deposit(origin(ALICE), vault, 10, 0));
			run_to_block(10);
			assert_noop!(V::deposit(origin(ALICE), vault, 10, 0), Error::<Test>::DepositsClosed);
			// Redemptions go on after the campaign.
			assert_ok!(V::request_redeem(origin(ALICE), vault, shares(vault, ALICE)));
		});
	}

	#[test]
	fn held_shares_cannot_move_and_pay_the_early_exit_penalty_to_those_who_stay() {
		new_test_ext().execute_with(|| {
			let vault = create_vault(campaign(1, 1_000, 50, 500), 0);
			assert_ok!(V::deposit(origin(BOB), vault, usdt(1_000), 0));
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(1_000), 0));
			let s = shares(vault, ALICE);
			// Held: not transferable.
			assert!(<Assets as Mutate<u64>>::transfer(
				share_of(vault),
				&ALICE,
				&CHARLIE,
				1,
				Preservation::Expendable
			)
			.is_err());
			let bob_before =
				crate::Pallet::<Test>::api_preview_redeem(vault, shares(vault, BOB)).unwrap();
			assert_ok!(V::request_redeem(origin(ALICE), vault, s));
			assert!(vault_events().iter().any(|e| matches!(
				e,
				Event::RedeemRequested { penalty, .. } if *penalty == usdt(50)
			)));
			assert_ok!(claim(ALICE, &[last_request()]));
			assert_eq!(balance(USDT, ALICE), usdt(1_000_000) - usdt(50));
			let bob_after =
				crate::Pallet::<Test>::api_preview_redeem(vault, shares(vault, BOB)).unwrap();
			assert!(bob_after >= bob_before + usdt(50) - 1, "the penalty went to Bob");
			check_invariants();
		});
	}

	#[test]
	fn a_request_and_its_cancellation_do_not_free_held_shares_or_dodge_the_penalty() {
		new_test_ext().execute_with(|| {
			let vault = create_vault(campaign(1, 1_000, 50, 500), 0);
			assert_ok!(V::deposit(origin(BOB), vault, usdt(1_000), 0));
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(1_000), 0));
			// All but the idle buffer is in a strategy: Alice's request waits in the queue.
			allocate(vault, <V as VaultLiquidity<_, _, _>>::allocatable(vault));
			let s = shares(vault, ALICE);
			assert_ok!(V::request_redeem(origin(ALICE), vault, s));
			let request = last_request();
			assert!(vault_events().iter().any(|e| matches!(
				e,
				Event::RedeemRequested { penalty, .. } if *penalty == usdt(50)
			)));
			assert_eq!(Holds::<Test>::get(vault, ALICE), None, "held shares are in the request");

			assert_ok!(V::cancel_request(origin(ALICE), request));
			assert_eq!(shares(vault, ALICE), s, "the shares are back");
			assert_eq!(
				Holds::<Test>::get(vault, ALICE),
				Some(Hold { shares: s, until: 51 }),
				"held again, until the original end"
			);
			assert!(
				<Assets as Mutate<u64>>::transfer(
					share_of(vault),
					&ALICE,
					&CHARLIE,
					1,
					Preservation::Expendable
				)
				.is_err(),
				"still frozen"
			);
			// A new request pays the penalty again.
			assert_ok!(V::request_redeem(origin(ALICE), vault, s));
			assert!(matches!(
				vault_events().last(),
				Some(Event::RedeemRequested { penalty, .. }) if *penalty == usdt(50)
			));
			check_invariants();

			// After the original end, a cancellation returns free shares.
			assert_ok!(V::cancel_request(origin(ALICE), last_request()));
			run_to_block(51);
			assert_ok!(V::request_redeem(origin(ALICE), vault, s));
			assert!(matches!(
				vault_events().last(),
				Some(Event::RedeemRequested { penalty: 0, .. })
			));
			assert_ok!(V::cancel_request(origin(ALICE), last_request()));
			assert_eq!(Holds::<Test>::get(vault, ALICE), None);
			check_invariants();
		});
	}

	#[test]
	fn after_the_hold_shares_are_free_and_pay_no_penalty() {
		new_test_ext().execute_with(|| {
			let vault = create_vault(campaign(1, 1_000, 50, 500), 0);
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(1_000), 0));
			run_to_block(51);
			assert_ok!(<Assets as Mutate<u64>>::transfer(
				share_of(vault),
				&ALICE,
				&CHARLIE,
				1_000_000,
				Preservation::Expendable
			));
			assert_ok!(V::request_redeem(origin(ALICE), vault, shares(vault, ALICE)));
			assert_ok!(claim(ALICE, &[last_request()]));
			assert_eq!(balance(USDT, ALICE), usdt(1_000_000) - 1 - FLOOR);
		});
	}

	#[test]
	fn the_partner_funds_its_stream_once_and_it_unlocks_until_the_end() {
		new_test_ext().execute_with(|| {
			let vault = create_vault(campaign(1, 201, 0, 0), 0);
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(1_000), 0));
			assert_noop!(
				V::fund_partner_reward(origin(EVE), vault, 0),
				Error::<Test>::CannotFundReward
			);
			assert_noop!(
				V::fund_partner_reward(origin(PARTNER), vault, 1),
				Error::<Test>::UnknownPartnerReward
			);
			assert_ok!(V::fund_partner_reward(origin(PARTNER), vault, 0));
			assert_noop!(
				V::fund_partner_reward(origin(PARTNER), vault, 0),
				Error::<Test>::CannotFundReward
			);
			assert_eq!(total_assets(vault), usdt(1_000) - FLOOR);
			run_to_block(101);
			assert_eq!(total_assets(vault), usdt(1_500) - FLOOR);
			run_to_block(201);
			assert_eq!(total_assets(vault), usdt(2_000) - FLOOR);
			let governed = create_governed();
			assert_noop!(
				V::fund_partner_reward(origin(PARTNER), governed, 0),
				Error::<Test>::UnknownPartnerReward
			);
			check_invariants();
		});
	}
}

mod liquidity_interface {
	use super::*;

	#[test]
	fn allocatable_keeps_the_idle_buffer_and_the_pending_requests() {
		new_test_ext().execute_with(|| {
			let vault = create_governed(); // 10% idle buffer
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(1_000), 0));
			assert_eq!(<V as VaultLiquidity<_, _, _>>::allocatable(vault), usdt(900));
			allocate(vault, usdt(850));
			assert_ok!(V::request_redeem(origin(ALICE), vault, shares(vault, ALICE) / 5));
			// 150 idle, 200 pending: nothing may leave.
			assert_eq!(<V as VaultLiquidity<_, _, _>>::allocatable(vault), 0);
			// and strategies owe idle the 50 missing plus the buffer of 10% of 1 000.
			assert_eq!(<V as VaultLiquidity<_, _, _>>::idle_shortfall(vault), usdt(150) - FLOOR);
			assert_noop!(
				<V as VaultLiquidity<_, _, _>>::begin_allocation(vault, 1),
				Error::<Test>::InsufficientIdle
			);
			assert_eq!(<V as VaultLiquidity<_, _, _>>::allocatable(42), 0);
			assert_eq!(<V as VaultLiquidity<_, _, _>>::idle_shortfall(42), 0);
		});
	}

	#[test]
	fn a_failed_allocation_returns_to_idle_and_the_price_never_moves() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(1_000), 0));
			let before = price(vault);
			assert_ok!(<V as VaultLiquidity<_, _, _>>::begin_allocation(vault, usdt(500)));
			assert_eq!(vault_info(vault).in_transit, usdt(500));
			assert_eq!(price(vault), before);
			assert_ok!(<V as VaultLiquidity<_, _, _>>::cancel_allocation(vault, usdt(500)));
			assert_eq!(vault_info(vault).idle, usdt(1_000) - FLOOR);
			allocate(vault, usdt(500));
			assert_ok!(<V as VaultLiquidity<_, _, _>>::begin_deallocation(vault, usdt(200)));
			assert_ok!(<V as VaultLiquidity<_, _, _>>::cancel_deallocation(vault, usdt(200)));
			assert_eq!(vault_info(vault).debt, usdt(500));
			assert_eq!(price(vault), before);
			assert_noop!(
				<V as VaultLiquidity<_, _, _>>::complete_allocation(vault, 1),
				Error::<Test>::InsufficientLiquidity
			);
			assert_noop!(
				<V as VaultLiquidity<_, _, _>>::begin_deallocation(vault, usdt(501)),
				Error::<Test>::InsufficientLiquidity
			);
			assert_noop!(
				<V as VaultLiquidity<_, _, _>>::begin_allocation(9, 1),
				Error::<Test>::InsufficientIdle
			);
			assert_eq!(<V as VaultLiquidity<_, _, _>>::vault_asset(vault), Some(USDT));
			assert_eq!(<V as VaultLiquidity<_, _, _>>::vault_account(9), None);
			check_invariants();
		});
	}
}

mod runtime_api {
	use super::*;
	use crate::runtime_api::VaultsApiError;

	#[test]
	fn previews_match_what_the_calls_do() {
		new_test_ext().execute_with(|| {
			let vault = create_governed();
			assert_eq!(V::api_preview_deposit(9, 1), Err(VaultsApiError::UnknownVault));
			assert_eq!(V::api_preview_deposit(vault, 0), Err(VaultsApiError::ZeroAmount));
			let preview = V::api_preview_deposit(vault, usdt(10)).unwrap();
			assert_ok!(V::deposit(origin(ALICE), vault, usdt(10), 0));
			assert_eq!(shares(vault, ALICE), preview);
			assert_ok!(<V as VaultLiquidity<_, _, _>>::report_gain(vault, 3));
			run_to_block(1 + UNLOCK_PERIOD);
			let cost = V::api_preview_mint(vault, 12_345_678).unwrap();
			let before = balance(USDT, BOB);
			assert_ok!(V::mint(origin(BOB), vault, 12_345_678, u128::MAX));
			assert_eq!(before - balance(USDT, BOB), cost);
			let value = V::api_preview_redeem(vault, shares(vault, ALICE)).unwrap();
			assert_ok!(V::request_redeem(origin(ALICE), vault, shares(vault, ALICE)));
			assert_eq!(
				Requests::<Test>::get(last_request()).unwrap().state,
				RequestState::Finalized { assets: value }
			);
			assert_eq!(V::api_requests_of(ALICE).len(), 1);
			assert!(V::api_share_price(vault).unwrap() >= 1_000_000, "one share is worth ≥ 1 USDT");
			assert_ok!(V::set_deposit_cap(origin(ADMIN), vault, 0));
			assert_eq!(V::api_preview_deposit(vault, 1), Err(VaultsApiError::CapExceeded));
			let summary = V::api_vault(vault).unwrap();
			assert_eq!(summary.share_decimals, 12);
			assert_eq!(summary.account, V::vault_account(vault));
			assert_eq!(V::api_vaults().len(), 1);
		});
	}
}

mod properties {
	use super::*;
	use proptest::prelude::*;

	#[derive(Clone, Debug)]
	enum Op {
		Deposit(usize, u128),
		Mint(usize, u128),
		Request(usize, u8),
		Cancel(usize),
		Finalize,
		Claim(usize),
		Gain(u128),
		Loss(u8),
		Allocate(u8),
		Deallocate(u8),
		Wait(u64),
		Transfer(usize, usize, u8),
	}

	fn op() -> impl Strategy<Value = Op> {
		prop_oneof![
			(0..3usize, 1u128..=1u128 << 40).prop_map(|(w, a)| Op::Deposit(w, a)),
			(0..3usize, 1u128..=1u128 << 46).prop_map(|(w, s)| Op::Mint(w, s)),
			(0..3usize, 1u8..=100).prop_map(|(w, p)| Op::Request(w, p)),
			(0..3usize).prop_map(Op::Cancel),
			Just(Op::Finalize),
			(0..3usize).prop_map(Op::Claim),
			(1u128..=1u128 << 36).prop_map(Op::Gain),
			(1u8..=100).prop_map(Op::Loss),
			(1u8..=100).prop_map(Op::Allocate),
			(1u8..=100).prop_map(Op::Deallocate),
			(1u64..=60).prop_map(Op::Wait),
			(0..3usize, 0..3usize, 1u8..=100).prop_map(|(a, b, p)| Op::Transfer(a, b, p)),
		]
	}

	const USERS: [u64; 3] = [ALICE, BOB, CHARLIE];

	proptest! {
		#![proptest_config(ProptestConfig::with_cases(64))]

		/// Over random sequences of deposits, mints, redemptions, transfers, gains and losses:
		/// share balances add up to the supply; the price per share falls only on a reported
		/// loss; claims never exceed what is reserved for them; the vault's invariants hold.
		#[test]
		fn random_sequences_keep_the_invariants(ops in proptest::collection::vec(op(), 1..40)) {
			new_test_ext().execute_with(|| {
				let vault = create_vault(VaultKind::Governed, 1_000);
				let account = V::vault_account(vault);
				for op in ops {
					let before = price(vault);
					let mut loss = false;
					match op {
						Op::Deposit(w, a) => { let _ = V::deposit(origin(USERS[w]), vault, a, 0); },
						Op::Mint(w, s) => { let _ = V::mint(origin(USERS[w]), vault, s, u128::MAX); },
						Op::Request(w, p) => {
							let s = shares(vault, USERS[w]) * p as u128 / 100;
							let _ = V::request_redeem(origin(USERS[w]), vault, s);
						},
						Op::Cancel(w) => {
							if let Some(r) = RequestsOf::<Test>::get(USERS[w]).first() {
								let _ = V::cancel_request(origin(USERS[w]), *r);
							}
						},
						Op::Finalize => { let _ = V::finalize_requests(origin(EVE), vault, 10); },
						Op::Claim(w) => {
							let open = RequestsOf::<Test>::get(USERS[w]).into_inner();
							let claimable = vault_info(vault).claimable;
							let before = balance(USDT, USERS[w]);
							if claim(USERS[w], &open).is_ok() {
								assert!(balance(USDT, USERS[w]) - before <= claimable);
							}
						},
						Op::Gain(g) => {
							if vault_info(vault).debt > 0 {
								let _ = <V as VaultLiquidity<_, _, _>>::report_gain(vault, g);
							}
						},
						Op::Loss(p) => {
							let l = vault_info(vault).debt * p as u128 / 100;
							if l > 0 {
								loss = <V as VaultLiquidity<_, _, _>>::report_loss(vault, l).is_ok();
							}
						},
						Op::Allocate(p) => {
							let a = <V as VaultLiquidity<_, _, _>>::allocatable(vault) * p as u128 / 100;
							if a > 0 { allocate(vault, a); }
						},
						Op::Deallocate(p) => {
							let d = vault_info(vault).debt * p as u128 / 100;
							if d > 0 {
								// The strategy holds what the vault says it does.
								let _ = <Assets as Mutate<u64>>::mint_into(USDT, &CURATOR, d);
								deallocate(vault, d);
							}
						},
						Op::Wait(n) => run_to_block(System::block_number() + n),
						Op::Transfer(a, b, p) => {
							let s = shares(vault, USERS[a]) * p as u128 / 100;
							let _ = <Assets as Mutate<u64>>::transfer(
								share_of(vault), &USERS[a], &USERS[b], s, Preservation::Expendable,
							);
						},
					}
					if !loss {
						prop_assert!(price_le(before, price(vault)), "price fell on {op:?}");
					}
					let held: u128 = USERS.iter().chain([account, TREASURY].iter())
						.map(|w| shares(vault, *w)).sum();
					prop_assert_eq!(held, <Assets as Inspect<u64>>::total_issuance(share_of(vault)));
					V::do_try_state().map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
				}
				Ok(())
			})?;
		}
	}
}
