#!/usr/bin/env python3
"""Rebuild fresh-ah's texts from its manifest, checking each sha256.

    python3 corpora/fresh-ah/rebuild.py corpora/fresh-ah

Source: the PAC dataset of launchnlp/Partisan-Event-Dataset, read by corpora/partisan_events.py (its docstring says
how a text is cut from an article's JSON file).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from partisan_events import text_of  # noqa: E402
from snapshot_texts import rebuild_set  # noqa: E402

if __name__ == "__main__":
    rebuild_set(sys.argv, __doc__, text_of)
