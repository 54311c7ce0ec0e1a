#!/usr/bin/env python3
"""Check a gold file against the rebuilt texts.

    python3 corpora/dev-b/check.py corpora/dev-b/gold.jsonl corpora/dev-b/texts

Every doc has a text; every quote is an exact substring of it; hedges are those of
../shared/eval/README.md with bounds of the right shape (VAGUE words with their fixed ranges);
dates are ISO (YYYY, YYYY-MM or YYYY-MM-DD) and start <= end; every claim has a group.
Prints per-doc claim counts and the groups that span more than one doc; exits non-zero on errors.
"""
import collections
import json
import os
import re
import sys

HEDGES = {"EXACT", "APPROXIMATE", "NEARLY", "AT_LEAST", "MORE_THAN", "AT_MOST", "LESS_THAN",
          "RANGE", "VAGUE"}
FIELDS = ["quote", "value_low", "value_high", "hedge", "counted", "claimant", "alt_claimants",
          "event_start", "event_end", "group"]
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def shape_ok(c):
    lo, hi, h = c["value_low"], c["value_high"], c["hedge"]
    if h in ("EXACT", "APPROXIMATE"):
        return lo is not None and lo == hi
    if h in ("NEARLY", "AT_MOST", "LESS_THAN"):
        return lo is None and hi is not None
    if h in ("AT_LEAST", "MORE_THAN"):
        return lo is not None and hi is None
    if h in ("RANGE", "VAGUE"):
        return lo is not None and hi is not None and lo < hi
    return False


def main():
    gold, textdir = sys.argv[1], sys.argv[2]
    errors = 0
    groups = collections.defaultdict(set)
    total = 0
    seen = set()
    for n, line in enumerate(open(gold, encoding="utf-8"), 1):
        d = json.loads(line)
        doc = d["doc"]
        if doc in seen:
            print(f"line {n}: {doc} twice"); errors += 1
        seen.add(doc)
        path = os.path.join(textdir, doc)
        if not os.path.exists(path):
            print(f"{doc}: no text at {path}"); errors += 1; continue
        text = open(path, encoding="utf-8").read()
        if not (d.get("publication_date") is None or DATE.match(d["publication_date"])):
            print(f"{doc}: bad publication_date"); errors += 1
        quotes = collections.Counter()
        for i, c in enumerate(d["claims"]):
            where = f"{doc} #{i} {c.get('quote', '')[:50]!r}"
            for f in FIELDS:
                if f not in c:
                    print(f"{where}: missing {f}"); errors += 1
            if c["quote"] not in text:
                print(f"{where}: quote not in text"); errors += 1
            if c["hedge"] not in HEDGES or not shape_ok(c):
                print(f"{where}: hedge/bounds {c['hedge']} {c['value_low']} {c['value_high']}"); errors += 1
            for f in ("event_start", "event_end"):
                if c[f] is not None and not DATE.match(c[f]):
                    print(f"{where}: bad {f} {c[f]}"); errors += 1
            if c["event_start"] and c["event_end"] and c["event_start"][:len(c["event_end"])] > c["event_end"]:
                print(f"{where}: start after end"); errors += 1
            if not c["group"]:
                print(f"{where}: no group"); errors += 1
            if not c["counted"] or len(c["counted"].split()) > 6:
                print(f"{where}: counted {c['counted']!r} empty or long"); errors += 1
            quotes[(c["quote"], c["value_low"], c["value_high"])] += 1
            groups[c["group"]].add(doc)
            total += 1
        for q, k in quotes.items():
            if k > 1:
                print(f"{doc}: claim {q} annotated {k} times"); errors += 1
        print(f"{doc}: {len(d['claims'])} claims")
    multi = {g: sorted(ds) for g, ds in groups.items() if len(ds) > 1}
    print(f"{len(seen)} docs, {total} claims, {len(groups)} groups, {len(multi)} span several docs")
    for g, ds in sorted(multi.items()):
        print(f"  {g}: {len(ds)} docs")
    print("errors:", errors)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
