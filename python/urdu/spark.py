"""The analysis of a column of texts in Apache Spark, a partition at a time, through Arrow.

``DataFrame.mapInArrow`` hands a Python worker the rows of a partition as Arrow record
batches; :func:`analyze_batches` analyzes the text column of each batch and gives back one
row per document, with its quotations, speakers and locations as arrays of structs
(:data:`RESULT_DDL`), ready to be exploded into tables with ``inline``::

    from functools import partial
    import urdu.spark

    schema = "doc_id string, " + urdu.spark.RESULT_DDL
    analysis = df.select("doc_id", "text").mapInArrow(
        partial(urdu.spark.analyze_batches, text_column="text", keep=["doc_id"]), schema)
    quotes = analysis.selectExpr("doc_id", "inline(quotes)")

One :class:`urdu.Analyzer` is built per Python worker process (per set of options) and
reused for every batch and task that worker runs (Spark reuses its Python workers by
default, ``spark.python.worker.reuse``): this module, imported on the executor, holds it.
``python/examples/spark_analyze.py`` is the whole job. Offsets are character offsets into
the text, as everywhere in the Python package. This module needs ``pyarrow``, not
``pyspark``.
"""

from __future__ import annotations

import json
from typing import Any, Dict, Iterable, Iterator, List, Mapping, Optional, Sequence

import pyarrow as pa

import urdu
from urdu import _options

__all__ = ["RESULT_DDL", "RESULT_TYPE", "analyze_batches", "analyzer", "rows"]

_MENTION = pa.struct([("text", pa.string()), ("start", pa.int32()), ("end", pa.int32())])
_QUOTE = pa.struct(
    [
        ("start", pa.int32()),
        ("end", pa.int32()),
        ("kind", pa.string()),
        ("text", pa.string()),
        ("speaker", pa.string()),
        ("cue", pa.string()),
    ]
)
_SPEAKER = pa.struct(
    [
        ("name", pa.string()),
        ("kind", pa.string()),
        ("title", pa.string()),
        ("key", pa.string()),
        ("mentions", pa.list_(_MENTION)),
    ]
)
_LOCATION = pa.struct(
    [
        ("name", pa.string()),
        ("kind", pa.string()),
        ("country", pa.string()),
        ("mention_count", pa.int32()),
    ]
)

RESULT_TYPE = pa.struct(
    [
        ("quotes", pa.list_(_QUOTE)),
        ("speakers", pa.list_(_SPEAKER)),
        ("locations", pa.list_(_LOCATION)),
    ]
)
"""The columns :func:`analyze_batches` adds, as an Arrow struct type."""

RESULT_DDL = (
    "quotes array<struct<start:int,end:int,kind:string,text:string,speaker:string,cue:string>>, "
    "speakers array<struct<name:string,kind:string,title:string,key:string,"
    "mentions:array<struct<text:string,start:int,end:int>>>>, "
    "locations array<struct<name:string,kind:string,country:string,mention_count:int>>"
)
"""The same columns in Spark's DDL, to append to the kept columns' in ``mapInArrow``'s
schema. ``quotes``: the quoted words' offsets, kind (``direct``, ``partial``,
``indirect``), text, speaker's name and cue; ``speakers``: name, kind, title, the
cross-document key of :func:`urdu.speaker_key`, and every mention; ``locations``: the
gazetteer's name, kind, country code and the number of mentions."""

_ANALYZERS: Dict[str, urdu.Analyzer] = {}


def analyzer(options: Optional[Mapping[str, Any]] = None) -> urdu.Analyzer:
    """The analyzer for ``options`` (plain data: the keyword arguments of
    :class:`urdu.Analyzer`, places as dicts), built once per process and then reused."""
    key = json.dumps(options or {}, sort_keys=True, ensure_ascii=False)
    found = _ANALYZERS.get(key)
    if found is None:
        found = _ANALYZERS[key] = _options.analyzer(options)
    return found


def rows(analysis: urdu.Analysis) -> Dict[str, List[Dict[str, Any]]]:
    """The quotations, speakers and locations of one analysis as plain rows, in the shape
    of :data:`RESULT_TYPE`."""
    return {
        "quotes": [
            {
                "start": q.start,
                "end": q.end,
                "kind": q.kind,
                "text": q.text,
                "speaker": q.speaker.name if q.speaker is not None else None,
                "cue": q.cue.text if q.cue is not None else None,
            }
            for q in analysis.quotes
        ],
        "speakers": [
            {
                "name": s.name,
                "kind": s.kind,
                "title": s.title,
                "key": s.key,
                "mentions": [{"text": m.text, "start": m.start, "end": m.end} for m in s.mentions],
            }
            for s in analysis.speakers
        ],
        "locations": [
            {
                "name": loc.name,
                "kind": loc.kind,
                "country": loc.country,
                "mention_count": len(loc.mentions),
            }
            for loc in analysis.locations
        ],
    }


def _texts(column: pa.Array) -> List[str]:
    """The texts of a string or binary column: bytes decoded as UTF-8 (a byte that is not
    UTF-8 becomes U+FFFD), a null as the empty text."""
    values = column.to_pylist()
    if pa.types.is_binary(column.type) or pa.types.is_large_binary(column.type):
        return [v.decode("utf-8", errors="replace") if v is not None else "" for v in values]
    if not (pa.types.is_string(column.type) or pa.types.is_large_string(column.type)):
        raise TypeError(f"the text column must be of strings or bytes, not {column.type}")
    return [v if v is not None else "" for v in values]


def analyze_batches(
    batches: Iterable[pa.RecordBatch],
    *,
    text_column: str = "text",
    keep: Sequence[str] = (),
    options: Optional[Mapping[str, Any]] = None,
    threads: int = 1,
) -> Iterator[pa.RecordBatch]:
    """For ``DataFrame.mapInArrow``: each batch's ``keep`` columns as they are, and the
    analysis of its ``text_column`` (strings, or bytes read as UTF-8; a null is an empty
    text) as the columns of :data:`RESULT_DDL`, one row per input row.

    ``options`` configure the analyzer (see :func:`analyzer`); ``threads`` is given to
    :meth:`urdu.Analyzer.analyze_many` (1: Spark runs one task per core already)."""
    analyze = analyzer(options)
    for batch in batches:
        names = batch.schema.names
        for name in (text_column, *keep):
            if name not in names:
                raise KeyError(f"no column {name!r} in the batch (its columns: {names})")
        texts = _texts(batch.column(names.index(text_column)))
        quotes, speakers, locations = [], [], []
        for analysis in analyze.analyze_many(texts, threads=threads):
            r = rows(analysis)
            quotes.append(r["quotes"])
            speakers.append(r["speakers"])
            locations.append(r["locations"])
        yield pa.RecordBatch.from_arrays(
            [batch.column(names.index(k)) for k in keep]
            + [
                pa.array(quotes, type=RESULT_TYPE.field("quotes").type),
                pa.array(speakers, type=RESULT_TYPE.field("speakers").type),
                pa.array(locations, type=RESULT_TYPE.field("locations").type),
            ],
            names=[*keep, "quotes", "speakers", "locations"],
        )
