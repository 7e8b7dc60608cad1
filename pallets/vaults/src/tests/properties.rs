//! Property tests over random sequences of operations.

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
