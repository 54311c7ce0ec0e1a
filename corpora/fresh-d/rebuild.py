#!/usr/bin/env python3
"""Rebuild fresh-d's texts from the pinned snapshot of j-szulc/html-cleaning-dataset-merged.

    python3 corpora/fresh-d/rebuild.py corpora/fresh-d      # writes corpora/fresh-d/texts/<doc>

Reads SETDIR/manifest.tsv (tab-separated, header line) with the columns

    doc  repo  commit  path  row_key  publication_date  event  sha256

finds the snapshot of `repo` (owner/name) under $CLAIMWATCH_CORPUS_MIRROR (default /work/.mirror),
as <mirror>/<owner>+<name>/repo(.git) (or a plain clone there), reads the blob `commit:path` with
`git show`, writes SETDIR/texts/<doc> and checks its sha256.

Source files are L3S-GN1's annotated pages (Kohlschuetter et al., WSDM 2010: Google News articles
of December 2007 and January 2008), `page-signal-master/GoldStandard/<uuid>.txt`: the publisher's
HTML page as saved, in which the assessors marked text blocks with the CSS classes `x-nc-sel1`
(headline), `x-nc-sel2` (full text), `x-nc-sel3` (supplemental: captions, credits), `x-nc-sel4`
(related content), `x-nc-sel5` (comments). row_key names the labels kept: "labels=1,2".

The text is what the assessors marked as headline and full text, in page order:
  - the blob is decoded as UTF-8, or as cp1252 when it is not valid UTF-8; character references
    are decoded; the contents of <script> and <style> are dropped;
  - each text node belongs to the innermost element that carries an `x-nc-selN` class; nodes of
    the labels in row_key are kept, all others dropped;
  - block elements (p, div, h1-h6, li, ul, ol, table, tr, td, th, br, blockquote, dd, dt, pre)
    start and end a paragraph; inside a paragraph every run of white space (including no-break
    spaces) becomes one space; paragraphs are stripped, empty ones dropped, and separated by one
    blank line; one final newline.
Nothing else changes (the pages' own typos and their "?" for lost quotation marks are kept).
Exit status 1 if any document is missing, malformed, or its sha256 differs from the manifest.
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from snapshot_texts import rebuild_set  # noqa: E402
from html.parser import HTMLParser

BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "table", "tr", "td", "th",
         "br", "blockquote", "dd", "dt", "pre"}
VOID = {"br", "img", "hr", "meta", "link", "input", "area", "base", "col", "embed", "param", "source",
        "track", "wbr"}
LABEL = re.compile(r"\bx-nc-sel(\d)\b")
BREAK = "\u0000"  # paragraph boundary marker (never in the pages)


class Labelled(HTMLParser):
    def __init__(self, keep):
        super().__init__(convert_charrefs=True)
        self.keep = keep
        self.stack = []  # (tag, label or None)
        self.out = []

    def handle_starttag(self, tag, attrs):
        if tag in BLOCK:
            self.out.append(BREAK)
        if tag in VOID:
            return
        m = LABEL.search(dict(attrs).get("class") or "")
        self.stack.append((tag, m.group(1) if m else None))

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.out.append(BREAK)

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break
        if tag in BLOCK:
            self.out.append(BREAK)

    def handle_data(self, data):
        label = None
        for tag, lab in self.stack:
            if tag in ("script", "style"):
                return
            if lab is not None:
                label = lab
        if label in self.keep:
            self.out.append(data)


def text_of(raw, row_key):
    if not row_key.startswith("labels="):
        raise KeyError(f"row_key {row_key!r} is not labels=N,N")
    keep = set(row_key[len("labels="):].split(","))
    try:
        html = raw.decode("utf-8")
    except UnicodeDecodeError:
        html = raw.decode("cp1252", errors="replace")
    if "x-nc-sel" not in html:
        raise ValueError("not an annotated page (no x-nc-sel class)")
    p = Labelled(keep)
    p.feed(html)
    p.close()
    paras = []
    for chunk in "".join(p.out).split(BREAK):
        chunk = re.sub(r"\s+", " ", chunk).strip()
        if chunk:
            paras.append(chunk)
    if not paras:
        raise ValueError("no text under the kept labels")
    return "\n\n".join(paras) + "\n"


def main():
    rebuild_set(sys.argv, __doc__, lambda raw, row: text_of(raw, row["row_key"]))


if __name__ == "__main__":
    main()
