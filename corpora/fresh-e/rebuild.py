#!/usr/bin/env python3
"""Rebuild fresh-e's texts from the pinned snapshot of Reuters-21578 (loki86/ksr_zadanie1V2).

    python3 corpora/fresh-e/rebuild.py corpora/fresh-e      # writes corpora/fresh-e/texts/<doc>

Reads SETDIR/manifest.tsv (tab-separated, header line) with the columns

    doc  repo  commit  path  row_key  publication_date  event  sha256

finds the snapshot of `repo` (owner/name) under $CLAIMWATCH_CORPUS_MIRROR (default /work/.mirror),
as <mirror>/<owner>+<name>/repo(.git) (or a plain clone there), reads the blob `commit:path` with
`git show`, writes SETDIR/texts/<doc> and checks its sha256.

Source files are the collection's SGML files `reut2-0NN.sgm` (the snapshot's `reut2-003.sgm` is
truncated; the full one is `reut2-003-full.sgm`). row_key is "NEWID=<id>|<title>": the <REUTERS>
element with that NEWID; its <TITLE> must equal the key's title.

The text is the same as dev-b's (corpora/dev-b/rebuild.py): the blob is read as Latin-1; the
<TITLE>, a blank line, the <BODY>, each with the &#3; end-of-text mark dropped and HTML entities
decoded; the title stripped, the body's trailing blanks removed; one final newline. The wire's
hard-wrapped lines and four-space paragraph indents are kept.
Exit status 1 if any document is missing, its title differs, or its sha256 differs from the manifest.
"""
import html
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from snapshot_texts import rebuild_set  # noqa: E402


def clean(s):
    return html.unescape(s.replace("&#3;", "")).replace("\x03", "")


def text_of(raw, row_key):
    m = re.fullmatch(r"NEWID=(\d+)\|(.*)", row_key, re.S)
    if not m:
        raise KeyError(f"row_key {row_key!r} is not NEWID=<id>|<title>")
    newid, title = m.group(1), m.group(2)
    doc = re.search(r'<REUTERS[^>]*NEWID="%s"[^>]*>(.*?)</REUTERS>' % newid, raw.decode("latin-1"), re.S)
    if not doc:
        raise KeyError(f"NEWID {newid} not in the file")
    t = re.search(r"<TITLE>(.*?)</TITLE>", doc.group(1), re.S)
    body = re.search(r"<BODY>(.*?)</BODY>", doc.group(1), re.S)
    t = clean(t.group(1)).strip() if t else ""
    if t != title:
        raise ValueError(f"NEWID {newid}: title {t!r} differs from the key's {title!r}")
    return t + "\n\n" + (clean(body.group(1)).rstrip() if body else "") + "\n"


def main():
    rebuild_set(sys.argv, __doc__, lambda raw, row: text_of(raw, row["row_key"]))


if __name__ == "__main__":
    main()
