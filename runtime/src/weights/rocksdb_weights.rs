// This file is part of Plexus.
// SPDX-License-Identifier: Apache-2.0

//! THIS FILE WAS AUTO-GENERATED USING THE SUBSTRATE BENCHMARK CLI VERSION 64.0.0
//! DATE: 2026-12-05 (Y/M/D)
//! HOSTNAME: `vm`, CPU: `AMD EPYC`
//!
//! DATABASE: `RocksDb`, RUNTIME: `Plexus Development`
//! BLOCK-NUM: `Number(0)`
//! SKIP-WRITE: `false`, SKIP-READ: `false`, WARMUPS: `1`
//! STATE-VERSION: `V1`, STATE-CACHE-SIZE: ``
//! WEIGHT-PATH: `runtime/src/weights`
//! METRIC: `Average`, WEIGHT-MUL: `1.0`, WEIGHT-ADD: `0`

// Executed Command:
//   /root/.cache/plexus-target/release/plexus-node
//   benchmark
//   storage
//   --chain
//   /tmp/tmp.arNOl2Vcms/plexus-holders.raw.json
//   --base-path
//   /tmp/tmp.arNOl2Vcms/db
//   --state-version
//   1
//   --warmups
//   1
//   --batch-size
//   1000
//   --header
//   /tmp/tmp.cRxsBVmG2S
//   --weight-path
//   runtime/src/weights

/// Storage DB weights for the `Plexus Development` runtime and `RocksDb`.
pub mod constants {
	use polkadot_sdk::frame_support::weights::constants;
	use polkadot_sdk::sp_core::parameter_types;
	use polkadot_sdk::sp_weights::RuntimeDbWeight;

	parameter_types! {
		/// By default, Substrate uses `RocksDB`, so this will be the weight used throughout
		/// the runtime.
		pub const RocksDbWeight: RuntimeDbWeight = RuntimeDbWeight {
			/// Time to read one storage item.
			/// Calculated by multiplying the *Average* of all values with `1.0` and adding `0`.
			///
			/// Stats nanoseconds:
			///   Min, Max: 1_733, 2_766_050
			///   Average:  15_850
			///   Median:   15_133
			///   Std-Dev:  8862.68
			///
			/// Percentiles nanoseconds:
			///   99th: 37_986
			///   95th: 20_851
			///   75th: 17_085
			read: 15_850 * constants::WEIGHT_REF_TIME_PER_NANOS,

			/// Time to write one storage item.
			/// Calculated by multiplying the *Average* of all values with `1.0` and adding `0`.
			///
			/// Stats nanoseconds:
			///   Min, Max: 26_979, 96_928
			///   Average:  40_770
			///   Median:   40_963
			///   Std-Dev:  6985.23
			///
			/// Percentiles nanoseconds:
			///   99th: 55_709
			///   95th: 49_370
			///   75th: 43_958
			write: 40_770 * constants::WEIGHT_REF_TIME_PER_NANOS,
		};
	}

	#[cfg(test)]
	mod test_db_weights {
		use super::constants::RocksDbWeight as W;
		use polkadot_sdk::sp_weights::constants;

		/// Checks that all weights exist and have sane values.
		// NOTE: If this test fails but you are sure that the generated values are fine,
		// you can delete it.
		#[test]
		fn bound() {
			// At least 1 µs.
			assert!(
				W::get().reads(1).ref_time() >= constants::WEIGHT_REF_TIME_PER_MICROS,
				"Read weight should be at least 1 µs."
			);
			assert!(
				W::get().writes(1).ref_time() >= constants::WEIGHT_REF_TIME_PER_MICROS,
				"Write weight should be at least 1 µs."
			);
			// At most 1 ms.
			assert!(
				W::get().reads(1).ref_time() <= constants::WEIGHT_REF_TIME_PER_MILLIS,
				"Read weight should be at most 1 ms."
			);
			assert!(
				W::get().writes(1).ref_time() <= constants::WEIGHT_REF_TIME_PER_MILLIS,
				"Write weight should be at most 1 ms."
			);
		}
	}
}
