#!/usr/bin/env python3
"""Rebuild fresh-ak's texts from its manifest, checking each sha256.

    python3 corpora/fresh-ak/rebuild.py corpora/fresh-ak

Source: BBC News stories of June-August 2026 saved one HTML page per article by a reading-practice
archive (moodHappy/bbc-news-archive, docs/YYYY/M/YYYY_M_D_HHMM[_browser|_custom].html). Each page holds
the headline (<h1>), a meta line with the page's date and time ("📅 2026-06-26 13:04") and the BBC
link, then the article one paragraph a <div class="para-wrap"><p>...</p>, each paragraph's words
wrapped in a reading extension's <relin-...> tags and followed by a hidden <textarea> of Chinese notes.
row_key "date=<YYYY-MM-DD HH:MM>" is the meta line's date and time (checked); its day must be the
manifest's publication_date. The text is the page's <p> paragraphs after <div class="content">, their
tags removed, HTML entities decoded, runs of white space made one space, paragraphs separated by a
blank line, one final newline. The headline and the notes are not part of the text.
"""
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from snapshot_texts import rebuild_set  # noqa: E402

META = re.compile(r"\U0001F4C5 (\d{4}-\d{2}-\d{2} \d{2}:\d{2})")


def text_of(raw, row):
    page = raw.decode("utf-8")
    meta = META.search(page)
    if not row["row_key"].startswith("date="):
        raise KeyError(f"row_key {row['row_key']!r} is not date=<YYYY-MM-DD HH:MM>")
    if meta is None or meta.group(1) != row["row_key"][len("date="):]:
        raise ValueError(f"page date {meta.group(1) if meta else None!r} is not the row_key's")
    if meta.group(1)[:10] != row["publication_date"]:
        raise ValueError(f"page date {meta.group(1)!r} is not the manifest's {row['publication_date']!r}")
    content = page.split('<div class="content">', 1)[1]
    paras = []
    for p in re.findall(r"<p>(.*?)</p>", content, re.S):
        s = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", p))).strip()
        if s:
            paras.append(s)
    return "\n\n".join(paras) + "\n"


if __name__ == "__main__":
    rebuild_set(sys.argv, __doc__, text_of)
