"""urdu.spark and the Spark job python/examples/spark_analyze.py: the Arrow batches on their
own (pyarrow only), then the job under spark-submit with local[2] on the 500 Bend-the-Truth
articles, whose rows must be, article by article, what ``urdu.analyze`` gives; and the job
on a partitioned Parquet dataset and a JSON Lines file. Skipped without pyarrow, PySpark or
Java, unless URDU_REQUIRE_PIPELINES is set (as CI's pipelines block does); the corpus test
skips, saying why, where ../shared/data is absent."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from typing import Dict, List

import pytest

import urdu
from conftest import DATA, REPO, read

REQUIRE = bool(os.environ.get("URDU_REQUIRE_PIPELINES"))
if REQUIRE:
    import pyarrow as pa
else:
    pa = pytest.importorskip("pyarrow", reason="pyarrow is not installed (pip install pyarrow)")
import pyarrow.parquet as pq  # noqa: E402

import urdu.spark  # noqa: E402

CORPUS = REPO.parent / "shared" / "data" / "bend_the_truth_urdu_news"
JOB = REPO / "python" / "examples" / "spark_analyze.py"


def expected(text: str) -> Dict[str, List[dict]]:
    """The rows of each table for one text, made here from the analysis's objects (not by
    urdu.spark), in the analysis's order."""
    a = urdu.analyze(text)
    return {
        "quotes": [dict(start=q.start, end=q.end, kind=q.kind, text=q.text,
                        speaker=q.speaker.name if q.speaker else None,
                        cue=q.cue.text if q.cue else None) for q in a.quotes],
        "speakers": [dict(name=s.name, kind=s.kind, title=s.title, key=urdu.speaker_key(s.name),
                          mentions=[dict(text=m.text, start=m.start, end=m.end)
                                    for m in s.mentions]) for s in a.speakers],
        "locations": [dict(name=loc.name, kind=loc.kind, country=loc.country,
                           mention_count=len(loc.mentions)) for loc in a.locations],
    }


# -- the batches, with pyarrow alone -------------------------------------------------------


def small_texts() -> List[str]:
    return [read(p) for p in sorted(DATA.glob("*/*.txt"))[:6]]


def test_batches_of_strings_and_of_bytes():
    texts = small_texts()
    ids = [f"doc{i}" for i in range(len(texts))]
    for column in (pa.array(texts), pa.array([t.encode("utf-8") for t in texts]),
                   pa.array(texts, type=pa.large_string())):
        batch = pa.RecordBatch.from_arrays([pa.array(ids), column], names=["doc_id", "text"])
        out = list(urdu.spark.analyze_batches([batch, batch.slice(2)], keep=["doc_id"]))
        assert [b.num_rows for b in out] == [len(texts), len(texts) - 2]
        assert out[0].schema.names == ["doc_id", "quotes", "speakers", "locations"]
        rows = out[0].to_pylist()
        assert [r["doc_id"] for r in rows] == ids
        for row, text in zip(rows, texts):
            assert {k: row[k] for k in ("quotes", "speakers", "locations")} == expected(text)
        assert out[1].to_pylist() == rows[2:]
    assert sum(len(r["quotes"]) for r in rows) > 0


def test_nulls_and_bytes_that_are_not_utf8():
    batch = pa.RecordBatch.from_arrays(
        [pa.array([1, 2, 3]),
         pa.array([None, b"\xff\xfe \xd9\x84\xd8\xa7\xdb\x81\xd9\x88\xd8\xb1 \xd9\x85\xdb\x8c\xda\xba", b""])],
        names=["id", "body"])
    (out,) = urdu.spark.analyze_batches([batch], text_column="body", keep=["id"])
    rows = out.to_pylist()
    assert [r["id"] for r in rows] == [1, 2, 3]
    assert rows[0]["quotes"] == rows[0]["locations"] == []
    # The two bad bytes are read as U+FFFD each: offsets count them as one character each.
    (lahore,) = rows[1]["locations"]
    assert (lahore["name"], lahore["country"]) == ("لاہور", "PK")
    assert expected("\ufffd\ufffd لاہور میں")["locations"] == rows[1]["locations"]


def test_a_missing_column_is_named():
    batch = pa.RecordBatch.from_arrays([pa.array(["x"])], names=["body"])
    with pytest.raises(KeyError, match="'text'"):
        list(urdu.spark.analyze_batches([batch]))
    with pytest.raises(TypeError):
        list(urdu.spark.analyze_batches(
            [pa.RecordBatch.from_arrays([pa.array([1])], names=["text"])]))


def test_one_analyzer_per_process_and_options():
    assert urdu.spark.analyzer() is urdu.spark.analyzer({})
    options = {"places": [{"name": "گلشن اقبال", "kind": "district", "country": "PK"}],
               "titles": ["کمشنر"]}
    assert urdu.spark.analyzer(options) is urdu.spark.analyzer(json.loads(json.dumps(options)))
    batch = pa.RecordBatch.from_arrays(
        [pa.array(["گلشن اقبال کے رہائشیوں نے کہا کہ پانی نہیں آتا۔"])], names=["text"])
    (out,) = urdu.spark.analyze_batches([batch], options=options)
    assert out.to_pylist()[0]["locations"][0]["name"] == "گلشن اقبال"
    with pytest.raises(urdu.Error):
        urdu.spark.analyzer({"cues": {"شکوہ کیا": "verbb"}})
    with pytest.raises(ValueError, match="no option"):
        urdu.spark.analyzer({"cue": {}})


# -- the job -------------------------------------------------------------------------------


def spark_ready() -> str:
    """Why the job cannot run here, or '' where it can."""
    try:
        import pyspark  # noqa: F401
    except ImportError:
        return "PySpark is not installed (pip install pyspark pandas)"
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        return "no Java runtime (apt-get install default-jre-headless)"
    return ""


def need_spark() -> None:
    why = spark_ready()
    if why:
        if REQUIRE:
            pytest.fail(f"URDU_REQUIRE_PIPELINES is set, but {why}")
        pytest.skip(why)


def spark_env() -> dict:
    """The job's environment: this interpreter for the workers, and the loopback interface
    for the driver (the machine's name may resolve to another address)."""
    env = dict(os.environ)
    env.update(PYSPARK_PYTHON=sys.executable, PYSPARK_DRIVER_PYTHON=sys.executable,
               SPARK_LOCAL_IP="127.0.0.1")
    return env


def spark_submit() -> str:
    import pyspark

    found = Path(sys.executable).parent / "spark-submit"
    if found.exists():
        return str(found)
    return str(Path(pyspark.__file__).parent / "bin" / "spark-submit")


def run_job(*args: str, master: str = "local[2]") -> str:
    done = subprocess.run(
        [spark_submit(), "--master", master, "--conf", "spark.ui.enabled=false",
         "--conf", "spark.driver.host=127.0.0.1", str(JOB), *args],
        env=spark_env(), capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise AssertionError(f"the job failed:\n{done.stdout[-3000:]}\n{done.stderr[-6000:]}")
    return done.stdout


def tables(out: Path) -> Dict[str, Dict[str, List[dict]]]:
    """Each table's rows by document, in the order the job wrote them."""
    result: Dict[str, Dict[str, List[dict]]] = {}
    for name in ("quotes", "speakers", "locations"):
        by_doc: Dict[str, List[dict]] = defaultdict(list)
        for row in pq.read_table(out / name).to_pylist():
            by_doc[row.pop("doc_id")].append(row)
        result[name] = dict(by_doc)
    return result


def test_the_job_on_500_articles_is_the_library(tmp_path):
    need_spark()
    if not CORPUS.is_dir():
        reason = f"the Bend-the-Truth corpus is not at {CORPUS}"
        print(f"skipped: {reason}")
        pytest.skip(reason)
    out = tmp_path / "out"
    log = run_job(str(CORPUS), str(out))
    files = sorted(CORPUS.rglob("*.txt"))
    assert len(files) == 500
    assert log.startswith("spark_analyze: 500 documents")
    got = tables(out)
    ids = {p.relative_to(CORPUS).as_posix() for p in files}
    for name in got:
        assert set(got[name]) <= ids, name
    compared = 0
    for path in files:
        doc_id = path.relative_to(CORPUS).as_posix()
        want = expected(read(path))
        for name in ("quotes", "speakers", "locations"):
            assert got[name].get(doc_id, []) == want[name], (doc_id, name)
            compared += len(want[name])
    assert compared > 2000  # quotations, speakers and places: the job wrote real rows


@pytest.fixture(scope="module")
def in_process_spark():
    """The job's own functions in this process, with one local[2] session."""
    need_spark()
    saved = dict(os.environ)
    os.environ.update(spark_env())
    os.environ["PYSPARK_SUBMIT_ARGS"] = (
        "--master local[2] --conf spark.ui.enabled=false --conf spark.driver.host=127.0.0.1 "
        "pyspark-shell")
    sys.path.insert(0, str(JOB.parent))
    try:
        import spark_analyze

        yield spark_analyze
    finally:
        sys.path.remove(str(JOB.parent))
        os.environ.clear()
        os.environ.update(saved)


def test_a_partitioned_parquet_dataset_keeps_its_partitions(tmp_path, in_process_spark):
    import pyarrow.dataset as ds

    paths = sorted(DATA.glob("*/*.txt"))
    table = pa.table({
        "article": [p.stem for p in paths],
        "body": [read(p) for p in paths],
        "split": [p.parent.name for p in paths],  # dev, test
    })
    ds.write_dataset(table, tmp_path / "news", format="parquet", partitioning=["split"],
                     partitioning_flavor="hive")
    in_process_spark.main(["--format", "parquet", "--id-column", "article", "--text-column",
                           "body", str(tmp_path / "news"), str(tmp_path / "out")])
    assert sorted(p.name for p in (tmp_path / "out" / "quotes").iterdir()
                  if p.is_dir()) == ["split=dev", "split=test"]
    rows = pq.read_table(tmp_path / "out" / "quotes").to_pylist()
    by_doc = defaultdict(list)
    for row in rows:
        assert row["split"] in ("dev", "test")
        by_doc[row.pop("doc_id")].append({k: v for k, v in row.items() if k != "split"})
    for p in paths:
        assert by_doc.get(p.stem, []) == expected(read(p))["quotes"], p.stem
    assert len(rows) > 50


def test_json_lines_with_options(tmp_path, in_process_spark):
    lines = [{"id": 7, "text": "گلشن اقبال کے رہائشیوں نے شکوہ کیا کہ پانی نہیں آتا۔"},
             {"id": 8, "text": None}, {"id": 9, "text": ""}]
    (tmp_path / "news.jsonl").write_text(
        "\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    (tmp_path / "options.json").write_text(json.dumps({
        "cues": {"شکوہ کیا": "verb"},
        "places": [{"name": "گلشن اقبال", "kind": "district", "country": "PK"}],
    }, ensure_ascii=False), encoding="utf-8")
    in_process_spark.main(["--options", str(tmp_path / "options.json"),
                           str(tmp_path / "news.jsonl"), str(tmp_path / "out")])
    quotes = pq.read_table(tmp_path / "out" / "quotes").to_pylist()
    assert [(q["doc_id"], q["text"], q["cue"]) for q in quotes] == [(7, "پانی نہیں آتا", "شکوہ کیا کہ")]
    locations = pq.read_table(tmp_path / "out" / "locations").to_pylist()
    assert [(x["doc_id"], x["name"], x["kind"], x["mention_count"]) for x in locations] == [
        (7, "گلشن اقبال", "district", 1)]
