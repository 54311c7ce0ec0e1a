#!/usr/bin/env python3
"""Rebuild fresh-ad's texts from its manifest, checking each sha256.

    python3 corpora/fresh-ad/rebuild.py corpora/fresh-ad

Source: the news_cluster dataset of fhamborg/Giveme5W1H (Giveme5W1H/examples/datasets/news_cluster/data/),
one news-please JSON file per article (fields title, text, date_publish, source_domain, url, newsCluster
with the event's id and name, dId). row_key "dId=<dId>" names the article, which must be the file's own
dId; the text is the file's "text" field as stored (the publisher's page text as news-please extracted
it), its line ends made "\\n", surrounding blanks stripped, one final newline.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from snapshot_texts import rebuild_set  # noqa: E402


def news_please_text(raw, row):
    d = json.loads(raw.decode("utf-8"))
    key, _, want = row["row_key"].partition("=")
    if key != "dId" or d.get("dId") != want:
        raise ValueError(f"row_key {row['row_key']!r} but the file's dId is {d.get('dId')!r}")
    return d["text"].replace("\r\n", "\n").replace("\r", "\n").strip() + "\n"


def dated_news_please_text(raw, row):
    """news_please_text, the file's date_publish also checked against the manifest's publication_date (fresh-af, fresh-ag)."""
    day = (json.loads(raw.decode("utf-8")).get("date_publish") or "")[:10]
    if day != row["publication_date"]:
        raise ValueError(f"date_publish {day!r} is not the manifest's {row['publication_date']!r}")
    return news_please_text(raw, row)


if __name__ == "__main__":
    rebuild_set(sys.argv, __doc__, news_please_text)
