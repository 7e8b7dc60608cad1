//! # Plexus runtime fuzzer
//!
//! A seeded, reproducible stateful fuzzer over the real `plexus-runtime`, run natively: random
//! sequences of everything users, solvers, keepers, governance and other chains can do to
//! Plexus, block by block, with the system's invariants checked after every operation and
//! every block. How to run it, what it covers and what it found: `fuzz/README.md`.
//!
//! - [`op`]: the operations, as data (a failing sequence prints as Rust);
//! - [`gen`]: their random generation from a [`rng::Rng`];
//! - [`setup`]: the chain they start from (the `development` preset plus vaults of both kinds,
//!   strategies on Asset Hub, gauges, inflow limits and funded users);
//! - [`world`]: blocks, dispatch under the block's weight limit, XCM through the runtime's
//!   executor, and Asset Hub's ledger kept from Plexus' outgoing messages;
//! - [`exec`]: one operation against the world;
//! - [`invariants`]: what must hold after each operation and block;
//! - [`runner`]: episodes, statistics and shrinking.

#![deny(missing_docs)]

pub mod exec;
pub mod gen;
pub mod invariants;
pub mod op;
pub mod rng;
pub mod runner;
pub mod setup;
pub mod world;
