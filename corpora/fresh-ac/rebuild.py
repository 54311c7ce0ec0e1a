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
import csv
import io
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from snapshot_texts import rebuild_set  # noqa: E402

csv.field_size_limit(1 << 26)
_files = {}


def text_of(raw, row):
    if not row["row_key"].startswith("news_id="):
        raise KeyError(f"row_key {row['row_key']!r} is not news_id=<id>")
    key = (row["repo"], row["commit"], row["path"])
    if key not in _files:
        rows = {}
        for r in csv.DictReader(io.StringIO(raw.decode("utf-8"), newline="")):
            if r["news_id"] in rows:
                raise KeyError(f"news_id {r['news_id']} twice in {row['path']}")
            rows[r["news_id"]] = r
        _files[key] = rows
    found = _files[key].get(row["row_key"][len("news_id="):])
    if found is None:
        raise KeyError(f"no row {row['row_key']!r} in {row['path']}")
    if found["publish_date"] != row["publication_date"]:
        raise ValueError(f"publish_date {found['publish_date']!r} is not the manifest's {row['publication_date']!r}")
    return found["body_text"].strip() + "\n"


if __name__ == "__main__":
    rebuild_set(sys.argv, __doc__, text_of)
