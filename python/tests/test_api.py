"""Every function and class of the package, on real Urdu text."""

from __future__ import annotations

import copy
import inspect
import json
import pickle

import pytest

import urdu

PUTIN = "روس کے صدر ولادی میر پوتن نے کہا کہ فوجیں واپس جائیں گی۔ پوتین کے بقول: ’کام مکمل ہو گیا۔‘"


# Normalization


def test_normalize_folds_arabic_letters_and_tatweel():
    assert urdu.normalize("پاكستـان") == "پاکستان"
    assert urdu.normalize("علي") == "علی"


def test_normalize_gives_back_clean_text_itself():
    text = "پاکستان کے صدر"
    assert urdu.normalize(text) is text
    assert urdu.Normalizer().normalize(text) is text


def test_normalize_options():
    assert urdu.normalize("تقریباً ۳۰ سالہ", remove_diacritics=True, digits="ascii") == "تقریبا 30 سالہ"
    assert urdu.normalize("سال 2022", digits="urdu") == "سال ۲۰۲۲"
    assert urdu.normalize("اسلام\u200cآباد", zero_width_as_space=True) == "اسلام آباد"
    assert urdu.normalize("اسلام\u200cآباد") == "اسلام\u200cآباد"  # ZWNJ kept by default
    assert urdu.normalize("پاكستان", urdu_letters=False) == "پاكستان"
    assert urdu.normalize("ﬁ", unicode_form="nfkc") == "fi"
    assert urdu.normalize("ﬁ", unicode_form=None) == "ﬁ"
    assert urdu.normalize("کہا ۔اور", punctuation_spacing=True) == "کہا۔ اور"


def test_normalizer_object():
    n = urdu.Normalizer(remove_diacritics=True, digits="ascii")
    assert n.normalize("تقریباً ۳۰ سالہ") == "تقریبا 30 سالہ"
    assert n.options == {"remove_diacritics": True, "digits": "ascii"}
    assert repr(n) == "Normalizer(remove_diacritics=True, digits='ascii')"
    assert n == urdu.Normalizer(digits="ascii", remove_diacritics=True)
    # Options set to their defaults make the same normalizer as none.
    assert urdu.Normalizer(remove_tatweel=True) == urdu.Normalizer()
    assert hash(urdu.Normalizer(remove_tatweel=True)) == hash(urdu.Normalizer())
    assert n != urdu.Normalizer()
    back = pickle.loads(pickle.dumps(n))
    assert back == n and back.normalize("۳۰") == "30"
    assert repr(urdu.Normalizer()) == "Normalizer()"


def test_normalizer_refuses_unknown_options_and_values():
    with pytest.raises(ValueError, match="remove_diacritic"):
        urdu.Normalizer(remove_diacritic=True)
    with pytest.raises(ValueError, match="remove_diacritic"):
        urdu.normalize("کہا", remove_diacritic=True)
    with pytest.raises(ValueError, match="roman"):
        urdu.Normalizer(digits="roman")
    with pytest.raises(ValueError, match="nfd"):
        urdu.Normalizer(unicode_form="nfd")
    with pytest.raises(TypeError, match="remove_diacritics"):
        urdu.Normalizer(remove_diacritics="yes")


# Tokens and sentences


def test_tokenize_words_joins_and_quote_marks():
    text = "صدر نے کہاکہ فوجی دستے’جلد‘ واپس جائیں گے۔ مزید پڑھیں"
    tokens = urdu.tokenize(text)
    assert isinstance(tokens, list)
    assert [t.text for t in tokens][:7] == ["صدر", "نے", "کہا", "کہ", "فوجی", "دستے", "’"]
    kaha, keh = tokens[2], tokens[3]
    assert kaha.is_from_join and keh.is_from_join
    assert not tokens[0].is_from_join
    assert tokens[6].kind == "quote"
    assert tokens[7].kind == "word" and tokens[7].text == "جلد"
    for t in tokens:
        assert text[t.start:t.end] == t.text


def test_token_kinds_and_normalized_forms():
    text = "قیمت 1,000 روپے ہے۔ پاكستان #پاکستان @BBCUrdu https://bbc.com/urdu BBC 😀"
    tokens = urdu.tokenize(text)
    by_text = {t.text: t for t in tokens}
    assert by_text["1,000"].kind == "number"
    assert by_text["۔"].kind == "punctuation"
    assert by_text["پاكستان"].normalized == "پاکستان"
    assert by_text["قیمت"].normalized == "قیمت"
    assert by_text["#پاکستان"].kind == "hashtag"
    assert by_text["@BBCUrdu"].kind == "mention"
    assert by_text["https://bbc.com/urdu"].kind == "url"
    assert by_text["BBC"].kind == "latin"
    assert by_text["😀"].kind == "emoji"


def test_token_value_semantics():
    t = urdu.tokenize("انہوں نے کہاکہ")[2]
    assert t == urdu.Token("کہا", "کہا", "word", 9, 12, True)
    assert hash(t) == hash(urdu.Token("کہا", "کہا", "word", 9, 12, True))
    assert t != urdu.Token("کہا", "کہا", "word", 9, 12, False)
    assert t != "کہا"
    assert repr(t) == "Token(text='کہا', normalized='کہا', kind='word', start=9, end=12, is_from_join=True)"
    with pytest.raises(AttributeError):
        t.text = "x"
    assert pickle.loads(pickle.dumps(t)) == t
    assert copy.deepcopy(t) == t
    with pytest.raises(ValueError, match="3 characters apart"):
        urdu.Token("کہا", "کہا", "word", 0, 5)
    with pytest.raises(ValueError, match="token kind"):
        urdu.Token("کہا", "کہا", "verb", 0, 3)


def test_sentences():
    text = "انہوں نے کہا: ’ہم جیتیں گے۔‘ اجلاس ختم ہوا۔"
    s = urdu.sentences(text)
    assert [x.text for x in s] == ["انہوں نے کہا: ’ہم جیتیں گے۔‘", "اجلاس ختم ہوا۔"]
    for x in s:
        assert text[x.start:x.end] == x.text
    assert s[1] == urdu.Sentence("اجلاس ختم ہوا۔", s[1].start, s[1].end)
    assert pickle.loads(pickle.dumps(s[0])) == s[0]
    assert repr(s[1]).startswith("Sentence(text='اجلاس ختم ہوا۔'")


def test_tokenizer_options():
    text = "انہوں نے کہاکہ’فتح‘ ہماری ہے۔"
    words = [t.text for t in urdu.Tokenizer().tokenize(text)]
    assert words == ["انہوں", "نے", "کہا", "کہ", "’", "فتح", "‘", "ہماری", "ہے", "۔"]
    whole = [t.text for t in urdu.Tokenizer(split_joins=False).tokenize(text)]
    assert "کہاکہ" in whole
    kept = [t.text for t in urdu.Tokenizer(keep_whole=["کہاکہ"]).tokenize(text)]
    assert "کہاکہ" in kept
    n = urdu.Tokenizer(normalizer=urdu.Normalizer(digits="ascii"))
    assert [t.normalized for t in n.tokenize("۲۰۲۲ میں")] == ["2022", "میں"]
    assert len(urdu.Tokenizer().sentences("اجلاس آج صبح ختم ہو گیا۔ وزیر اعظم واپس چلے گئے۔")) == 2
    t = urdu.Tokenizer(split_joins=False, keep_whole=["کہاکہ"])
    assert "split_joins=False" in repr(t)
    back = pickle.loads(pickle.dumps(t))
    assert [x.text for x in back.tokenize(text)] == whole
    with pytest.raises(ValueError, match="split_join"):
        urdu.Tokenizer(split_join=False)
    with pytest.raises(TypeError, match="not a str"):
        urdu.Tokenizer(keep_whole="کہاکہ")
    with pytest.raises(urdu.Error, match="white space"):
        urdu.Tokenizer(keep_whole=["کہا کہ"])


# Analysis


def test_analyze_quotes_speakers_locations():
    a = urdu.analyze(PUTIN)
    assert a.text is not None and a.text == PUTIN
    assert len(a.quotes) == 2
    indirect, direct = a.quotes
    assert (indirect.text, indirect.kind) == ("فوجیں واپس جائیں گی", "indirect")
    assert direct.kind == "direct"
    assert indirect.cue is not None and indirect.cue.text in PUTIN
    assert len(a.speakers) == 1
    putin = a.speakers[0]
    assert putin.name == "ولادی میر پوتن"  # two spellings, one speaker
    assert putin.title == "روس کے صدر"
    assert putin.kind == "person"
    assert direct.speaker == putin and indirect.speaker == putin
    assert [m.text for m in putin.mentions] == ["روس کے صدر ولادی میر پوتن", "پوتین"]
    assert putin.key == urdu.speaker_key("ولادی میر پوتین")
    assert a.locations[0].name == "روس"
    assert a.locations[0].kind == "country"
    assert a.locations[0].country == "RU"
    for x in a.quotes + tuple(m for s in a.speakers for m in s.mentions):
        assert PUTIN[x.start:x.end] == x.text
    assert isinstance(a.tokens, tuple) and isinstance(a.sentences, tuple)
    assert a.tokens[0] == urdu.tokenize(PUTIN)[0]
    assert [s.text for s in a.sentences] == [s.text for s in urdu.sentences(PUTIN)]


def test_analysis_attributes_are_made_once():
    a = urdu.analyze(PUTIN)
    assert a.tokens is a.tokens
    assert a.quotes is a.quotes


def test_quote_in_quote_has_a_parent():
    a = urdu.analyze("وزیر خارجہ نے کہا کہ ’ہم تیار ہیں‘ اور لاہور میں اجلاس ہو گا۔")
    outer = a.quotes[0]
    assert outer.kind == "indirect"
    assert outer.speaker.name == "وزیر خارجہ"
    inner = [q for q in a.quotes if q.parent is not None]
    for q in inner:
        assert q.parent.start <= q.start and q.end <= q.parent.end
    assert a.locations[0].name == "لاہور"


def test_reprs_show_urdu():
    a = urdu.analyze(PUTIN)
    assert repr(a) == "Analysis(25 tokens, 2 sentences, 2 quotes, 1 speakers, 1 locations)"
    assert "'فوجیں واپس جائیں گی'" in repr(a.quotes[0])
    assert "speaker='ولادی میر پوتن'" in repr(a.quotes[0])
    assert repr(a.speakers[0]) == (
        "Speaker(name='ولادی میر پوتن', kind='person', title='روس کے صدر', 2 mentions)"
    )
    assert repr(a.locations[0]) == "Location(name='روس', kind='country', country='RU', 1 mention)"


def test_to_dict_and_to_json():
    a = urdu.analyze(PUTIN)
    d = a.to_dict()
    assert list(d) == ["sentences", "tokens", "quotes", "speakers", "locations"]
    q = d["quotes"][0]
    assert set(q) == {"start", "end", "text", "kind", "speaker", "cue", "parent"}
    assert q["speaker"] == 0 and q["kind"] == "indirect"
    assert PUTIN[q["start"]:q["end"]] == q["text"]
    assert d["speakers"][0]["name"] == "ولادی میر پوتن"
    assert set(d["tokens"][0]) == {"start", "end", "text", "normalized", "kind", "from_join"}
    assert json.loads(a.to_json()) == d
    assert "ولادی میر پوتن" in a.to_json()  # not escaped


def test_analysis_value_semantics_and_pickle():
    a = urdu.analyze(PUTIN)
    b = urdu.analyze(PUTIN)
    assert a == b and hash(a) == hash(b)
    assert a != urdu.analyze(PUTIN + " ")
    back = pickle.loads(pickle.dumps(a))
    assert back == a
    assert back.to_dict() == a.to_dict()
    assert back.quotes == a.quotes and back.tokens == a.tokens
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(a, protocol)) == a
    with pytest.raises(AttributeError):
        a.quotes = ()
    with pytest.raises(ValueError, match="not a pickled Analysis"):
        urdu.Analysis._from_state(PUTIN, b"\x01garbage")


def test_result_classes_pickle_and_compare():
    a = urdu.analyze(PUTIN)
    values = [*a.tokens, *a.sentences, *a.quotes, *a.speakers, *a.locations,
              *a.speakers[0].mentions, a.quotes[0].cue]
    for v in values:
        back = pickle.loads(pickle.dumps(v))
        assert back == v and hash(back) == hash(v) and type(back) is type(v)
        assert repr(back) == repr(v)
    # Made from their parts, they equal the analysis' own.
    s = a.speakers[0]
    assert urdu.Speaker(s.name, s.kind, s.title, s.mentions) == s
    loc = a.locations[0]
    assert urdu.Location(loc.name, loc.kind, loc.country, loc.mentions) == loc
    q = a.quotes[0]
    assert urdu.Quote(q.text, q.kind, q.start, q.end, q.speaker, q.cue, q.parent) == q


def test_quotes_nest_at_most_100_deep():
    q = urdu.Quote("کہا", "direct", 0, 3)
    for _ in range(99):
        q = urdu.Quote("کہا", "direct", 0, 3, parent=q)
    assert pickle.loads(pickle.dumps(q)) == q
    with pytest.raises(ValueError, match="at most 100 deep"):
        urdu.Quote("کہا", "direct", 0, 3, parent=q)


def test_locations():
    found = urdu.locations("الماتی میں حالات معمول پر آ گئے، قزاقستان کے صدر نے کہا۔")
    assert [loc.name for loc in found] == ["الماتی", "قزاقستان"]
    assert found[1].country == "KZ"
    assert found[0].mentions[0].text == "الماتی"


def test_analyzer_with_places_and_cues():
    analyzer = urdu.Analyzer(
        places=[urdu.Place("گلشن اقبال", "district", country="PK")],
        cues={"واویلا کیا": "verb"},
    )
    a = analyzer.analyze("گلشن اقبال کے رہائشیوں نے واویلا کیا کہ پانی نہیں آتا۔")
    assert a.quotes[0].text == "پانی نہیں آتا"
    assert a.locations[0].name == "گلشن اقبال"
    assert a.locations[0].kind == "district"
    assert [loc.name for loc in analyzer.locations("گلشن اقبال میں بارش ہوئی۔")] == ["گلشن اقبال"]
    # The shipped analyzer does not know the cue (it has learnt شکوہ کیا since).
    assert urdu.analyze("گلشن اقبال کے رہائشیوں نے واویلا کیا کہ پانی نہیں آتا۔").quotes == ()


def test_analyzer_titles_and_present_forms():
    analyzer = urdu.Analyzer(cues=[("شکوہ کیا", "verb")], titles=["کمشنر"])
    a = analyzer.analyze("کمشنر عامر علی شکوہ کرتے ہیں کہ سڑکیں ٹوٹی ہوئی ہیں۔")
    assert a.quotes[0].text == "سڑکیں ٹوٹی ہوئی ہیں"
    assert a.speakers[0].name == "عامر علی"
    assert a.speakers[0].title == "کمشنر"


def test_analyzer_removes_cues_and_speakers():
    text = "ذرائع کے مطابق اجلاس کل ہو گا۔"
    assert urdu.analyze(text).quotes != ()
    assert urdu.Analyzer(not_speakers=["ذرائع"]).analyze(text).quotes == ()
    asked = "صحافی نے پوچھا کہ اجلاس کب ہو گا۔"
    assert urdu.Analyzer(without_cues=["پوچھا"]).analyze(asked).quotes == ()


def test_analyzer_not_places():
    text = "لاہور میں بارش ہوئی۔"
    assert [loc.name for loc in urdu.locations(text)] == ["لاہور"]
    assert urdu.Analyzer(not_places=["لاہور"]).locations(text) == []


def test_analyzer_place_words_take_a_kind_of_place():
    # A word for a kind of place names a place that no gazetteer lists after it.
    text = "سیلاب کا پانی بستی کھوکھراں تک پہنچ گیا۔"
    assert urdu.locations(text) == []
    analyzer = urdu.Analyzer(place_words={"بستی": "village"})
    [found] = analyzer.locations(text)
    assert (found.name, found.kind, found.country) == ("کھوکھراں", "village", None)
    back = pickle.loads(pickle.dumps(analyzer))
    assert back.locations(text) == analyzer.locations(text)


def test_analyzer_default_is_analyze():
    assert urdu.Analyzer().analyze(PUTIN) == urdu.analyze(PUTIN)


def test_analyzer_repr_and_pickle():
    analyzer = urdu.Analyzer(
        cues={"شکوہ کیا": "verb"},
        titles=["کمشنر"],
        places=[urdu.Place("گلشن اقبال", "district", country="PK", variants=["گلشنِ اقبال"])],
        split_joins=False,
    )
    assert repr(analyzer).startswith("Analyzer(cues=[('شکوہ کیا', 'verb')], titles=['کمشنر'], places=[Place('گلشن اقبال', 'district', country='PK', variants=['گلشنِ اقبال'])]")
    back = pickle.loads(pickle.dumps(analyzer))
    text = "گلشنِ اقبال کے رہائشیوں نے شکوہ کیا کہ پانی نہیں آتا۔"
    assert back.analyze(text) == analyzer.analyze(text)
    assert repr(back) == repr(analyzer)


def test_place():
    p = urdu.Place("گلشن اقبال", "district", country="PK", variants=["گلشنِ اقبال"], needs_evidence=True)
    assert (p.name, p.kind, p.country, p.variants, p.needs_evidence) == (
        "گلشن اقبال", "district", "PK", ("گلشنِ اقبال",), True)
    assert pickle.loads(pickle.dumps(p)) == p
    assert p != urdu.Place("گلشن اقبال", "district")
    with pytest.raises(urdu.Error, match="hamlet") as e:
        urdu.Place("گلشن اقبال", "hamlet")
    assert e.value.kind == "unknown_name" and e.value.word == "hamlet"


def test_bad_cues_titles_and_places_name_the_word():
    with pytest.raises(urdu.Error, match="white space") as e:
        urdu.Analyzer(cues={"کہا\tکہ": "verb"})
    assert e.value.kind == "invalid_word" and e.value.word == "کہا\tکہ"
    assert isinstance(e.value, ValueError)
    with pytest.raises(urdu.Error, match="verbb") as e:
        urdu.Analyzer(cues={"شکوہ کیا": "verbb"})
    assert e.value.kind == "unknown_name"
    with pytest.raises(urdu.Error, match="ڈپٹی کمشنر"):
        urdu.Analyzer(titles=["ڈپٹی کمشنر"])
    with pytest.raises(urdu.Error, match="XX") as e:
        urdu.Analyzer(places=[urdu.Place("گلشن اقبال", "district", country="XX")])
    assert e.value.kind == "invalid_country"
    with pytest.raises(urdu.Error, match="letters"):
        urdu.Analyzer(places=[urdu.Place("123", "city")])
    with pytest.raises(urdu.Error, match="anywhere"):
        urdu.Analyzer(place_words={"شہر": "anywhere"})
    with pytest.raises(ValueError, match="cue"):
        urdu.Analyzer(cue={"شکوہ کیا": "verb"})
    with pytest.raises(TypeError, match="urdu.Place"):
        urdu.Analyzer(places=["لاہور"])
    with pytest.raises(TypeError, match="not a str"):
        urdu.Analyzer(titles="کمشنر")
    with pytest.raises(TypeError, match="pair"):
        urdu.Analyzer(cues=["شکوہ کیا"])


def test_speaker_keys():
    assert urdu.speaker_key("پوتن") == urdu.speaker_key("پوتین")
    assert urdu.speaker_key("پوتن") != urdu.speaker_key("عمران خان")
    assert urdu.same_speaker("پوتن", "ولادی میر پوتین")
    assert not urdu.same_speaker("عمران خان", "نواز شریف")


def test_stop_words():
    assert urdu.is_stop_word("کے") and urdu.is_stop_word("ہیں")
    assert not urdu.is_stop_word("پاکستان")
    words = urdu.stop_words()
    assert isinstance(words, frozenset) and "کے" in words and len(words) > 100


# Many texts at once


def test_analyze_many_is_one_by_one(seed):
    from conftest import articles, read

    texts = [read(p) for p in articles()[:20]] + [seed, "", PUTIN]
    one_by_one = [urdu.analyze(t) for t in texts]
    analyzer = urdu.Analyzer()
    for threads in (None, 1, 2):
        many = analyzer.analyze_many(texts, threads=threads)
        assert many == one_by_one
        assert all(m.text is t for m, t in zip(many, texts))
    assert analyzer.analyze_many(iter(texts[:3])) == one_by_one[:3]
    assert analyzer.analyze_many([]) == []


def test_analyze_many_refuses_bad_input():
    analyzer = urdu.Analyzer()
    with pytest.raises(TypeError, match=r"texts\[1\]"):
        analyzer.analyze_many(["کہا", 5])
    with pytest.raises(TypeError, match="not a str"):
        analyzer.analyze_many("کہا")
    with pytest.raises(TypeError):
        analyzer.analyze_many(5)
    with pytest.raises(ValueError, match="at least 1"):
        analyzer.analyze_many(["کہا"], threads=0)
    with pytest.raises(TypeError, match="threads"):
        analyzer.analyze_many(["کہا"], threads="2")
    with pytest.raises(ValueError, match="surrogate"):
        analyzer.analyze_many(["کہا", "\ud800"])


def test_analyze_runs_in_threads():
    # The GIL is released: analyses made on threads equal those made one by one.
    from concurrent.futures import ThreadPoolExecutor

    texts = [PUTIN, PUTIN + " لاہور میں بارش ہوئی۔"] * 8
    with ThreadPoolExecutor(4) as pool:
        got = list(pool.map(urdu.analyze, texts))
    assert got == [urdu.analyze(t) for t in texts]


# Bad input

FUNCTIONS = [
    urdu.normalize,
    urdu.tokenize,
    urdu.sentences,
    urdu.analyze,
    urdu.locations,
    urdu.speaker_key,
    urdu.is_stop_word,
    urdu.Normalizer().normalize,
    urdu.Tokenizer().tokenize,
    urdu.Tokenizer().sentences,
    urdu.Analyzer().analyze,
    urdu.Analyzer().locations,
]


@pytest.mark.parametrize("f", FUNCTIONS, ids=lambda f: f.__qualname__)
@pytest.mark.parametrize("bad", [None, 5, b"\xd9\x83", ["کہا"]])
def test_non_str_is_a_type_error(f, bad):
    with pytest.raises(TypeError, match="must be a str"):
        f(bad)


@pytest.mark.parametrize("f", FUNCTIONS, ids=lambda f: f.__qualname__)
def test_lone_surrogate_is_a_value_error(f):
    with pytest.raises(ValueError, match=r"lone surrogate \(U\+D800 at index 3\)"):
        f("کہا\ud800کہ")


def test_same_speaker_type_errors():
    with pytest.raises(TypeError):
        urdu.same_speaker("پوتن", None)


def test_str_subclass_is_a_str():
    class S(str):
        pass

    assert [t.text for t in urdu.tokenize(S("کہا کہ"))] == ["کہا", "کہ"]


# Documentation


PUBLIC = [getattr(urdu, n) for n in urdu.__all__ if n != "__version__"]


@pytest.mark.parametrize("obj", PUBLIC, ids=lambda o: o.__name__)
def test_everything_has_a_docstring(obj):
    assert obj.__doc__ and len(obj.__doc__) > 20
    if isinstance(obj, type):
        for name, member in vars(obj).items():
            documented = inspect.isroutine(member) or inspect.isdatadescriptor(member)
            if documented and (not name.startswith("_") or name == "__new__"):
                doc = getattr(member, "__doc__", None)
                assert doc, f"{obj.__name__}.{name} has no docstring"


def test_stub_names_every_public_name():
    import ast
    from pathlib import Path

    stub = ast.parse((Path(urdu.__file__).parent / "__init__.pyi").read_text(encoding="utf-8"))
    defined = {n.name for n in stub.body if isinstance(n, (ast.ClassDef, ast.FunctionDef))}
    assert set(urdu.__all__) - {"__version__"} <= defined
    for cls in stub.body:
        if isinstance(cls, ast.ClassDef) and cls.name != "Error":
            members = {n.name for n in cls.body if isinstance(n, ast.FunctionDef)}
            public = {n for n in vars(getattr(urdu, cls.name)) if not n.startswith("_")}
            assert public <= members, f"{cls.name}: {public - members} missing from the stub"


def test_package_layout():
    assert urdu.Token.__module__ == "urdu"
    assert urdu.__version__.count(".") == 2
    assert "Analyzes" in urdu.analyze.__doc__
