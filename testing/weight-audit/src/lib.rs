//! # Weight audit
//!
//! A test helper that fails when a call charges less than it touches. It runs a call twice on the
//! same state:
//!
//! 1. once on polkadot-sdk's benchmarking database (`sc_client_db::BenchmarkingState`, the
//!    backend `frame-omni-bencher` measures with), which counts the **distinct storage keys** the
//!    call reads from and writes to the database and records the **storage proof** those reads
//!    produce, exactly as a benchmark counts them (a key read after the call wrote it is served
//!    from the overlay and is not a read; whitelisted keys are not counted);
//! 2. with the pallet's weight functions evaluated at two database weights, `(0, 0)` and
//!    `(1, 2^20)`, so that the difference of the two charged ref_times is
//!    `reads + writes · 2^20`: the reads and writes the charged weight **declares**.
//!
//! [`assert_covers`] then requires `declared reads ≥ counted reads`,
//! `declared writes ≥ counted writes` and `charged proof_size ≥ recorded proof size`, and names
//! the storage items of a failure. "Charged" is what the call really pays: the post-dispatch
//! weight after a refund, or the pre-dispatch weight when the call refunds nothing.
//!
//! The scenario is the test's to choose: a worst case built for the call (the most storage the
//! call can touch), so that a benchmark whose set-up is not the worst case fails here.
//!
//! ## What a pallet's mock needs
//! - `type DbWeight` of `frame_system` settable per thread: a `parameter_types!` *static*
//!   (`pub static MockDbWeight: RuntimeDbWeight = RocksDbWeight::get();`), which the `set_db`
//!   argument sets;
//! - the pallet's `WeightInfo` reading `T::DbWeight` (the generated `SubstrateWeight<Test>`),
//!   not the `()` implementation, which hard-codes `RocksDbWeight`.

use polkadot_sdk::{
	frame_support::{
		dispatch::GetDispatchInfo,
		storage::transactional::TRANSACTION_LEVEL_KEY,
		traits::{StorageInfo, UnfilteredDispatchable},
		weights::{constants::RocksDbWeight, RuntimeDbWeight, Weight},
	},
	sc_client_db::BenchmarkingState,
	sp_core::storage::{well_known_keys, Storage, TrackedStorageKey},
	sp_externalities::{set_and_run_with_externalities, Externalities},
	sp_io::TestExternalities,
	sp_runtime::traits::BlakeTwo256,
	sp_state_machine::{Backend, Ext, OverlayedChanges},
};
use std::collections::BTreeMap;

/// The writes' multiplier in the probing database weight: a call declares fewer than 2^20 reads.
const WRITE_SHIFT: u32 = 20;

/// What a call read and wrote, counted as a benchmark counts it.
#[derive(Debug, Clone, Default)]
pub struct Accessed {
	/// Distinct keys read from the database (not whitelisted, not written before).
	pub reads: u32,
	/// Distinct keys written (set or removed) when the call's changes were committed.
	pub writes: u32,
	/// Bytes of storage proof the call's reads recorded (whitelisted keys' proof excluded).
	pub proof_size: u64,
	/// Reads and writes per storage item: `(key prefix, reads, writes)`.
	pub by_prefix: Vec<(Vec<u8>, u32, u32)>,
}

/// The reads, writes and proof size a charged weight declares.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Declared {
	/// Database reads the weight pays for.
	pub reads: u64,
	/// Database writes the weight pays for.
	pub writes: u64,
	/// Proof bytes the weight pays for.
	pub proof_size: u64,
}

/// The whitelist a frame-benchmarking v2 benchmark uses: the runtime's whitelisted keys (block
/// number, events, block weight… from `WhitelistedStorageKeys`), the caller's account (its nonce
/// and fee are paid by the transaction, not by the call) and the transactional layer,
/// `:extrinsic_index` and `:intrablock_entropy` keys.
pub fn benchmark_whitelist(
	mut runtime_keys: Vec<TrackedStorageKey>,
	caller_account_key: Option<Vec<u8>>,
) -> Vec<TrackedStorageKey> {
	runtime_keys.extend(caller_account_key.map(TrackedStorageKey::new));
	runtime_keys.push(TrackedStorageKey::new(TRANSACTION_LEVEL_KEY.into()));
	runtime_keys.push(TrackedStorageKey::new(well_known_keys::EXTRINSIC_INDEX.into()));
	runtime_keys.push(TrackedStorageKey::new(well_known_keys::INTRABLOCK_ENTROPY.into()));
	runtime_keys
}

/// The whole state of `ext` (its overlay committed first), as a genesis [`Storage`].
fn snapshot(ext: &mut TestExternalities) -> Storage {
	ext.commit_all().expect("a test externalities commits");
	let backend = ext.as_backend();
	let top = backend
		.pairs(Default::default())
		.expect("an in-memory trie iterates")
		.map(|pair| pair.expect("an in-memory trie reads"))
		.collect::<BTreeMap<_, _>>();
	Storage { top, children_default: Default::default() }
}

/// Runs `call` on the state of `ext` in a benchmarking database and counts what it touches.
pub fn measure<R>(
	ext: &mut TestExternalities,
	whitelist: Vec<TrackedStorageKey>,
	call: impl FnOnce() -> R,
) -> (R, Accessed) {
	let state = BenchmarkingState::<BlakeTwo256>::new(snapshot(ext), None, true, true)
		.expect("a benchmarking state opens on an in-memory database");
	let mut overlay = OverlayedChanges::<BlakeTwo256>::default();
	let mut ext = Ext::new(&mut overlay, &state, None);
	ext.set_whitelist(whitelist.clone());
	// As the benchmarks do: the whitelisted keys' proof is in the recorder before the call.
	for key in &whitelist {
		let _ = ext.storage(&key.key);
	}
	ext.reset_read_write_count();
	let proof_before = ext.proof_size().unwrap_or(0);
	let result = set_and_run_with_externalities(&mut ext, call);
	let proof_after = ext.proof_size().unwrap_or(0);
	ext.commit();
	let (reads, _, writes, _) = ext.read_write_count();
	let by_prefix = ext
		.get_read_and_written_keys()
		.into_iter()
		.map(|(prefix, reads, writes, _)| (prefix, reads, writes))
		.collect();
	let proof_size = u64::from(proof_after.saturating_sub(proof_before));
	(result, Accessed { reads, writes, proof_size, by_prefix })
}

/// The reads and writes declared by the weight `charged_at` returns for a database weight, from
/// two evaluations (see the crate docs); the proof size is that of the first.
pub fn declared(charged_at: impl Fn(RuntimeDbWeight) -> Weight) -> Declared {
	declared_around(RuntimeDbWeight { read: 0, write: 0 }, charged_at)
}

/// As [`declared`], probing around the database weight `base` instead of zero:
/// `charged_at(base + (1, 2^20)) − charged_at(base)`. For a weight that is the dearest of
/// several paths (`Weight::max`): around zero the two probes may pick different paths, around
/// realistic database weights they pick the same one.
pub fn declared_around(
	base: RuntimeDbWeight,
	charged_at: impl Fn(RuntimeDbWeight) -> Weight,
) -> Declared {
	let at_base = charged_at(base);
	let probe = RuntimeDbWeight {
		read: base.read.saturating_add(1),
		write: base.write.saturating_add(1 << WRITE_SHIFT),
	};
	let db = charged_at(probe).ref_time().saturating_sub(at_base.ref_time());
	Declared {
		reads: db & ((1 << WRITE_SHIFT) - 1),
		writes: db >> WRITE_SHIFT,
		proof_size: at_base.proof_size(),
	}
}

/// Dispatches `call` from `origin` (bypassing the call filter, as a benchmark does) and returns
/// the weight it charged: the post-dispatch weight after a refund, or the pre-dispatch one.
/// Panics if the call fails: a failing call touches less than the worst case it stands for.
pub fn charged_by_dispatch<C: UnfilteredDispatchable + GetDispatchInfo>(
	name: &str,
	call: C,
	origin: C::RuntimeOrigin,
) -> Weight {
	let info = call.get_dispatch_info();
	let post = call
		.dispatch_bypass_filter(origin)
		.unwrap_or_else(|e| panic!("{name}: the worst case succeeds: {e:?}"));
	post.calc_actual_weight(&info)
}

/// Whether `declared` covers `accessed` in every dimension: reads, writes and proof.
pub fn covers(declared: &Declared, accessed: &Accessed) -> bool {
	declared.reads >= u64::from(accessed.reads)
		&& declared.writes >= u64::from(accessed.writes)
		&& declared.proof_size >= accessed.proof_size
}

/// Fails the audit of `name`: what was declared and counted, and the storage items touched
/// (named from `items`).
pub fn fail(name: &str, declared: &Declared, accessed: &Accessed, items: &[StorageInfo]) -> ! {
	let table: Vec<String> = accessed
		.by_prefix
		.iter()
		.map(|(prefix, r, w)| format!("  {:<48} {r}r {w}w", item_name(prefix, items)))
		.collect();
	panic!(
		"{name} charges less than it touches:\n  declared {} reads, {} writes, {} proof bytes\n  \
		 counted  {} reads, {} writes, {} proof bytes\n{}",
		declared.reads,
		declared.writes,
		declared.proof_size,
		accessed.reads,
		accessed.writes,
		accessed.proof_size,
		table.join("\n")
	)
}

/// The storage item a key prefix belongs to, as `Pallet::Item`.
fn item_name(prefix: &[u8], items: &[StorageInfo]) -> String {
	items
		.iter()
		.find(|item| prefix.starts_with(&item.prefix))
		.map(|item| {
			format!(
				"{}::{}",
				String::from_utf8_lossy(&item.pallet_name),
				String::from_utf8_lossy(&item.storage_name)
			)
		})
		.unwrap_or_else(|| format!("0x{}", hex(prefix)))
}

fn hex(bytes: &[u8]) -> String {
	bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Runs a call's scenario and fails (with the storage items it touched) when the weight it
/// charges declares fewer reads, fewer writes or less proof than it really used.
///
/// - `scenario` builds the state just before the call (a fresh externalities each time);
/// - `set_db` sets the mock's `DbWeight` for the current thread;
/// - `call` dispatches the call and returns the weight it charged (it should assert that the
///   call succeeded: a failing call touches less than the worst case);
/// - `items` names storage items in the report (`AllPalletsWithSystem::storage_info()`).
///
/// Returns what was counted and declared, for further assertions.
pub fn assert_covers(
	name: &str,
	scenario: impl Fn() -> TestExternalities,
	whitelist: Vec<TrackedStorageKey>,
	set_db: impl Fn(RuntimeDbWeight),
	call: impl Fn() -> Weight,
	items: &[StorageInfo],
) -> (Accessed, Declared) {
	let (_, accessed) = measure(&mut scenario(), whitelist, &call);
	let declared = declared(|db| {
		set_db(db);
		scenario().execute_with(&call)
	});
	set_db(RocksDbWeight::get());
	if !covers(&declared, &accessed) {
		fail(name, &declared, &accessed, items);
	}
	(accessed, declared)
}

#[cfg(test)]
mod tests {
	use super::*;

	/// A weight of 7 ps of computation, 3 reads, 2 writes and 100 bytes of proof.
	fn weight_at(db: RuntimeDbWeight) -> Weight {
		Weight::from_parts(7, 100).saturating_add(db.reads_writes(3, 2))
	}

	#[test]
	fn the_probes_recover_the_declared_reads_writes_and_proof() {
		let expected = Declared { reads: 3, writes: 2, proof_size: 100 };
		assert_eq!(declared(weight_at), expected);
		assert_eq!(declared_around(RocksDbWeight::get(), weight_at), expected);
	}

	#[test]
	fn a_weight_covers_only_what_it_declares_in_every_dimension() {
		let declared = Declared { reads: 3, writes: 2, proof_size: 100 };
		let accessed = |reads, writes, proof_size| Accessed {
			reads,
			writes,
			proof_size,
			by_prefix: Vec::new(),
		};
		assert!(covers(&declared, &accessed(3, 2, 100)));
		assert!(!covers(&declared, &accessed(4, 2, 100)), "one read more");
		assert!(!covers(&declared, &accessed(3, 3, 100)), "one write more");
		assert!(!covers(&declared, &accessed(3, 2, 101)), "one proof byte more");
	}
}
