//! `plexus-fuzz [OPS] [SEED] [--secs N] [--episode LEN] [--shrink-secs N] [--reasons] [--no-coverage-floor]`: runs `OPS`
//! operations (default 1 000 000) from `SEED` (default random), or until `--secs` passed;
//! prints operations per second, blocks and each kind's successes and failures (with
//! `--reasons`, each failure's error). On a
//! violation: the seed, the failing block and operation, and the shrunk sequence as Rust.
//! Exits 1 on a violation or when fewer than 30% of some kind of operation succeeded (unless
//! `--no-coverage-floor`, for runs from a random seed).

use plexus_fuzz::runner::{self, Stats};
use std::time::{Duration, Instant};

fn main() {
	let args: Vec<String> = std::env::args().skip(1).collect();
	let flag = |name: &str| {
		args.iter()
			.position(|a| a == name)
			.and_then(|i| args.get(i + 1))
			.and_then(|v| v.parse::<u64>().ok())
	};
	let positional: Vec<&String> = {
		let mut skip = false;
		args.iter()
			.filter(|a| {
				if skip {
					skip = false;
					return false;
				}
				if a.starts_with("--") {
					skip = matches!(a.as_str(), "--secs" | "--episode" | "--shrink-secs");
					return false;
				}
				true
			})
			.collect()
	};
	let ops = positional.first().and_then(|s| s.parse().ok()).unwrap_or(1_000_000u64);
	let seed = positional.get(1).and_then(|s| s.parse().ok()).unwrap_or_else(|| {
		std::time::SystemTime::now()
			.duration_since(std::time::UNIX_EPOCH)
			.map(|d| d.as_nanos() as u64)
			.unwrap_or(1)
	});
	let episode = flag("--episode").unwrap_or(5_000) as usize;
	let deadline = flag("--secs").map(|s| Instant::now() + Duration::from_secs(s));
	let shrink_secs = flag("--shrink-secs").unwrap_or(300);

	// Panics are failures the runner reports with the sequence; their default report would
	// repeat for every try of the shrinking.
	std::panic::set_hook(Box::new(|_| {}));
	println!("plexus-fuzz: seed {seed}, up to {ops} operations, episodes of {episode}");
	let start = Instant::now();
	let mut stats = Stats::default();
	let result = runner::fuzz(seed, ops, episode, deadline, &mut stats);
	let secs = start.elapsed().as_secs_f64();
	println!(
		"{} operations in {} blocks ({} episodes), {:.0} s, {:.0} operations/s",
		stats.ops,
		stats.blocks,
		stats.episodes,
		secs,
		stats.ops as f64 / secs.max(1e-9)
	);
	println!("{:<20} {:>10} {:>10} {:>6}", "kind", "succeeded", "failed", "ok %");
	for (kind, (ok, failed)) in stats.kinds.iter() {
		println!("{kind:<20} {ok:>10} {failed:>10} {:>6}", ok * 100 / (ok + failed).max(1));
	}
	if args.iter().any(|a| a == "--reasons") {
		println!("\nfailures by kind and error:");
		for ((kind, why), n) in stats.reasons.iter() {
			println!("{kind:<20} {n:>8}  {why}");
		}
	}
	if let Err((episode, failure)) = result {
		println!(
			"\nVIOLATION (seed {seed}, episode {episode}, operation {} of the episode, block {}): {}",
			failure.index, failure.block, failure.violation
		);
		println!("shrinking {} operations (at most {shrink_secs} s)...", failure.ops.len());
		let small = runner::shrink(failure, Duration::from_secs(shrink_secs));
		println!("shrunk to {} operations, failing with: {}", small.ops.len(), small.violation);
		println!("let ops = vec![");
		for op in small.ops.iter() {
			println!("\t{op:?},");
		}
		println!("];");
		std::process::exit(1);
	}
	// The coverage floor judges the generator on a fixed seed; a random seed's run looks for
	// violations only (some seeds draw constraints few vaults meet: seed 1796696492 matched
	// 28% of its deposit intents, before and after #24).
	let weak = stats.below(30);
	let check_coverage = !args.iter().any(|a| a == "--no-coverage-floor");
	if check_coverage && !weak.is_empty() && stats.ops >= 10_000 {
		println!("\nfewer than 30% succeeded: {weak:?}");
		std::process::exit(1);
	}
	println!("every invariant held");
}
