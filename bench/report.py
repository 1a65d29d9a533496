#!/usr/bin/env python3
"""Turns reference_bench's JSON (and profile_driver's callgrind counts) into the tables of
docs/PERFORMANCE.md. Called by bench/run.sh; every figure is the median of the repetitions.

  report.py corpus FILE        BM_Corpus, BM_CorpusUncached, BM_SeccompSection
  report.py cases FILE         BM_Case: per case, then the distribution of the per-case ratios
  report.py callgrind A B C N  instruction totals of generate, floor, generate-uncached over N records
"""
import json
import statistics
import sys


def medians(path):
    """name (without /manual_time) -> the median aggregate's fields."""
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    out = {}
    for b in data["benchmarks"]:
        if b.get("aggregate_name") != "median":
            continue
        out[b["run_name"].replace("/manual_time", "")] = b
    return out


def cv_of(path, name, field):
    """Coefficient of variation of one counter over the repetitions, in percent."""
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    vals = [b[field] for b in data["benchmarks"]
            if b.get("run_type") == "iteration" and b["run_name"].replace("/manual_time", "") == name]
    return 100 * statistics.pstdev(vals) / statistics.mean(vals) if len(vals) > 1 else 0.0


def corpus(path):
    m = medians(path)
    print("| subset | records | reference µs/record | floor µs/record | ratio (median) | ratio CV |")
    print("|---|---:|---:|---:|---:|---:|")
    for subset in ("all", "accepted", "rejected"):
        b = m.get("BM_Corpus/" + subset)
        if b:
            print(f"| {subset} | {b['records']:.0f} | {b['ref_us/rec']:.1f} | {b['floor_us/rec']:.1f} | "
                  f"**{b['ratio']:.2f}×** | {cv_of(path, 'BM_Corpus/' + subset, 'ratio'):.1f}% |")
    print()
    print("Seccomp conversion cache (BM_Corpus vs BM_CorpusUncached, the cache off through"
          " seccomp::set_cache_enabled):")
    print()
    print("| subset | cached µs/record | uncached µs/record | uncached ÷ cached | ratio to floor, uncached |")
    print("|---|---:|---:|---:|---:|")
    for subset in ("all", "accepted", "rejected"):
        c, u = m.get("BM_Corpus/" + subset), m.get("BM_CorpusUncached/" + subset)
        if c and u:
            print(f"| {subset} | {c['ref_us/rec']:.1f} | {u['ref_us/rec']:.1f} | "
                  f"{u['ref_us/rec'] / c['ref_us/rec']:.2f}× | {u['ratio']:.2f}× |")
    copy, encode, acc = m.get("BM_SeccompSection/copy"), m.get("BM_SeccompSection/encode"), m.get("BM_Corpus/accepted")
    if copy and encode and acc:
        per_create = acc["ref_us/rec"] * 1000
        print()
        print("The seccomp section inside an accepted create (BM_SeccompSection, ns):")
        print()
        print("| part | ns | share of an accepted create |")
        print("|---|---:|---:|")
        for name, b in (("copy of the cached section into the spec, and its destruction", copy),
                        ("its share of oci::to_go_json", encode)):
            print(f"| {name} | {b['cpu_time']:.0f} | {100 * b['cpu_time'] / per_create:.0f}% |")


def cases(path):
    m = medians(path)
    rows = sorted((k.split("/", 1)[1], b) for k, b in m.items() if k.startswith("BM_Case/"))
    ratios = [b["ratio"] for _, b in rows]
    print(f"{len(rows)} cases; per-case ratio: median {statistics.median(ratios):.2f}×, "
          f"geometric mean {statistics.geometric_mean(ratios):.2f}×, "
          f"min {min(ratios):.2f}×, max {max(ratios):.2f}×")
    print()
    print("| case | records | reference µs/record | floor µs/record | ratio |")
    print("|---|---:|---:|---:|---:|")
    for name, b in rows:
        print(f"| {name} | {b['records']:.0f} | {b['ref_us/rec']:.1f} | {b['floor_us/rec']:.1f} | {b['ratio']:.2f}× |")


def callgrind(generate, floor, uncached, records):
    n = float(records)
    g, f, u = int(generate) / n, int(floor) / n, int(uncached) / n
    print("| work per record | instructions | ÷ floor |")
    print("|---|---:|---:|")
    print(f"| floor: nlohmann parse + dump | {f:,.0f} | 1.00× |")
    print(f"| reference: decode, generate, serialize | {g:,.0f} | {g / f:.2f}× |")
    print(f"| reference, seccomp cache off | {u:,.0f} | {u / f:.2f}× |")


if __name__ == "__main__":
    mode, args = sys.argv[1], sys.argv[2:]
    {"corpus": corpus, "cases": cases, "callgrind": callgrind}[mode](*args)
