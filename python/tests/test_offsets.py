"""Offsets are character offsets into the `str` passed in: `text[x.start:x.end] == x.text`
for every token, sentence, quotation, cue, speaker mention and location mention, on the
seed article and on thousands of generated texts with emoji, combining marks, characters
outside the Basic Multilingual Plane, invisible controls and Arabic forms that
normalization rewrites. And no input makes a function raise (or crash)."""

from __future__ import annotations

import pickle

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import urdu

# Pieces of text that exercise the byte-to-character mapping and the rewrites: Urdu words
# and cues, Arabic letters that fold (ي ك ه ة ۀ), diacritics and hamza that compose, tatweel,
# zero-width and bidi controls, presentation forms and word ligatures, quotation marks,
# digits, Latin, URLs, emoji (with skin tones, ZWJ sequences, flags), characters outside the
# BMP, combining marks on Latin letters, odd spaces and line breaks.
PIECES = [
    "روس", "کے", "صدر", "ولادی میر پوتن", "پوتین", "نے", "کہا", "کہ", "کہاکہ", "کا کہنا تھا کہ",
    "کے مطابق", "کے بقول", "انہوں نے", "لاہور", "پاکستان", "قزاقستان", "اسلام آباد", "میں",
    "فوجیں", "واپس", "جائیں گی", "ہے", "تھا", "وزیر خارجہ", "عمران خان", "بیان میں کہا گیا کہ",
    "علي", "پاكستان", "ہه", "زکوة", "ۀ", "ی\u0654", "ا\u0653", "تقریباً", "دعویٰ", "ـ", "پاکستـان",
    "\u200c", "\u200d", "\u200e", "\u202b", "\u2066", "\ufeff", "\u00ad", "\ufefb", "\ufb90", "\ufdfa",
    "’", "‘", "“", "”", "«", "»", "\"", "'", "’’", "‘‘",
    "۔", "،", "؟", "!", ".", ":", "؛", "…", "-", "—", "(", ")",
    "۲۰۲۲", "1,000", "3.5", "٣", "BBC", "COVID-19", "https://bbc.com/urdu", "a@b.pk",
    "#پاکستان", "@BBCUrdu",
    "😀", "👍🏽", "👨\u200d👩\u200d👧", "🇵🇰", "𝕏", "𠀀", "\U0010ffff", "e\u0301", "\u0301",
    " ", " ", "  ", "\u00a0", "\u2003", "\t", "\n", "\n\n", "\r\n",
]

texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)
# And anything at all (no surrogates: a str with one is refused, tested elsewhere).
anything = st.text(
    st.characters(exclude_categories=("Cs",)), max_size=200
)

SETTINGS = settings(
    max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def check_offsets(text: str) -> None:
    """Every result of every function points at its own text."""
    tokens = urdu.tokenize(text)
    last = 0
    for t in tokens:
        assert t.text, t
        assert text[t.start:t.end] == t.text, t
        assert last <= t.start < t.end, t
        last = t.end
    for s in urdu.sentences(text):
        assert text[s.start:s.end] == s.text, s
    a = urdu.analyze(text)
    assert a.tokens == tuple(tokens)
    for s in a.sentences:
        assert text[s.start:s.end] == s.text, s
    for q in a.quotes:
        assert text[q.start:q.end] == q.text, q
        if q.cue is not None:
            assert text[q.cue.start:q.cue.end] == q.cue.text, q.cue
    for sp in a.speakers:
        for m in sp.mentions:
            assert text[m.start:m.end] == m.text, m
    for loc in a.locations:
        for m in loc.mentions:
            assert text[m.start:m.end] == m.text, m
    for loc in urdu.locations(text):
        for m in loc.mentions:
            assert text[m.start:m.end] == m.text, m
    # The dict form carries the same offsets.
    d = a.to_dict()
    for kind in ("sentences", "tokens", "quotes"):
        for x in d[kind]:
            assert text[x["start"]:x["end"]] == x["text"], x


def test_seed_article(seed):
    a = urdu.analyze(seed)
    assert len(a.tokens) > 500 and len(a.quotes) == 18
    check_offsets(seed)


def test_seed_article_behind_astral_characters(seed):
    # Characters of four UTF-8 bytes but one character before the article shift every byte
    # offset by four and every character offset by one.
    text = "𝕏😀🇵🇰 " + seed
    check_offsets(text)
    a, b = urdu.analyze(seed), urdu.analyze(text)
    shift = 4 + 1
    assert [(q.start + shift, q.end + shift, q.text) for q in a.quotes] == [
        (q.start, q.end, q.text) for q in b.quotes
    ]


@SETTINGS
@given(texts)
def test_offsets_on_generated_texts(text):
    check_offsets(text)


@settings(max_examples=500, deadline=None)
@given(anything)
def test_offsets_on_any_text(text):
    check_offsets(text)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_pickle_round_trip(text):
    a = urdu.analyze(text)
    back = pickle.loads(pickle.dumps(a))
    assert back == a
    assert back.to_dict() == a.to_dict()


@settings(max_examples=300, deadline=None)
@given(texts, st.sampled_from([{}, {"remove_diacritics": True}, {"digits": "ascii"},
                              {"unicode_form": "nfkc"}, {"zero_width_as_space": True},
                              {"punctuation_spacing": True}, {"expand_word_ligatures": True}]))
def test_normalize_never_fails(text, options):
    out = urdu.normalize(text, **options)
    assert isinstance(out, str)
    assert urdu.normalize(text) == urdu.Normalizer().normalize(text)


def spaced_oracle(text: str):
    """`Tokenizer.spaced_words` the slow way, from `tokenize` and `sentences`."""
    words, spaces, norms, firsts = [], [], [], []
    sentence_starts = {s.start for s in urdu.sentences(text)}

    def between(at: int, to: int) -> None:
        if at < to and words and not spaces[-1] and text[at] == " ":
            spaces[-1] = True
            at += 1
        if at < to:
            words.append(text[at:to])
            spaces.append(False)
            norms.append(text[at:to])

    at = 0
    for t in urdu.tokenize(text):
        between(at, t.start)
        if t.start in sentence_starts and words:
            firsts.append(len(words))
        words.append(t.text)
        spaces.append(False)
        norms.append(t.normalized)
        at = t.end
    between(at, len(text))
    return words, spaces, norms, ([0] + firsts if words else [])


@SETTINGS
@given(st.one_of(texts, anything))
def test_spaced_words_rebuild_the_text(text):
    words, spaces, norms, starts = urdu.Tokenizer().spaced_words(text)
    assert "".join(w + " " * s for w, s in zip(words, spaces)) == text
    assert all(words)
    assert (words, spaces, norms, starts) == spaced_oracle(text)
    for w, n in zip(words, norms):
        if w == n:
            assert w is n  # one object where normalization changed nothing


def test_spaced_words_of_the_seed_article(seed):
    words, spaces, norms, starts = urdu.Tokenizer().spaced_words(seed)
    assert (words, spaces, norms, starts) == spaced_oracle(seed)
    assert len(starts) == len(urdu.sentences(seed))
    assert words[:4] == ["روس", "کے", "صدر", "ولادی"] and spaces[:4] == [True] * 4
