#!/usr/bin/env python3
"""Rebuild the article texts of a corpus set from pinned public snapshots.

    python3 corpora/dev-b/rebuild.py corpora/dev-b

Reads SETDIR/manifest.tsv (tab-separated, with a header line: doc, source_repo, commit, path,
row_key, publication_date, event_id, sha256), finds each source's snapshot under
$CLAIMWATCH_CORPUS_MIRROR (default /work/.mirror; one folder per repository, named owner+name,
holding the git directory `repo`, as the `fetch` tool leaves it), reads the blob at the pinned
commit with git, cuts the article out and writes SETDIR/texts/<doc>: the title line, a blank line,
the article text. Each text is checked against the manifest's sha256; the script exits non-zero
when a source is missing or a text differs.

Row keys:
  * Reuters-21578 SGML (path ends in .sgm): "NEWID=<id>|<title>"; the document with that NEWID,
    its <TITLE> and <BODY> with HTML entities decoded (the &#3; end-of-text mark dropped),
    trailing blanks removed; the title must equal the one in the key.
  * CSV with title,text columns (e.g. the ISOT True.csv): "row=<0-based data row>|<title>"; the
    row's title and text (stripped); the title must equal the one in the key.
"""
import csv
import hashlib
import io
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from reuters21578 import story_text  # noqa: E402


def snapshot_dir(repo):
    base = os.environ.get("CLAIMWATCH_CORPUS_MIRROR", "/work/.mirror")
    d = os.path.join(base, repo.replace("/", "+"))
    for cand in (os.path.join(d, "repo"), d):
        if os.path.isdir(cand):
            return cand
    raise FileNotFoundError(f"no snapshot of {repo} under {base} (fetch github:{repo} first)")


_blobs = {}


def blob(repo, commit, path):
    key = (repo, commit, path)
    if key not in _blobs:
        gitdir = snapshot_dir(repo)
        out = subprocess.run(["git", "-C", gitdir, "show", f"{commit}:{path}"],
                             capture_output=True, check=True).stdout
        _blobs[key] = out
    return _blobs[key]


def csv_row(raw, key):
    m = re.fullmatch(r"row=(\d+)\|(.*)", key, re.S)
    idx, title = int(m.group(1)), m.group(2)
    csv.field_size_limit(1 << 30)
    rows = csv.DictReader(io.StringIO(raw.decode("utf-8")))
    for i, r in enumerate(rows):
        if i == idx:
            t = r["title"].strip()
            if t != title:
                raise ValueError(f"row {idx}: title {t!r} != key title {title!r}")
            return t + "\n\n" + r["text"].strip() + "\n"
    raise KeyError(f"row {idx} not in blob")


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    setdir = sys.argv[1]
    outdir = os.path.join(setdir, "texts")
    os.makedirs(outdir, exist_ok=True)
    bad = 0
    with open(os.path.join(setdir, "manifest.tsv"), encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    for r in rows:
        try:
            raw = blob(r["source_repo"], r["commit"], r["path"])
            if r["row_key"].startswith("NEWID="):
                text = story_text(raw, r["row_key"])
            else:
                text = csv_row(raw, r["row_key"])
        except Exception as e:  # report every failure, then exit non-zero
            print(f"FAIL {r['doc']}: {e}", file=sys.stderr)
            bad += 1
            continue
        data = text.encode("utf-8")
        digest = hashlib.sha256(data).hexdigest()
        if digest != r["sha256"]:
            print(f"FAIL {r['doc']}: sha256 {digest} != manifest {r['sha256']}", file=sys.stderr)
            bad += 1
            continue
        with open(os.path.join(outdir, r["doc"]), "wb") as out:
            out.write(data)
    print(f"{len(rows) - bad} of {len(rows)} texts written to {outdir}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
