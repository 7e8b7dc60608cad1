//! Runs one [`Op`] against the world: resolves its selectors against the state, dispatches
//! the call with its origin, or executes the XCM message another chain would send.

use crate::{
	op::{Amt, Op, Reply},
	setup::{asset_hub, share_asset, user, CURATOR, DOT, REPORTER, STRATEGIES, USDT, VAULTS},
	world::{reserve_deposit, Dispatched, World},
};
use pallet_intents::{DepositConstraints, IntentKind, SolutionFill, VaultKindFilter};
use plexus_primitives::VaultLiquidity;
use plexus_runtime::{
	hub_assets as hub, AccountId, AssetId, Assets, Balances, Gauges, ParachainSystem, Runtime,
	RuntimeCall, RuntimeOrigin, System, Vaults,
};
use polkadot_sdk::{
	frame_support::traits::fungible::Inspect as _,
	sp_runtime::{helpers_128bit::multiply_by_rational_with_rounding, MultiAddress, Rounding},
	staging_xcm::{latest::prelude::*, VersionedLocation},
};

/// How an operation ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Applied {
	/// It did what it asked.
	Ok,
	/// It was refused (an error, or an XCM message that did not complete).
	Failed(String),
	/// The block had no room for it.
	BlockFull,
}

fn mul_div(a: u128, b: u128, c: u128) -> u128 {
	multiply_by_rational_with_rounding(a, b, c.max(1), Rounding::Down).unwrap_or(u128::MAX)
}

fn vault_id(vault: u8) -> u32 {
	let n = pallet_vaults::NextVaultId::<Runtime>::get().max(1);
	u32::from(vault) % n.max(u32::from(VAULTS))
}

fn gauge_id(gauge: u8) -> u32 {
	u32::from(gauge) % pallet_gauges::NextGaugeId::<Runtime>::get().max(1)
}

fn strategy_id(strategy: u8) -> u32 {
	u32::from(strategy)
		% pallet_strategies::NextStrategyId::<Runtime>::get().max(u32::from(STRATEGIES))
}

fn vault_asset(vault: u32) -> AssetId {
	pallet_vaults::Vaults::<Runtime>::get(vault).map(|v| v.asset).unwrap_or(hub::USDT)
}

fn asset(dot: bool) -> AssetId {
	if dot {
		hub::DOT
	} else {
		hub::USDT
	}
}

fn signed(who: u8) -> RuntimeOrigin {
	RuntimeOrigin::signed(user(who))
}

fn loc(l: Location) -> Box<VersionedLocation> {
	Box::new(VersionedLocation::from(l))
}

fn account_location(who: &AccountId) -> Location {
	AccountId32 { network: None, id: who.clone().into() }.into()
}

/// `(total_assets + 1, supply + 10^6)` of a vault.
fn price(vault: u32) -> (u128, u128) {
	pallet_vaults::Vaults::<Runtime>::get(vault)
		.map(|info| {
			let supply = Vaults::share_supply(&info);
			(info.total_assets(System::block_number()) + 1, supply + 1_000_000)
		})
		.unwrap_or((1, 1))
}

fn from(d: Option<Dispatched>) -> Applied {
	match d {
		None => Applied::BlockFull,
		Some(Dispatched::Ok) => Applied::Ok,
		Some(Dispatched::Err(e)) => Applied::Failed(e),
	}
}

fn nth<T: Clone>(items: &[T], n: u8) -> Option<T> {
	if items.is_empty() {
		None
	} else {
		items.get(usize::from(n) % items.len()).cloned()
	}
}

/// Runs `op` (not `Block`/`Jump`, which the runner handles).
pub fn apply(world: &mut World, op: &Op) -> Applied {
	use Op::*;
	let root = RuntimeOrigin::root;
	let call = |world: &mut World, origin: RuntimeOrigin, call: RuntimeCall| {
		from(world.dispatch(origin, call))
	};
	match op.clone() {
		Block | Jump(_) => Applied::Ok,

		Deposit { who, vault, amt } => {
			let v = vault_id(vault);
			let assets = amt.of(Assets::balance(vault_asset(v), user(who)));
			call(
				world,
				signed(who),
				pallet_vaults::Call::deposit { vault: v, assets, min_shares: 0 }.into(),
			)
		},
		Mint { who, vault, amt } => {
			let v = vault_id(vault);
			let balance = Assets::balance(vault_asset(v), user(who));
			let (a, s) = price(v);
			let shares = mul_div(amt.of(balance), s, a);
			call(
				world,
				signed(who),
				pallet_vaults::Call::mint { vault: v, shares, max_assets: balance }.into(),
			)
		},
		RequestRedeem { who, vault, amt } => {
			let v = vault_id(vault);
			let shares = amt.of(Assets::balance(share_asset(v), user(who)));
			call(
				world,
				signed(who),
				pallet_vaults::Call::request_redeem { vault: v, shares }.into(),
			)
		},
		CancelRequest { who, nth: n } => {
			let Some(request) = nth(&pallet_vaults::RequestsOf::<Runtime>::get(user(who)), n)
			else {
				return Applied::Failed("no request".into());
			};
			call(world, signed(who), pallet_vaults::Call::cancel_request { request }.into())
		},
		Finalize { who, vault, max } => call(
			world,
			signed(who),
			pallet_vaults::Call::finalize_requests { vault: vault_id(vault), max }.into(),
		),
		Claim { who, count } => {
			let mut requests = pallet_vaults::RequestsOf::<Runtime>::get(user(who)).into_inner();
			requests.truncate(usize::from(count.max(1)));
			let requests = requests.try_into().unwrap_or_default();
			call(world, signed(who), pallet_vaults::Call::claim { requests }.into())
		},
		TransferShares { who, to, vault, amt } => {
			let id = share_asset(vault_id(vault));
			let amount = amt.of(Assets::balance(id, user(who)));
			call(
				world,
				signed(who),
				polkadot_sdk::pallet_assets::Call::transfer {
					id: id.into(),
					target: MultiAddress::Id(user(to)),
					amount,
				}
				.into(),
			)
		},
		Pause { vault } => {
			call(world, root(), pallet_vaults::Call::pause { vault: vault_id(vault) }.into())
		},
		Unpause { vault } => {
			call(world, root(), pallet_vaults::Call::unpause { vault: vault_id(vault) }.into())
		},
		SetCap { vault, amt } => {
			let v = vault_id(vault);
			let cap = amt.of(price(v).0.saturating_mul(2));
			call(world, root(), pallet_vaults::Call::set_deposit_cap { vault: v, cap }.into())
		},
		SetFee { vault, bps } => call(
			world,
			root(),
			pallet_vaults::Call::set_fees { vault: vault_id(vault), performance_fee_bps: bps }
				.into(),
		),
		SetMinIdle { vault, bps } => call(
			world,
			root(),
			pallet_vaults::Call::set_min_idle { vault: vault_id(vault), min_idle_bps: bps }.into(),
		),
		FundPartnerReward { who, vault, index } => call(
			world,
			signed(who),
			pallet_vaults::Call::fund_partner_reward { vault: vault_id(vault), index }.into(),
		),

		SubmitSwap { who, give_dot, amt, price_bps, partial, remote, ttl } => {
			let give = asset(give_dot);
			let amount = amt.of(Assets::balance(give, user(who)));
			// 5 USDT per DOT: 1 planck of USDT is 2 000 planck of DOT.
			let fair = if give_dot { amount / 2_000 } else { amount.saturating_mul(2_000) };
			let min_receive = mul_div(fair, u128::from(price_bps), 10_000).max(1);
			let deliver_to = remote.then(|| {
				loc(Location::new(
					1,
					[
						Parachain(hub::ASSET_HUB_PARA_ID),
						AccountId32 { network: None, id: user(who).into() },
					],
				))
			});
			let kind = IntentKind::Swap {
				give: (give, amount),
				want_asset: asset(!give_dot),
				min_receive,
				partial_fill: partial,
			};
			let deadline = System::block_number() + 1 + u32::from(ttl) * 3;
			call(
				world,
				signed(who),
				pallet_intents::Call::submit_intent { kind, deadline, deliver_to }.into(),
			)
		},
		SubmitDeposit { who, dot, amt, filter, ttl } => {
			let a = asset(dot);
			let kinds = match filter % 3 {
				0 => VaultKindFilter::Any,
				1 => VaultKindFilter::Governed,
				_ => VaultKindFilter::Curated,
			};
			let kind = IntentKind::Deposit {
				asset: a,
				amount: amt.of(Assets::balance(a, user(who))),
				constraints: DepositConstraints {
					kinds,
					max_lockup: u32::MAX,
					allowed_strategies: None,
					min_yield_bps: 0,
				},
			};
			let deadline = System::block_number() + 1 + u32::from(ttl) * 3;
			call(
				world,
				signed(who),
				pallet_intents::Call::submit_intent { kind, deadline, deliver_to: None }.into(),
			)
		},
		SubmitRedeem { who, vault, amt, min_bps, ttl } => {
			let v = vault_id(vault);
			let shares = amt.of(Assets::balance(share_asset(v), user(who)));
			let (a, s) = price(v);
			let min_assets = mul_div(mul_div(shares, a, s), u128::from(min_bps), 10_000);
			let kind = IntentKind::Redeem { vault: v, shares, min_assets };
			let deadline = System::block_number() + 1 + u32::from(ttl) * 3;
			call(
				world,
				signed(who),
				pallet_intents::Call::submit_intent { kind, deadline, deliver_to: None }.into(),
			)
		},
		CancelIntent { who, nth: n } => {
			let Some(intent) = nth(&pallet_intents::AccountIntents::<Runtime>::get(user(who)), n)
			else {
				return Applied::Failed("no intent".into());
			};
			call(world, signed(who), pallet_intents::Call::cancel { intent }.into())
		},
		CleanUp { who, nth: n } => {
			let Some(intent) = nth(&expired_intents(), n) else {
				return Applied::Failed("no intent".into());
			};
			call(world, signed(who), pallet_intents::Call::clean_up { intent }.into())
		},
		Solve { who, corrupt } => solve(world, who, corrupt),
		ClaimUnclaimed { who, dot } => call(
			world,
			signed(who),
			pallet_intents::Call::claim_unclaimed { asset: asset(dot) }.into(),
		),

		Lock { who, amt, epochs } => {
			let free = Balances::balance(&user(who));
			let until_epoch = Gauges::current_epoch() + u32::from(epochs);
			call(
				world,
				signed(who),
				pallet_gauges::Call::lock { amount: amt.of(free / 2), until_epoch }.into(),
			)
		},
		ExtendLock { who, epochs } => {
			let until_epoch = Gauges::current_epoch() + u32::from(epochs);
			call(world, signed(who), pallet_gauges::Call::extend_lock { until_epoch }.into())
		},
		IncreaseLock { who, amt } => {
			let free = Balances::balance(&user(who));
			call(
				world,
				signed(who),
				pallet_gauges::Call::increase_amount { amount: amt.of(free / 2) }.into(),
			)
		},
		WithdrawLock { who } => call(world, signed(who), pallet_gauges::Call::withdraw {}.into()),
		Vote { who, seed } => {
			let any = seed & 1 << 31 != 0;
			let gauges: Vec<u32> = pallet_gauges::Gauges::<Runtime>::iter()
				.filter(|(_, g)| any || g.status == pallet_gauges::GaugeStatus::Active)
				.map(|(id, _)| id)
				.collect();
			let count = (seed % 4) as usize;
			let mut votes: Vec<(u32, u16)> = vec![];
			for i in 0..count {
				let Some(g) = gauges.get((seed as usize / 4 + i * 7) % gauges.len().max(1)) else {
					break;
				};
				if votes.iter().all(|(x, _)| x != g) {
					votes.push((*g, (10_000 / count.max(1)) as u16));
				}
			}
			call(
				world,
				signed(who),
				pallet_gauges::Call::vote { votes: votes.try_into().unwrap_or_default() }.into(),
			)
		},
		Stake { who, gauge, amt } => {
			let g = gauge_id(gauge);
			let vault = match pallet_gauges::Gauges::<Runtime>::get(g).map(|i| i.kind) {
				Some(pallet_gauges::GaugeKind::Emission { vault }) => vault,
				_ => 0,
			};
			let amount = amt.of(Assets::balance(share_asset(vault), user(who)));
			call(world, signed(who), pallet_gauges::Call::stake { gauge: g, amount }.into())
		},
		Unstake { who, gauge, amt } => {
			let g = gauge_id(gauge);
			let staked =
				pallet_gauges::Stakes::<Runtime>::get(g, user(who)).map(|s| s.amount).unwrap_or(0);
			call(
				world,
				signed(who),
				pallet_gauges::Call::unstake { gauge: g, amount: amt.of(staked) }.into(),
			)
		},
		ClaimEmissions { who, gauge } => call(
			world,
			signed(who),
			pallet_gauges::Call::claim_emissions { gauge: gauge_id(gauge) }.into(),
		),
		AddIncentive { who, gauge, ahead, dot, amt } => {
			let a = asset(dot);
			let amount = amt.of(Assets::balance(a, user(who)) / 4);
			let epoch = Gauges::current_epoch() + u32::from(ahead % 4);
			call(
				world,
				signed(who),
				pallet_gauges::Call::add_incentive {
					gauge: gauge_id(gauge),
					epoch,
					asset: a,
					amount,
				}
				.into(),
			)
		},
		ClaimIncentives { who, gauge } => call(
			world,
			signed(who),
			pallet_gauges::Call::claim_incentives { gauge: gauge_id(gauge), max_epochs: 16 }.into(),
		),
		RefundIncentive { who, gauge, back, dot } => {
			let epoch = Gauges::current_epoch().saturating_sub(u32::from(back));
			call(
				world,
				signed(who),
				pallet_gauges::Call::refund_incentive {
					gauge: gauge_id(gauge),
					epoch,
					asset: asset(dot),
				}
				.into(),
			)
		},
		CreateGauge { seed } => {
			// Even seeds: the emission gauge of vault `seed / 2`; odd: the allocation gauge of
			// strategy `seed / 2` (of the vault with the same id).
			let kind = if seed % 2 == 0 {
				pallet_gauges::GaugeKind::Emission { vault: (seed / 2) % u32::from(VAULTS) }
			} else {
				let s = (seed / 2) % u32::from(STRATEGIES);
				pallet_gauges::GaugeKind::Allocation { vault: s, strategy: s }
			};
			call(world, root(), pallet_gauges::Call::create_gauge { kind }.into())
		},
		KillGauge { gauge } => {
			call(world, root(), pallet_gauges::Call::kill_gauge { gauge: gauge_id(gauge) }.into())
		},
		Checkpoint { who, gauge } => call(
			world,
			signed(who),
			pallet_gauges::Call::checkpoint_gauge { gauge: gauge_id(gauge), max_epochs: 105 }
				.into(),
		),

		Allocate { strategy, amt } => {
			let s = strategy_id(strategy);
			let Some(info) = pallet_strategies::Strategies::<Runtime>::get(s) else {
				return Applied::Failed("no strategy".into());
			};
			let amount =
				amt.of(<Vaults as VaultLiquidity<_, _, _>>::allocatable(info.params.vault));
			let origin = if s == 2 { signed(CURATOR) } else { root() };
			call(world, origin, pallet_strategies::Call::allocate { strategy: s, amount }.into())
		},
		Deallocate { strategy, amt } => {
			let s = strategy_id(strategy);
			let Some(info) = pallet_strategies::Strategies::<Runtime>::get(s) else {
				return Applied::Failed("no strategy".into());
			};
			let origin = if s == 2 { signed(CURATOR) } else { root() };
			call(
				world,
				origin,
				pallet_strategies::Call::deallocate { strategy: s, amount: amt.of(info.debt) }
					.into(),
			)
		},
		Rebalance { who, strategy } => call(
			world,
			signed(who),
			pallet_strategies::Call::rebalance { strategy: strategy_id(strategy) }.into(),
		),
		Report { strategy, change_bps } => report(world, strategy, change_bps, false),
		ForceReport { strategy, change_bps } => report(world, strategy, change_bps, true),
		Respond { nth: n, reply } => respond(world, n, reply),
		ForceResolve { nth: n, succeeded } => {
			let Some(remote) = nth(&world.reserve.remote, n) else {
				return Applied::Failed("nothing in flight".into());
			};
			let r = call(
				world,
				root(),
				pallet_strategies::Call::force_resolve { query_id: remote.query, succeeded }.into(),
			);
			if r == Applied::Ok {
				world.reserve.remote.retain(|x| x.query != remote.query);
				world.run_remote(&remote, succeeded);
			}
			r
		},
		WithdrawTo { who, dot, amt, ok } => {
			let a = asset(dot);
			let amount = amt.of(Assets::balance(a, user(who)));
			let destination = if ok { asset_hub() } else { Location::new(1, [Parachain(2001)]) };
			call(
				world,
				signed(who),
				pallet_strategies::Call::withdraw_to {
					asset: a,
					amount,
					destination: loc(destination),
					beneficiary: loc(account_location(&user(who))),
				}
				.into(),
			)
		},
		ReleaseInflow { who, nth: n, forced } => {
			let Some((id, _)) = nth(&held_inflows(), n) else {
				return Applied::Failed("nothing held".into());
			};
			let origin = if forced { root() } else { signed(who) };
			call(world, origin, pallet_strategies::Call::release_inflow { id }.into())
		},
		ReturnInflow { nth: n } => {
			let Some((id, h)) = nth(&held_inflows(), n) else {
				return Applied::Failed("nothing held".into());
			};
			let beneficiary = loc(account_location(&h.beneficiary));
			call(world, root(), pallet_strategies::Call::return_inflow { id, beneficiary }.into())
		},

		Inflow { who, asset: a, amt, from, deposit } => inflow(world, who, a, amt, from, deposit),
		ClaimTrapped { who, nth: n } => {
			let Some((origin, a, amount)) = nth(&world.reserve.trapped, n) else {
				return Applied::Failed("nothing trapped".into());
			};
			let location = pallet_strategies::HubAssets::<Runtime>::get(a).map(|h| h.location);
			let Some(location) = location else { return Applied::Failed("not a hub asset".into()) };
			let assets: Assets_ = (location.clone(), amount).into();
			let message = Xcm(vec![
				ClaimAsset { assets: assets.clone(), ticket: Here.into() },
				BuyExecution {
					fees: (location, (amount / 10).max(1)).into(),
					weight_limit: Unlimited,
				},
				DepositAsset {
					assets: Wild(AllCounted(1)),
					beneficiary: account_location(&user(who)),
				},
			]);
			outcome(world.execute_xcm(origin, message))
		},
		Channel { open } => {
			if open {
				ParachainSystem::open_outbound_hrmp_channel_for_benchmarks_or_tests(
					hub::ASSET_HUB_PARA_ID.into(),
				);
			} else {
				polkadot_sdk::cumulus_pallet_parachain_system::RelevantMessagingState::<Runtime>::kill();
			}
			Applied::Ok
		},
	}
}

type Assets_ = polkadot_sdk::staging_xcm::latest::Assets;

/// Intents past their deadline, by id.
pub fn expired_intents() -> Vec<pallet_intents::IntentId> {
	let now = System::block_number();
	let mut ids: Vec<_> = pallet_intents::Intents::<Runtime>::iter()
		.filter(|(_, i)| i.deadline < now)
		.map(|(id, _)| id)
		.collect();
	ids.sort();
	ids
}

/// Held inflows, by id.
pub fn held_inflows() -> Vec<(u32, pallet_strategies::HeldInflowOf<Runtime>)> {
	let mut held: Vec<_> = pallet_strategies::HeldInflows::<Runtime>::iter().collect();
	held.sort_by_key(|(id, _)| *id);
	held
}

/// The orders a solution may name now (swap intents that live past the close and are not
/// claimed by a settlement still running).
fn solvable_orders() -> Vec<pallet_intents::math::Order<AssetId>> {
	let closes = pallet_intents::Pallet::<Runtime>::closes_at();
	let settling = pallet_intents::Settling::<Runtime>::get().map(|s| s.batch);
	pallet_intents::Intents::<Runtime>::iter()
		.filter(|(_, i)| i.deadline >= closes)
		.filter(|(_, i)| settling.is_none_or(|s| i.batch > s && i.in_solution != Some(s)))
		.filter_map(|(id, i)| i.order(id))
		.collect()
}

/// Whether the DOT/USDT book has intents that cross.
pub fn crossing() -> bool {
	pallet_intents::math::reference_clearing(hub::DOT, hub::USDT, &solvable_orders()).is_some()
}

fn outcome(o: Outcome) -> Applied {
	match o.ensure_complete() {
		Ok(()) => Applied::Ok,
		Err(e) => Applied::Failed(format!("xcm {:?} at {}", e.error, e.index)),
	}
}

fn report(world: &mut World, strategy: u8, change_bps: i16, forced: bool) -> Applied {
	let s = strategy_id(strategy);
	let Some(before) = pallet_strategies::Strategies::<Runtime>::get(s) else {
		return Applied::Failed("no strategy".into());
	};
	let delta = mul_div(before.debt, u128::from(change_bps.unsigned_abs()), 10_000);
	let value =
		if change_bps >= 0 { before.debt.saturating_add(delta) } else { before.debt - delta };
	let (origin, call): (RuntimeOrigin, RuntimeCall) = if forced {
		(RuntimeOrigin::root(), pallet_strategies::Call::force_report { strategy: s, value }.into())
	} else {
		(
			RuntimeOrigin::signed(user(REPORTER)),
			pallet_strategies::Call::report { strategy: s, value }.into(),
		)
	};
	let r = from(world.dispatch(origin, call));
	// The report tells what the position is worth: the reserve's ledger follows what Plexus
	// accepted.
	let after = pallet_strategies::Strategies::<Runtime>::get(s).map(|x| x.debt).unwrap_or(0);
	let position = world.reserve.positions.entry(s).or_default();
	*position = (*position + after).saturating_sub(before.debt);
	r
}

fn respond(world: &mut World, n: u8, reply: Reply) -> Applied {
	let Some(remote) = nth(&world.reserve.remote, n) else {
		return Applied::Failed("nothing in flight".into());
	};
	let response = match reply {
		Reply::Error => {
			Response::ExecutionResult(Some((4, XcmError::FailedToTransactAsset("pool"))))
		},
		_ => Response::ExecutionResult(None),
	};
	let message = Xcm(vec![QueryResponse {
		query_id: remote.query,
		response,
		max_weight: Weight::from_parts(50_000_000_000, 1 << 20),
		querier: Some(Here.into()),
	}]);
	let origin = if reply == Reply::WrongLocation {
		Location::new(1, [Parachain(2001)])
	} else {
		world.reserve.remote.retain(|x| x.query != remote.query);
		world.run_remote(&remote, reply == Reply::Success);
		asset_hub()
	};
	let result = outcome(world.execute_xcm(origin, message));
	let resolved = !pallet_strategies::Operations::<Runtime>::contains_key(remote.query);
	match (reply, resolved) {
		(Reply::WrongLocation, false) => Applied::Failed("responder refused".into()),
		(_, true) if result == Applied::Ok => Applied::Ok,
		_ => Applied::Failed(format!("{result:?}, resolved: {resolved}")),
	}
}

use polkadot_sdk::frame_support::weights::Weight;

fn inflow(world: &mut World, who: u8, a: u8, amt: Amt, from: u8, deposit: bool) -> Applied {
	let (location, base, id) = match a % 3 {
		0 => (Location::parent(), 30_000 * DOT, Some(hub::DOT)),
		1 => (
			pallet_strategies::HubAssets::<Runtime>::get(hub::USDT)
				.map(|h| h.location)
				.unwrap_or(Location::here()),
			300_000 * USDT,
			Some(hub::USDT),
		),
		_ => (
			Location::new(1, [Parachain(1000), PalletInstance(50), GeneralIndex(42)]),
			1_000 * USDT,
			None,
		),
	};
	// A reserve never sends more than exists: at most 10^30 planck (10^20 DOT).
	let amount = amt.of(base).clamp(1, 10u128.pow(30));
	let origin = match from % 3 {
		0 => asset_hub(),
		1 => Location::parent(),
		_ => Location::new(1, [Parachain(2001)]),
	};
	if let (Some(id), 0) = (id, from % 3) {
		// Asset Hub moved the assets into Plexus' sovereign account before sending.
		*world.reserve.sovereign.entry(id).or_default() += amount;
	}
	let message = reserve_deposit(location, amount, (amount / 50).max(1), &user(who), deposit);
	outcome(world.execute_xcm(origin, message))
}

/// A solver's solution for the open batch's DOT/USDT pair: the pallet's own reference
/// clearing of the pair's orders, corrupted as `corrupt` says.
fn solve(world: &mut World, who: u8, corrupt: u8) -> Applied {
	let batch = pallet_intents::Pallet::<Runtime>::api_current_batch();
	let clearing =
		pallet_intents::math::reference_clearing(hub::DOT, hub::USDT, &solvable_orders());
	let (mut prices, mut fills) = match clearing {
		Some(c) => (
			c.prices,
			c.fills
				.into_iter()
				.map(|f| SolutionFill { intent: f.intent, given: f.given, received: f.received })
				.collect::<Vec<_>>(),
		),
		None if corrupt == 0 => return Applied::Failed("nothing crosses".into()),
		None => (vec![(hub::DOT, 1), (hub::USDT, 2_000)], vec![]),
	};
	fills.sort_by_key(|f| f.intent);
	let mut batch_id = batch.id;
	match corrupt % 8 {
		1 => fills.iter_mut().for_each(|f| f.given = f.given.saturating_mul(2)),
		2 => fills.iter_mut().for_each(|f| f.received = f.received.saturating_add(1)),
		3 => fills.push(SolutionFill { intent: u64::MAX, given: 1, received: 1 }),
		4 => batch_id = batch_id.wrapping_add(1),
		5 => fills.reverse(),
		6 => prices.iter_mut().for_each(|p| p.1 = p.1.saturating_mul(3) / 2),
		7 => fills.clear(),
		_ => {},
	}
	let solution = pallet_intents::Solution {
		prices: prices.try_into().unwrap_or_default(),
		fills: fills.try_into().unwrap_or_default(),
	};
	from(
		world.dispatch(
			RuntimeOrigin::signed(user(who)),
			pallet_intents::Call::submit_solution { batch: batch_id, solution, pair_intents: 256 }
				.into(),
		),
	)
}
