#!/usr/bin/env python3
"""Check gold annotation files against ../shared/ANNOTATION.md's format.

Usage: python3 tools/check_gold.py GOLD.json [GOLD.json ...]   (NAME.txt beside each NAME.json or NAME.gold.json)

For each file: the keys and kinds are those of the format; every quotation's text, cue and
speaker are non-empty strings (speaker and cue may be null) found in the article (text after
white space is squeezed, speakers as written somewhere in the article); `speakers` is the set of
non-null speakers the quotations use; every location is written in the article.
Prints one line per problem and exits 1 if there is any.
"""
import json, re, sys

KINDS = {"direct", "partial", "indirect"}


def squeeze(s):
    return re.sub(r"\s+", " ", s).strip()


def check(path):
    problems = []
    gold = json.load(open(path, encoding="utf-8"))
    stem = re.sub(r"(\.gold)?\.json$", "", path)
    text = squeeze(open(stem + ".txt", encoding="utf-8-sig").read())
    for key in ("quotes", "speakers", "locations"):
        if not isinstance(gold.get(key), list):
            problems.append(f"'{key}' is missing or not a list")
    used = set()
    for n, q in enumerate(gold.get("quotes", [])):
        where = f"quote {n + 1}"
        if q.get("kind") not in KINDS:
            problems.append(f"{where}: kind {q.get('kind')!r}")
        t = q.get("text")
        if not isinstance(t, str) or not t.strip():
            problems.append(f"{where}: empty text")
        elif squeeze(t) not in text:
            problems.append(f"{where}: text not found in the article: {t[:60]!r}")
        s = q.get("speaker")
        if s is not None:
            if not isinstance(s, str) or not s.strip():
                problems.append(f"{where}: speaker must be a name or null")
            else:
                used.add(s)
                if not all(w in text for w in s.split()):
                    problems.append(f"{where}: speaker words not in the article: {s!r}")
        c = q.get("cue")
        if c is not None and (not isinstance(c, str) or not c.strip()):
            problems.append(f"{where}: cue must be the cue as written or null")
    listed = set(gold.get("speakers", []))
    if listed != used:
        problems.append(f"speakers {sorted(listed ^ used)} differ from those the quotes use")
    for loc in gold.get("locations", []):
        if squeeze(loc) not in text:
            problems.append(f"location not in the article: {loc!r}")
    return problems


def main(paths):
    bad = 0
    for path in paths:
        for p in check(path):
            print(f"{path}: {p}")
            bad += 1
    print(f"{len(paths)} files, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
