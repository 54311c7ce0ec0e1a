#!/usr/bin/env python3
"""Rebuild fresh-ac's texts from its manifest, checking each sha256.

    python3 corpora/fresh-ac/rebuild.py corpora/fresh-ac

Source: the news articles of the ReCOVery COVID-19 news dataset (apurvamulay/ReCOVery), saved one CSV file
per publisher (dataset/news-dataset_<publisher>.csv; columns news_id, url, publisher, publish_date,
author, title, image, body_text). row_key "news_id=<id>" names the row (news_id is unique within one
file); the row's publish_date must be the manifest's publication_date. The text is the row's `body_text`
as stored (the page's paragraphs separated by blank lines, captions and page furniture kept), leading
and trailing blanks dropped, one final newline. The title is not part of the text.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from snapshot_texts import csv_row, rebuild_set  # noqa: E402


def text_of(raw, row):
    found = csv_row(raw, row, "news_id", unique=True)
    if found["publish_date"] != row["publication_date"]:
        raise ValueError(f"publish_date {found['publish_date']!r} is not the manifest's {row['publication_date']!r}")
    return found["body_text"].strip() + "\n"


if __name__ == "__main__":
    rebuild_set(sys.argv, __doc__, text_of)
