"""Urdu text processing: normalization, tokens, sentences, quotations with their speakers,
and locations.

A Python front end to the Rust crate ``urdu``: rule- and lexicon-based, deterministic, no
model files, no network. Every offset is a character offset into the ``str`` passed in, so
``text[x.start:x.end] == x.text`` for every token, sentence, quotation, cue and mention.

>>> import urdu
>>> urdu.normalize("پاكستـان")
'پاکستان'
>>> [t.text for t in urdu.tokenize("صدر نے کہاکہ")]
['صدر', 'نے', 'کہا', 'کہ']
>>> a = urdu.analyze("روس کے صدر ولادی میر پوتن نے کہا کہ فوجیں واپس جائیں گی۔")
>>> a.quotes[0].text, a.quotes[0].speaker.name
('فوجیں واپس جائیں گی', 'ولادی میر پوتن')
"""

from urdu._urdu import (
    Analysis,
    Analyzer,
    Cue,
    Error,
    Location,
    Mention,
    Normalizer,
    Place,
    Quote,
    Sentence,
    Speaker,
    Token,
    Tokenizer,
    __version__,
    analyze,
    is_stop_word,
    locations,
    normalize,
    same_speaker,
    sentences,
    speaker_key,
    stop_words,
    tokenize,
)

__all__ = [
    "Analysis",
    "Analyzer",
    "Cue",
    "Error",
    "Location",
    "Mention",
    "Normalizer",
    "Place",
    "Quote",
    "Sentence",
    "Speaker",
    "Token",
    "Tokenizer",
    "__version__",
    "analyze",
    "is_stop_word",
    "locations",
    "normalize",
    "same_speaker",
    "sentences",
    "speaker_key",
    "stop_words",
    "tokenize",
]
