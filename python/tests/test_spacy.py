"""urdu.spacy: the crate's tokens, sentences, quotations, speakers and places in spaCy, on
real Urdu (the seed article and the crate's annotated articles), compared with what
``urdu.analyze`` gives for the same text. Skipped without spaCy, unless
URDU_REQUIRE_PIPELINES is set (as CI's pipelines block does)."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

import urdu
from conftest import REPO, SEED, articles, read

if os.environ.get("URDU_REQUIRE_PIPELINES"):
    import spacy  # noqa: F401 - a failure here is the point
else:
    spacy = pytest.importorskip("spacy", reason="spaCy is not installed (pip install spacy)")

from spacy import displacy  # noqa: E402
from spacy.tokens import Doc, DocBin  # noqa: E402

import urdu.spacy  # noqa: E402

TEXTS = [SEED] + articles()[:12]

# Texts whose gaps between tokens are not one space: leading and trailing white space,
# runs of spaces, tabs, CRLF, a byte order mark, a zero-width non-joiner and a tatweel
# the crate leaves out of its tokens, emoji, and nothing at all.
ODD = [
    "",
    " ",
    "\n\n",
    "  روس کے  صدر\tنے\r\nکہا۔  ",
    "\ufeffپاکستان\u200c\u0640 کے  \u200f\u200bصدر ",
    "انہوں نے کہاکہ’مسلح افراد‘ واپس جائیں گے۔👍🏽 ok",
    "’" * 2000 + " صدر",
]


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("ur")
    nlp.tokenizer = urdu.spacy.Tokenizer(nlp.vocab)
    nlp.add_pipe("urdu_extractor")
    return nlp


def words(tokens):
    return [t.text for t in tokens]


def crate_tokens(doc: Doc):
    """The tokens of a doc that are the crate's (not the text between them)."""
    starts = {t.start for t in urdu.tokenize(doc.text)}
    return [t for t in doc if t.idx in starts]


# -- the tokenizer ------------------------------------------------------------------------


def test_joined_words_and_quote_marks_are_split(nlp):
    doc = nlp.make_doc("انہوں نے کہاکہ’مسلح افراد‘ واپس جائیں گے۔")
    assert words(doc)[:6] == ["انہوں", "نے", "کہا", "کہ", "’", "مسلح"]
    assert [t.whitespace_ for t in doc][:6] == [" ", " ", "", "", "", " "]


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_tokens_are_the_crates_and_the_text_is_unchanged(nlp, path):
    text = read(path)
    doc = nlp.make_doc(text)
    assert doc.text == text
    expected = urdu.tokenize(text)
    got = crate_tokens(doc)
    assert [(t.text, t.idx, t.norm_) for t in got] == [
        (t.text, t.start, t.normalized) for t in expected]
    # Whatever is not a crate token is the text between two of them (a line break, a
    # second space, a byte order mark), never a word.
    crate = {t.idx for t in got}
    for t in doc:
        if t.idx not in crate:
            assert not urdu.tokenize(t.text), t.text


@pytest.mark.parametrize("text", ODD, ids=range(len(ODD)))
def test_odd_gaps_keep_the_text(nlp, text):
    doc = nlp.make_doc(text)
    assert doc.text == text
    assert all(t.text for t in doc)
    assert [t.text for t in crate_tokens(doc)] == [t.text for t in urdu.tokenize(text)]
    if len(doc):
        assert doc[0].is_sent_start


def test_norm_is_the_normalized_form(nlp):
    doc = nlp.make_doc("پاكستان كے صدر ABC")
    assert [t.norm_ for t in doc] == ["پاکستان", "کے", "صدر", "ABC"]
    assert doc.text == "پاكستان كے صدر ABC"


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_sentences_are_the_crates(nlp, path):
    text = read(path)
    doc = nlp.make_doc(text)
    expected = urdu.sentences(text)
    sents = list(doc.sents)  # no parser, no sentencizer
    assert len(sents) == len(expected)
    for i, (got, want) in enumerate(zip(sents, expected)):
        assert got.start_char == (0 if i == 0 else want.start)
        # A sentence runs to the next one: its own words, then the text between.
        assert text[want.start:want.end] in got.text
        assert not urdu.tokenize(text[want.end:got.end_char])


def test_line_breaks_end_sentences(nlp):
    doc = nlp.make_doc("وزیراعظم کا خطاب\nلاہور میں بارش ہوئی")
    assert [s.text for s in doc.sents] == ["وزیراعظم کا خطاب\n", "لاہور میں بارش ہوئی"]


def test_tokenizer_refuses_what_is_not_text(nlp):
    with pytest.raises(TypeError):
        nlp.tokenizer(None)
    with pytest.raises(ValueError):
        nlp.tokenizer("روس\ud800")  # a lone surrogate cannot be UTF-8


def test_tokenizer_options(nlp):
    whole = urdu.spacy.Tokenizer(nlp.vocab, split_joins=False)
    assert "کہاکہ" in words(whole("انہوں نے کہاکہ وہ آئیں گے"))
    digits = urdu.spacy.Tokenizer(nlp.vocab, normalizer={"digits": "ascii"})
    assert [t.norm_ for t in digits("۲۰۲۴ میں")] == ["2024", "میں"]
    with pytest.raises(ValueError):
        urdu.spacy.Tokenizer(nlp.vocab, normalizer={"digit": "ascii"})


# -- the extractor ------------------------------------------------------------------------


def expected_quotes(a):
    return [(q.start, q.end, q.kind, q.speaker.name if q.speaker else None,
             q.cue.text if q.cue else None) for q in a.quotes]


def got_quotes(doc):
    return [(s.start_char, s.end_char, s.label_, s._.speaker, s._.cue)
            for s in doc.spans["quotes"]]


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_quotes_speakers_and_places_are_the_analysis(nlp, path):
    text = read(path)
    doc = nlp(text)
    a = urdu.analyze(text)
    assert got_quotes(doc) == expected_quotes(a)
    d = a.to_dict()
    assert doc._.speakers == d["speakers"]
    assert doc._.locations == [{k: v for k, v in loc.items() if k != "key"}
                               for loc in d["locations"]]
    ents = {(e.start_char, e.end_char): (e.label_, e.kb_id_) for e in doc.ents}
    # Every entity is a place's mention or a speaker's name, labelled by its kind.
    places = {(m.start, m.end): (urdu.spacy.LABELS[loc.kind], loc.name)
              for loc in a.locations for m in loc.mentions}
    for span, (label, kb_id) in ents.items():
        if label in ("GPE", "LOC"):
            assert places[span] == (label, kb_id)
        else:
            speaker = next(s for s in a.speakers if s.name == kb_id)
            assert label == urdu.spacy.LABELS[speaker.kind]
            assert any(m.start <= span[0] and span[1] <= m.end for m in speaker.mentions)
            assert urdu.same_speaker(text[span[0]:span[1]], speaker.name)
    # Every place mention is there, unless a longer name covers it.
    for span, value in places.items():
        assert ents.get(span) == value or any(
            s <= span[0] and span[1] <= e and (s, e) != span for s, e in ents)


def test_seed_article(nlp, seed):
    doc = nlp(seed)
    a = urdu.analyze(seed)
    quotes = doc.spans["quotes"]
    assert len(quotes) == len(a.quotes) == 18
    # Its 4 speakers (2 people, 2 news agencies) and 6 places, as entities.
    assert len(doc._.speakers) == 4
    assert {e.kb_id_ for e in doc.ents if e.label_ in ("PERSON", "ORG")} == {
        "ولادی میر پوتن", "قاسم جومارت توکاییف", "روئٹرز", "اے ایف پی"}
    assert len({e.kb_id_ for e in doc.ents if e.label_ in ("GPE", "LOC")}) == 6
    assert {q.label_ for q in quotes} == {"direct", "partial", "indirect"}
    assert all(q._.speaker for q in quotes) == all(q.speaker for q in a.quotes)
    assert [q.text for q in quotes] == [q.text for q in a.quotes]
    people = {e.text for e in doc.ents if e.label_ == "PERSON"}
    assert "ولادی میر پوتن" in people and "انہوں نے" not in people
    # The title is not part of the name: روس is a place of its own.
    assert (doc.ents[0].text, doc.ents[0].label_) == ("روس", "GPE")
    assert {e.kb_id_ for e in doc.ents if e.label_ in ("GPE", "LOC")} == {
        loc.name for loc in a.locations}
    assert [s["name"] for s in doc._.speakers] == [s.name for s in a.speakers]


def test_another_tokenizer_gets_expanded_spans(seed):
    nlp = spacy.blank("ur")  # spaCy's own tokenizer: کہاکہ’مسلح is one token
    nlp.add_pipe("urdu_extractor")
    text = "انہوں نے کہاکہ’مسلح افراد جلد واپس جائیں گے‘۔"
    doc = nlp(text)
    (q,) = doc.spans["quotes"]
    assert q.text.startswith("کہاکہ’مسلح")
    assert urdu.analyze(text).quotes[0].text in q.text
    doc = nlp(seed)
    a = urdu.analyze(seed)
    assert len(doc.spans["quotes"]) == len(a.quotes)
    for span, quote in zip(doc.spans["quotes"], a.quotes):
        assert span.start_char <= quote.start and quote.end <= span.end_char


def test_component_config():
    nlp = spacy.blank("ur")
    nlp.tokenizer = urdu.spacy.Tokenizer(nlp.vocab)
    nlp.add_pipe("urdu_extractor", config={
        "cues": {"شکوہ کیا": "verb"},
        "titles": ["کمشنر"],
        "places": [{"name": "گلشن اقبال", "kind": "district", "country": "PK"}],
        "spans_key": "said",
    })
    doc = nlp("گلشن اقبال کے رہائشیوں نے شکوہ کیا کہ پانی نہیں آتا۔")
    assert [s.text for s in doc.spans["said"]] == ["پانی نہیں آتا"]
    assert [(e.text, e.label_) for e in doc.ents] == [("گلشن اقبال", "GPE")]
    doc = nlp("کمشنر عامر علی شکوہ کرتے ہیں کہ سڑکیں ٹوٹی ہوئی ہیں۔")
    assert (doc._.speakers[0]["name"], doc._.speakers[0]["title"]) == ("عامر علی", "کمشنر")
    assert [(e.text, e.label_) for e in doc.ents] == [("عامر علی", "PERSON")]


@pytest.mark.parametrize("config", [
    {"cues": {"شکوہ کیا": "verbb"}},
    {"places": [{"name": "گلشن اقبال"}]},
    {"normalizer": {"digit": "ascii"}},
    {"threads": 0},
])
def test_bad_config_is_refused(config):
    nlp = spacy.blank("ur")
    with pytest.raises((ValueError, TypeError)):
        nlp.add_pipe("urdu_extractor", config=config)


def test_existing_entities_win_unless_overwritten():
    text = "روس کے صدر ولادی میر پوتن نے کہا کہ فوجیں واپس جائیں گی۔"
    for overwrite, label in ((False, "NORP"), (True, "GPE")):
        nlp = spacy.blank("ur")
        nlp.tokenizer = urdu.spacy.Tokenizer(nlp.vocab)
        ruler = nlp.add_pipe("entity_ruler")
        ruler.add_patterns([{"label": "NORP", "pattern": "روس"}])
        nlp.add_pipe("urdu_extractor", config={"overwrite_ents": overwrite})
        doc = nlp(text)
        assert [(e.text, e.label_) for e in doc.ents] == [
            ("روس", label), ("ولادی میر پوتن", "PERSON")]


def test_hostile_input_does_not_crash(nlp):
    for text in ODD + ["’‘" * 5000, "کہا کہ " * 3000, "\x00\x01\u202e" * 100]:
        doc = nlp(text)
        assert doc.text == text
        for span in doc.spans["quotes"]:
            assert span.text


def test_config_file_names_both(tmp_path, seed):
    config = spacy.util.load_config_from_str("""
[nlp]
lang = "ur"
pipeline = ["urdu_extractor"]

[nlp.tokenizer]
@tokenizers = "urdu.Tokenizer.v1"
keep_whole = ["کہکشاں"]

[components]

[components.urdu_extractor]
factory = "urdu_extractor"
titles = ["کمشنر"]
""")
    nlp = spacy.util.load_model_from_config(config, auto_fill=True)
    assert isinstance(nlp.tokenizer, urdu.spacy.Tokenizer)
    assert nlp.tokenizer.options["keep_whole"] == ["کہکشاں"]
    doc = nlp(seed)
    assert got_quotes(doc) == expected_quotes(urdu.analyze(seed))
    # Saved and loaded: the same pipeline, the same result.
    nlp.to_disk(tmp_path / "model")
    loaded = spacy.load(tmp_path / "model")
    assert loaded.tokenizer.options == nlp.tokenizer.options
    again = loaded(seed)
    assert words(again) == words(doc)
    assert got_quotes(again) == got_quotes(doc)


def test_entry_points_register_without_an_import():
    # A fresh interpreter that imports spaCy only: the names come from the entry points.
    code = (
        "import spacy\n"
        "nlp = spacy.blank('ur', config={'nlp': {'tokenizer': {'@tokenizers': 'urdu.Tokenizer.v1'}}})\n"
        "nlp.add_pipe('urdu_extractor')\n"
        "doc = nlp('انہوں نے کہاکہ مذاکرات جاری رہیں گے۔')\n"
        "print(type(nlp.tokenizer).__module__, [s.text for s in doc.spans['quotes']])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=REPO / "python" / "tests").stdout
    assert out.strip() == "urdu.spacy ['مذاکرات جاری رہیں گے']"


# -- nlp.pipe, n_process, DocBin -----------------------------------------------------------


def summary(doc: Doc):
    return (
        doc.text,
        [(t.text, t.whitespace_, t.norm_, t.is_sent_start) for t in doc],
        got_quotes(doc),
        [(e.start_char, e.end_char, e.label_, e.kb_id_) for e in doc.ents],
        doc._.speakers,
        doc._.locations,
    )


@pytest.fixture(scope="module")
def texts():
    return [read(p) for p in TEXTS]


def test_pipe_in_two_processes(nlp, texts):
    one_by_one = [summary(nlp(t)) for t in texts]
    assert [summary(d) for d in nlp.pipe(texts, batch_size=3)] == one_by_one
    assert [summary(d) for d in nlp.pipe(texts, batch_size=3, n_process=2)] == one_by_one


def test_pipe_with_threads(texts):
    nlp = spacy.blank("ur")
    nlp.tokenizer = urdu.spacy.Tokenizer(nlp.vocab)
    nlp.add_pipe("urdu_extractor", config={"threads": 2})
    expected = [got_quotes(nlp(t)) for t in texts]
    assert [got_quotes(d) for d in nlp.pipe(texts, batch_size=5)] == expected


def test_docbin_round_trip(nlp, texts):
    docs = list(nlp.pipe(texts))
    attrs = ["ORTH", "NORM", "ENT_IOB", "ENT_TYPE", "ENT_KB_ID", "SENT_START"]
    data = DocBin(attrs=attrs, store_user_data=True, docs=docs).to_bytes()
    back = list(DocBin().from_bytes(data).get_docs(nlp.vocab))
    assert [summary(d) for d in back] == [summary(d) for d in docs]
    # Spans keep their labels and extension attributes through the bytes.
    assert back[0].spans["quotes"][0]._.speaker == docs[0].spans["quotes"][0]._.speaker


# -- displaCy ------------------------------------------------------------------------------


def test_displacy_draws_right_to_left(nlp, seed):
    doc = nlp(seed)
    spans = displacy.render(doc, style="span", options={"spans_key": "quotes"})
    ents = displacy.render(doc, style="ent")
    for html in (spans, ents):
        assert "direction: rtl" in html
    for label in ("direct", "partial", "indirect"):
        assert label in spans
    for label in ("GPE", "PERSON", "ORG", "LOC"):
        assert label in ents


def test_displacy_example_writes_both_pages(tmp_path, seed):
    out = subprocess.run(
        [sys.executable, str(REPO / "python" / "examples" / "spacy_displacy.py"),
         "--out", str(tmp_path)], capture_output=True, text=True, check=True).stdout
    a = urdu.analyze(seed)
    assert f"{len(a.quotes)} quotations" in out
    quotes = (tmp_path / "quotes.html").read_text(encoding="utf-8")
    entities = (tmp_path / "entities.html").read_text(encoding="utf-8")
    assert "direction: rtl" in quotes and "direction: rtl" in entities
    assert quotes.count("indirect") >= sum(q.kind == "indirect" for q in a.quotes)
    assert a.speakers[0].name in quotes  # a quotation's label names its speaker
    for loc in a.locations:
        assert loc.name in entities


# -- the README's spaCy examples -----------------------------------------------------------


def test_readme_spacy_examples(monkeypatch):
    readme = (REPO / "python" / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python spacy\n(.*?)```", readme, flags=re.S)
    assert blocks
    monkeypatch.chdir(REPO)
    namespace: dict = {}
    for block in blocks:
        exec(compile(block, "python/README.md", "exec"), namespace)


def test_module_doctest():
    import doctest

    failures, tried = doctest.testmod(urdu.spacy, verbose=False)
    assert tried > 0 and failures == 0

