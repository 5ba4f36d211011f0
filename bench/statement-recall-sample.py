#!/usr/bin/env python3
"""Draws a random sample of cross-document quote pairs an output directory left unlinked, to judge by hand for a
recall estimate of statement linking (bench/statement-pairs.py reads the judged rows back).

usage: bench/statement-recall-sample.py OUTPUT_DIR N SEED > sample.tsv

The population: pairs of quotes (direct, fragment, indirect) in two different documents, not in one statement, that
share a run of four words (lower case, punctuation dropped) holding at least two content words (words not in
models/function-words.txt), where the run is held by at most 20 quotes (more is a stock phrase or slogan). It prints
the population's size on stderr and N pairs drawn at random with SEED, one per line: doc_a start_a end_a doc_b
start_b end_b. Standard library only.
"""
import csv
import itertools
import random
import re
import sys
from collections import defaultdict

out, n, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
function = set()
with open("models/function-words.txt", encoding="utf-8") as f:
    for line in f:
        if not line.startswith("#"):
            function.update(line.split())
with open(f"{out}/quotes.csv", encoding="utf-8") as f:
    rows = [r for r in csv.DictReader(f) if r["kind"] in ("direct", "fragment", "indirect")]


def words(text):
    text = text.replace("\u2019", "'").replace("\u2018", "'").lower()
    return re.findall(r"[a-z0-9]+(?:'[a-z]+)?", text)


runs = defaultdict(set)
for i, r in enumerate(rows):
    w = words(r["text"])
    for k in range(len(w) - 3):
        runs[tuple(w[k:k + 4])].add(i)
pairs = set()
for run, ids in runs.items():
    if len(ids) > 20 or sum(1 for x in run if x not in function) < 2:
        continue
    for a, b in itertools.combinations(sorted(ids), 2):
        ra, rb = rows[a], rows[b]
        if ra["doc_id"] == rb["doc_id"] or (ra["statement_id"] and ra["statement_id"] == rb["statement_id"]):
            continue
        pairs.add((a, b))
print(f"population: {len(pairs)} unlinked pairs", file=sys.stderr)
random.seed(seed)
for a, b in random.sample(sorted(pairs), n):
    ra, rb = rows[a], rows[b]
    print("\t".join([ra["doc_id"], ra["start"], ra["end"], rb["doc_id"], rb["start"], rb["end"]]))
