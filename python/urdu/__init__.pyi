"""Urdu text processing: normalization, tokens, sentences, quotations with their speakers,
and locations. Every offset is a character offset into the ``str`` passed in."""

from typing import (
    Any,
    Dict,
    FrozenSet,
    Iterable,
    List,
    Literal,
    Mapping,
    Optional,
    Tuple,
    Union,
)

__version__: str

TokenKind = Literal[
    "word",
    "number",
    "punctuation",
    "quote",
    "latin",
    "url",
    "email",
    "hashtag",
    "mention",
    "emoji",
    "symbol",
]
QuoteKind = Literal["direct", "partial", "indirect"]
SpeakerKind = Literal["person", "organization", "unknown"]
PlaceKind = Literal[
    "country",
    "territory",
    "province",
    "state",
    "district",
    "city",
    "town",
    "village",
    "region",
    "continent",
    "water",
    "mountain",
    "desert",
]
SpeechRule = Literal["verb", "present", "possessive", "source", "passive"]
PlaceWordRole = Union[Literal["postposition", "before", "after", "list", "part"], PlaceKind]
UnicodeForm = Literal["nfc", "nfkc", "none"]
DigitsOption = Literal["keep", "ascii", "urdu"]

class Error(ValueError):
    """A configuration the library refuses (a bad cue, title, word, place, kind or country
    code)."""

    kind: Literal[
        "invalid_word", "invalid_country", "unknown_name", "malformed_data", "other"
    ]
    """Which mistake it is."""
    word: Optional[str]
    """The word, name or code refused, if any."""

class Token:
    """One token: a word, number, punctuation mark, quotation mark, Latin word, URL, e-mail
    address, hashtag, mention, emoji or symbol."""

    def __new__(
        cls,
        text: str,
        normalized: str,
        kind: TokenKind,
        start: int,
        end: int,
        is_from_join: bool = False,
    ) -> "Token": ...
    @property
    def text(self) -> str:
        """The token as written: ``text[token.start:token.end]``."""
    @property
    def normalized(self) -> str:
        """The token after normalization."""
    @property
    def kind(self) -> TokenKind:
        """What the token is."""
    @property
    def start(self) -> int:
        """Character offset of the start."""
    @property
    def end(self) -> int:
        """Character offset just past the end."""
    @property
    def is_from_join(self) -> bool:
        """Whether the token is a piece of a word run together with the next."""
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

class Sentence:
    """One sentence, from its first token to its last."""

    def __new__(cls, text: str, start: int, end: int) -> "Sentence": ...
    @property
    def text(self) -> str:
        """The sentence as written."""
    @property
    def start(self) -> int:
        """Character offset of the start."""
    @property
    def end(self) -> int:
        """Character offset just past the end."""
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

class Mention:
    """One mention of a speaker or a place."""

    def __new__(cls, text: str, start: int, end: int) -> "Mention": ...
    @property
    def text(self) -> str:
        """The words as written."""
    @property
    def start(self) -> int:
        """Character offset of the start."""
    @property
    def end(self) -> int:
        """Character offset just past the end."""
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

class Cue:
    """The words that introduce a quotation (``کا کہنا تھا کہ``, ``کے مطابق``)."""

    def __new__(cls, text: str, start: int, end: int) -> "Cue": ...
    @property
    def text(self) -> str:
        """The words as written."""
    @property
    def start(self) -> int:
        """Character offset of the start."""
    @property
    def end(self) -> int:
        """Character offset just past the end."""
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

class Speaker:
    """One real-world speaker, with every mention of them."""

    def __new__(
        cls,
        name: str,
        kind: SpeakerKind,
        title: Optional[str] = None,
        mentions: Optional[Iterable[Mention]] = None,
    ) -> "Speaker": ...
    @property
    def name(self) -> str:
        """The fullest name among the mentions."""
    @property
    def kind(self) -> SpeakerKind:
        """Person, organization or unknown."""
    @property
    def title(self) -> Optional[str]:
        """The title given with the name."""
    @property
    def mentions(self) -> Tuple[Mention, ...]:
        """Every mention, in text order."""
    @property
    def key(self) -> str:
        """``speaker_key(self.name)``."""
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

class Quote:
    """A quotation: what was said, how, and by whom."""

    def __new__(
        cls,
        text: str,
        kind: QuoteKind,
        start: int,
        end: int,
        speaker: Optional[Speaker] = None,
        cue: Optional[Cue] = None,
        parent: Optional["Quote"] = None,
    ) -> "Quote": ...
    @property
    def text(self) -> str:
        """The quoted words, without the quotation marks."""
    @property
    def kind(self) -> QuoteKind:
        """Direct, partial or indirect."""
    @property
    def start(self) -> int:
        """Character offset of the start."""
    @property
    def end(self) -> int:
        """Character offset just past the end."""
    @property
    def speaker(self) -> Optional[Speaker]:
        """Who said it, if the text says."""
    @property
    def cue(self) -> Optional[Cue]:
        """The words that introduced it."""
    @property
    def parent(self) -> Optional["Quote"]:
        """The innermost quotation that holds this one."""
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

class Location:
    """A place the text names, with every mention of it."""

    def __new__(
        cls,
        name: str,
        kind: PlaceKind,
        country: Optional[str] = None,
        mentions: Optional[Iterable[Mention]] = None,
    ) -> "Location": ...
    @property
    def name(self) -> str:
        """The gazetteer's canonical name."""
    @property
    def kind(self) -> PlaceKind:
        """What kind of place it is."""
    @property
    def country(self) -> Optional[str]:
        """The ISO 3166-1 alpha-2 code of its country."""
    @property
    def mentions(self) -> Tuple[Mention, ...]:
        """Every mention, in text order."""
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

class Analysis:
    """The tokens, sentences, quotations, speakers and locations of one text."""

    @property
    def text(self) -> str:
        """The text analyzed."""
    @property
    def tokens(self) -> Tuple[Token, ...]:
        """The tokens, in order."""
    @property
    def sentences(self) -> Tuple[Sentence, ...]:
        """The sentences, in order."""
    @property
    def quotes(self) -> Tuple[Quote, ...]:
        """The quotations, in text order, the outer before the inner."""
    @property
    def speakers(self) -> Tuple[Speaker, ...]:
        """One entry per real-world speaker, in order of first mention."""
    @property
    def locations(self) -> Tuple[Location, ...]:
        """The locations, in order of first mention."""
    def to_dict(self) -> Dict[str, List[Dict[str, Any]]]:
        """Plain dicts and lists, the shape of the crate's ``analyze`` JSON."""
    def to_json(self) -> str:
        """The same as a JSON string."""
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

class Normalizer:
    """A configured normalizer; the options are the Rust builder's."""

    def __new__(
        cls,
        *,
        unicode_form: Optional[UnicodeForm] = "nfc",
        presentation_forms: bool = True,
        urdu_letters: bool = True,
        compose_hamza: bool = True,
        expand_word_ligatures: bool = False,
        remove_tatweel: bool = True,
        remove_controls: bool = True,
        unify_spaces: bool = True,
        zero_width_as_space: bool = False,
        remove_diacritics: bool = False,
        digits: DigitsOption = "keep",
        punctuation_spacing: bool = False,
    ) -> "Normalizer": ...
    def normalize(self, text: str) -> str:
        """Normalizes ``text``; the same ``str`` back when nothing changes."""
    @property
    def options(self) -> Dict[str, Union[str, bool]]:
        """The options given."""
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

class Tokenizer:
    """A configured tokenizer."""

    def __new__(
        cls,
        *,
        normalizer: Optional[Normalizer] = None,
        split_joins: bool = True,
        keep_whole: Optional[Iterable[str]] = None,
    ) -> "Tokenizer": ...
    def tokenize(self, text: str) -> List[Token]:
        """The tokens of ``text``, in order."""
    def sentences(self, text: str) -> List[Sentence]:
        """The sentences of ``text``, in order."""
    def spaced_words(self, text: str) -> Tuple[List[str], List[bool], List[str], List[int]]:
        """``(words, spaces, normalized, sentence_starts)``: the tokens and the text between
        them as words with trailing-space flags (spaCy's ``Doc(vocab, words, spaces)``),
        each word's normalized form, and the indices of the words that start a sentence."""

class Place:
    """A place for an analyzer's gazetteer."""

    def __new__(
        cls,
        name: str,
        kind: PlaceKind,
        *,
        country: Optional[str] = None,
        variants: Optional[Iterable[str]] = None,
        needs_evidence: bool = False,
    ) -> "Place": ...
    @property
    def name(self) -> str:
        """The canonical name."""
    @property
    def kind(self) -> PlaceKind:
        """What kind of place it is."""
    @property
    def country(self) -> Optional[str]:
        """The ISO 3166-1 alpha-2 code of its country."""
    @property
    def variants(self) -> Tuple[str, ...]:
        """Its spelling variants."""
    @property
    def needs_evidence(self) -> bool:
        """Whether the name is taken only with evidence next to it."""
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

class Analyzer:
    """A configured analyzer: quotations with their speakers, and locations."""

    def __new__(
        cls,
        *,
        cues: Optional[Union[Mapping[str, SpeechRule], Iterable[Tuple[str, SpeechRule]]]] = None,
        titles: Optional[Iterable[str]] = None,
        places: Optional[Iterable[Place]] = None,
        split_joins: bool = True,
        keep_whole: Optional[Iterable[str]] = None,
        normalizer: Optional[Normalizer] = None,
        without_cues: Optional[Iterable[str]] = None,
        not_speakers: Optional[Iterable[str]] = None,
        not_places: Optional[Iterable[str]] = None,
        place_words: Optional[
            Union[Mapping[str, PlaceWordRole], Iterable[Tuple[str, PlaceWordRole]]]
        ] = None,
    ) -> "Analyzer": ...
    def analyze(self, text: str) -> Analysis:
        """Analyzes ``text`` (the GIL released)."""
    def analyze_many(self, texts: Iterable[str], *, threads: Optional[int] = None) -> List[Analysis]:
        """Analyzes many texts on ``threads`` threads (None: all cores), the GIL released."""
    def locations(self, text: str) -> List[Location]:
        """The locations ``text`` names."""

def normalize(
    text: str,
    /,
    *,
    unicode_form: Optional[UnicodeForm] = "nfc",
    presentation_forms: bool = True,
    urdu_letters: bool = True,
    compose_hamza: bool = True,
    expand_word_ligatures: bool = False,
    remove_tatweel: bool = True,
    remove_controls: bool = True,
    unify_spaces: bool = True,
    zero_width_as_space: bool = False,
    remove_diacritics: bool = False,
    digits: DigitsOption = "keep",
    punctuation_spacing: bool = False,
) -> str:
    """Normalizes ``text`` (the options of ``Normalizer``)."""

def tokenize(text: str) -> List[Token]:
    """The tokens of ``text``, in order."""

def sentences(text: str) -> List[Sentence]:
    """The sentences of ``text``, in order."""

def analyze(text: str) -> Analysis:
    """Tokens, sentences, quotations with their speakers, and locations of ``text``."""

def locations(text: str) -> List[Location]:
    """The locations ``text`` names, in order of first mention."""

def speaker_key(name: str) -> str:
    """The key under which the spellings of a speaker's name meet."""

def same_speaker(a: str, b: str) -> bool:
    """Whether two names name the same speaker."""

def is_stop_word(word: str) -> bool:
    """Whether ``word`` is an Urdu function word."""

def stop_words() -> FrozenSet[str]:
    """The Urdu function words."""

__all__: List[str]
