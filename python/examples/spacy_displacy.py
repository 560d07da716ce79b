"""An Urdu article through a spaCy pipeline, drawn by displaCy: its quotations (by kind) and
its speakers and places (as entities), right to left, in two HTML pages.

    pip install "urdu[spacy]"        # or: pip install ./python spacy
    python python/examples/spacy_displacy.py [ARTICLE.txt] [--out DIR]

ARTICLE defaults to the crate's seed article (examples/article.txt). Writes
DIR/quotes.html (``style="span"``, the spans of ``doc.spans["quotes"]``, each labelled
direct, partial or indirect with its speaker) and DIR/entities.html (``style="ent"``:
PERSON, ORG, GPE, LOC), DIR defaulting to the current folder.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import spacy
from spacy import displacy

import urdu.spacy

SEED = Path(__file__).resolve().parents[2] / "examples" / "article.txt"

# A Nastaliq face where the reader has one; displaCy's own font list has none for Urdu.
STYLE = ("<style>body, body * { font-family: 'Noto Nastaliq Urdu', 'Jameel Noori Nastaleeq', "
         "'Urdu Typesetting', serif !important; }</style>")

# displaCy's span templates, with labels kept on one line (an Urdu label would otherwise
# wrap word by word in the narrow box of a token).
TEMPLATE = {
    "span": displacy.templates.TPL_SPAN,
    "slice": displacy.templates.TPL_SPAN_SLICE,
    "start": displacy.templates.TPL_SPAN_START.replace("line-height: 1;",
                                                       "line-height: 1; white-space: nowrap;"),
}


def pipeline() -> spacy.language.Language:
    """spaCy's blank Urdu pipeline with the crate's tokenizer and extractor."""
    nlp = spacy.blank("ur")
    nlp.tokenizer = urdu.spacy.Tokenizer(nlp.vocab)
    nlp.add_pipe("urdu_extractor")
    return nlp


def render(doc: spacy.tokens.Doc) -> dict:
    """The two pages: {"quotes.html": ..., "entities.html": ...}."""
    options = {"spans_key": "quotes", "template": TEMPLATE,
               "colors": {"DIRECT": "#f4a261", "PARTIAL": "#e9c46a", "INDIRECT": "#a8dadc"}}
    # Each quotation's label names its speaker: displaCy shows a span's kb_id after its
    # label, so the parsed spans get the speaker there (the doc itself is left as it is).
    parsed = displacy.parse_spans(doc, options)
    for drawn, span in zip(parsed["spans"], doc.spans["quotes"]):
        drawn["kb_id"] = span._.speaker or ""
    quotes = displacy.render(parsed, style="span", page=True, manual=True, options=options)
    entities = displacy.render(doc, style="ent", page=True)
    return {"quotes.html": quotes.replace("</head>", STYLE + "</head>", 1),
            "entities.html": entities.replace("</head>", STYLE + "</head>", 1)}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("article", nargs="?", type=Path, default=SEED)
    p.add_argument("--out", type=Path, default=Path("."))
    args = p.parse_args()
    doc = pipeline()(args.article.read_bytes().decode("utf-8"))
    args.out.mkdir(parents=True, exist_ok=True)
    for name, html in render(doc).items():
        (args.out / name).write_text(html, encoding="utf-8")
        print(args.out / name)
    print(f"{len(doc.spans['quotes'])} quotations, {len(doc.ents)} entities "
          f"({len(doc._.speakers)} speakers, {len(doc._.locations)} places)")


if __name__ == "__main__":
    main()
