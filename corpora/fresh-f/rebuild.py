#!/usr/bin/env python3
"""Rebuild fresh-f's texts from the pinned snapshot of Reuters-21578 (loki86/ksr_zadanie1V2): fresh-e's script, which
reads any set's manifest of Reuters-21578 stories (see its docstring for the manifest and the text).

    python3 corpora/fresh-f/rebuild.py corpora/fresh-f      # writes corpora/fresh-f/texts/<doc>
"""
import os
import runpy

runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fresh-e", "rebuild.py"), run_name="__main__")
