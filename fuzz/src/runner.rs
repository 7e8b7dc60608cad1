//! Runs sequences of operations over fresh chains (*episodes*), checks the invariants after
//! every operation and block, counts outcomes per kind, and shrinks a failing sequence.

use crate::{
	exec::{self, Applied},
	gen,
	invariants::{self, Violation},
	op::Op,
	rng::Rng,
	setup,
	world::World,
};
use plexus_runtime::{genesis_config_presets::preset_config, Runtime, RuntimeEvent, System};
use polkadot_sdk::{
	sp_io::TestExternalities,
	sp_runtime::{BuildStorage, Storage},
	staging_xcm::latest::prelude::*,
};
use std::{
	collections::BTreeMap,
	sync::OnceLock,
	time::{Duration, Instant},
};

/// The longest jump: an epoch and a day.
pub const MAX_JUMP: u32 = 100_800 + 14_400;

/// Successes and failures per kind of operation, and totals.
#[derive(Clone, Debug, Default)]
pub struct Stats {
	/// Per kind: `(succeeded, failed)`.
	pub kinds: BTreeMap<String, (u64, u64)>,
	/// Operations run.
	pub ops: u64,
	/// Blocks run.
	pub blocks: u64,
	/// Episodes run.
	pub episodes: u64,
	/// Per `(kind, error)`: how often operations of the kind failed with the error.
	pub reasons: BTreeMap<(String, String), u64>,
	/// Whether to keep every event (as `Debug` text) in `events`, for tests.
	pub record_events: bool,
	/// The events of the run, when `record_events`.
	pub events: Vec<String>,
}

impl Stats {
	fn record(&mut self, op: &Op, applied: &Applied) {
		let e = self.kinds.entry(op.kind()).or_default();
		match applied {
			Applied::Ok => e.0 += 1,
			Applied::Failed(why) => {
				e.1 += 1;
				let why = why.split("message: Some(").last().unwrap_or(why);
				*self.reasons.entry((op.kind(), why.chars().take(60).collect())).or_default() += 1;
			},
			Applied::BlockFull => e.1 += 1,
		}
		self.ops += 1;
	}

	/// The kinds of which fewer than `percent`% succeeded (with their rate).
	pub fn below(&self, percent: u64) -> Vec<(String, u64)> {
		self.kinds
			.iter()
			.filter(|(k, _)| !matches!(k.as_str(), "Block" | "Jump"))
			.map(|(k, (ok, failed))| (k.clone(), ok * 100 / (ok + failed).max(1)))
			.filter(|(_, rate)| *rate < percent)
			.collect()
	}
}

/// A sequence that broke an invariant.
#[derive(Clone, Debug)]
pub struct Failure {
	/// The operations of the episode up to the failing one.
	pub ops: Vec<Op>,
	/// The index of the failing operation.
	pub index: usize,
	/// The block it failed in.
	pub block: u32,
	/// What broke.
	pub violation: Violation,
}

fn genesis() -> &'static Storage {
	static GENESIS: OnceLock<Storage> = OnceLock::new();
	GENESIS.get_or_init(|| {
		preset_config("development")
			.expect("the development preset exists")
			.build_storage()
			.expect("genesis builds")
	})
}

fn track_traps(world: &mut World, events: &[RuntimeEvent]) {
	use polkadot_sdk::pallet_xcm::Event as XcmEvent;
	for e in events {
		let (origin, assets, trapped) = match e {
			RuntimeEvent::PolkadotXcm(XcmEvent::AssetsTrapped { origin, assets, .. }) => {
				(origin, assets, true)
			},
			RuntimeEvent::PolkadotXcm(XcmEvent::AssetsClaimed { origin, assets, .. }) => {
				(origin, assets, false)
			},
			_ => continue,
		};
		let Ok(assets) = Assets::try_from(assets.clone()) else { continue };
		for asset in assets.inner() {
			let Fungible(amount) = asset.fun else { continue };
			let Some(id) = pallet_strategies::HubAssetIds::<Runtime>::get(&asset.id.0) else {
				continue;
			};
			let entry = (origin.clone(), id, amount);
			if trapped {
				world.reserve.trapped.push(entry);
			} else if let Some(i) = world.reserve.trapped.iter().position(|t| *t == entry) {
				world.reserve.trapped.remove(i);
			}
		}
	}
}

/// After a step (an operation or a block's hooks): the reserve reads what Plexus sent, the
/// traps are tracked, and the per-step invariants hold.
fn after_step(world: &mut World, signer: Option<u8>, stats: &mut Stats) -> Result<(), Violation> {
	world.deliver_outbound()?;
	let events = world.new_events();
	if stats.record_events {
		stats.events.extend(events.iter().map(|e| format!("{e:?}")));
	}
	if trace() {
		for e in events.iter() {
			println!("    {e:?}");
		}
	}
	track_traps(world, &events);
	let before = world.snapshot.take().unwrap_or_else(invariants::snapshot);
	world.snapshot = Some(invariants::check_step(&before, signer, &events)?);
	Ok(())
}

/// Ends the block, checks it, and starts the block `by` blocks later.
fn next_block(world: &mut World, by: u32, stats: &mut Stats) -> Result<(), Violation> {
	let (used, given) = world.end_block();
	after_step(world, None, stats)?;
	invariants::check_block(world, (used.ref_time(), given.ref_time()))?;
	let n = System::block_number() + by.clamp(1, MAX_JUMP);
	world.start_block(n);
	after_step(world, None, stats)
}

/// Whether `PLEXUS_FUZZ_TRACE` is set: every operation, its outcome and its events are printed.
pub fn trace() -> bool {
	static TRACE: OnceLock<bool> = OnceLock::new();
	*TRACE.get_or_init(|| std::env::var_os("PLEXUS_FUZZ_TRACE").is_some())
}

fn step(world: &mut World, op: &Op, stats: &mut Stats) -> Result<(), Violation> {
	if trace() {
		println!("#{} {op:?}", System::block_number());
	}
	match op {
		Op::Block => {
			next_block(world, 1, stats)?;
			stats.record(op, &Applied::Ok);
		},
		Op::Jump(by) => {
			next_block(world, *by, stats)?;
			stats.record(op, &Applied::Ok);
		},
		_ => {
			let mut applied = exec::apply(world, op);
			if applied == Applied::BlockFull {
				next_block(world, 1, stats)?;
				applied = exec::apply(world, op);
			}
			if trace() {
				println!("  -> {applied:?}");
			}
			after_step(world, op.signer(), stats)?;
			stats.record(op, &applied);
		},
	}
	Ok(())
}

/// Where an episode's operations come from.
pub enum Source<'a> {
	/// A recorded sequence.
	Replay(&'a [Op]),
	/// `n` operations drawn from the generator as the chain evolves, stopping early at the
	/// deadline if one is given.
	Generate(&'a mut Rng, usize, Option<Instant>),
}

/// Runs `ops` from the set-up state; the first violation (or panic) stops the run.
pub fn run(ops: &[Op], stats: &mut Stats) -> Result<(), Failure> {
	run_then(Source::Replay(ops), stats, |_| {}).map(|_| ())
}

/// Runs an episode from the set-up state, then `then` on the final state (in the chain's
/// externalities, e.g. a test's assertions). Returns the operations run; the first violation
/// (or panic) stops the run.
pub fn run_then(
	source: Source,
	stats: &mut Stats,
	then: impl FnOnce(&World),
) -> Result<Vec<Op>, Failure> {
	let mut ext = TestExternalities::new(genesis().clone());
	let mut ops: Vec<Op> = vec![];
	let result = ext.execute_with(|| {
		std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
			let mut world = World::new();
			world.start_block(1);
			setup::build(&mut world);
			after_step(&mut world, None, stats).map_err(|v| (v, 0))?;
			let fail = |v| (v, System::block_number());
			match source {
				Source::Replay(recorded) => {
					for op in recorded {
						ops.push(op.clone());
						step(&mut world, op, stats).map_err(fail)?;
					}
				},
				Source::Generate(rng, n, deadline) => {
					for _ in 0..n {
						if deadline.is_some_and(|d| Instant::now() >= d) {
							break;
						}
						let op = gen::next(rng, &world);
						ops.push(op.clone());
						step(&mut world, &op, stats).map_err(fail)?;
					}
				},
			}
			next_block(&mut world, 1, stats).map_err(fail)?;
			stats.blocks += world.blocks;
			then(&world);
			Ok::<(), (Violation, u32)>(())
		}))
	});
	stats.episodes += 1;
	let (violation, block) = match result {
		Ok(Ok(())) => return Ok(ops),
		Ok(Err(e)) => e,
		Err(panic) => {
			let what = panic
				.downcast_ref::<String>()
				.cloned()
				.or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
				.unwrap_or_default();
			(Violation::new(format!("panic: {what}")), 0)
		},
	};
	let index = ops.len().saturating_sub(1);
	Err(Failure { ops, index, block, violation })
}

/// The generator of episode `episode` of a run seeded `seed`.
pub fn episode_rng(seed: u64, episode: u64) -> Rng {
	Rng::new(seed ^ episode.wrapping_mul(0xA24B_AED4_963E_E407))
}

/// Runs episodes of `len` operations from `seed` until `total` operations ran or `deadline`
/// passed; returns the first failure with its episode.
pub fn fuzz(
	seed: u64,
	total: u64,
	len: usize,
	deadline: Option<Instant>,
	stats: &mut Stats,
) -> Result<(), (u64, Failure)> {
	let mut episode = 0u64;
	let start = Instant::now();
	let mut reported = start;
	while stats.ops < total && deadline.is_none_or(|d| Instant::now() < d) {
		let n = len.min((total - stats.ops) as usize).max(1);
		let mut rng = episode_rng(seed, episode);
		run_then(Source::Generate(&mut rng, n, deadline), stats, |_| {})
			.map_err(|f| (episode, f))?;
		episode += 1;
		if reported.elapsed() >= Duration::from_secs(60) {
			reported = Instant::now();
			eprintln!(
				"  {} operations, {} blocks, {} episodes, {:.0} s",
				stats.ops,
				stats.blocks,
				episode,
				start.elapsed().as_secs_f64()
			);
		}
	}
	Ok(())
}

/// Shrinks a failing sequence (delta debugging, Zeller's ddmin): removes chunks of
/// operations, halving the chunk size, as long as the sequence still fails with a violation
/// of the same kind, within `budget`.
pub fn shrink(failure: Failure, budget: Duration) -> Failure {
	let start = Instant::now();
	let same = |v: &Violation| kind_of(v) == kind_of(&failure.violation);
	let mut best = failure.clone();
	let mut chunk = (best.ops.len() / 2).max(1);
	while chunk >= 1 && start.elapsed() < budget {
		let mut i = 0;
		let mut progressed = false;
		while i < best.ops.len() && start.elapsed() < budget {
			let mut candidate = best.ops.clone();
			let end = (i + chunk).min(candidate.len());
			candidate.drain(i..end);
			match run(&candidate, &mut Stats::default()) {
				Err(f) if same(&f.violation) => {
					best = f;
					progressed = true;
				},
				_ => i += chunk,
			}
		}
		if !progressed {
			if chunk == 1 {
				break;
			}
			chunk /= 2;
		}
	}
	best
}

fn kind_of(v: &Violation) -> String {
	v.0.split(|c: char| c.is_ascii_digit()).next().unwrap_or_default().to_string()
}
