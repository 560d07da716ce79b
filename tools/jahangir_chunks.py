#!/usr/bin/env python3
"""Cut the Jahangir Urdu NER corpus (BBC-Urdu-style news) into texts for the extraction dev set.

Usage: python3 tools/jahangir_chunks.py [--top N] [--skip M] [--out DIR]

The corpus (../shared/data/jahangir_urdu_ner/jahangir.txt: one `token<TAB>tag` per line, a
blank line between sentences) keeps no article boundaries. Chunk k holds sentences 15k to
15k + 14, one sentence per paragraph, tokens joined by a space (`_` inside a token is a
space). The N chunks (default 21) richest in speech cues and quotation marks, counted before
anyone reads them, are written as DIR/jhgKKKK.txt (default: print their names); their gold
files are annotated by hand afterwards (see tests/data/README.md). Batch 9 of the dev set is
`--top 21`; batch 10 adds the next 16 (`--top 37`). `--skip M` leaves out the M richest
(already taken): batch 12 and test batch 6 are `--skip 37 --top 61`, dealt by rank, the
chunks of even rank (0, 2, ... among the 24) to the test split and the others to dev;
batch 15 is `--skip 61 --top 85`, all to dev; test batch 7 is `--skip 85 --top 111`, the
rest of the corpus, all to the test split.
"""
import argparse, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "shared", "data", "jahangir_urdu_ner", "jahangir.txt")
SENTENCES = 15
CUES = re.compile("کہا|بتایا|کہنا|مطابق|بقول|لکھا")
MARKS = re.compile("['‘’\"“”]")


def sentences(path):
    out, cur = [], []
    for line in open(path, encoding="utf-8", errors="ignore"):
        line = line.strip()
        if not line:
            if cur:
                out.append(" ".join(cur))
                cur = []
            continue
        cur.append(line.split("\t")[0].split(" ")[0].replace("_", " "))
    if cur:
        out.append(" ".join(cur))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--top", type=int, default=21)
    ap.add_argument("--skip", type=int, default=0)
    ap.add_argument("--out")
    a = ap.parse_args()
    s = sentences(CORPUS)
    chunks = ["\n\n".join(s[i:i + SENTENCES]) + "\n" for i in range(0, len(s), SENTENCES)]
    score = lambda t: len(CUES.findall(t)) + len(MARKS.findall(t))
    # Ties go to the later chunk.
    ranked = sorted(range(len(chunks)), key=lambda k: (-score(chunks[k]), -k))[a.skip : a.top]
    for k in sorted(ranked):
        name = f"jhg{k:04d}"
        if a.out:
            with open(os.path.join(a.out, name + ".txt"), "w", encoding="utf-8") as f:
                f.write(chunks[k])
        print(name)


if __name__ == "__main__":
    main()
