#!/usr/bin/env python3
"""Prints the JMH JSON results in benchmarks/results/ as Markdown tables (median, mean ± 99.9% error)
with the ratios BENCHMARKS.md quotes. Usage: python3 benchmarks/summarize.py [results-dir]"""
import glob, json, os, statistics, sys

d = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "results")
rows = {}
for f in sorted(glob.glob(os.path.join(d, "*.json"))):
    name = os.path.basename(f)[:-5]
    try:
        data = json.load(open(f))
    except ValueError:
        continue
    print(f"\n### {name}\n")
    print("| benchmark | params | threads | median | mean ± error | unit | alloc B/op |")
    print("|---|---|---|---|---|---|---|")
    for r in data:
        pm = r["primaryMetric"]
        raw = [x for fork in pm.get("rawData", []) for x in fork]
        med = statistics.median(raw) if raw else pm["score"]
        alloc = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm")
        a = f"{alloc['score']:,.0f}" if alloc else ""
        params = ", ".join(f"{k}={v}" for k, v in (r.get("params") or {}).items())
        b = r["benchmark"].split(".")[-2] + "." + r["benchmark"].split(".")[-1]
        try:
            err = float(pm["scoreError"])
        except (TypeError, ValueError):
            err = float("nan")
        e = "n/a" if err != err else f"{err:,.3f}"
        print(f"| {b} | {params} | {r['threads']} | {med:,.3f} | {pm['score']:,.3f} ± {e} | {pm['scoreUnit']} | {a} |")
        rows[(name, b)] = (med, alloc["score"] if alloc else None)

def ratio(f, a, b, alloc=False):
    x, y = rows.get((f, a)), rows.get((f, b))
    if not x or not y:
        return None
    i = 1 if alloc else 0
    return x[i] / y[i] if y[i] else None

print("\n### Ratios (medians of the same run)\n")
m = "suite1-memory"
for label, a, b, al in [
        ("hand switch / labinov decider (throughput; goal <= 3)", "InMemoryBenchmark.handWrittenSwitch", "InMemoryBenchmark.labinovDecider", False),
        ("labinov decider / stateless4j (bytes per lifecycle; goal < 1)", "InMemoryBenchmark.labinovDecider", "InMemoryBenchmark.stateless4j", True),
        ("labinov facade in-memory / stateless4j (throughput; goal > 1)", "InMemoryBenchmark.labinovFacadeInMemory", "InMemoryBenchmark.stateless4j", False),
        ("labinov facade in-memory / Spring Statemachine (throughput)", "InMemoryBenchmark.labinovFacadeInMemory", "InMemoryBenchmark.springStatemachine", False),
        ("labinov decider / stateless4j (throughput)", "InMemoryBenchmark.labinovDecider", "InMemoryBenchmark.stateless4j", False)]:
    r = ratio(m, a, b, al)
    if r is not None:
        print(f"- {label}: {r:.3g}")
for db in ["h2-file", "h2-mem", "postgresql", "mariadb"]:
    f = "suite2-" + db
    for label, b in [("raw JDBC", "PersistedBenchmark.rawJdbc"), ("Flowable", "EnginesBenchmark.flowable"), ("Camunda", "EnginesBenchmark.camunda")]:
        r = ratio(f, "PersistedBenchmark.labinovJdbc", b)
        if r is not None:
            print(f"- {db}: labinov JDBC / {label} (lifecycles/s): {r:.3g}")
for f in ["diag-facade-execute-memory", "diag-facade-execute-postgresql"]:
    for a, b in [("InMemoryBenchmark.labinovFacadeInMemoryViaExecute", "InMemoryBenchmark.labinovFacadeInMemory"),
                 ("PersistedBenchmark.labinovJdbcViaExecute", "PersistedBenchmark.labinovJdbc")]:
        r = ratio(f, a, b)
        if r is not None:
            print(f"- {f}: facade via execute (one load per command) / via advance (two loads): {r:.3g}")
r = ratio("diag-import-api-postgresql", "ScaleBenchmark.importProposals", "ScaleBenchmark.importBatchApi")
if r is not None:
    print(f"- postgresql: import through the facade / through the batch-import API (time): {r:.3g}")
r = ratio("suite2-bulk-postgresql", "BulkAdvanceBenchmark.transactionPerMove", "BulkAdvanceBenchmark.oneTransaction")
if r is not None:
    print(f"- postgresql: bulk advance, one transaction per move / one transaction (time; goal >= 10): {r:.3g}")
