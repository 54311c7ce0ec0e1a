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
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from snapshot_texts import rebuild_set  # noqa: E402


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


def text_of(raw, row):
    if row["path"].endswith(".txt"):
        return txt_text(raw, row["row_key"])
    if row["path"].endswith(".md"):
        return md_text(raw, row["row_key"])
    raise ValueError(f"no reader for {row['path']}")


def main():
    rebuild_set(sys.argv, __doc__, text_of)


if __name__ == "__main__":
    main()
