#!/usr/bin/env python3
"""Write copies of a gold directory in the typing conventions of other newsrooms.

    python3 tools/perturb.py tests/data/dev OUT [VARIANT ...]

For each variant (all of them when none is named) OUT/VARIANT/ gets every NAME.txt of the
directory rewritten, and its NAME.json with the same rewrite applied to the gold texts where
the rewrite changes words (the scorer compares words, so marks and spacing need no change
there). Then `cargo run --release --all-features --example score -- OUT/VARIANT` scores the
analyzer on the variant, to compare with the directory as written.

The variants are conventions seen in Urdu news on the web: the Latin full stop or comma
typed for the Urdu ones, no space after `۔`, no full stops at all, quotation marks of other
shapes (straight, English curly either way round, guillemets), marks spaced away from the
words they quote, the Arabic yeh, kaf and heh, Eastern Arabic digits, and spaces left out
after letters that do not join (`کہاکہ`). Mapping every Urdu curly mark to another shape also
turns the curly marks some writers use as commas (`پارلیمنٹ ‘ عدالت`) into quotation marks,
which no writer would do: that, not the analyzer, accounts for most of what the mark variants
lose.
"""
import json
import os
import random
import re
import sys

# Letters after which Urdu leaves a visible gap: a space left out there goes unseen.
NON_JOINING = set("اآدڈذرڑزژوؤےۓء")
FUNCTION_WORDS = {"نے", "کا", "کی", "کے", "کو", "سے", "میں", "کہ", "ہے", "کہا", "اور", "پر",
                  "ہیں", "تھا", "تھے", "تھی", "گیا"}


def marks(opening, closing):
    """Urdu curly marks (`’…‘`, doubled too) redrawn as `opening` and `closing`."""
    def rewrite(text):
        return (text.replace("’’", opening).replace("‘‘", closing)
                .replace("’", opening).replace("‘", closing))
    return rewrite, False


def spaced_marks(text):
    text = re.sub(r"([’“]+)(?=[^\s’“‘”])", r"\1 ", text)
    return re.sub(r"(?<=[^\s’“‘”])([‘”]+)", r" \1", text)


def glued_joins(text):
    """Half the spaces before a function word after a non-joining letter left out."""
    rng = random.Random(7)
    words = text.split(" ")
    out = [words[0]] if words else []
    for prev, word in zip(words, words[1:]):
        glue = word in FUNCTION_WORDS and prev[-1:] in NON_JOINING and rng.random() < 0.5
        out.append(word if glue else " " + word)
    return "".join(out)


# name: (rewrite of a text, whether gold texts take the rewrite too)
VARIANTS = {
    "latin_stop": (lambda t: t.replace("۔", "."), True),
    "latin_comma": (lambda t: t.replace("،", ","), True),
    "glued_stop": (lambda t: re.sub("۔ +(?=[^'\"’‘“”\\s])", "۔", t), False),
    "no_stop": (lambda t: re.sub(" ?۔", " ", t), True),
    "straight_single": marks("'", "'"),
    "straight_double": marks('"', '"'),
    "english": marks("“", "”"),
    "english_reversed": marks("”", "“"),
    "guillemets": marks("«", "»"),
    "spaced_marks": (spaced_marks, False),
    "arabic_letters": (lambda t: t.replace("ی", "ي").replace("ک", "ك").replace("ہ", "ه"), True),
    "arabic_digits": (lambda t: t.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")), True),
    "glued_joins": (glued_joins, False),
}


def rewrite_gold(gold, rewrite):
    for q in gold.get("quotes", []):
        for key in ("text", "speaker", "cue"):
            if q.get(key):
                q[key] = rewrite(q[key])
    for key in ("speakers", "locations"):
        gold[key] = [rewrite(x) for x in gold.get(key, [])]
    return gold


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    source, out, names = argv[1], argv[2], argv[3:] or list(VARIANTS)
    unknown = [n for n in names if n not in VARIANTS]
    if unknown:
        sys.exit(f"unknown variant(s): {', '.join(unknown)}; known: {', '.join(VARIANTS)}")
    articles = sorted(f[:-4] for f in os.listdir(source) if f.endswith(".txt"))
    for name in names:
        rewrite, in_gold = VARIANTS[name]
        target = os.path.join(out, name)
        os.makedirs(target, exist_ok=True)
        for article in articles:
            with open(os.path.join(source, article + ".txt"), encoding="utf-8") as f:
                text = f.read()
            with open(os.path.join(target, article + ".txt"), "w", encoding="utf-8") as f:
                f.write(rewrite(text))
            gold_path = os.path.join(source, article + ".json")
            if os.path.exists(gold_path):
                with open(gold_path, encoding="utf-8") as f:
                    gold = json.load(f)
                if in_gold:
                    gold = rewrite_gold(gold, rewrite)
                with open(os.path.join(target, article + ".json"), "w", encoding="utf-8") as f:
                    json.dump(gold, f, ensure_ascii=False, indent=1)
        print(f"{target}: {len(articles)} articles")


if __name__ == "__main__":
    main(sys.argv)
