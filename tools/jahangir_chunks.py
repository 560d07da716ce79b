#!/usr/bin/env python3
"""Cut the Jahangir Urdu NER corpus (BBC-Urdu-style news) into texts for the extraction dev set.

Usage: python3 tools/jahangir_chunks.py [--corpus jahangir|ijcnlp|ud] [--top N] [--skip M] [--out DIR]

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

`--corpus ijcnlp` cuts the IJCNLP-2008 Urdu NER corpus (../shared/data/ijcnlp2008_urdu_ner/
ijnlp.txt, the same format) the same way, into DIR/ijcKKKK.txt. That corpus is mostly
encyclopedic and tourism text, written as numbered lists (`۹۲۔ …`); its news (Pakistani
politics and columns) is not numbered, so a chunk counts only if at most two of its sentences
open with a number and a `۔`. Test batch 8 is `--corpus ijcnlp --top 12`.

`--corpus ud` cuts the dev part of the Urdu UD treebank (../shared/data/ud_urdu_udtb/
ur_udtb-ud-dev.conllu: Indian Urdu newspapers, sentences in their order) the same way, from its
`# text` lines (`_`, which joins the words of a multi-word unit, is a space), into
DIR/udtKKKK.txt. Test batch 9 is `--corpus ud --top 12`.
"""
import argparse, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "shared", "data")
# Each corpus: its file, the prefix of its texts' names, and whether its numbered lists are
# left out.
CORPORA = {
    "jahangir": (os.path.join(DATA, "jahangir_urdu_ner", "jahangir.txt"), "jhg", False),
    "ijcnlp": (os.path.join(DATA, "ijcnlp2008_urdu_ner", "ijnlp.txt"), "ijc", True),
    "ud": (os.path.join(DATA, "ud_urdu_udtb", "ur_udtb-ud-dev.conllu"), "udt", False),
}
NUMBERED = re.compile("^\ufeff?[۰-۹0-9]+۔")
SENTENCES = 15
CUES = re.compile("کہا|بتایا|کہنا|مطابق|بقول|لکھا")
MARKS = re.compile("['‘’\"“”]")


def sentences(path):
    if path.endswith(".conllu"):
        return [
            line[len("# text = ") :].strip().replace("_", " ")
            for line in open(path, encoding="utf-8")
            if line.startswith("# text = ")
        ]
    out, cur = [], []
    for line in open(path, encoding="utf-8-sig", errors="ignore"):
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
    ap.add_argument("--corpus", choices=sorted(CORPORA), default="jahangir")
    ap.add_argument("--top", type=int, default=21)
    ap.add_argument("--skip", type=int, default=0)
    ap.add_argument("--out")
    a = ap.parse_args()
    path, prefix, lists_out = CORPORA[a.corpus]
    s = sentences(path)
    chunks = ["\n\n".join(s[i:i + SENTENCES]) + "\n" for i in range(0, len(s), SENTENCES)]
    score = lambda t: len(CUES.findall(t)) + len(MARKS.findall(t))
    listed = lambda t: sum(1 for line in t.split("\n\n") if NUMBERED.match(line)) > 2
    kept = [k for k in range(len(chunks)) if not (lists_out and listed(chunks[k]))]
    # Ties go to the later chunk.
    ranked = sorted(kept, key=lambda k: (-score(chunks[k]), -k))[a.skip : a.top]
    for k in sorted(ranked):
        name = f"{prefix}{k:04d}"
        if a.out:
            with open(os.path.join(a.out, name + ".txt"), "w", encoding="utf-8") as f:
                f.write(chunks[k])
        print(name)


if __name__ == "__main__":
    main()
