#!/usr/bin/env python3
"""Rebuild fresh-ag's texts from its manifest, checking each sha256.

    python3 corpora/fresh-ag/rebuild.py corpora/fresh-ag

Source: the news_cluster dataset of fhamborg/Giveme5W1H (Giveme5W1H/examples/datasets/news_cluster/data/),
one news-please JSON file per article (fields title, text, date_publish, source_domain, url, newsCluster
with the event's id and name, dId), the snapshot fresh-ad and fresh-af use. row_key "dId=<dId>" names the article,
which must be the file's own dId; the file's date_publish must fall on the manifest's publication_date; the
text is the file's "text" field as stored (the publisher's page text as news-please extracted it), its
line ends made "\\n", surrounding blanks stripped, one final newline (fresh-ad's dated reader).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from snapshot_texts import reader_of, rebuild_set  # noqa: E402

if __name__ == "__main__":
    rebuild_set(sys.argv, __doc__, reader_of("fresh-ad").dated_news_please_text)
