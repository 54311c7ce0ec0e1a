#!/usr/bin/env python3
"""Rebuild fresh-c's texts from the pinned snapshot of OpenDocCN/hackernews-2024-zh.

    python3 corpora/fresh-c/rebuild.py corpora/fresh-c      # writes corpora/fresh-c/texts/<doc>

Reads SETDIR/manifest.tsv (tab-separated, header line) with the columns

    doc  repo  commit  path  row_key  publication_date  event  sha256

finds the snapshot of `repo` (owner/name) under $CLAIMWATCH_CORPUS_MIRROR (default /work/.mirror),
as <mirror>/<owner>+<name>/repo(.git) (or a plain clone there), reads the blob `commit:path` with
`git show`, writes SETDIR/texts/<doc> and checks its sha256.

Source files (the English originals the OpenDocCN project saved, `docs/24MM/docs/<slug>.md`) are:
a "<!--yml ... -->" block (category and the date of saving), a "# <page title>" line, a
"> 来源：[<url>](<url>)" line (the article's address), then the article as Markdown. row_key is
"title=<page title>" and must equal the "# " line.

The text is built from the lines after the source line:
  - HTML tags are removed (`<amp-img ...></amp-img>` picture elements), Markdown images
    `![alt](src)` are removed and Markdown links `[anchor](href)` are replaced by their anchor;
  - if the first non-blank line is a "# " heading, it is the article's headline: it becomes the
    text's first line and is dropped from the body; otherwise the page title is the first line;
  - line endings normalised, trailing blanks of every line dropped, runs of blank lines
    collapsed to one, a blank line after the headline, one final newline.
Nothing else changes (typos, zero-width and non-breaking spaces of the original are kept).
Exit status 1 if any document is missing, malformed, or its sha256 differs from the manifest.
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from snapshot_texts import rebuild_set  # noqa: E402

IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
TAG = re.compile(r"<[^>]+>")


def text_of(raw, row_key):
    text = raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    i = 0
    if lines and lines[0].startswith("<!--yml"):
        while i < len(lines) and lines[i].strip() != "-->":
            i += 1
        i += 1
    while i < len(lines) and not lines[i].startswith("# "):
        i += 1
    if i >= len(lines):
        raise ValueError("no '# <title>' line")
    page_title = lines[i][2:].strip()
    if not row_key.startswith("title=") or page_title != row_key[len("title="):]:
        raise KeyError(f"page title {page_title!r} is not row_key {row_key!r}")
    while i < len(lines) and not lines[i].startswith("> 来源："):
        i += 1
    if i >= len(lines):
        raise ValueError("no '> 来源：' source line")
    body = "\n".join(lines[i + 1:])
    body = TAG.sub("", body)
    body = IMAGE.sub("", body)
    body = LINK.sub(r"\1", body)
    blines = [l.rstrip() for l in body.split("\n")]
    while blines and not blines[0]:
        blines.pop(0)
    title = page_title
    if blines and blines[0].startswith("# "):
        title = blines.pop(0)[2:].strip()
    out = "\n".join(blines).strip("\n")
    out = re.sub(r"\n{3,}", "\n\n", out)
    return title + "\n\n" + out + "\n"


def main():
    rebuild_set(sys.argv, __doc__, lambda raw, row: text_of(raw, row["row_key"]))


if __name__ == "__main__":
    main()
