#!/usr/bin/env python3
"""Rebuild fresh-x's texts from its manifest, checking each sha256.

    python3 corpora/fresh-x/rebuild.py corpora/fresh-x

Source: the DUC 2006 and DUC 2007 document sets (AQUAINT newswire: Xinhua English, AP, New York Times)
saved in gsandeep1241/TextSummarizer, one SGML file per story (<DOC><DOCNO>...<TEXT>...</TEXT></DOC>).
row_key "docno=<DOCNO>" names the story, which must be the file's. The text is the <TEXT> element alone
(no headline, slug or header): its paragraphs (Xinhua's <P> blocks; AP's and the Times' lines opening with
a tab or spaces) each joined into one line (the wire's line breaks become single spaces, runs of blanks one
space, the SGML entities such as "&amp;" left as stored), paragraphs separated by one blank line, one final
newline.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from snapshot_texts import rebuild_set  # noqa: E402


def paragraphs(body):
    if "<P>" in body:
        parts = re.findall(r"<P>(.*?)</P>", body, re.S)
    else:
        parts, cur = [], []
        for line in body.split("\n"):
            if re.match(r"^[\t ]", line) and cur:
                parts.append("\n".join(cur))
                cur = []
            if line.strip():
                cur.append(line)
        if cur:
            parts.append("\n".join(cur))
    out = []
    for p in parts:
        p = re.sub(r"<[^>]+>", " ", p)
        p = re.sub(r"\s+", " ", p).strip()
        if p:
            out.append(p)
    return out


def sgml_text(raw, row):
    doc = raw.decode("utf-8", errors="strict")
    docno = re.search(r"<DOCNO>\s*(\S+)\s*</DOCNO>", doc).group(1)
    want = row["row_key"].split("=", 1)[1]
    if docno != want:
        raise ValueError(f"DOCNO {docno} is not {want}")
    body = re.search(r"<TEXT>(.*?)</TEXT>", doc, re.S).group(1)
    return "\n\n".join(paragraphs(body)) + "\n"


if __name__ == "__main__":
    rebuild_set(sys.argv, __doc__, sgml_text)
