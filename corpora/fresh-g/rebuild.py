#!/usr/bin/env python3
"""Rebuild fresh-g's texts from the pinned snapshot of Reuters-21578 (loki86/ksr_zadanie1V2).

    python3 corpora/fresh-g/rebuild.py corpora/fresh-g      # writes corpora/fresh-g/texts/<doc>

Reads SETDIR/manifest.tsv (tab-separated, header line) with the columns

    doc  repo  commit  path  row_key  publication_date  event  sha256

finds the snapshot of `repo` (owner/name) under $CLAIMWATCH_CORPUS_MIRROR (default /work/.mirror),
as <mirror>/<owner>+<name>/repo(.git) (or a plain clone there), reads the blob `commit:path` with
`git show`, writes SETDIR/texts/<doc> and checks its sha256.

Source files are the collection's SGML files `reut2-0NN.sgm` (the snapshot's `reut2-003.sgm` is
truncated; the full one is `reut2-003-full.sgm`). row_key is "NEWID=<id>|<title>": the <REUTERS>
element with that NEWID; its <TITLE> must equal the key's title.

The text is the same as dev-b's and fresh-e's: corpora/reuters21578.py reads it for all three sets.
Exit status 1 if any document is missing, its title differs, or its sha256 differs from the manifest.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from reuters21578 import story_text  # noqa: E402
from snapshot_texts import rebuild_set  # noqa: E402


def main():
    rebuild_set(sys.argv, __doc__, lambda raw, row: story_text(raw, row["row_key"]))


if __name__ == "__main__":
    main()
