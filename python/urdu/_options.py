"""Analyzer and tokenizer options as plain data (dicts, lists, strings, booleans), for the
places where options travel as configuration rather than as Python objects: a spaCy
``config.cfg`` and a Spark job's JSON file.

The keys are the keyword arguments of :class:`urdu.Analyzer` (and of
:class:`urdu.Tokenizer`), with two values spelled as data: ``places`` is a list of dicts
with the arguments of :class:`urdu.Place` (``{"name": ..., "kind": ..., "country": ...,
"variants": [...], "needs_evidence": ...}``), and ``normalizer`` a dict of the options of
:class:`urdu.Normalizer`. Everything is checked by the library, which refuses a bad value
with :class:`urdu.Error` (or ``TypeError``) naming it.
"""

from __future__ import annotations

from typing import Any, Dict, Mapping, Optional

import urdu

ANALYZER_OPTIONS = (
    "cues",
    "titles",
    "places",
    "split_joins",
    "keep_whole",
    "normalizer",
    "without_cues",
    "not_speakers",
    "not_places",
    "place_words",
)
"""The keys :func:`analyzer` accepts."""

TOKENIZER_OPTIONS = ("split_joins", "keep_whole", "normalizer")
"""The keys :func:`tokenizer` accepts."""


def _check(options: Mapping[str, Any], names: tuple, what: str) -> None:
    if not isinstance(options, Mapping):
        raise TypeError(f"{what} options must be a mapping, not {type(options).__name__}")
    for key in options:
        if key not in names:
            raise ValueError(
                f"{what} has no option {key!r}; its options are: {', '.join(names)}"
            )


def _place(value: Any, i: int) -> urdu.Place:
    if isinstance(value, urdu.Place):
        return value
    if not isinstance(value, Mapping):
        raise TypeError(
            f"places[{i}] must be a dict with 'name' and 'kind', not {type(value).__name__}"
        )
    fields = dict(value)
    try:
        name = fields.pop("name")
        kind = fields.pop("kind")
    except KeyError as missing:
        raise ValueError(f"places[{i}] has no {missing.args[0]!r}") from None
    return urdu.Place(name, kind, **fields)


def _kwargs(options: Mapping[str, Any]) -> Dict[str, Any]:
    """The options as keyword arguments, empty values left out (so that the defaults are
    the shipped objects, with nothing to build)."""
    kwargs: Dict[str, Any] = {}
    for key, value in options.items():
        if value is None or (key == "split_joins" and value is True):
            continue
        if key == "places":
            if isinstance(value, (str, bytes)) or not hasattr(value, "__iter__"):
                raise TypeError("option 'places' must be a list of dicts")
            value = [_place(p, i) for i, p in enumerate(value)]
        elif key == "normalizer" and not isinstance(value, urdu.Normalizer):
            if not isinstance(value, Mapping):
                raise TypeError("option 'normalizer' must be a dict of Normalizer options")
            if not value:
                continue
            value = urdu.Normalizer(**value)
        if key in ("cues", "titles", "places", "keep_whole", "without_cues", "not_speakers",
                   "not_places", "place_words") and not isinstance(value, str) and not value:
            continue
        kwargs[key] = value
    return kwargs


def analyzer(options: Optional[Mapping[str, Any]] = None) -> urdu.Analyzer:
    """An :class:`urdu.Analyzer` built from plain-data ``options`` (see the module's
    docstring); ``None`` or ``{}`` gives the shipped analyzer."""
    options = options or {}
    _check(options, ANALYZER_OPTIONS, "Analyzer")
    return urdu.Analyzer(**_kwargs(options))


def tokenizer(options: Optional[Mapping[str, Any]] = None) -> urdu.Tokenizer:
    """An :class:`urdu.Tokenizer` built from plain-data ``options`` (``split_joins``,
    ``keep_whole``, ``normalizer``)."""
    options = options or {}
    _check(options, TOKENIZER_OPTIONS, "Tokenizer")
    return urdu.Tokenizer(**_kwargs(options))
