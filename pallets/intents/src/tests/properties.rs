//! Properties: the reference clearing and netting of random books, random solutions
//! tampered with, and random batches settled by the pallet conserve every asset and respect
//! every limit.

use super::*;
use crate::math::{self, ClearingError, Order};
use plexus_primitives::SharePrice;
use proptest::prelude::*;

fn orders_strategy() -> impl Strategy<Value = Vec<Order<u32>>> {
	prop::collection::vec((any::<bool>(), 1u128..1_000_000, 1u128..2_000_000, any::<bool>()), 1..40)
		.prop_map(|raw| {
			raw.into_iter()
				.enumerate()
				.map(|(i, (dir, amount, limit, partial))| Order {
					id: i as u64,
					give: if dir { 1 } else { 2 },
					want: if dir { 2 } else { 1 },
					amount,
					limit,
					partial,
				})
				.collect()
		})
}

proptest! {
	#![proptest_config(ProptestConfig::with_cases(256))]

	/// The reference clearing conserves both assets, pays every intent at least its limit for
	/// what it gives, fills all-or-nothing intents whole and trades at one price.
	#[test]
	fn reference_clearing_conserves_and_respects_limits(orders in orders_strategy()) {
		if let Some(c) = math::reference_clearing(1, 2, &orders) {
			let (p1, p2) = (c.prices[0].1, c.prices[1].1);
			let (mut in1, mut out1, mut in2, mut out2) = (0u128, 0u128, 0u128, 0u128);
			for f in &c.fills {
				let o = orders.iter().find(|o| o.id == f.intent).unwrap();
				prop_assert!(f.given <= o.amount);
				prop_assert!(o.partial || f.given == o.amount);
				prop_assert!(f.received >= math::limit_at(o.limit, f.given, o.amount).unwrap());
				let (pg, pw) = if o.give == 1 { (p1, p2) } else { (p2, p1) };
				prop_assert_eq!(f.received, math::out_at(f.given, pg, pw).unwrap());
				if o.give == 1 { in1 += f.given; out2 += f.received } else { in2 += f.given; out1 += f.received }
			}
			prop_assert!(in1 >= out1 && in2 >= out2, "nothing is printed");
		}
	}

	/// Changing one fill of a valid clearing by one planck breaks it.
	#[test]
	fn tampered_fills_are_rejected(orders in orders_strategy(), which in any::<prop::sample::Index>(), up in any::<bool>()) {
		if let Some(c) = math::reference_clearing(1, 2, &orders) {
			let mut pairs: Vec<_> = c.fills.iter().map(|f| (orders.iter().find(|o| o.id == f.intent).unwrap().clone(), f.clone())).collect();
			prop_assert!(math::verify(&pairs, &c.prices).is_ok());
			let i = which.index(pairs.len());
			let f = &mut pairs[i].1;
			if up { f.received += 1 } else if f.received > 0 { f.received -= 1 } else { f.received += 1 }
			prop_assert_eq!(math::verify(&pairs, &c.prices).err(), Some(ClearingError::PriceNotUniform));
		}
	}

	/// Netting moves as many shares from redeemers as depositors receive and as many assets
	/// from depositors as redeemers receive; nobody pays more than it has, redeemers get at
	/// least the redemption value of what they netted.
	#[test]
	fn netting_conserves_shares_and_assets(
		assets in 1u128..1_000_000_000,
		shares in 1u128..1_000_000_000,
		deposits in prop::collection::vec(1u128..10_000_000, 0..12),
		redeems in prop::collection::vec(1u128..10_000_000, 0..12),
	) {
		let price = SharePrice { assets, shares };
		let plan = math::net(price, &deposits, &redeems).expect("fits");
		let shares_out: u128 = plan.deposits.iter().map(|d| d.0).sum();
		let assets_in: u128 = plan.deposits.iter().map(|d| d.1).sum();
		let shares_in: u128 = plan.redeems.iter().map(|r| r.0).sum();
		let assets_out: u128 = plan.redeems.iter().map(|r| r.1).sum();
		prop_assert_eq!(shares_out, shares_in);
		prop_assert_eq!(assets_in, assets_out);
		for (d, amount) in plan.deposits.iter().zip(&deposits) {
			prop_assert!(d.1 <= *amount);
		}
		for (r, amount) in plan.redeems.iter().zip(&redeems) {
			prop_assert!(r.0 <= *amount);
			prop_assert!(r.1 >= math::mul_div_floor(r.0, assets, shares).unwrap());
		}
	}
}

proptest! {
	#![proptest_config(ProptestConfig::with_cases(48))]

	/// Random batches of swaps over three assets, settled by the pallet: every asset's total
	/// over all accounts is unchanged (Σ in = Σ out + dust to the treasury), every fill meets
	/// its intent's limit, and the pallet's invariants hold.
	#[test]
	fn random_batches_conserve_every_asset_and_respect_limits(
		intents in prop::collection::vec((0usize..3, 1usize..3, 100u128..5_000, 50u128..10_000, any::<bool>()), 1..24),
	) {
		new_test_ext().execute_with(|| {
			let assets = [DOT, ETH, USDT];
			let users = [ALICE, BOB, CHARLIE, DAVE, SOLVER];
			let holders = [ALICE, BOB, CHARLIE, DAVE, SOLVER, TREASURY, ADMIN, Intents::escrow_account()];
			let totals: Vec<u128> = assets.iter().map(|a| holders.iter().map(|h| balance(*a, *h)).sum()).collect();
			let mut submitted = Vec::new();
			for (i, (give, step, amount, limit, partial)) in intents.into_iter().enumerate() {
				let who = users[i % users.len()];
				if crate::AccountIntents::<Test>::get(who).is_full() { continue; }
				let want = (give + step) % 3;
				let id = crate::NextIntentId::<Test>::get();
				let kind = swap(assets[give], assets[want], amount, limit, partial);
				let deadline = System::block_number() + LIFE;
				match Intents::submit_intent(RuntimeOrigin::signed(who), kind, deadline, None) {
					Ok(_) => submitted.push((id, amount, limit)),
					// A filling book asks ever larger intents (the minimum size doubles with each
					// eighth of it taken): a small one is refused whole, which is not this
					// property's concern.
					Err(e) if e.error == crate::Error::<Test>::TooSmall.into() => continue,
					Err(e) => panic!("intent {i} refused: {e:?}"),
				}
			}
			settle();
			for (a, before) in assets.iter().zip(totals) {
				let after: u128 = holders.iter().map(|h| balance(*a, *h)).sum();
				assert_eq!(after, before, "asset {a} conserved");
			}
			for e in intent_events() {
				if let crate::Event::SwapFilled { intent, given, received } = e {
					let (_, amount, limit) = submitted.iter().find(|s| s.0 == intent).unwrap();
					assert!(received >= limit * given / amount);
				}
			}
			check();
		});
	}
}
