"""The Python analysis is the Rust one: for every article of the crate's conformance data
(tests/data/dev and tests/data/test) and the seed article, the same quotations, speakers,
locations, tokens and sentences as the Rust `analyze` example, offsets in characters."""

from __future__ import annotations

import pytest

import urdu
from conftest import SEED, articles, read, to_chars

FILES = [SEED] + articles()


def test_the_data_is_there():
    # 30 test and 25 + 10 dev articles: a test that loops over nothing proves nothing.
    assert len(FILES) > 50


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_same_as_rust(path, rust_analyze):
    text = read(path)
    expected = to_chars(text, rust_analyze(path))
    a = urdu.analyze(text)
    got = a.to_dict()
    # Quotations and speakers first, for a readable failure.
    assert got["quotes"] == expected["quotes"]
    assert got["speakers"] == expected["speakers"]
    assert got["locations"] == expected["locations"]
    assert got["sentences"] == expected["sentences"]
    assert got["tokens"] == expected["tokens"]

    # The objects say what the dicts say.
    assert len(a.quotes) == len(expected["quotes"])
    for q, d in zip(a.quotes, expected["quotes"]):
        assert (q.text, q.kind, q.start, q.end) == (d["text"], d["kind"], d["start"], d["end"])
        assert text[q.start:q.end] == q.text
        if d["speaker"] is None:
            assert q.speaker is None
        else:
            assert q.speaker == a.speakers[d["speaker"]]
            assert q.speaker.name == expected["speakers"][d["speaker"]]["name"]
        if d["cue"] is None:
            assert q.cue is None
        else:
            assert (q.cue.text, q.cue.start, q.cue.end) == (
                d["cue"]["text"], d["cue"]["start"], d["cue"]["end"])
        if d["parent"] is None:
            assert q.parent is None
        else:
            assert q.parent == a.quotes[d["parent"]]
    for s, d in zip(a.speakers, expected["speakers"]):
        assert (s.name, s.kind, s.title, s.key) == (d["name"], d["kind"], d["title"], d["key"])
        assert [(m.text, m.start, m.end) for m in s.mentions] == [
            (m["text"], m["start"], m["end"]) for m in d["mentions"]]
    for loc, d in zip(a.locations, expected["locations"]):
        assert (loc.name, loc.kind, loc.country) == (d["name"], d["kind"], d["country"])
        assert [(m.text, m.start, m.end) for m in loc.mentions] == [
            (m["text"], m["start"], m["end"]) for m in d["mentions"]]


def test_seed_article_quotes_and_speakers(seed):
    # The seed article's gold: 18 quotations, 4 speakers, 6 locations.
    a = urdu.analyze(seed)
    assert len(a.quotes) == 18
    assert len(a.speakers) == 4
    assert len(a.locations) == 6
    names = {s.name for s in a.speakers}
    assert "ولادی میر پوتن" in names
    assert {loc.name for loc in a.locations} >= {"روس", "قزاقستان"}
