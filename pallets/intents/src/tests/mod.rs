//! Tests of the intents pallet.
