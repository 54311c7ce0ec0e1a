#!/usr/bin/env python3
"""Rebuild fresh-ae's texts from its manifest, checking each sha256.

    python3 corpora/fresh-ae/rebuild.py corpora/fresh-ae

Source: the articles of BASIL, the media-bias dataset of Fan et al. (EMNLP 2019), 2nd release
(launchnlp/BASIL): one event told by Fox News, The New York Times and the HuffPost, one JSON file an
article (articles/<year>/<triplet-uuid>_<n>.json; keys title, date, source, url, uuid, triplet-uuid,
main-event, body-paragraphs). row_key "uuid=<the article's uuid>" names the article; the file's uuid
must be it and its `date` the manifest's publication_date. The text is the body: each paragraph's
sentences (as the dataset splits them) joined by one space, paragraphs separated by a blank line,
leading and trailing blanks dropped, one final newline. The title is not part of the text.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from snapshot_texts import rebuild_set  # noqa: E402


def text_of(raw, row):
    article = json.loads(raw.decode("utf-8"))
    key = row["row_key"]
    if not key.startswith("uuid="):
        raise KeyError(f"row_key {key!r} is not uuid=<value>")
    if article["uuid"] != key[len("uuid="):]:
        raise KeyError(f"uuid {article['uuid']!r} is not the manifest's {key!r}")
    if article["date"] != row["publication_date"]:
        raise ValueError(f"date {article['date']!r} is not the manifest's {row['publication_date']!r}")
    paragraphs = [" ".join(s.strip() for s in p if s.strip()) for p in article["body-paragraphs"]]
    return "\n\n".join(p for p in paragraphs if p).strip() + "\n"


if __name__ == "__main__":
    rebuild_set(sys.argv, __doc__, text_of)
