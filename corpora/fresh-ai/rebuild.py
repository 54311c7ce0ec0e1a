#!/usr/bin/env python3
"""Rebuild fresh-ai's texts from its manifest, checking each sha256.

    python3 corpora/fresh-ai/rebuild.py corpora/fresh-ai

Source: the Gun Violence Corpus of the SemEval-2018 task 5 pilot ("Counting events and participants within
highly ambiguous data covering a very long tail", cltl/LongTailQATask): local and national news articles on
incidents of the Gun Violence Archive, crawled from archive.org, one file an article under
EventRegistries/GunViolenceArchive/the_violent_corpus/<incident>/<id>.json. Despite the name each file is a
Python pickle of the crawler's NewsItem (fields title, dct: the document creation time the crawler found,
uri, id, content); it is read here with an unpickler that builds nothing but a plain record and a date
(any other class in a file is refused). row_key "id=<id>" names the article (the record's `id` must be it);
the record's `dct` must be the manifest's publication_date. The text is the record's `content` as stored
(the page's paragraphs separated by blank lines, captions and page furniture kept), leading and trailing
blanks dropped, one final newline. The title is not part of the text.
"""
import datetime
import io
import os
import pickle
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from snapshot_texts import rebuild_set  # noqa: E402


class NewsItem:
    """The crawler's record, rebuilt as a plain object (its attributes only)."""


class _Unpickler(pickle.Unpickler):
    def find_class(self, module, name):
        if (module, name) == ("classes", "NewsItem"):
            return NewsItem
        if (module, name) == ("datetime", "date"):
            return datetime.date
        raise pickle.UnpicklingError(f"{module}.{name} is not read")


def record(raw):
    obj = _Unpickler(io.BytesIO(raw), encoding="latin1").load()
    if not isinstance(obj, NewsItem):
        raise ValueError("the file holds no NewsItem")
    return obj.__dict__


def text_of(raw, row):
    item = record(raw)
    key = row["row_key"]
    if not key.startswith("id=") or item.get("id") != key[3:]:
        raise KeyError(f"the record's id {item.get('id')!r} is not the manifest's {key!r}")
    dct = item.get("dct")
    if not isinstance(dct, datetime.date) or dct.isoformat() != row["publication_date"]:
        raise ValueError(f"dct {dct!r} is not the manifest's {row['publication_date']!r}")
    return item["content"].strip() + "\n"


if __name__ == "__main__":
    rebuild_set(sys.argv, __doc__, text_of)
