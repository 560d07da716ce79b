"""Throughput of the Python package on the 500 Bend-the-Truth news articles.

    python python/bench.py [--repeats 7] [--corpus DIR] [--only lines|articles] [--clock cpu]

Every operation runs over the whole corpus once per repeat, the operations taking turns
(so that a change in the machine's load touches them all alike); the table gives the
median time of each in MB/s of UTF-8 input, and its ratio to ``str.split`` measured in the
same run, one call per line and one call per article. ``analyze_many`` gets the whole list
in one call, with 1 and 2 threads.

Times are wall-clock; on a machine that other work keeps busy, ``--clock cpu`` times the
one-thread operations by this process's CPU time instead (``analyze_many`` stays on the
wall clock, which is what more threads shorten).

The corpus (Amjad et al. 2020, "Bend the Truth") is read from the shared data folder; it
is not part of the package.
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import statistics
import sys
import time
from pathlib import Path
from typing import List

# The source package next to this script has no compiled module: import the installed one.
_here = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _here]

import urdu  # noqa: E402

DEFAULT_CORPUS = (
    Path(__file__).resolve().parent.parent.parent
    / "shared"
    / "data"
    / "bend_the_truth_urdu_news"
    / "1.Corpus"
)


def read_articles(root: Path) -> List[str]:
    """The articles, in file-name order, as the Rust benchmarks read them."""
    files = sorted(
        p for sub in ("Train/Real", "Test/Real") for p in (root / sub).glob("*.txt")
    )
    if not files:
        sys.exit(f"no articles under {root}")
    return [p.read_bytes().decode("utf-8") for p in files]


def operations(analyzer: urdu.Analyzer) -> List[tuple]:
    """(name, function of a list of texts), the baseline first."""

    def sentences(texts):
        for t in texts:
            urdu.sentences(t)

    def split(texts):
        for t in texts:
            t.split()

    def normalize(texts):
        for t in texts:
            urdu.normalize(t)

    def tokenize(texts):
        for t in texts:
            urdu.tokenize(t)

    def analyze(texts):
        for t in texts:
            urdu.analyze(t)

    def analyze_tokens(texts):
        for t in texts:
            urdu.analyze(t).tokens

    def many(threads):
        def run(texts):
            analyzer.analyze_many(texts, threads=threads)

        return run

    return [
        ("str.split (baseline)", split),
        ("urdu.normalize", normalize),
        ("urdu.tokenize", tokenize),
        ("urdu.sentences (reference: the tokenizer, few objects)", sentences),
        ("urdu.analyze", analyze),
        ("urdu.analyze, then .tokens", analyze_tokens),
        ("Analyzer.analyze_many, 1 thread", many(1)),
        ("Analyzer.analyze_many, 2 threads", many(2)),
    ]


def measure(texts: List[str], ops, repeats: int, clock: str) -> dict:
    """Median seconds of each operation over `texts`."""
    times = {name: [] for name, _ in ops}
    for _ in range(repeats):
        for name, run in ops:
            threaded = name.startswith("Analyzer.analyze_many")
            now = time.process_time if clock == "cpu" and not threaded else time.perf_counter
            gc.collect()
            start = now()
            run(texts)
            times[name].append(now() - start)
    return {name: statistics.median(t) for name, t in times.items()}


def table(title: str, nbytes: int, medians: dict, clock: str) -> str:
    base = medians["str.split (baseline)"]
    one = medians.get("Analyzer.analyze_many, 1 thread")
    rows = [
        f"**{title}** ({nbytes / 1e6:.2f} MB)",
        "",
        "| operation | median | MB/s | ratio to str.split |",
        "|---|---:|---:|---:|",
    ]
    for name, seconds in medians.items():
        note = ""
        if name == "Analyzer.analyze_many, 2 threads" and one:
            note = f" ({one / seconds:.2f}× 1 thread)"
        label = name
        if clock == "cpu" and name.startswith("Analyzer.analyze_many"):
            label += " (wall clock)"
        rows.append(
            f"| {label} | {seconds * 1e3:.1f} ms | {nbytes / seconds / 1e6:.1f} | "
            f"{base / seconds:.3f}{note} |"
        )
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--only", choices=["lines", "articles"])
    parser.add_argument("--clock", choices=["wall", "cpu"], default="wall")
    args = parser.parse_args()

    articles = read_articles(args.corpus)
    lines = [line for a in articles for line in a.splitlines() if line.strip()]
    analyzer = urdu.Analyzer()
    ops = operations(analyzer)
    # Warm up: the lazy word lists and gazetteer are built on first use.
    for _, run in ops:
        run(articles[:5])

    print(
        f"urdu {urdu.__version__}, Python {platform.python_version()}, "
        f"{platform.machine()}, {os.cpu_count()} cores; {len(articles)} articles, "
        f"{len(lines)} non-empty lines; median of {args.repeats} runs, {args.clock} clock; "
        f"load average {os.getloadavg()[0]:.1f}\n"
    )
    for mode, texts in (("one call per line", lines), ("one call per article", articles)):
        if args.only and not mode.endswith(args.only[:-1]):
            continue
        nbytes = sum(len(t.encode("utf-8")) for t in texts)
        medians = measure(texts, ops, args.repeats, args.clock)
        print(table(mode, nbytes, medians, args.clock))
        print()


if __name__ == "__main__":
    main()
