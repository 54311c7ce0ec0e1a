#!/usr/bin/env python3
"""Rebuild fresh-t's texts: corpora/fresh/rebuild.py, the reader fresh, fresh-l and fresh-n use for the BBC dataset, reads its manifest (.txt sources).

    python3 corpora/fresh-t/rebuild.py corpora/fresh-t
"""
import os
import runpy

runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fresh", "rebuild.py"), run_name="__main__")
