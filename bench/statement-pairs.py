#!/usr/bin/env python3
"""Scores an output directory's statement links against hand-checked quote pairs (eval-gold/polnear-statement-pairs.tsv).

usage: bench/statement-pairs.py OUTPUT_DIR [PAIRS_TSV]

Precision: of the output's linked pairs across documents that the file judges, the share judged the same statement
(linked pairs the file does not judge are counted and listed, to be judged and added). Recall is estimated from each
random sample of unlinked candidate pairs the file holds ('sample', and further ones such as 'sample2' drawn by
bench/statement-recall-sample.py): true pairs still unlinked in the sample, scaled to the candidate population the
file's header names for it, against the linked true pairs. Warns when documents have no date (the corpus's metadata
file was not joined), since the linker's window for short phrases then does nothing. Standard library only.
"""
import csv
import itertools
import re
import sys
from collections import defaultdict

out = sys.argv[1]
pairs_file = sys.argv[2] if len(sys.argv) > 2 else "eval-gold/polnear-statement-pairs.tsv"

population = None
judged = {}
drawn = {}
with open(pairs_file, encoding="utf-8") as f:
    lines = [l for l in f if not l.startswith("#") or re.search(r"from the\s*$", l) or "unlinked pairs" in l]
with open(pairs_file, encoding="utf-8") as f:
    text = f.read()
m = re.search(r"from the\s*\n#\s*([\d,]+) unlinked pairs", text)
population = int(m.group(1).replace(",", "")) if m else None
# further samples, each declared in a header line: # drawn: 'LABEL' (N pairs drawn at random ... from the POPULATION
populations = {"sample": population}
for label, size in re.findall(r"#\s*drawn: '(sample\d+)' \(.*?from the\s*(?:\n#\s*)?([\d,]+)", text):
    populations[label] = int(size.replace(",", ""))
for row in csv.DictReader((l for l in text.splitlines() if not l.startswith("#")), delimiter="\t"):
    a = (row["doc_a"], row["start_a"], row["end_a"])
    b = (row["doc_b"], row["start_b"], row["end_b"])
    key = tuple(sorted([a, b]))
    judged[key] = row["same"] == "1"
    drawn[key] = set(row["drawn"].split("+"))

# the linker's 30-day window for short phrases needs publication dates; a corpus without its metadata file scores
# far lower (PolNeAR: 614 linked pairs at 0.953 instead of 513 at 0.981), which is no change of the linker
with open(f"{out}/documents.csv", encoding="utf-8") as f:
    docs = list(csv.DictReader(f))
dated = sum(1 for d in docs if d.get("date"))
if dated < len(docs):
    print(f"warning: {len(docs) - dated} of {len(docs)} documents have no date, so short phrases link without the "
          f"30-day window; join the corpus's metadata file at its root (docs/statements.md)", file=sys.stderr)

groups = defaultdict(list)
with open(f"{out}/quotes.csv", encoding="utf-8") as f:
    for q in csv.DictReader(f):
        if q["statement_id"]:
            groups[q["statement_id"]].append((q["doc_id"], q["start"], q["end"]))
linked = set()
for members in groups.values():
    for a, b in itertools.combinations(members, 2):
        if a[0] != b[0]:
            linked.add(tuple(sorted([a, b])))

tp = sum(1 for p in linked if judged.get(p) is True)
fp = [p for p in linked if judged.get(p) is False]
unjudged = [p for p in linked if p not in judged]
print(f"linked pairs across documents: {len(linked)}; judged true {tp}, judged false {len(fp)}, unjudged {len(unjudged)}")
print(f"precision over judged pairs: {tp / max(1, tp + len(fp)):.3f}")
for label, size in populations.items():
    sample = [p for p, d in drawn.items() if label in d]
    if not sample or not size:
        continue
    still_unlinked = [p for p in sample if p not in linked]
    missed = sum(1 for p in still_unlinked if judged[p])
    estimated_missed = size * missed / len(sample)
    print(f"random sample '{label}' of unlinked candidates ({len(sample)} of {size}): {missed} of {len(still_unlinked)} "
          f"still unlinked are true pairs; estimated missed pairs {estimated_missed:.0f}; "
          f"estimated recall {tp / max(1, tp + estimated_missed):.3f}")
for p in sorted(fp):
    print("false link:", p)
for p in sorted(unjudged)[:50]:
    print("unjudged:", p)
