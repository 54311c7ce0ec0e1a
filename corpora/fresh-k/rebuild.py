#!/usr/bin/env python3
"""Rebuild fresh-k's texts: corpora/fresh/rebuild.py, the reader fresh and fresh-b use, reads its manifest (.md sources).

    python3 corpora/fresh-k/rebuild.py corpora/fresh-k
"""
import os
import runpy

runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fresh", "rebuild.py"), run_name="__main__")
