#!/usr/bin/env python3
"""Results table of Plexus' benchmarked weights, as ratios to a balance and an asset transfer.

Reads the weight files that `benchmarks/run.sh` generated in `runtime/src/weights/` and prints
(or writes into benchmarks/README.md between the RESULTS markers) one row per call:

    ref_time, proof size, DB reads/writes, total = ref_time + reads·DbRead + writes·DbWrite,
    and that total divided by the total of `pallet_balances::transfer_allow_death` and of
    `pallet_assets::transfer_keep_alive` from the same run.

Database weights are `RocksDbWeight` (25 µs per read, 100 µs per write), the same constants
the anchors of `../shared/anchors/weights-ratios.md` use. Parametrised weights are shown at the
smallest and largest value of their component.

    python3 benchmarks/report.py            # print the table
    python3 benchmarks/report.py --write    # refresh benchmarks/README.md
"""

import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
WEIGHTS = ROOT / "runtime" / "src" / "weights"
README = ROOT / "benchmarks" / "README.md"
DB_READ = 25_000_000  # ps
DB_WRITE = 100_000_000  # ps
REFERENCES = [("pallet_balances", "transfer_allow_death"), ("pallet_assets", "transfer_keep_alive")]
# The table is Plexus' own calls; the polkadot-sdk pallets' weight files in the same folder are
# not part of it.
PLEXUS_PALLETS = ["pallet_gauges", "pallet_intents", "pallet_strategies", "pallet_vaults"]
# The anchors' ratios (total ÷ balance transfer) for the calls Plexus' calls compare with.
ANCHORS = {
    ("pallet_vaults", "deposit"): "Acala homa::mint 3.24×, Bifrost vtoken_minting::mint ≈ 6×, Centrifuge update_invest_order 3.45×, Hydration add_liquidity 8.07×; target ≤ 3×",
    ("pallet_vaults", "mint"): "as deposit; target ≤ 3×",
    ("pallet_vaults", "request_redeem"): "Acala homa::request_redeem 1.61×, Bifrost vtoken_minting::redeem ≈ 9×; target ≤ 2.5×",
    ("pallet_vaults", "claim"): "target ≤ 2.5× (n = 1)",
    ("pallet_gauges", "vote"): "Bifrost farming::vote 2.61×; target ≤ 2× per gauge voted",
    ("pallet_gauges", "lock"): "Bifrost bb_bnc::create_lock 12.3×; target ≤ 4×",
    ("pallet_gauges", "withdraw"): "Bifrost bb_bnc::withdraw 93× (255-week loop); target ≤ 4×",
    ("pallet_gauges", "claim_emissions"): "Acala incentives::claim_rewards 2.30×, Astar claim_staker_rewards 2.22×; target ≤ 2× per epoch",
    ("pallet_gauges", "claim_incentives"): "Acala incentives::claim_rewards 2.30×; target ≤ 2× per epoch claimed",
    ("pallet_gauges", "roll_emission_total"): "epoch rollover, O(1); target ≤ 1×",
    ("pallet_intents", "submit_swap"): "Hydration ICE submit_intent 2.19×; target ≤ 2×",
    ("pallet_intents", "submit_redeem"): "Hydration ICE submit_intent 2.19×; target ≤ 2×",
    ("pallet_intents", "submit_deposit"): "Hydration ICE submit_intent 2.19× (Plexus also picks the vault); target ≤ 2×",
    ("pallet_intents", "apply_fill"): "settling one intent incl. its payout; Hydration ICE submit_solution 6.19× per intent, Centrifuge 1.05×; target ≤ 3×",
    ("pallet_intents", "clear_pair"): "reference clearing incl. payouts, per intent: see the settlement curve; target ≤ 3× per intent",
    ("pallet_intents", "submit_solution"): "verification, no transfers; Hydration ICE submit_solution 6.19× per intent",
    ("pallet_intents", "reference_clearing"): "the reference walk of a solution's pairs, charged per intent read (`pair_intents`)",
}
# Block limits of the runtime: 2 s of ref_time (75% for normal dispatch), 10 MiB of proof.
BLOCK_REF = 2_000_000_000_000
NORMAL_RATIO = 0.75
BLOCK_PROOF = 10 * 1024 * 1024

FN = re.compile(r"fn (\w+)\s*\(([^)]*)\)\s*->\s*Weight\s*\{(.*?)\n\t\}", re.S)
RANGE = re.compile(r"The range of component `(\w+)` is `\[(\d+), (\d+)\]`")


def num(s):
    return int(s.replace("_", ""))


def parse_fn(body):
    """Returns (base_ref, base_proof, reads, writes, slopes) of one weight function body."""
    base_ref = base_proof = reads = writes = 0
    slopes = {}  # component -> [ref, proof, reads, writes]
    for m in re.finditer(r"Weight::from_parts\(([\d_]+), ([\d_]+)\)(\.saturating_mul\((\w+)\.into\(\)\))?", body):
        ref, proof, comp = num(m.group(1)), num(m.group(2)), m.group(4)
        if comp:
            s = slopes.setdefault(comp, [0, 0, 0, 0])
            s[0] += ref
            s[1] += proof
        else:
            base_ref += ref
            base_proof += proof
    for kind, idx in (("reads", 2), ("writes", 3)):
        for m in re.finditer(kind + r"\(\((\d+)_u64\)\.saturating_mul\((\w+)\.into\(\)\)\)", body):
            slopes.setdefault(m.group(2), [0, 0, 0, 0])[idx] += int(m.group(1))
        for m in re.finditer(kind + r"\((\d+)(?:_u64)?\)", body):
            if kind == "reads":
                reads += int(m.group(1))
            else:
                writes += int(m.group(1))
    return base_ref, base_proof, reads, writes, slopes


def load(pallet):
    path = WEIGHTS / f"{pallet}.rs"
    if not path.exists():
        return {}
    text = path.read_text()
    out = {}
    prev_end = 0
    for m in FN.finditer(text):
        name, params, body = m.group(1), m.group(2), m.group(3)
        doc = text[prev_end : m.start()]
        prev_end = m.end()
        ranges = {r.group(1): (int(r.group(2)), int(r.group(3))) for r in RANGE.finditer(doc)}
        out[name] = (parse_fn(body), ranges)
    return out


def evaluate(parsed, at):
    (ref, proof, reads, writes, slopes), _ = parsed
    for comp, (sr, sp, srd, swr) in slopes.items():
        n = at.get(comp, 0)
        ref += sr * n
        proof += sp * n
        reads += srd * n
        writes += swr * n
    total = ref + reads * DB_READ + writes * DB_WRITE
    return ref, proof, reads, writes, total


def rows():
    refs = {}
    for pallet, call in REFERENCES:
        fns = load(pallet)
        if call not in fns:
            sys.exit(f"no benchmark of {pallet}::{call} in runtime/src/weights/ (run benchmarks/run.sh)")
        refs[(pallet, call)] = evaluate(fns[call], {})[4]
    out = []
    for pallet in PLEXUS_PALLETS:
        for name, parsed in load(pallet).items():
            ranges = parsed[1]
            points = [{}]
            if ranges:
                points = [{c: lo for c, (lo, _) in ranges.items()}, {c: hi for c, (_, hi) in ranges.items()}]
            for at in points:
                ref, proof, reads, writes, total = evaluate(parsed, at)
                label = f"{pallet}::{name}" + (
                    "(" + ", ".join(f"{c}={v}" for c, v in at.items()) + ")" if at else ""
                )
                ratios = [total / refs[r] for r in REFERENCES]
                out.append((label, ref, proof, reads, writes, total, ratios, ANCHORS.get((pallet, name), "")))
    return refs, out


def table():
    refs, out = rows()
    lines = [
        "| call | ref_time (µs) | proof (B) | reads/writes | total (µs) | ÷ balances transfer | ÷ assets transfer | anchors (÷ balances transfer) |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for label, ref, proof, reads, writes, total, ratios, anchor in out:
        lines.append(
            f"| `{label}` | {ref / 1e6:,.1f} | {proof:,} | {reads}/{writes} | {total / 1e6:,.1f} | "
            f"{ratios[0]:.2f}× | {ratios[1]:.2f}× | {anchor} |"
        )
    (bp, bc), (ap, ac) = REFERENCES
    lines.append("")
    lines.append(
        f"References from the same run: `{bp}::{bc}` {refs[(bp, bc)] / 1e6:,.1f} µs, "
        f"`{ap}::{ac}` {refs[(ap, ac)] / 1e6:,.1f} µs (totals with RocksDbWeight)."
    )
    return "\n".join(lines)


def settlement_curve():
    """Weight of settling a batch of n intents (10, 100, 1 000), per intent and per block."""
    fns = load("pallet_intents")
    if not fns:
        return ""
    refs, _ = rows()
    transfer = refs[REFERENCES[0]]
    lines = [
        "| n intents | how | ref_time (ms) | proof (KiB) | total (ms) | per intent ÷ balances transfer | share of a block's normal ref_time | share of the proof limit |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for n in (10, 100, 1000):
        ways = [("reference clearing of one pair", [("clear_pair", {"n": n}, 1)])]
        if "apply_fill" in fns and "submit_solution" in fns:
            ways.append((
                "solver: verify + apply fills",
                [("submit_solution", {"n": n}, 1), ("reference_clearing", {"m": n}, 1), ("close_batch", {}, 1), ("apply_fill", {}, n)],
            ))
        ways.append(("vault book: net + deposit the rest", [("net_vault", {"n": n}, 1)]))
        for how, parts in ways:
            ref = proof = total = 0
            for name, at, times in parts:
                r, p, _, _, t = evaluate(fns[name], at)
                ref += r * times
                proof += p * times
                total += t * times
            lines.append(
                f"| {n} | {how} | {ref / 1e9:,.1f} | {proof / 1024:,.0f} | {total / 1e9:,.1f} | "
                f"{total / n / transfer:.2f}× | {ref / (BLOCK_REF * NORMAL_RATIO):.1%} | {proof / BLOCK_PROOF:.1%} |"
            )
    if "submit_solution" in fns and "reference_clearing" in fns:
        _, p1, _, _, r1 = evaluate(fns["submit_solution"], {"n": 100})
        _, p2, _, _, r2 = evaluate(fns["reference_clearing"], {"m": 100})
        by_ref = int(BLOCK_REF * NORMAL_RATIO // (r1 + r2))
        by_proof = int(BLOCK_PROOF // (p1 + p2))
        lines.append("")
        lines.append(
            f"Solver competition: a solution of 100 fills on a pair whose books hold 100 intents "
            f"(`submit_solution(100) + reference_clearing(100)`) weighs {(r1 + r2) / 1e9:,.2f} ms "
            f"(database time at RocksDbWeight included) and "
            f"{(p1 + p2) / 1024:,.0f} KiB: {min(by_ref, by_proof)} fit one block "
            f"({by_ref} by ref_time, {by_proof} by proof; target ≥ 50)."
        )
    lines.append("")
    lines.append(
        "Totals count database reads and writes at RocksDbWeight; the shares of a block compare "
        "ref_time (without database time) with 75% of 2 s and proof size with 10 MiB. Proof sizes "
        "are the benchmarks' worst-case estimates (every key read counted at its maximum size)."
    )
    return "\n".join(lines)


# The targets of issue #24: (label, target ratio to the balance transfer, how to compute the
# ratio from the weight files). `per_further` is the slope per extra component unit.
TARGETS = [
    ("`deposit`", 4.0, ("pallet_vaults", "deposit", {})),
    ("`mint`", 4.0, ("pallet_vaults", "mint", {})),
    ("`request_redeem`", 2.5, ("pallet_vaults", "request_redeem", {})),
    ("`claim` (one request)", 2.5, ("pallet_vaults", "claim", {"n": 1})),
    ("`submit_swap`", 4.0, ("pallet_intents", "submit_swap", {})),
    ("`submit_redeem`", 4.0, ("pallet_intents", "submit_redeem", {})),
    ("`submit_deposit`", 4.0, ("pallet_intents", "submit_deposit", {})),
    ("settlement per intent, solver path (`apply_fill`, payout included)", 2.5, ("pallet_intents", "apply_fill", {})),
    ("settlement per intent, reference clearing (`clear_pair(100)` ÷ 100)", 2.5, ("pallet_intents", "clear_pair", {"n": 100}, 100)),
    ("`vote`, one gauge", 2.5, ("pallet_gauges", "vote", {"n": 1})),
    ("`vote`, per further gauge", 1.0, ("pallet_gauges", "vote", "slope", "n")),
    ("`claim_emissions`", 2.0, ("pallet_gauges", "claim_emissions", {})),
    ("`claim_incentives`, no pot paid", 2.0, ("pallet_gauges", "claim_incentives", {"e": 1, "p": 0})),
    ("`stake`", 2.0, ("pallet_gauges", "stake", {})),
    ("`lock`", 4.0, ("pallet_gauges", "lock", {})),
    ("`withdraw`", 4.0, ("pallet_gauges", "withdraw", {})),
]
# Why a target is not met: what the call reads and writes (the weight files' storage lists) and
# which change of issue #24's storage layouts would remove it (none of them is made yet).
REASONS = {
    "`deposit`": "8 reads, 7 writes: the vault, the price gate (one key since it joined `VaultViews`; two before), the asset and the share token's details, 3 asset accounts, the campaign hold. Floor with a `pallet-assets` share token ≈ 3.6×; left: the hold inside the vault's record",
    "`mint`": "as `deposit`",
    "`request_redeem`": "8 reads, 8 writes: `NextRequestId`, `RedeemQueue`, `Requests`, `RequestsOf` besides the share burn, the hold and the price gate. Left: requests keyed by (vault, queue position), a per-owner counter",
    "`claim` (one request)": "7 reads, 7 writes, now benchmarked with each request in a vault of its own asset (the worst case the audit found). Left: paying owners at finalization, `claim` as the fallback",
    "`submit_swap`": "10 reads, 10 writes: the escrow transfer (asset, 2 accounts; the escrow's first intent in an asset creates its account), the storage deposit (hold, account), `NextIntentId`, `AccountIntents`, `Books`, `BookSizes`, `Intents`. Left: intents keyed by (book, id), no per-account list, the deposit taken in kind",
    "`submit_redeem`": "as `submit_swap`, plus the share token's vault read to value it",
    "`submit_deposit`": "as `submit_swap`, plus choosing the vault among up to 16 candidates (its record, its view (active strategies, yield and price gate in one key), its share token's details and the vaults of its asset: 4 keys a candidate since `VaultViews`, 22 before, when every strategy of every candidate and the gate's two keys were read: 59.8×). Left: matching deposits to vaults at settlement, not at submission",
    "settlement per intent, solver path (`apply_fill`, payout included)": "each fill moves the escrow's accounts of two assets and pays the owner. Left: `apply_fills(n)` writing the escrow's accounts once per asset per step",
    "settlement per intent, reference clearing (`clear_pair(100)` ÷ 100)": "as the solver path, per intent",
    "`vote`, one gauge": "moving the gauge to the current epoch (its weight and slope changes), the voter's votes, vote slot and lock. Left: one `Voters` record, slope changes inside the gauge record",
    "`vote`, per further gauge": "each gauge's checkpoint and slope change records. Left: as above",
    "`claim_emissions`": "the stake, the gauge's accumulators (written), the emission total, the payout (asset, 2 accounts). Left: emissions accrued without writing the gauge",
    "`claim_incentives`, no pot paid": "the vote slot, the epoch's final weight and pot list read even when the share rounds to zero (the audit found these were not charged). Left: as `claim_emissions`",
    "`stake`": "the gauge, emission total and slope changes, the stake, the vault (valuation), the share token and 2 accounts (the gauges' account created at a gauge's first stake), the hold. Left: as `claim_emissions`",
    "submit_solution": "by proof: each intent a solution names and each intent of its pairs' books is charged a whole trie path (`Measured` proof of `Intents`) where a real proof shares most nodes. Left: a lighter per-intent proof estimate, and caching the reference surplus per (batch, pair), which must also be invalidated when a share token's price moves within a batch",
}


def target_rows():
    refs, _ = rows()
    transfer = refs[REFERENCES[0]]
    out = []
    for label, target, spec in TARGETS:
        pallet, name = spec[0], spec[1]
        fns = load(pallet)
        if name not in fns:
            continue
        if spec[2] == "slope":
            lo, hi = fns[name][1].get(spec[3], (1, 1))
            t_lo = evaluate(fns[name], {spec[3]: lo})[4]
            t_hi = evaluate(fns[name], {spec[3]: hi})[4]
            total = (t_hi - t_lo) / max(hi - lo, 1)
        else:
            at = dict(spec[2])
            for comp, (lo, _) in fns[name][1].items():
                at.setdefault(comp, lo)
            total = evaluate(fns[name], at)[4] / (spec[3] if len(spec) > 3 else 1)
        ratio = total / transfer
        status = "met" if ratio <= target else f"**{ratio / target - 1:.0%} over**"
        out.append((label, target, ratio, status, REASONS.get(label, "")))
    return out


def targets_table():
    lines = [
        "| target (÷ balances transfer, same run) | target | measured | | why not met |",
        "|---|---|---|---|---|",
    ]
    for label, target, ratio, status, why in target_rows():
        lines.append(f"| {label} | ≤ {target:g}× | {ratio:.2f}× | {status} | {why} |")
    fns = load("pallet_intents")
    if "submit_solution" in fns and "reference_clearing" in fns:
        r1, p1 = evaluate(fns["submit_solution"], {"n": 100})[4], evaluate(fns["submit_solution"], {"n": 100})[1]
        r2, p2 = evaluate(fns["reference_clearing"], {"m": 100})[4], evaluate(fns["reference_clearing"], {"m": 100})[1]
        by_ref = int(BLOCK_REF * NORMAL_RATIO // (r1 + r2))
        by_proof = int(BLOCK_PROOF // (p1 + p2))
        worst = min(by_ref, by_proof)
        status = "met" if worst >= 50 else f"**{1 - worst / 50:.0%} short**"
        lines.append(
            f"| `submit_solution` of 100 fills per block (by ref_time / by proof) | ≥ 50 | "
            f"{by_ref} / {by_proof} | {status} | {REASONS.get('submit_solution', '')} |"
        )
    return "\n".join(lines)


def replace_between(readme, name, text):
    start, end = f"<!-- {name} START -->", f"<!-- {name} END -->"
    if start not in readme:
        sys.exit(f"benchmarks/README.md has no {name} markers")
    before, rest = readme.split(start, 1)
    _, after = rest.split(end, 1)
    return before + start + "\n" + text + "\n" + end + after


def main():
    text = table()
    curve = settlement_curve()
    if "--write" in sys.argv:
        readme = replace_between(README.read_text(), "RESULTS", text)
        if curve:
            readme = replace_between(readme, "INTENTS CURVE", curve)
        readme = replace_between(readme, "TARGETS", targets_table())
        README.write_text(readme)
    else:
        print(text)
        print()
        print(curve)
        print()
        print(targets_table())


if __name__ == "__main__":
    main()
