#!/usr/bin/env python3
"""Rebuild fresh-v's texts from its manifest, checking each sha256.

    python3 corpora/fresh-v/rebuild.py corpora/fresh-v

Source: the CNN/Daily Mail validation subset saved in hillaryke/rag-optimization-cnn-dailymail, read by
fresh-t's CSV reader (corpora/fresh-t/rebuild.py): row_key "id=<the row's id>", the text the row's
`article` field as stored, leading and trailing blanks dropped, one final newline.
"""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from snapshot_texts import rebuild_set  # noqa: E402

_spec = importlib.util.spec_from_file_location("fresh_t_rebuild", os.path.join(HERE, "..", "fresh-t", "rebuild.py"))
fresh_t_rebuild = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fresh_t_rebuild)

if __name__ == "__main__":
    rebuild_set(sys.argv, __doc__, fresh_t_rebuild.csv_text)
