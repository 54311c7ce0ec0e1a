#!/usr/bin/env python3
"""Rebuild fresh-t's texts from its manifest, checking each sha256.

    python3 corpora/fresh-t/rebuild.py corpora/fresh-t

Two sources (the manifest's path says which reader):
  .txt  the BBC News dataset's stories, read as `fresh` reads them (corpora/fresh/rebuild.py: title
        line, blank line, the paragraphs).
  .csv  the CNN/Daily Mail validation subset saved in hillaryke/rag-optimization-cnn-dailymail
        (columns article, highlights, id). row_key is "id=<the row's id>" (the story's sha1 in the
        CNN/Daily Mail dataset); the text is the row's `article` field as stored (the dataset has no
        headline and no paragraph breaks), leading and trailing blanks dropped, one final newline.
        The highlights are not part of the text.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from snapshot_texts import csv_row, rebuild_set, reader_of  # noqa: E402

fresh_rebuild = reader_of("fresh")


def csv_text(raw, row):
    found = csv_row(raw, row, "id")
    return found["article"].strip() + "\n"


def text_of(raw, row):
    if row["path"].endswith(".csv"):
        return csv_text(raw, row)
    return fresh_rebuild.text_of(raw, row)


if __name__ == "__main__":
    rebuild_set(sys.argv, __doc__, text_of)
