#!/usr/bin/env python3
"""Rebuild fresh-j's texts: corpora/fresh/rebuild.py, the reader fresh and fresh-b use, reads its manifest (.md sources).

    python3 corpora/fresh-j/rebuild.py corpora/fresh-j
"""
import os
import runpy

runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fresh", "rebuild.py"), run_name="__main__")
