#!/usr/bin/env python3
"""Rebuild fresh-ab's texts from its manifest, checking each sha256.

    python3 corpora/fresh-ab/rebuild.py corpora/fresh-ab

Source: the DUC 2006 and DUC 2007 document sets (AQUAINT newswire: Associated Press, Xinhua English)
saved in gsandeep1241/TextSummarizer, one SGML file per story, read by fresh-x's DUC reader
(corpora/fresh-x/rebuild.py): row_key "docno=<DOCNO>" names the story, which must be the file's; the text
is the <TEXT> element alone, its paragraphs (Xinhua's <P> blocks; AP's lines opening with a tab or spaces)
each joined into one line, blanks collapsed, SGML entities left as stored, paragraphs separated by one
blank line, one final newline.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from snapshot_texts import rebuild_set, reader_of  # noqa: E402

if __name__ == "__main__":
    rebuild_set(sys.argv, __doc__, reader_of("fresh-x").sgml_text)
