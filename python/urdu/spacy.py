"""The crate in spaCy pipelines: a tokenizer and a pipeline component (``pip install
"urdu[spacy]"``).

>>> import spacy, urdu.spacy
>>> nlp = spacy.blank("ur")
>>> nlp.tokenizer = urdu.spacy.Tokenizer(nlp.vocab)
>>> _ = nlp.add_pipe("urdu_extractor")
>>> doc = nlp("روس کے صدر ولادی میر پوتن نے کہاکہ’فوجیں واپس جائیں گی‘۔")
>>> [t.text for t in doc][7:11]
['کہا', 'کہ', '’', 'فوجیں']
>>> q = doc.spans["quotes"][0]
>>> q.text, q.label_, q._.speaker
('فوجیں واپس جائیں گی', 'direct', 'ولادی میر پوتن')
>>> [(e.text, e.label_) for e in doc.ents]
[('روس', 'GPE'), ('ولادی میر پوتن', 'PERSON')]

:class:`Tokenizer` gives spaCy the crate's tokens (quotation marks split off words, words
run together split again, ``token.norm_`` the normalized form) and its sentences
(``doc.sents`` without a parser); ``doc.text`` is always the input unchanged. The factory
``"urdu_extractor"`` (:class:`Extractor`) sets the quotations, speakers and places. Both
are registered with spaCy through entry points, so that config files can name them:
``@tokenizers = "urdu.Tokenizer.v1"`` and ``factory = "urdu_extractor"``.

Every rule of Urdu is the Rust library's: this module converts its results to spaCy's
objects, and holds none.
"""

from typing import Any, Callable, Dict, Iterable, Iterator, List, Mapping, Optional, Set, Tuple, Union

import numpy
import srsly
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc, Span
from spacy.util import ensure_path, filter_spans, minibatch, registry
from spacy.vocab import Vocab

import urdu
from urdu import _options

__all__ = ["Extractor", "Tokenizer", "create_tokenizer", "make_extractor", "LABELS"]

LABELS: Dict[str, str] = {
    "person": "PERSON",
    "organization": "ORG",
    "country": "GPE",
    "territory": "GPE",
    "province": "GPE",
    "state": "GPE",
    "district": "GPE",
    "city": "GPE",
    "town": "GPE",
    "village": "GPE",
    "region": "LOC",
    "continent": "LOC",
    "water": "LOC",
    "mountain": "LOC",
    "desert": "LOC",
}
"""The entity label of each kind of speaker and place: spaCy's (OntoNotes) ``PERSON``,
``ORG``, ``GPE`` (countries, provinces, cities: places with a government) and ``LOC``
(regions, continents, seas, mountains, deserts). Speakers of kind ``"unknown"`` (an
unresolved pronoun or description) get no entity."""



def _lists(value: Any) -> Any:
    """``value`` with every tuple a list again (``DocBin`` reads lists back as tuples)."""
    if isinstance(value, (list, tuple)):
        return [_lists(v) for v in value]
    if isinstance(value, dict):
        return {k: _lists(v) for k, v in value.items()}
    return value


def _doc_extension(name: str) -> None:
    # Stored in doc.user_data under ("urdu", name), so that DocBin and nlp.pipe carry it;
    # read back as lists and dicts, whichever way the doc travelled.
    key = ("urdu", name)
    Doc.set_extension(
        name,
        getter=lambda doc: _lists(doc.user_data.get(key)),
        setter=lambda doc, value: doc.user_data.__setitem__(key, value),
    )


for _name in ("speakers", "locations"):
    if not Doc.has_extension(_name):
        _doc_extension(_name)
for _name in ("speaker", "cue"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)


class Tokenizer:
    """The crate's tokenizer as a spaCy tokenizer: ``nlp.tokenizer = Tokenizer(nlp.vocab)``.

    Each token of :func:`urdu.tokenize` becomes a spaCy token with its normalized form in
    ``token.norm_``; the text between two tokens follows spaCy's convention (one space is
    the preceding token's ``whitespace_``, anything more, such as a line break, is a token
    of its own), so that ``doc.text`` is the input unchanged. Sentence starts are the
    crate's sentences, so ``doc.sents`` works without a parser; the text between two
    sentences belongs to the first.

    The options are :class:`urdu.Tokenizer`'s: ``split_joins`` (split words run together,
    ``کہاکہ`` = ``کہا`` + ``کہ``), ``keep_whole`` (words never split) and ``normalizer`` (a
    :class:`urdu.Normalizer` or a dict of its options).
    """

    def __init__(
        self,
        vocab: Vocab,
        *,
        split_joins: bool = True,
        keep_whole: Optional[Iterable[str]] = None,
        normalizer: Optional[Union[urdu.Normalizer, Mapping[str, Any]]] = None,
    ) -> None:
        self.vocab = vocab
        self._configure(
            {
                "split_joins": split_joins,
                "keep_whole": list(keep_whole or ()),
                "normalizer": dict(
                    normalizer.options if isinstance(normalizer, urdu.Normalizer) else normalizer or {}
                ),
            }
        )

    def _configure(self, options: Dict[str, Any]) -> None:
        self._tokenizer = _options.tokenizer(options)
        self.options = options
        # The words seen, and those whose lexeme's norm in spaCy's vocabulary is not the
        # word itself, to set token.norm_ only where the crate's normalized form differs.
        self._known_words: Set[str] = set()
        self._odd_norms: Dict[str, str] = {}

    def __call__(self, text: str) -> Doc:
        """The ``Doc`` of ``text``."""
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, not {type(text).__name__}")
        words, spaces, normalized, starts = self._tokenizer.spaced_words(text)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        if words:
            flags = numpy.full((len(words), 1), -1, dtype="int64")
            flags[starts] = 1
            doc.from_array([SENT_START], flags.astype("uint64"))
            # token.norm_ is the lexeme's norm unless set: set it where the crate's
            # normalized form differs. The lexemes whose norm is not their text (spaCy's
            # norm of ’ is ') are found once per word, with set operations.
            known, odd = self._known_words, self._odd_norms
            new_words = set(words).difference(known)
            if new_words:
                for word in new_words:
                    norm = self.vocab[word].norm_
                    if norm != word:
                        odd[word] = norm
                known.update(new_words)
            for i, (word, norm) in enumerate(zip(words, normalized)):
                if (norm is not word or word in odd) and norm != odd.get(word, word):
                    doc[i].norm_ = norm
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        """The ``Doc`` of each text, in order."""
        for text in texts:
            yield self(text)

    def to_bytes(self, *, exclude: Iterable[str] = tuple()) -> bytes:
        """The options, serialized (spaCy calls this from ``nlp.to_bytes``)."""
        return srsly.msgpack_dumps({"options": self.options})

    def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = tuple()) -> "Tokenizer":
        """Restores the options saved by :meth:`to_bytes`."""
        self._configure(dict(srsly.msgpack_loads(bytes_data)["options"]))
        return self

    def to_disk(self, path: Union[str, "Any"], *, exclude: Iterable[str] = tuple()) -> None:
        """Writes the options to ``path`` (spaCy calls this from ``nlp.to_disk``)."""
        path = ensure_path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(self.to_bytes(exclude=exclude))

    def from_disk(self, path: Union[str, "Any"], *, exclude: Iterable[str] = tuple()) -> "Tokenizer":
        """Reads the options written by :meth:`to_disk`."""
        return self.from_bytes(ensure_path(path).read_bytes(), exclude=exclude)


@registry.tokenizers("urdu.Tokenizer.v1")
def create_tokenizer(
    split_joins: bool = True,
    keep_whole: Optional[List[str]] = None,
    normalizer: Optional[Dict[str, Any]] = None,
) -> Callable[[Language], Tokenizer]:
    """The tokenizer for a config file: ``[nlp.tokenizer]`` with
    ``@tokenizers = "urdu.Tokenizer.v1"`` and, optionally, its options."""

    def make(nlp: Language) -> Tokenizer:
        return Tokenizer(nlp.vocab, split_joins=split_joins, keep_whole=keep_whole,
                         normalizer=normalizer)

    return make


def _span(doc: Doc, start: int, end: int, label: str, kb_id: str = "") -> Optional[Span]:
    """The span of characters ``start..end``, widened to token boundaries where it does not
    fall on them (a tokenizer other than :class:`Tokenizer`); None where it holds no token."""
    return doc.char_span(start, end, label=label, kb_id=kb_id, alignment_mode="expand")


def _name_of(mention: urdu.Mention, speaker: urdu.Speaker) -> Optional[Tuple[int, int]]:
    """The offsets of the name in a mention of ``speaker``: the mention without the
    speaker's title in front, if the library takes it for the same name
    (:func:`urdu.same_speaker`); None for a pronoun or a description."""
    text, start = mention.text, mention.start
    title = speaker.title
    if title and text.startswith(title) and text[len(title):len(title) + 1].isspace():
        cut = len(title)
        while cut < len(text) and text[cut].isspace():
            cut += 1
        text, start = text[cut:], start + cut
    if text and (text == speaker.name or urdu.same_speaker(text, speaker.name)):
        return start, start + len(text)
    return None


def _mentions(mentions: Iterable[urdu.Mention]) -> List[Dict[str, Any]]:
    return [{"text": m.text, "start": m.start, "end": m.end} for m in mentions]


class Extractor(Pipe):
    """The pipeline component ``"urdu_extractor"``: the crate's quotations, speakers and
    places on a ``Doc``.

    It analyzes ``doc.text`` with an :class:`urdu.Analyzer` and sets:

    - ``doc.spans[spans_key]`` (``"quotes"``): one span per quotation, labelled
      ``direct``, ``partial`` or ``indirect``, with ``span._.speaker`` (the speaker's
      name, or None) and ``span._.cue`` (the words that introduce it, or None). A
      quotation inside another is a span of its own.
    - ``doc.ents``: the speakers' names (``PERSON``, ``ORG``: each mention that names
      the speaker, its title left out; pronouns and descriptions are in
      ``doc._.speakers`` only) and the places' mentions (``GPE``, ``LOC``; see
      :data:`LABELS`), each with ``ent.kb_id_`` the canonical name. Entities that a
      previous component set stay, and win an overlap unless ``overwrite_ents``.
    - ``doc._.speakers`` and ``doc._.locations``: lists of plain dicts, as in
      :meth:`urdu.Analysis.to_dict` (character offsets into ``doc.text``), so that they
      survive ``DocBin`` and ``nlp.pipe(n_process=...)``.

    Offsets fall on token boundaries with :class:`Tokenizer`; with another tokenizer a span
    is widened to the tokens it touches (``doc.char_span(..., alignment_mode="expand")``).
    """

    def __init__(
        self,
        nlp: Optional[Language] = None,
        name: str = "urdu_extractor",
        *,
        spans_key: str = "quotes",
        overwrite_ents: bool = False,
        threads: int = 1,
        **options: Any,
    ) -> None:
        self.name = name
        self.spans_key = spans_key
        self.overwrite_ents = overwrite_ents
        if not isinstance(threads, int) or threads < 1:
            raise ValueError(f"threads must be a positive int, not {threads!r}")
        self.threads = threads
        self.options = options
        self.analyzer = _options.analyzer(options)

    def __call__(self, doc: Doc) -> Doc:
        """Sets the analysis of ``doc.text`` on ``doc``."""
        return self.set_annotations(doc, self.analyzer.analyze(doc.text))

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        """Analyzes the docs a batch at a time (:meth:`urdu.Analyzer.analyze_many` on
        ``threads`` threads)."""
        error_handler = self.get_error_handler()
        for batch in minibatch(stream, size=batch_size):
            try:
                analyses = self.analyzer.analyze_many([d.text for d in batch], threads=self.threads)
            except Exception as e:  # noqa: BLE001 - spaCy's error handler decides
                error_handler(self.name, self, batch, e)
                continue
            for doc, analysis in zip(batch, analyses):
                try:
                    yield self.set_annotations(doc, analysis)
                except Exception as e:  # noqa: BLE001
                    error_handler(self.name, self, [doc], e)

    def set_annotations(self, doc: Doc, analysis: urdu.Analysis) -> Doc:
        """Sets ``analysis`` (of ``doc.text``) on ``doc``."""
        quotes = []
        for q in analysis.quotes:
            span = _span(doc, q.start, q.end, q.kind)
            if span is None:
                continue
            span._.speaker = q.speaker.name if q.speaker is not None else None
            span._.cue = q.cue.text if q.cue is not None else None
            quotes.append(span)
        doc.spans[self.spans_key] = quotes

        ents: List[Span] = []
        speakers = []
        for s in analysis.speakers:
            label = LABELS.get(s.kind)
            if label is not None:
                for m in s.mentions:
                    name = _name_of(m, s)
                    if name is not None:
                        span = _span(doc, name[0], name[1], label, s.name)
                        if span is not None:
                            ents.append(span)
            speakers.append({"name": s.name, "kind": s.kind, "title": s.title, "key": s.key,
                             "mentions": _mentions(s.mentions)})
        locations = []
        for loc in analysis.locations:
            label = LABELS.get(loc.kind, "LOC")
            for m in loc.mentions:
                span = _span(doc, m.start, m.end, label, loc.name)
                if span is not None:
                    ents.append(span)
            locations.append({"name": loc.name, "kind": loc.kind, "country": loc.country,
                              "mentions": _mentions(loc.mentions)})
        ents = filter_spans(ents)
        if doc.ents:
            first, second = (ents, list(doc.ents)) if self.overwrite_ents else (list(doc.ents), ents)
            taken = {i for e in first for i in range(e.start, e.end)}
            ents = first + [e for e in second if taken.isdisjoint(range(e.start, e.end))]
        doc.ents = sorted(ents, key=lambda e: e.start)
        doc._.speakers = speakers
        doc._.locations = locations
        return doc


@Language.factory(
    "urdu_extractor",
    default_config={
        "spans_key": "quotes",
        "overwrite_ents": False,
        "threads": 1,
        "cues": {},
        "titles": [],
        "places": [],
        "without_cues": [],
        "not_speakers": [],
        "not_places": [],
        "place_words": {},
        "split_joins": True,
        "keep_whole": [],
        "normalizer": {},
    },
    assigns=["doc.spans", "doc.ents", "doc._.speakers", "doc._.locations", "span._.speaker",
             "span._.cue"],
)
def make_extractor(
    nlp: Language,
    name: str,
    spans_key: str,
    overwrite_ents: bool,
    threads: int,
    cues: Dict[str, str],
    titles: List[str],
    places: List[Dict[str, Any]],
    without_cues: List[str],
    not_speakers: List[str],
    not_places: List[str],
    place_words: Dict[str, str],
    split_joins: bool,
    keep_whole: List[str],
    normalizer: Dict[str, Any],
) -> Extractor:
    """The ``"urdu_extractor"`` factory. Besides ``spans_key``, ``overwrite_ents`` and
    ``threads`` (:meth:`Extractor.pipe`'s threads per batch: 1 leaves parallelism to
    ``n_process``), its options are :class:`urdu.Analyzer`'s: ``cues`` (a dict of a cue to
    its rule), ``titles``, ``places`` (a list of dicts with the arguments of
    :class:`urdu.Place`), ``without_cues``, ``not_speakers``, ``not_places``,
    ``place_words``, ``split_joins``, ``keep_whole`` and ``normalizer`` (a dict of
    :class:`urdu.Normalizer` options)."""
    return Extractor(
        nlp, name, spans_key=spans_key, overwrite_ents=overwrite_ents, threads=threads,
        cues=cues, titles=titles, places=places, without_cues=without_cues,
        not_speakers=not_speakers, not_places=not_places, place_words=place_words,
        split_joins=split_joins, keep_whole=keep_whole, normalizer=normalizer,
    )
