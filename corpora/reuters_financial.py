"""The text of one Reuters story of the financial news set of Ding et al. (EMNLP 2014), as fresh-al, fresh-am and
fresh-an annotate it.

Source: Reuters news stories of October 2006 - November 2013 saved one plain-text file per article
(duynht/financial-news-dataset, ReutersNews106521/YYYYMMDD/<slug>). Each file starts with four header lines,
"-- <headline>", "-- <byline, often empty>", "-- <date line, e.g. Sun May 16, 2010 5:52pm EDT>", "-- <Reuters
link>", then the story, its paragraphs separated by blank (or white-space-only) lines, older stories hard-wrapped.
row_key "date=<date line>" is the file's date line (checked); its day must be the manifest's publication_date.
The text is the story after the header: each paragraph's lines joined, runs of white space made one space,
paragraphs separated by a blank line, one final newline. The headline is not part of the text.
"""
import re
from datetime import datetime

from snapshot_texts import rebuild_set


def story_date(line):
    """The day of a date line such as "Sun May 16, 2010 5:52pm EDT" as YYYY-MM-DD."""
    m = re.match(r"\w{3} (\w{3}) (\d{1,2}), (\d{4}) ", line)
    if m is None:
        raise ValueError(f"date line {line!r} not understood")
    return datetime.strptime(" ".join(m.groups()), "%b %d %Y").strftime("%Y-%m-%d")


def text_of(raw, row):
    lines = raw.decode("utf-8").split("\n")
    header = [l[3:].strip() if l.startswith("-- ") else l[2:].strip() for l in lines[:4]]
    if not all(l.startswith("--") for l in lines[:4]):
        raise ValueError("the file does not start with four '--' header lines")
    if not row["row_key"].startswith("date="):
        raise KeyError(f"row_key {row['row_key']!r} is not date=<date line>")
    if header[2] != row["row_key"][len("date="):]:
        raise ValueError(f"date line {header[2]!r} is not the row_key's")
    if story_date(header[2]) != row["publication_date"]:
        raise ValueError(f"date line {header[2]!r} is not the manifest's {row['publication_date']!r}")
    paras, cur = [], []
    for line in lines[4:]:
        if line.strip():
            cur.append(line)
        elif cur:
            paras.append(cur)
            cur = []
    if cur:
        paras.append(cur)
    text = [re.sub(r"\s+", " ", " ".join(p)).strip() for p in paras]
    return "\n\n".join(t for t in text if t) + "\n"


def main(argv, usage):
    """A set's rebuild.py: its manifest's stories rebuilt and checked (snapshot_texts.rebuild_set)."""
    rebuild_set(argv, usage, text_of)
