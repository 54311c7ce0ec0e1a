#!/usr/bin/env python3
"""Rebuild fresh-n's texts: corpora/fresh/rebuild.py, the reader fresh and fresh-l use for the BBC News dataset's .txt
files (it shares the snapshot reading and the manifest loop of corpora/snapshot_texts.py), reads its manifest.

    python3 corpora/fresh-n/rebuild.py corpora/fresh-n
"""
import os
import runpy

runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fresh", "rebuild.py"), run_name="__main__")
