#!/usr/bin/env python3
"""Rebuild the texts of a corpus set from pinned git snapshots.

    python3 corpora/fresh/rebuild.py corpora/fresh        # writes corpora/fresh/texts/<doc>
    python3 corpora/fresh-b/rebuild.py corpora/fresh-b    # the same script, for fresh-b

Reads SETDIR/manifest.tsv (tab-separated, header line) with the columns

    doc  repo  commit  path  row_key  publication_date  event  sha256

finds the snapshot of `repo` (owner/name) under $CLAIMWATCH_CORPUS_MIRROR (default /work/.mirror),
as <mirror>/<owner>+<name>/repo(.git), reads the blob `commit:path` with `git show`, writes
SETDIR/texts/<doc> as: title line, blank line, text; and checks its sha256.

Format (chosen by the path's extension):
  .txt  one article per file, as in the BBC News dataset (mlg-ucd, 2004-2005): first line the
        title, then the paragraphs. row_key is "title=<title>" and must equal the file's first
        line. The text is the file decoded as UTF-8 with line endings normalised to \\n, trailing
        blanks of each line dropped, leading and trailing blank lines dropped, runs of blank lines
        collapsed to one, a blank line after the title, and one final newline. Nothing else changes
        (typos of the original are kept).
  .md   one article per file, as in the news grabber MmdrzaCo/Latest (CNN stories, July 2024):
        "# <title>", a blank line, "Published :`<timestamp>`", a "---" line, the paragraphs, a
        closing "---" line. row_key is "title=<title>" and must equal the heading. The text is the
        title line, a blank line, then the paragraphs between the first and the last "---" lines,
        normalised as for .txt (line endings, trailing blanks, blank runs collapsed, one final
        newline). The Published line is not part of the text (it is the manifest's
        publication_date).
Exit status 1 if any document is missing or its sha256 differs.
"""
import hashlib
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


def txt_text(raw, row_key):
    text = raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
    lines = [l.rstrip() for l in text.split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    if not lines:
        raise ValueError("empty file")
    title, body = lines[0], "\n".join(lines[1:]).strip("\n")
    return titled(title, body, row_key)


def titled(title, body, row_key):
    """The text of an article: its title (which must be row_key's), a blank line, the body with runs of blank lines collapsed."""
    body = re.sub(r"\n{3,}", "\n\n", body)
    if not row_key.startswith("title="):
        raise KeyError(f"row_key {row_key!r} is not title=<title>")
    if title != row_key[len("title="):]:
        raise KeyError(f"title {title!r} is not {row_key[len('title='):]!r}")
    return title + "\n\n" + body + "\n"


def md_text(raw, row_key):
    text = raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
    lines = [l.rstrip() for l in text.split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    if not lines or not lines[0].startswith("# "):
        raise ValueError("no '# title' first line")
    title = lines[0][2:].strip()
    rules = [i for i, l in enumerate(lines) if l == "---"]
    if len(rules) < 2:
        raise ValueError("no '---' lines around the body")
    body = "\n".join(lines[rules[0] + 1:rules[-1]]).strip("\n")
    return titled(title, body, row_key)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    setdir = sys.argv[1]
    mirror = os.environ.get("CLAIMWATCH_CORPUS_MIRROR", "/work/.mirror")
    outdir = os.path.join(setdir, "texts")
    os.makedirs(outdir, exist_ok=True)
    bad = 0
    with open(os.path.join(setdir, "manifest.tsv"), encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            if not line.strip():
                continue
            row = dict(zip(header, line.rstrip("\n").split("\t")))
            try:
                raw = read_blob(git_dir(mirror, row["repo"]), row["commit"], row["path"])
                if row["path"].endswith(".txt"):
                    text = txt_text(raw, row["row_key"])
                elif row["path"].endswith(".md"):
                    text = md_text(raw, row["row_key"])
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
