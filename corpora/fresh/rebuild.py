#!/usr/bin/env python3
"""Rebuild the texts of a corpus set from pinned git snapshots.

    python3 corpora/fresh/rebuild.py corpora/fresh        # writes corpora/fresh/texts/<doc>

Reads SETDIR/manifest.tsv (tab-separated, header line) with the columns

    doc  repo  commit  path  row_key  publication_date  event  sha256

finds the snapshot of `repo` (owner/name) under $CLAIMWATCH_CORPUS_MIRROR (default /work/.mirror),
as <mirror>/<owner>+<name>/repo(.git), reads the blob `commit:path` with git, picks the row named by
row_key, writes SETDIR/texts/<doc> as: title line, blank line, text, and checks its sha256.

Formats (chosen by the path's extension):
  .sgm  Reuters-21578 SGML. row_key is "NEWID=<n>|<title>". The text is the DATELINE followed by
        the BODY, entities decoded, the closing "Reuter" line (or "REUTER E") and control characters dropped, each paragraph
        (a line indented by spaces starts one) unwrapped onto one line, paragraphs separated by a
        blank line. The title is the TITLE element, entities decoded.
Exit status 1 if any document is missing or its sha256 differs.
"""
import hashlib
import html
import os
import re
import subprocess
import sys


def git_dir(mirror, repo):
    base = os.path.join(mirror, repo.replace("/", "+"))
    for cand in (os.path.join(base, "repo", ".git"), os.path.join(base, "repo"), os.path.join(base, ".git"), base):
        if os.path.isfile(os.path.join(cand, "HEAD")):
            return cand
    raise FileNotFoundError(f"no snapshot of {repo} under {mirror} (fetch github:{repo} first)")


def read_blob(gdir, commit, path):
    out = subprocess.run(["git", "--git-dir", gdir, "show", f"{commit}:{path}"], capture_output=True, check=True)
    return out.stdout


def unwrap(body):
    paras, cur = [], []
    for line in body.split("\n"):
        if not line.strip():
            if cur:
                paras.append(" ".join(cur)); cur = []
            continue
        if line.startswith(" ") and cur:
            paras.append(" ".join(cur)); cur = []
        cur.append(line.strip())
    if cur:
        paras.append(" ".join(cur))
    return "\n\n".join(re.sub(r"[ \t]+", " ", p) for p in paras)


def sgm_text(raw, row_key):
    newid, _, title_key = row_key.partition("|")
    n = newid.split("=", 1)[1]
    doc = raw.decode("latin-1")
    m = re.search(r'<REUTERS[^>]*NEWID="%s"[^>]*>(.*?)</REUTERS>' % re.escape(n), doc, re.S)
    if not m:
        raise KeyError(f"NEWID {n} not found")
    rec = m.group(1)
    def el(tag):
        t = re.search(rf"<{tag}>(.*?)</{tag}>", rec, re.S)
        return html.unescape(t.group(1)) if t else ""
    title = " ".join(el("TITLE").split())
    if title != " ".join(title_key.split()):
        raise KeyError(f"NEWID {n}: title {title!r} is not {title_key!r}")
    body = el("BODY").replace("\r", "")
    body = re.sub(r"[\x00-\x08\x0b-\x1f]", "", body).rstrip()
    body = re.sub(r"\n\s*REUTER(?: [A-Z])?\s*$", "", body, flags=re.I).rstrip()
    dateline = " ".join(el("DATELINE").split())
    text = unwrap(body)
    if dateline:
        text = dateline + " " + text
    return title + "\n\n" + text + "\n"


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    setdir = sys.argv[1]
    mirror = os.environ.get("CLAIMWATCH_CORPUS_MIRROR", "/work/.mirror")
    outdir = os.path.join(setdir, "texts")
    os.makedirs(outdir, exist_ok=True)
    bad = 0
    blobs = {}
    with open(os.path.join(setdir, "manifest.tsv"), encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            if not line.strip():
                continue
            row = dict(zip(header, line.rstrip("\n").split("\t")))
            key = (row["repo"], row["commit"], row["path"])
            try:
                if key not in blobs:
                    blobs[key] = read_blob(git_dir(mirror, row["repo"]), row["commit"], row["path"])
                if row["path"].endswith(".sgm"):
                    text = sgm_text(blobs[key], row["row_key"])
                else:
                    raise ValueError(f"no reader for {row['path']}")
            except Exception as e:  # report and go on
                print(f"{row['doc']}: FAILED {e}", file=sys.stderr)
                bad += 1
                continue
            data = text.encode("utf-8")
            digest = hashlib.sha256(data).hexdigest()
            with open(os.path.join(outdir, row["doc"]), "wb") as out:
                out.write(data)
            if row.get("sha256") and row["sha256"] != digest:
                print(f"{row['doc']}: sha256 {digest} differs from the manifest", file=sys.stderr)
                bad += 1
            else:
                print(f"{row['doc']}: ok")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
