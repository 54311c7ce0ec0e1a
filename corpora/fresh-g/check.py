#!/usr/bin/env python3
"""Check fresh-g's gold against its rebuilt texts, without any extractor.

    python3 corpora/fresh-g/rebuild.py corpora/fresh-g && python3 corpora/fresh-g/check.py corpora/fresh-g

Checks: every gold line is valid JSON with the eval README's fields; one line per manifest row, in
order, with the manifest's publication_date and event; each text's sha256 is the manifest's; every
claim's `start`/`end` (character offsets into the text, end exclusive) hold exactly its quote; hedges
and bounds agree; counted and group are set; dates are ISO with start <= end. Exit status 1 on any error.
"""
import hashlib
import json
import os
import re
import sys

HEDGES = {"EXACT", "APPROXIMATE", "NEARLY", "AT_LEAST", "MORE_THAN", "AT_MOST", "LESS_THAN", "RANGE", "VAGUE"}
FIELDS = ("quote", "value_low", "value_high", "hedge", "counted", "claimant", "alt_claimants",
          "event_start", "event_end", "group", "start", "end")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def bounds_ok(lo, hi, hedge):
    if hedge in ("EXACT", "APPROXIMATE"):
        return lo is not None and lo == hi
    if hedge in ("NEARLY", "AT_MOST", "LESS_THAN"):
        return lo is None and hi is not None
    if hedge in ("AT_LEAST", "MORE_THAN"):
        return lo is not None and hi is None
    return lo is not None and hi is not None and lo < hi  # RANGE, VAGUE


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    setdir = sys.argv[1]
    errors = []
    with open(os.path.join(setdir, "manifest.tsv"), encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        manifest = [dict(zip(header, l.rstrip("\n").split("\t"))) for l in f if l.strip()]
    lines = [l for l in open(os.path.join(setdir, "gold.jsonl"), encoding="utf-8") if l.strip()]
    if len(lines) != len(manifest):
        errors.append(f"{len(lines)} gold lines, {len(manifest)} manifest rows")
    n = 0
    groups = {}
    for lineno, (line, row) in enumerate(zip(lines, manifest), 1):
        try:
            g = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {lineno}: not JSON ({e})")
            continue
        doc = g.get("doc")
        if doc != row["doc"] or g.get("publication_date") != row["publication_date"] or g.get("event") != row["event"]:
            errors.append(f"line {lineno}: doc/publication_date/event differ from the manifest's row {row['doc']}")
        path = os.path.join(setdir, "texts", row["doc"])
        if not os.path.exists(path):
            errors.append(f"{row['doc']}: no text (run rebuild.py first)")
            continue
        data = open(path, "rb").read()
        if hashlib.sha256(data).hexdigest() != row["sha256"]:
            errors.append(f"{doc}: sha256 differs from the manifest")
        text = data.decode("utf-8")
        for i, c in enumerate(g.get("claims", [])):
            n += 1
            where = f"{doc} claim {i} ({str(c.get('quote'))[:40]!r})"
            missing = [k for k in FIELDS if k not in c]
            if missing:
                errors.append(f"{where}: missing {missing}")
                continue
            s, e, q = c["start"], c["end"], c["quote"]
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)) or text[s:e] != q:
                errors.append(f"{where}: quote not at its offsets {s}..{e}")
            if len(q) > 600:
                errors.append(f"{where}: quote longer than 600 characters")
            if c["hedge"] not in HEDGES or not bounds_ok(c["value_low"], c["value_high"], c["hedge"]):
                errors.append(f"{where}: hedge {c['hedge']} with bounds {c['value_low']}..{c['value_high']}")
            if not (c["counted"] or "").strip() or not c["group"]:
                errors.append(f"{where}: no counted phrase or group")
            if not isinstance(c["alt_claimants"], list):
                errors.append(f"{where}: alt_claimants is not a list")
            for k in ("event_start", "event_end"):
                if c[k] is not None and not DATE.match(c[k]):
                    errors.append(f"{where}: {k} {c[k]!r} is not ISO")
            if c["event_start"] and c["event_end"] and c["event_start"][:len(c["event_end"])] > c["event_end"]:
                errors.append(f"{where}: event_start after event_end")
            groups.setdefault(c["group"], set()).add(doc)
    for e in errors:
        print(e)
    multi = sum(1 for docs in groups.values() if len(docs) > 1)
    print(f"{len(manifest)} docs, {n} claims, {len(groups)} groups ({multi} in 2+ articles), {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
