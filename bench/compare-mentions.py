#!/usr/bin/env python3
"""Compares the entity mentions of a candidate CoreNLP configuration with a baseline (both written by
bench/NlpProfile.java as doc_id, start, end, ner, text).

For each type family of the baseline (PERSON, ORGANIZATION, LOCATION = LOCATION/COUNTRY/CITY/STATE_OR_PROVINCE,
NATIONALITY, TITLE, ...) prints recall: the share of baseline mentions the candidate has with the same span and the
same family; for the location family also the share with the exact same fine-grained type. "extra" counts candidate
mentions of the family the baseline does not have.

usage: compare-mentions.py BASELINE.tsv CANDIDATE.tsv
"""
import sys
from collections import Counter

LOC = {"LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE"}
FAMILIES = ["PERSON", "ORGANIZATION", "LOCATION", "NATIONALITY", "TITLE", "MISC", "IDEOLOGY", "RELIGION"]
# then every other type present (DATE, NUMBER, ...)


def family(t):
    return "LOCATION" if t in LOC else t


def load(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            doc, start, end, ner, *_ = line.rstrip("\n").split("\t")
            out[(doc, int(start), int(end))] = ner
    return out


def main():
    base, cand = load(sys.argv[1]), load(sys.argv[2])
    total, hit, exact, extra = Counter(), Counter(), Counter(), Counter()
    for key, t in base.items():
        f = family(t)
        total[f] += 1
        c = cand.get(key)
        if c is not None and family(c) == f:
            hit[f] += 1
            if c == t:
                exact[f] += 1
    for key, t in cand.items():
        b = base.get(key)
        if b is None or family(b) != family(t):
            extra[family(t)] += 1
    print(f"{'type':<14}{'baseline':>9}{'recall':>9}{'same fine type':>16}{'extra':>7}")
    for f in FAMILIES + sorted(set(total) | set(extra) - set(FAMILIES)):
        if total[f] == 0 and extra[f] == 0:
            continue
        r = hit[f] / total[f] if total[f] else float("nan")
        e = exact[f] / total[f] if total[f] else float("nan")
        print(f"{f:<14}{total[f]:>9}{r:>9.3f}{e:>16.3f}{extra[f]:>7}")
    key3 = ["PERSON", "ORGANIZATION", "LOCATION"]
    t3 = sum(total[f] for f in key3)
    h3 = sum(hit[f] for f in key3)
    print(f"{'PER+ORG+LOC':<14}{t3:>9}{h3 / t3 if t3 else float('nan'):>9.3f}")


if __name__ == "__main__":
    main()
