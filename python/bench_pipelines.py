"""Throughput of the spaCy and Spark integrations on the 500 Bend-the-Truth news articles.

    python python/bench_pipelines.py [--repeats 5] [--only spacy|spark] [--corpus DIR]

spaCy: each tokenizer over the whole corpus (spaCy's own Urdu rules, urdu.spacy.Tokenizer,
and urdu.tokenize without a Doc), then the whole pipeline with the extractor through
``nlp.pipe`` with 1 and 2 processes; MB/s of UTF-8 input and ratios to ``str.split``
measured in the same run.

Spark: the job examples/spark_analyze.py under spark-submit with local[1] and local[2]
(the runs alternating), in articles per second, wall clock from the command to its exit;
next to ``Analyzer.analyze_many`` with 1 and 2 threads in this process. Then where the
time of a run goes, in one Spark session per master: the start of the JVM and the
session; reading the files (a count); shipping them to the Python workers through Arrow
and back (a ``mapInArrow`` that returns the ids only); the same with the analysis; and the
whole job (analysis, the three Parquet writes). Every figure is a median over the repeats
(the session's first job, which starts the Python workers, is left out and shown apart).

The corpus (Amjad et al. 2020, "Bend the Truth") is read from the shared data folder; it
is not part of the package. Needs spaCy, PySpark, pyarrow, pandas and Java.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable, Dict, List

# The source package next to this script has no compiled module: import the installed one.
_here = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _here]

import urdu  # noqa: E402

JOB = _here / "examples" / "spark_analyze.py"
DEFAULT_CORPUS = _here.parent.parent / "shared" / "data" / "bend_the_truth_urdu_news"


def read_articles(root: Path) -> List[str]:
    files = sorted(root.rglob("*.txt"))
    if not files:
        sys.exit(f"no articles under {root}")
    return [p.read_bytes().decode("utf-8") for p in files]


def timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def rounds(ops: Dict[str, Callable[[], object]], repeats: int) -> Dict[str, float]:
    """The median time of each operation, the operations taking turns."""
    times: Dict[str, List[float]] = {name: [] for name in ops}
    for _ in range(repeats):
        for name, fn in ops.items():
            times[name].append(timed(fn))
    return {name: statistics.median(t) for name, t in times.items()}


def bench_spacy(texts: List[str], repeats: int) -> None:
    import spacy

    import urdu.spacy

    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    blank = spacy.blank("ur")
    ours = spacy.blank("ur")
    ours.tokenizer = urdu.spacy.Tokenizer(ours.vocab)
    full = spacy.blank("ur")
    full.tokenizer = urdu.spacy.Tokenizer(full.vocab)
    full.add_pipe("urdu_extractor")
    analyzer = urdu.Analyzer()
    ops = {
        "str.split (baseline)": lambda: [t.split() for t in texts],
        "spaCy's own Urdu tokenizer": lambda: [blank.make_doc(t) for t in texts],
        "urdu.spacy.Tokenizer": lambda: [ours.make_doc(t) for t in texts],
        "urdu.tokenize (tokens, no Doc)": lambda: [urdu.tokenize(t) for t in texts],
        "urdu.analyze (reference)": lambda: [analyzer.analyze(t) for t in texts],
        "nlp.pipe, tokenizer + urdu_extractor": lambda: list(full.pipe(texts, batch_size=50)),
        "nlp.pipe, n_process=2": lambda: list(full.pipe(texts, batch_size=50, n_process=2)),
    }
    result = rounds(ops, repeats)
    base = result["str.split (baseline)"]
    print(f"\n**spaCy {spacy.__version__}** ({len(texts)} articles, {mb:.2f} MB; wall clock)\n")
    print("| operation | median | MB/s | articles/s | ratio to str.split |")
    print("|---|---:|---:|---:|---:|")
    for name, t in result.items():
        print(f"| {name} | {t * 1e3:.0f} ms | {mb / t:.1f} | {len(texts) / t:.0f} | {base / t:.3f} |")


# -- Spark ---------------------------------------------------------------------------------


def spark_env() -> dict:
    env = dict(os.environ)
    env.update(PYSPARK_PYTHON=sys.executable, PYSPARK_DRIVER_PYTHON=sys.executable,
               SPARK_LOCAL_IP="127.0.0.1")
    return env


def spark_submit() -> str:
    import pyspark

    found = Path(sys.executable).parent / "spark-submit"
    return str(found if found.exists() else Path(pyspark.__file__).parent / "bin" / "spark-submit")


CONF = ["--conf", "spark.ui.enabled=false", "--conf", "spark.driver.host=127.0.0.1"]


def bench_spark(corpus: Path, texts: List[str], repeats: int) -> None:
    n = len(texts)
    analyzer = urdu.Analyzer()
    in_process = rounds({
        "Analyzer.analyze_many, 1 thread": lambda: analyzer.analyze_many(texts, threads=1),
        "Analyzer.analyze_many, 2 threads": lambda: analyzer.analyze_many(texts, threads=2),
    }, repeats)

    out = Path(tempfile.mkdtemp(prefix="bench-spark-"))
    jobs: Dict[str, List[float]] = {"local[1]": [], "local[2]": []}
    try:
        for _ in range(repeats):
            for master in jobs:
                started = time.perf_counter()
                subprocess.run([spark_submit(), "--master", master, *CONF, str(JOB), "--mode",
                                "overwrite", str(corpus), str(out / "tables")],
                               env=spark_env(), check=True, capture_output=True)
                jobs[master].append(time.perf_counter() - started)
        phases = {}
        for master in jobs:
            done = subprocess.run(
                [sys.executable, __file__, "--phases", master, "--corpus", str(corpus),
                 "--repeats", str(repeats), "--out", str(out / "phases")],
                env=spark_env(), check=True, capture_output=True, text=True)
            phases[master] = json.loads(done.stdout.strip().splitlines()[-1])
    finally:
        shutil.rmtree(out, ignore_errors=True)

    print(f"\n**Spark** ({n} articles; spark-submit wall clock, medians of {repeats})\n")
    print("| run | median | articles/s | ratio to local[1] |")
    print("|---|---:|---:|---:|")
    one = statistics.median(jobs["local[1]"])
    for master, times in jobs.items():
        t = statistics.median(times)
        print(f"| spark-submit --master {master} spark_analyze.py | {t:.1f} s | {n / t:.0f} | "
              f"{one / t:.2f} |")
    for name, t in in_process.items():
        print(f"| {name} (this process) | {t:.2f} s | {n / t:.0f} | {one / t:.1f} |")

    print("\nWhere a run's time goes (one session per master; medians; the first job of a "
          "session, which starts the Python workers, apart):\n")
    print("| phase | " + " | ".join(jobs) + " |")
    print("|---|" + "---:|" * len(jobs))
    names = list(next(iter(phases.values())))
    for name in names:
        print(f"| {name} | " + " | ".join(f"{phases[m][name]:.2f} s" for m in jobs) + " |")


def phases(master: str, corpus: Path, repeats: int, out: Path) -> None:
    """Times the phases of the job in one session (run in a process of its own)."""
    started = time.perf_counter()
    from functools import partial

    import pyarrow as pa
    from pyspark.sql import SparkSession

    sys.path.insert(0, str(JOB.parent))
    import spark_analyze

    spark = (SparkSession.builder.master(master).config("spark.ui.enabled", "false")
             .config("spark.driver.host", "127.0.0.1").getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    jvm = time.perf_counter() - started

    df, parts = spark_analyze.read_txt(spark, str(corpus), "*.txt")

    def ids_only(batches):
        for b in batches:
            yield pa.RecordBatch.from_arrays([b.column(0)], names=["doc_id"])

    ops = {
        "read the files (count)": lambda: df.count(),
        "to Python and back through Arrow (no analysis)":
            lambda: df.mapInArrow(ids_only, "doc_id string").count(),
        "through Arrow with the analysis (count)":
            lambda: spark_analyze.analyze(df, parts).count(),
        "the whole job: analysis, three Parquet writes": lambda: job(),
    }

    def job():
        analysis = spark_analyze.analyze(df, parts).persist()
        spark_analyze.write(analysis, parts, str(out), "overwrite")
        analysis.unpersist()

    first = timed(lambda: spark_analyze.analyze(df, parts).count())
    result = {"start the JVM and the session": jvm,
              "first job of the session (Python workers start)": first}
    result.update(rounds(ops, repeats))
    spark.stop()
    print(json.dumps(result))


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--repeats", type=int, default=5)
    p.add_argument("--only", choices=("spacy", "spark"))
    p.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    p.add_argument("--phases", help=argparse.SUPPRESS)
    p.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.phases:
        phases(args.phases, args.corpus, args.repeats, args.out)
        return
    texts = read_articles(args.corpus)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"urdu {urdu.__version__}, Python {platform.python_version()}, {platform.machine()}, "
          f"{os.cpu_count()} cores; {len(texts)} articles; median of {args.repeats} runs; "
          f"load average {load:.1f} at the start")
    if args.only in (None, "spacy"):
        bench_spacy(texts, args.repeats)
    if args.only in (None, "spark"):
        bench_spark(args.corpus, texts, args.repeats)


if __name__ == "__main__":
    main()
