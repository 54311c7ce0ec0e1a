"""Reader of launchnlp/Partisan-Event-Dataset's articles, for the sets built from it (fresh-ah, fresh-aj).

Source: the PAC dataset of launchnlp/Partisan-Event-Dataset (Zou et al., "Crossing the Aisle", Findings of
EMNLP 2023): news stories of one event told by two outlets of different leanings, gathered from AllSides, one
JSON file an article under data/annotations_1/ (fields title, id, date, source, news: the article's sentences
as a list of {"id", "text"}, stored either as a JSON list or as its Python repr in a string). row_key
"id=<id>" names the article (STORY_<n>_DOCUMENT_<k>), which must be the file's own id; the file's date must
be the manifest's publication_date. The text is the sentences' "text" as stored (untokenised; a few files
space their punctuation as stored), in id order, joined by one space, surrounding blanks stripped, one final
newline. The title is not part of the text.
"""
import ast
import json


def text_of(raw, row):
    d = json.loads(raw.decode("utf-8"))
    prefix = "id="
    if not row["row_key"].startswith(prefix) or d["id"] != row["row_key"][len(prefix):]:
        raise KeyError(f"row_key {row['row_key']!r} is not the file's id {d['id']!r}")
    if d["date"] != row["publication_date"]:
        raise ValueError(f"date {d['date']!r} is not the manifest's {row['publication_date']!r}")
    news = ast.literal_eval(d["news"]) if isinstance(d["news"], str) else d["news"]
    if [s["id"] for s in news] != list(range(len(news))):
        raise ValueError("sentence ids are not 0..n-1 in order")
    return " ".join(s["text"] for s in news).strip() + "\n"
