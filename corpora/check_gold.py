#!/usr/bin/env python3
"""Check a held-out set's gold (one line a doc, claims with start/end offsets) against its rebuilt texts
and manifest.tsv (run the set's rebuild.py first); fresh-g, fresh-k, fresh-l, fresh-m, fresh-n,
fresh-o, fresh-p, fresh-q, fresh-r, fresh-s, fresh-t, fresh-u, fresh-v, fresh-w, fresh-x, fresh-y,
fresh-z, fresh-aa, fresh-ab, fresh-ac, fresh-ad, fresh-ae, fresh-af, fresh-ag, fresh-ah, fresh-ai, fresh-aj,
fresh-ak, fresh-al, fresh-am, fresh-an and fresh-ao use it.

    python3 corpora/check_gold.py corpora/fresh-l

Checks, and prints every failure: each line valid JSON with doc, publication_date, event and claims, in
the manifest's order and with its publication_date and event; each text present with the manifest's
sha256; each claim with every field of the eval README (quote, value_low, value_high, hedge, counted,
claimant, alt_claimants, event_start, event_end) plus group, start and end; its quote found at its
offsets (text[start:end] == quote, end exclusive); bounds that fit the hedge; ISO dates with start <=
end; no two claims of one doc with the same offsets and the same bounds (a sentence with two figures may give two claims one quote). Prints the counts (docs, claims, groups, groups
spanning two or more docs) and exits 1 on any failure.
"""
import hashlib
import json
import os
import re
import sys

FIELDS = ("quote", "value_low", "value_high", "hedge", "counted", "claimant", "alt_claimants",
          "event_start", "event_end", "group", "start", "end")
HEDGES = {"EXACT", "APPROXIMATE", "NEARLY", "AT_LEAST", "MORE_THAN", "AT_MOST", "LESS_THAN", "RANGE", "VAGUE"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def bounds_fit(c):
    lo, hi, h = c["value_low"], c["value_high"], c["hedge"]
    num = (int, float)
    if h in ("EXACT", "APPROXIMATE"):
        return isinstance(lo, num) and lo == hi
    if h in ("NEARLY", "AT_MOST", "LESS_THAN"):
        return lo is None and isinstance(hi, num)
    if h in ("AT_LEAST", "MORE_THAN"):
        return isinstance(lo, num) and hi is None
    return isinstance(lo, num) and isinstance(hi, num) and lo < hi  # RANGE, VAGUE


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
        errors.append(f"{len(lines)} gold lines for {len(manifest)} manifest rows")
    n, docs_of = 0, {}
    for i, (line, row) in enumerate(zip(lines, manifest)):
        try:
            g = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {i + 1}: not JSON ({e})")
            continue
        doc = g.get("doc")
        for k in ("doc", "publication_date", "event", "claims"):
            if k not in g:
                errors.append(f"line {i + 1}: no {k}")
        if doc != row["doc"] or g.get("publication_date") != row["publication_date"] or g.get("event") != row["event"]:
            errors.append(f"line {i + 1}: doc/publication_date/event differ from manifest row {row['doc']}")
        path = os.path.join(setdir, "texts", row["doc"])
        if not os.path.exists(path):
            errors.append(f"{row['doc']}: no text (run rebuild.py first)")
            continue
        data = open(path, "rb").read()
        if hashlib.sha256(data).hexdigest() != row["sha256"]:
            errors.append(f"{row['doc']}: text sha256 differs from the manifest's")
        text = data.decode("utf-8")
        seen = set()
        for j, c in enumerate(g.get("claims", [])):
            n += 1
            where = f"{doc} claim {j} ({str(c.get('quote'))[:40]!r})"
            missing = [k for k in FIELDS if k not in c]
            if missing:
                errors.append(f"{where}: missing {missing}")
                continue
            s, e = c["start"], c["end"]
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)) or text[s:e] != c["quote"]:
                errors.append(f"{where}: quote not at its offsets {s}..{e}")
            if (s, e, c["value_low"], c["value_high"]) in seen:
                errors.append(f"{where}: two claims at offsets {s}..{e} with the same bounds")
            seen.add((s, e, c["value_low"], c["value_high"]))
            if len(c["quote"]) > 600:
                errors.append(f"{where}: quote longer than 600 characters")
            if c["hedge"] not in HEDGES:
                errors.append(f"{where}: hedge {c['hedge']!r}")
            elif not bounds_fit(c):
                errors.append(f"{where}: bounds {c['value_low']}..{c['value_high']} do not fit {c['hedge']}")
            if not str(c["counted"]).strip() or not str(c["group"]).strip():
                errors.append(f"{where}: empty counted or group")
            if c["claimant"] is not None and not str(c["claimant"]).strip():
                errors.append(f"{where}: empty claimant (use null)")
            if not isinstance(c["alt_claimants"], list):
                errors.append(f"{where}: alt_claimants not a list")
            for k in ("event_start", "event_end"):
                if c[k] is not None and not DATE.match(c[k]):
                    errors.append(f"{where}: {k} {c[k]!r} not ISO")
            if c["event_start"] and c["event_end"] and c["event_start"][:len(c["event_end"])] > c["event_end"]:
                errors.append(f"{where}: event_start after event_end")
            docs_of.setdefault(c["group"], set()).add(doc)
    for e in errors:
        print("ERROR", e)
    spanning = sum(1 for d in docs_of.values() if len(d) > 1)
    print(f"{len(lines)} docs, {n} claims, {len(docs_of)} groups, {spanning} spanning two or more docs, {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
