#!/usr/bin/env python3
"""Check a corpus set's gold against its rebuilt texts.

    python3 corpora/fresh/rebuild.py corpora/fresh && python3 corpora/fresh/validate.py corpora/fresh

Checks: one gold line per manifest row (same doc and publication_date); every quote an exact
substring of SETDIR/texts/<doc>; hedge one of the eval README's; bounds consistent with the hedge;
counted non-empty; every claim has a group; dates ISO (YYYY, YYYY-MM or YYYY-MM-DD) with start <= end.
With --uncovered, lists the numbers of each text that no gold quote covers (to review by hand).
Exit status 1 on any error.
"""
import json
import os
import re
import sys

HEDGES = {"EXACT", "APPROXIMATE", "NEARLY", "AT_LEAST", "MORE_THAN", "AT_MOST", "LESS_THAN", "RANGE", "VAGUE"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
NUM = re.compile(r"\b(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                 r"twenty[- ]?\w*|thirty|forty|fifty|hundreds?|thousands?|dozens?|half)\b", re.I)


def bounds_ok(c):
    lo, hi, h = c.get("value_low"), c.get("value_high"), c.get("hedge")
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
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 1:
        sys.exit(__doc__)
    setdir = args[0]
    errors = []
    with open(os.path.join(setdir, "manifest.tsv"), encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        manifest = [dict(zip(header, l.rstrip("\n").split("\t"))) for l in f if l.strip()]
    gold = [json.loads(l) for l in open(os.path.join(setdir, "gold.jsonl"), encoding="utf-8") if l.strip()]
    if [g["doc"] for g in gold] != [m["doc"] for m in manifest]:
        errors.append("gold docs differ from the manifest's (or their order)")
    pubs = {m["doc"]: m["publication_date"] for m in manifest}
    n = 0
    groups = set()
    for g in gold:
        doc = g["doc"]
        if g.get("publication_date") != pubs.get(doc):
            errors.append(f"{doc}: publication_date {g.get('publication_date')} differs from the manifest")
        path = os.path.join(setdir, "texts", doc)
        if not os.path.exists(path):
            errors.append(f"{doc}: no text (run rebuild.py first)")
            continue
        text = open(path, encoding="utf-8").read()
        covered = [False] * len(text)
        for i, c in enumerate(g["claims"]):
            n += 1
            where = f"{doc} claim {i} ({c.get('quote', '')[:40]!r})"
            q = c.get("quote") or ""
            if not q or q not in text:
                errors.append(f"{where}: quote is not a substring of the text")
            else:
                s = 0
                while (k := text.find(q, s)) >= 0:
                    for j in range(k, k + len(q)):
                        covered[j] = True
                    s = k + 1
            if len(q) > 600:
                errors.append(f"{where}: quote longer than 600 characters")
            if c.get("hedge") not in HEDGES:
                errors.append(f"{where}: hedge {c.get('hedge')}")
            elif not bounds_ok(c):
                errors.append(f"{where}: bounds {c.get('value_low')}..{c.get('value_high')} do not fit {c['hedge']}")
            if not (c.get("counted") or "").strip():
                errors.append(f"{where}: no counted phrase")
            if not c.get("group"):
                errors.append(f"{where}: no group")
            groups.add(c.get("group"))
            if not isinstance(c.get("alt_claimants", []), list):
                errors.append(f"{where}: alt_claimants is not a list")
            for k in ("event_start", "event_end"):
                if c.get(k) is not None and not DATE.match(c[k]):
                    errors.append(f"{where}: {k} {c[k]!r} is not an ISO date")
            if c.get("event_start") and c.get("event_end") and c["event_start"][:len(c["event_end"])] > c["event_end"]:
                errors.append(f"{where}: event_start after event_end")
        if "--uncovered" in sys.argv:
            for m in NUM.finditer(text):
                if not any(covered[m.start():m.end()]):
                    line = text[max(0, m.start() - 40):m.end() + 40].replace("\n", " ")
                    print(f"  uncovered {doc}: ...{line}...")
    for e in errors:
        print("ERROR", e)
    print(f"{len(gold)} docs, {n} claims, {len(groups)} groups, {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
