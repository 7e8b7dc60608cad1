//! Random operations: each kind with a weight, its arguments aimed at what exists (the
//! actor's balances, open requests and intents, stakes, locks, held inflows, programs in
//! flight) so that most operations do something, and sometimes hostile (zero, `u128::MAX`, out
//! of bounds, the wrong origin chain, each kind of invalid solution). A kind whose target does
//! not exist yet (nothing to cancel, nothing in flight) gives way to another draw.
//!
//! Generation reads the state (it runs inside the chain's externalities) but an operation is
//! data: a recorded sequence replays without the generator.

use crate::{
	exec,
	op::{Amt, Op, Reply},
	rng::Rng,
	setup::{share_asset, user, who_of, STRATEGIES, USERS, VAULTS},
	world::World,
};
use plexus_runtime::{Assets, Gauges, Runtime, System, DAYS};

fn who(r: &mut Rng) -> u8 {
	r.pick(USERS.len() as u8)
}

fn amt(r: &mut Rng) -> Amt {
	match r.below(100) {
		0..=2 => Amt::Zero,
		3..=5 => Amt::Max,
		6..=8 => Amt::Exact(r.below(1_000) as u128),
		9..=14 => Amt::All,
		_ => Amt::Part(1 + r.below(3_000) as u16),
	}
}

/// A sensible amount (a part of the base) 90% of the time, hostile otherwise.
fn mostly_fair(r: &mut Rng) -> Amt {
	if r.chance(90) {
		Amt::Part(100 + r.below(3_000) as u16)
	} else {
		amt(r)
	}
}

fn pick<T: Clone>(r: &mut Rng, items: &[T]) -> Option<T> {
	if items.is_empty() {
		None
	} else {
		items.get(r.below(items.len() as u64) as usize).cloned()
	}
}

/// Users holding shares of `vault`.
fn holders(vault: u8) -> Vec<u8> {
	(0..USERS.len() as u8)
		.filter(|w| Assets::balance(share_asset(u32::from(vault)), user(*w)) > 0)
		.collect()
}

/// Vaults that take deposits now.
fn open_vaults() -> Vec<u8> {
	let now = System::block_number();
	(0..VAULTS)
		.filter(|v| {
			pallet_vaults::Vaults::<Runtime>::get(u32::from(*v))
				.is_some_and(|i| i.accepts_deposits(now))
		})
		.collect()
}

/// Strategies with no program in flight.
fn idle_strategies() -> Vec<u8> {
	(0..STRATEGIES)
		.filter(|s| {
			pallet_strategies::Strategies::<Runtime>::get(u32::from(*s))
				.is_some_and(|x| x.operation.is_none())
		})
		.collect()
}

fn lock_of(w: u8) -> Option<pallet_gauges::LockInfo> {
	pallet_gauges::Locks::<Runtime>::get(user(w))
}

/// The next operation: drawn until one whose target exists (at most 32 draws, then a block).
pub fn next(r: &mut Rng, world: &World) -> Op {
	for _ in 0..32 {
		if let Some(op) = draw(r, world) {
			return op;
		}
	}
	Op::Block
}

fn draw(r: &mut Rng, world: &World) -> Option<Op> {
	use Op::*;
	let vault = |r: &mut Rng| r.pick(VAULTS);
	let gauge = |r: &mut Rng| r.pick(8);
	let ttl = |r: &mut Rng| if r.chance(5) { 0 } else { 1 + r.pick(40) };
	let hostile = r.chance(10);
	let epoch = Gauges::current_epoch();
	Some(match r.below(1_000) {
		// time: about one block per six operations, jumps across batches, days and epochs
		0..=149 => Block,
		150..=164 => Jump(match r.below(4) {
			0 => 1 + r.below(20) as u32,
			1 => 1 + r.below(DAYS as u64) as u32,
			2 => DAYS + r.below(3 * DAYS as u64) as u32,
			_ => 7 * DAYS + r.below(DAYS as u64) as u32,
		}),

		// vaults
		165..=239 => {
			let v = if hostile { vault(r) } else { pick(r, &open_vaults())? };
			Deposit { who: who(r), vault: v, amt: mostly_fair(r) }
		},
		240..=259 => {
			let v = if hostile { vault(r) } else { pick(r, &open_vaults())? };
			Mint { who: who(r), vault: v, amt: mostly_fair(r) }
		},
		260..=304 => {
			let v = vault(r);
			let w = if hostile { who(r) } else { pick(r, &holders(v))? };
			RequestRedeem { who: w, vault: v, amt: mostly_fair(r) }
		},
		305..=314 => {
			let w = who(r);
			let requests = pallet_vaults::RequestsOf::<Runtime>::get(user(w));
			let pending: Vec<u8> = requests
				.iter()
				.enumerate()
				.filter(|(_, id)| {
					pallet_vaults::Requests::<Runtime>::get(**id).is_some_and(|q| {
						matches!(q.state, pallet_vaults::RequestState::Pending { .. })
					})
				})
				.map(|(i, _)| i as u8)
				.collect();
			CancelRequest { who: w, nth: if hostile { r.pick(4) } else { pick(r, &pending)? } }
		},
		315..=329 => Finalize { who: who(r), vault: vault(r), max: r.below(40) as u32 },
		330..=349 => {
			let w = who(r);
			if !hostile && pallet_vaults::RequestsOf::<Runtime>::get(user(w)).is_empty() {
				return None;
			}
			Claim { who: w, count: 1 + r.pick(4) }
		},
		350..=364 => {
			let v = vault(r);
			let w = if hostile { who(r) } else { pick(r, &holders(v))? };
			TransferShares { who: w, to: who(r), vault: v, amt: mostly_fair(r) }
		},
		365..=367 => Pause { vault: vault(r) },
		368..=377 => Unpause { vault: vault(r) },
		378..=381 => SetCap { vault: vault(r), amt: if r.chance(50) { Amt::Max } else { amt(r) } },
		382..=385 => {
			SetFee { vault: vault(r), bps: r.below(if hostile { 11_000 } else { 3_000 }) as u16 }
		},
		386..=389 => SetMinIdle {
			vault: vault(r),
			bps: r.below(if hostile { 11_000 } else { 3_000 }) as u16,
		},
		390..=393 => {
			let unfunded = pallet_vaults::Vaults::<Runtime>::get(2).is_some_and(|v| match v.kind {
				pallet_vaults::VaultKind::Curated { terms, .. } => {
					terms.partner_rewards.iter().any(|p| !p.funded)
						&& System::block_number() < terms.end
				},
				_ => false,
			});
			if !unfunded {
				return None;
			}
			FundPartnerReward {
				who: if hostile { who(r) } else { 4 },
				vault: 2,
				index: u32::from(hostile),
			}
		},

		// intents
		394..=469 => SubmitSwap {
			who: who(r),
			give_dot: r.chance(50),
			amt: mostly_fair(r),
			price_bps: 8_000 + r.below(4_000) as u16,
			partial: r.chance(60),
			remote: r.chance(20),
			ttl: ttl(r),
		},
		470..=494 => SubmitDeposit {
			who: who(r),
			dot: r.chance(50),
			amt: mostly_fair(r),
			filter: r.pick(3),
			ttl: ttl(r),
		},
		495..=514 => {
			let v = vault(r);
			let w = if hostile { who(r) } else { pick(r, &holders(v))? };
			SubmitRedeem {
				who: w,
				vault: v,
				amt: mostly_fair(r),
				min_bps: 9_000 + r.below(1_500) as u16,
				ttl: ttl(r),
			}
		},
		515..=529 => {
			let w = who(r);
			let n = pallet_intents::AccountIntents::<Runtime>::get(user(w)).len();
			if n == 0 && !hostile {
				return None;
			}
			CancelIntent { who: w, nth: r.pick(n.max(1) as u8) }
		},
		530..=539 => {
			let expired = exec::expired_intents();
			let nth = if hostile {
				r.pick(16)
			} else {
				pick(r, &(0..expired.len() as u8).collect::<Vec<_>>())?
			};
			CleanUp { who: who(r), nth }
		},
		540..=579 => {
			let corrupt = if r.chance(20) { 1 + r.pick(7) } else { 0 };
			let batch = pallet_intents::Pallet::<Runtime>::api_current_batch().id;
			let solved = pallet_intents::Best::<Runtime>::get().is_some_and(|b| b.batch == batch);
			if corrupt == 0 && (solved || !exec::crossing()) {
				return None;
			}
			Solve { who: who(r), corrupt }
		},
		580..=584 => {
			let unclaimed: Vec<_> = pallet_intents::Unclaimed::<Runtime>::iter_keys().collect();
			let (w, asset) = pick(r, &unclaimed)?;
			let w = who_of(&w)?;
			ClaimUnclaimed { who: w, dot: asset == plexus_runtime::hub_assets::DOT }
		},

		// gauges
		585..=599 => {
			let w = who(r);
			if lock_of(w).is_some() && !hostile {
				return None;
			}
			Lock {
				who: w,
				amt: mostly_fair(r),
				epochs: if hostile { r.pick(110) } else { 1 + r.pick(6) },
			}
		},
		600..=607 => {
			let w = who(r);
			let l = lock_of(w);
			if l.is_none() && !hostile {
				return None;
			}
			let left = l.map(|l| l.end.saturating_sub(epoch)).unwrap_or(0) as u8;
			ExtendLock {
				who: w,
				epochs: if hostile { r.pick(110) } else { left.saturating_add(1 + r.pick(4)) },
			}
		},
		608..=615 => {
			let w = who(r);
			if lock_of(w).is_none_or(|l| l.end <= epoch) && !hostile {
				return None;
			}
			IncreaseLock { who: w, amt: mostly_fair(r) }
		},
		616..=621 => {
			let w = who(r);
			if lock_of(w).is_none_or(|l| l.end > epoch) && !hostile {
				return None;
			}
			WithdrawLock { who: w }
		},
		622..=641 => {
			let w = who(r);
			// A lock votes from the epoch after it was made.
			if !lock_of(w).is_some_and(|l| l.end > epoch + 1 && l.changed_in < epoch) && !hostile {
				return None;
			}
			// The seed's top bit: any gauge, killed ones too (hostile); otherwise active ones.
			let seed = r.next_u64() as u32;
			Vote { who: w, seed: if hostile { seed | 1 << 31 } else { seed & !(1 << 31) } }
		},
		642..=661 => {
			let gauges: Vec<(u8, u8)> = pallet_gauges::Gauges::<Runtime>::iter()
				.filter_map(|(g, i)| match i.kind {
					pallet_gauges::GaugeKind::Emission { vault } if g < 256 => {
						Some((g as u8, vault as u8))
					},
					_ => None,
				})
				.collect();
			let (g, v) = if hostile { (gauge(r), 0) } else { pick(r, &gauges)? };
			let w = if hostile { who(r) } else { pick(r, &holders(v))? };
			Stake { who: w, gauge: g, amt: mostly_fair(r) }
		},
		662..=681 => {
			let stakes: Vec<(u32, u8)> = pallet_gauges::Stakes::<Runtime>::iter()
				.filter_map(|(g, a, _)| who_of(&a).map(|w| (g, w)))
				.collect();
			let (g, w) = if hostile { (u32::from(gauge(r)), who(r)) } else { pick(r, &stakes)? };
			let claimable = pallet_gauges::Pallet::<Runtime>::claimable_emissions(&user(w), g) > 0;
			if r.chance(50) {
				Unstake { who: w, gauge: g as u8, amt: mostly_fair(r) }
			} else if claimable || hostile {
				ClaimEmissions { who: w, gauge: g as u8 }
			} else {
				return None;
			}
		},
		682..=693 => AddIncentive {
			who: who(r),
			gauge: gauge(r),
			ahead: r.pick(4),
			dot: r.chance(50),
			amt: mostly_fair(r),
		},
		694..=703 => {
			let voted: Vec<(u8, u8)> = (0..USERS.len() as u8)
				.flat_map(|w| {
					pallet_gauges::VotesOf::<Runtime>::get(user(w))
						.into_iter()
						.map(move |(g, _, _)| (w, g as u8))
				})
				.collect();
			let (w, g) = if hostile { (who(r), gauge(r)) } else { pick(r, &voted)? };
			ClaimIncentives { who: w, gauge: g }
		},
		704..=707 => {
			let deposits: Vec<(u8, u8, u8, bool)> =
				pallet_gauges::IncentiveDeposits::<Runtime>::iter_keys()
					.filter(|(_, e, _, _)| *e <= epoch && epoch - *e < 256)
					.filter_map(|(g, e, a, asset)| {
						let w = who_of(&a)?;
						Some((
							w,
							g as u8,
							(epoch - e) as u8,
							asset == plexus_runtime::hub_assets::DOT,
						))
					})
					.collect();
			let (w, g, back, dot) = if hostile {
				(who(r), gauge(r), r.pick(4), r.chance(50))
			} else {
				pick(r, &deposits)?
			};
			RefundIncentive { who: w, gauge: g, back, dot }
		},
		708..=709 => {
			// Only gauges that do not exist yet: emission gauges of vaults, allocation gauges
			// of the governed vaults' strategies.
			let free: Vec<u32> = (0..u32::from(VAULTS))
				.filter(|v| !pallet_gauges::EmissionGauge::<Runtime>::contains_key(v))
				.map(|v| v * 2)
				.chain(
					(0..2u32)
						.filter(|s| {
							!pallet_gauges::AllocationGauges::<Runtime>::get(s)
								.iter()
								.any(|(x, _)| x == s)
						})
						.map(|s| s * 2 + 1),
				)
				.collect();
			CreateGauge { seed: pick(r, &free)? }
		},
		710 => KillGauge { gauge: gauge(r) },
		711..=716 => Checkpoint { who: who(r), gauge: gauge(r) },

		// strategies
		717..=746 => {
			let s = if hostile { r.pick(STRATEGIES) } else { pick(r, &idle_strategies())? };
			Allocate { strategy: s, amt: mostly_fair(r) }
		},
		747..=766 => {
			let with_debt: Vec<u8> = idle_strategies()
				.into_iter()
				.filter(|s| {
					pallet_strategies::Strategies::<Runtime>::get(u32::from(*s))
						.is_some_and(|x| x.debt > 0)
				})
				.collect();
			let s = if hostile { r.pick(STRATEGIES) } else { pick(r, &with_debt)? };
			Deallocate { strategy: s, amt: if r.chance(20) { Amt::All } else { mostly_fair(r) } }
		},
		767..=776 => {
			// Governed vaults' strategies not rebalanced in this epoch.
			let governed: Vec<u8> = idle_strategies()
				.into_iter()
				.filter(|s| *s < 2)
				.filter(|s| {
					pallet_strategies::Strategies::<Runtime>::get(u32::from(*s))
						.is_some_and(|x| x.last_rebalance != Some(epoch))
				})
				.collect();
			Rebalance {
				who: who(r),
				strategy: if hostile { r.pick(STRATEGIES) } else { pick(r, &governed)? },
			}
		},
		777..=801 => {
			let s = if hostile { r.pick(STRATEGIES) } else { pick(r, &idle_strategies())? };
			let change_bps =
				if hostile { r.below(4_000) as i16 - 2_000 } else { r.below(600) as i16 - 200 };
			Report { strategy: s, change_bps }
		},
		802..=806 => {
			let s = if hostile { r.pick(STRATEGIES) } else { pick(r, &idle_strategies())? };
			ForceReport { strategy: s, change_bps: r.below(2_000) as i16 - 1_000 }
		},
		807..=856 => {
			if world.reserve.remote.is_empty() && !hostile {
				return None;
			}
			Respond {
				nth: r.pick(world.reserve.remote.len().clamp(1, 255) as u8),
				reply: match r.below(10) {
					0..=5 => Reply::Success,
					6..=8 => Reply::Error,
					_ => Reply::WrongLocation,
				},
			}
		},
		857..=861 => {
			let now = System::block_number();
			let timed_out: Vec<u8> = world
				.reserve
				.remote
				.iter()
				.enumerate()
				.filter(|(_, x)| {
					pallet_strategies::Operations::<Runtime>::get(x.query)
						.is_some_and(|o| o.sent_at + DAYS <= now)
				})
				.map(|(i, _)| i as u8)
				.collect();
			if world.reserve.remote.is_empty() {
				return None;
			}
			let nth = if hostile { r.pick(4) } else { pick(r, &timed_out)? };
			ForceResolve { nth, succeeded: r.chance(70) }
		},
		862..=881 => {
			WithdrawTo { who: who(r), dot: r.chance(50), amt: mostly_fair(r), ok: r.chance(90) }
		},
		882..=891 => {
			let now = System::block_number();
			let held = exec::held_inflows();
			let forced = r.chance(30);
			let ready: Vec<u8> = held
				.iter()
				.enumerate()
				.filter(|(_, (_, h))| forced || h.releasable_at <= now)
				.map(|(i, _)| i as u8)
				.collect();
			let nth = if hostile { r.pick(8) } else { pick(r, &ready)? };
			ReleaseInflow { who: who(r), nth, forced }
		},
		892..=895 => {
			let n = exec::held_inflows().len();
			if n == 0 && !hostile {
				return None;
			}
			ReturnInflow { nth: r.pick(n.clamp(1, 255) as u8) }
		},

		// other chains
		896..=975 => Inflow {
			who: who(r),
			asset: if r.chance(90) { r.pick(2) } else { 2 },
			amt: mostly_fair(r),
			from: if r.chance(85) { 0 } else { 1 + r.pick(2) },
			deposit: r.chance(85),
		},
		976..=989 => {
			let n = world.reserve.trapped.len();
			if n == 0 && !hostile {
				return None;
			}
			ClaimTrapped { who: who(r), nth: r.pick(n.clamp(1, 255) as u8) }
		},
		_ => Channel { open: r.chance(70) },
	})
}
