"""Quotations, speakers and locations of a corpus of Urdu articles, as three Parquet tables,
with Apache Spark.

    spark-submit --master "local[2]" python/examples/spark_analyze.py INPUT OUTPUT
    spark-submit ... spark_analyze.py --format parquet --id-column id --text-column body \\
        s3a://bucket/news/ s3a://bucket/news-analysis/

INPUT is a folder of ``.txt`` articles (searched recursively; the document id is the
file's path below INPUT), or a Parquet or JSON Lines dataset with an id and a text column.
OUTPUT receives three Parquet tables:

- ``OUTPUT/quotes``: doc_id, start, end, kind (direct, partial, indirect), text, speaker,
  cue;
- ``OUTPUT/speakers``: doc_id, name, kind, title, key (the same for every spelling of a
  name, across documents), mentions (text, start, end);
- ``OUTPUT/locations``: doc_id, name, kind, country, mention_count.

Offsets are character offsets into the article (Python's ``text[start:end]``). A dataset
partitioned in folders (``year=2024/…``) gives tables partitioned the same way, the
partition columns next to doc_id.

The articles are analyzed on the executors, a partition at a time: ``mapInArrow`` hands
each Python worker Arrow batches, and :func:`urdu.spark.analyze_batches` analyzes them
with one ``urdu.Analyzer`` per worker. The executors need the ``urdu`` wheel, pyarrow and
pandas (see python/README.md, "Spark").
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from functools import partial
from typing import List, Optional, Tuple

from pyspark import StorageLevel
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F

import urdu.spark

TABLES = ("quotes", "speakers", "locations")
BINARY_FILE_COLUMNS = ("path", "modificationTime", "length", "content")


def parse_args(argv: Optional[List[str]] = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("input", help="a folder of .txt files, or a Parquet or JSON Lines dataset")
    p.add_argument("output", help="the folder for the tables quotes/, speakers/, locations/")
    p.add_argument("--format", choices=("auto", "txt", "parquet", "json"), default="auto",
                   help="the input's format (auto: by the name's extension, else txt)")
    p.add_argument("--id-column", default="id", help="the id column of a dataset (default: id)")
    p.add_argument("--text-column", default="text",
                   help="the text column of a dataset (default: text)")
    p.add_argument("--glob", default="*.txt", help="the files of a txt folder (default: *.txt)")
    p.add_argument("--options", metavar="FILE",
                   help="a JSON file of analyzer options (cues, titles, places, ...)")
    p.add_argument("--mode", choices=("errorifexists", "overwrite", "append", "ignore"),
                   default="errorifexists", help="what to do with tables already there")
    return p.parse_args(argv)


def input_format(path: str, given: str) -> str:
    """The format: as given, or by the path's extension (a folder is read as txt)."""
    if given != "auto":
        return given
    name = path.rstrip("/").lower()
    if name.endswith(".parquet"):
        return "parquet"
    if name.endswith((".json", ".jsonl", ".ndjson")):
        return "json"
    return "txt"


def partition_columns(df: DataFrame) -> List[str]:
    """The columns of a dataset that come from its folders (``key=value``), in order."""
    files = df.inputFiles()
    if not files:
        return []
    keys = [seg.split("=", 1)[0] for seg in files[0].split("/")[:-1] if "=" in seg]
    return [k for k in keys if k in df.columns]


def _root_path(spark: SparkSession, path: str) -> Optional[str]:
    """The path part of INPUT as Spark qualifies it (``/data/news``), to cut from the files'
    paths; None where the session has no JVM at hand (Spark Connect)."""
    try:
        jvm = spark.sparkContext._jvm
        hadoop_path = jvm.org.apache.hadoop.fs.Path(path)
        fs = hadoop_path.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())
        return str(fs.makeQualified(hadoop_path).toUri().getPath()).rstrip("/")
    except Exception:  # noqa: BLE001 - no JVM: the full path is the id
        return None


def read_txt(spark: SparkSession, path: str, glob: str) -> Tuple[DataFrame, List[str]]:
    """A folder of text files as (doc_id, partition columns..., text as bytes)."""
    reader = spark.read.format("binaryFile").option("pathGlobFilter", glob)
    df = reader.load(path)
    parts = [c for c in df.columns if c not in BINARY_FILE_COLUMNS]
    if not parts:
        # No key=value folders: list every file below INPUT, whatever the depth.
        df = reader.option("recursiveFileLookup", "true").load(path)
    root = _root_path(spark, path)
    doc_id = F.col("path")
    if root:
        at = F.instr(F.col("path"), root + "/")
        below = F.col("path").substr(at + len(root) + 1, F.lit(1 << 30))
        doc_id = F.when(at > 0, below).otherwise(F.element_at(F.split(F.col("path"), "/"), -1))
    return df.select(doc_id.alias("doc_id"), *parts, F.col("content").alias("text")), parts


def read_dataset(spark: SparkSession, path: str, fmt: str, id_column: str,
                 text_column: str) -> Tuple[DataFrame, List[str]]:
    """A Parquet or JSON Lines dataset as (doc_id, partition columns..., text)."""
    df = spark.read.format(fmt).load(path)
    missing = [c for c in (id_column, text_column) if c not in df.columns]
    if missing:
        sys.exit(f"{path} has no column {', '.join(missing)}; its columns: {', '.join(df.columns)}"
                 " (see --id-column, --text-column)")
    parts = [c for c in partition_columns(df) if c not in (id_column, text_column)]
    return df.select(F.col(id_column).alias("doc_id"), *parts,
                     F.col(text_column).alias("text")), parts


def analyze(df: DataFrame, parts: List[str], options: Optional[dict] = None) -> DataFrame:
    """One row per document: doc_id, the partition columns, and its quotes, speakers and
    locations as arrays (:data:`urdu.spark.RESULT_DDL`), analyzed on the executors."""
    keep = ["doc_id", *parts]
    kept = ", ".join(f"`{f.name}` {f.dataType.simpleString()}" for f in df.schema.fields
                     if f.name in keep)
    return df.mapInArrow(
        partial(urdu.spark.analyze_batches, text_column="text", keep=keep, options=options),
        f"{kept}, {urdu.spark.RESULT_DDL}",
    )


def tables(analysis: DataFrame, parts: List[str]) -> dict:
    """The three tables, one row per quotation, speaker and location."""
    return {name: analysis.selectExpr("doc_id", *[f"`{p}`" for p in parts], f"inline({name})")
            for name in TABLES}


def write(analysis: DataFrame, parts: List[str], output: str, mode: str) -> None:
    """Writes the three tables under ``output``, partitioned as the input."""
    for name, table in tables(analysis, parts).items():
        writer = table.write.mode(mode)
        if parts:
            writer = writer.partitionBy(*parts)
        writer.parquet(f"{output.rstrip('/')}/{name}")


def main(argv: Optional[List[str]] = None) -> None:
    args = parse_args(argv)
    options = None
    if args.options:
        with open(args.options, encoding="utf-8") as f:
            options = json.load(f)
        urdu.spark.analyzer(options)  # a bad option fails here, on the driver, not on the executors
    started = time.perf_counter()
    spark = SparkSession.builder.appName("urdu-analyze").getOrCreate()
    fmt = input_format(args.input, args.format)
    if fmt == "txt":
        df, parts = read_txt(spark, args.input, args.glob)
    else:
        df, parts = read_dataset(spark, args.input, fmt, args.id_column, args.text_column)
    # Analyzed once, kept for the three writes.
    analysis = analyze(df, parts, options).persist(StorageLevel.MEMORY_AND_DISK)
    write(analysis, parts, args.output, args.mode)
    documents = analysis.count()
    analysis.unpersist()
    counts = ", ".join(f"{spark.read.parquet(f'{args.output.rstrip(chr(47))}/{t}').count()} {t}"
                       for t in TABLES)
    print(f"spark_analyze: {documents} documents, {counts}"
          f"{' (partitioned by ' + ', '.join(parts) + ')' if parts else ''}"
          f" in {time.perf_counter() - started:.1f} s -> {args.output}")
    spark.stop()


if __name__ == "__main__":
    main()
