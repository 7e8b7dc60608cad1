#!/usr/bin/env python3
"""Writes a pallet's own `weights.rs` from the runtime's weight file of the same run.

    benchmarks/pallet_weights.py runtime/src/weights/pallet_vaults.rs pallets/vaults/src/weights.rs

The runtime's file (`runtime/src/weights/<pallet>.rs`, from `benchmarks/run.sh`) holds every
measured figure, proof sizes included. The pallet's file declares the `WeightInfo` trait and
two implementations of it with the same figures: `SubstrateWeight<T>`, which applies the
database weights of `T::DbWeight`, and `()`, which applies polkadot-sdk's reference
`RocksDbWeight` (what the pallets' mocks and tests use).

Why not a second `frame-omni-bencher --json-input` run with a pallet template, as before:
re-analysing saved results does not estimate proof sizes (the CLI needs the runtime's storage
info for that), so every weight of the pallets' files had a proof size of 0.
"""
import re
import sys


def parse(text):
    """Header lines, pallet name and the functions (docs, signature, body) of the runtime file."""
    header = text[: text.index("#![cfg_attr")].rstrip().splitlines()
    impl = re.search(r"^impl<T: frame_system::Config> (\w+)::WeightInfo for WeightInfo<T> \{\n(.*?)^\}",
                     text, re.S | re.M)
    if not impl:
        sys.exit("no `impl … WeightInfo for WeightInfo<T>` block found")
    pallet, body = impl.group(1), impl.group(2)
    functions = []
    docs = []
    lines = body.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.strip().startswith("///"):
            docs.append(line)
        elif line.strip().startswith("fn "):
            signature = line.strip()
            fn_body = []
            i += 1
            while lines[i] != "\t}":
                fn_body.append(lines[i])
                i += 1
            functions.append((docs, signature, fn_body))
            docs = []
        i += 1
    return header, pallet, functions


def render(header, pallet, functions):
    out = []
    for line in header:
        if line.startswith("//! Weights of"):
            line = f"//! Weights for `{pallet}`, generated from its benchmarks by `benchmarks/run.sh`"
        elif line.startswith("//! `benchmarks/run.sh`."):
            line = "//! (`benchmarks/pallet_weights.py` writes this file from the runtime's weight file)."
        out.append(line)
    out += [
        "",
        "#![cfg_attr(rustfmt, rustfmt_skip)]",
        "#![allow(unused_parens)]",
        "#![allow(unused_imports)]",
        "#![allow(missing_docs)]",
        "",
        "use polkadot_sdk::frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};",
        "use core::marker::PhantomData;",
        "",
        f"/// Weight functions needed for `{pallet}`.",
        "pub trait WeightInfo {",
    ]
    for _, signature, _ in functions:
        declared = re.sub(r"\b_(\w+): u32", r"\1: u32", signature.rstrip(" {"))
        out.append(f"\t{declared};")
    out += [
        "}",
        "",
        f"/// Weights for `{pallet}` measured on the machine above, with the runtime's database weights.",
        "pub struct SubstrateWeight<T>(PhantomData<T>);",
        "impl<T: polkadot_sdk::frame_system::Config> WeightInfo for SubstrateWeight<T> {",
    ]
    for docs, signature, body in functions:
        out += docs + [f"\t{signature}"] + body + ["\t}"]
    out += [
        "}",
        "",
        "/// The same weights with polkadot-sdk's reference database weights (`RocksDbWeight`).",
        "impl WeightInfo for () {",
    ]
    for _, signature, body in functions:
        out += [f"\t{signature}"]
        out += [line.replace("T::DbWeight::get()", "RocksDbWeight::get()") for line in body]
        out += ["\t}"]
    out.append("}")
    return "\n".join(out) + "\n"


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    with open(sys.argv[1]) as f:
        header, pallet, functions = parse(f.read())
    with open(sys.argv[2], "w") as f:
        f.write(render(header, pallet, functions))


if __name__ == "__main__":
    main()
