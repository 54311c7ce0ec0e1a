"""The text of one Reuters-21578 story, as dev-b and fresh-e annotate it.

The blob (an SGML file `reut2-0NN.sgm`) is read as Latin-1; row_key "NEWID=<id>|<title>" names the
<REUTERS> element with that NEWID, whose <TITLE> must equal the key's title. The text is the
<TITLE>, a blank line and the <BODY>, each with the &#3; end-of-text mark dropped and HTML entities
decoded; the title stripped, the body's trailing blanks removed; one final newline. The wire's
hard-wrapped lines and four-space paragraph indents are kept.
"""
import html
import re


def clean_sgml(s):
    return html.unescape(s.replace("&#3;", "")).replace("\x03", "")


def story_text(raw, row_key):
    m = re.fullmatch(r"NEWID=(\d+)\|(.*)", row_key, re.S)
    if not m:
        raise KeyError(f"row_key {row_key!r} is not NEWID=<id>|<title>")
    newid, title = m.group(1), m.group(2)
    doc = re.search(r'<REUTERS[^>]*NEWID="%s"[^>]*>(.*?)</REUTERS>' % newid, raw.decode("latin-1"), re.S)
    if not doc:
        raise KeyError(f"NEWID {newid} not in the file")
    t = re.search(r"<TITLE>(.*?)</TITLE>", doc.group(1), re.S)
    body = re.search(r"<BODY>(.*?)</BODY>", doc.group(1), re.S)
    t = clean_sgml(t.group(1)).strip() if t else ""
    if t != title:
        raise ValueError(f"NEWID {newid}: title {t!r} differs from the key's {title!r}")
    return t + "\n\n" + (clean_sgml(body.group(1)).rstrip() if body else "") + "\n"
