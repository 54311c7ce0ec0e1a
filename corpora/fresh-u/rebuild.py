#!/usr/bin/env python3
"""Rebuild fresh-u's texts from its manifest, checking each sha256.

    python3 corpora/fresh-u/rebuild.py corpora/fresh-u

Source: the CNN/Daily Mail validation subset saved in hillaryke/rag-optimization-cnn-dailymail, read by
fresh-t's CSV reader (corpora/fresh-t/rebuild.py): row_key "id=<the row's id>", the text the row's
`article` field as stored, leading and trailing blanks dropped, one final newline.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from snapshot_texts import rebuild_set, reader_of  # noqa: E402

if __name__ == "__main__":
    rebuild_set(sys.argv, __doc__, reader_of("fresh-t").csv_text)
