#!/usr/bin/env python3
"""Rebuild fresh-r's texts: corpora/fresh/rebuild.py, the reader fresh, fresh-b and fresh-k use, reads its manifest (.md sources).

    python3 corpora/fresh-r/rebuild.py corpora/fresh-r
"""
import os
import runpy

runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fresh", "rebuild.py"), run_name="__main__")
