#!/usr/bin/env python3
"""Rebuild a corpus set's article texts from pinned public git snapshots, and check its gold.

    python3 corpora/rebuild.py corpora/dev-a            # write corpora/dev-a/texts/<doc>, verify sha256
    python3 corpora/rebuild.py corpora/dev-a --check    # also validate corpora/dev-a/gold.jsonl
    python3 corpora/rebuild.py corpora/dev-a --print-sha  # print the sha256 of each rebuilt text

The set's manifest.tsv (tab-separated, header line, '#' lines ignored) has the columns

    doc  repo  commit  path  row_key  format  publication_date  event  sha256

- repo: owner/name of the public GitHub repository the text was taken from;
- commit: the pinned commit; path: the file in that commit;
- format: how the article is cut out of that file (see EXTRACTORS);
- row_key: what identifies the article in that file, checked when extracting
  (for `wp-post-html`: `ID=<post id>`; for `csv-title-text`: `row=<0-based data row>`);
  the title is checked too when the manifest row gives `title=<exact title>` after a `|`;
- sha256: of the rebuilt text (UTF-8), so silent drift of a source is caught.

Sources are read from snapshots under $CLAIMWATCH_CORPUS_MIRROR (default /work/.mirror), one folder per
repository named owner+name, holding either a bare git directory `repo/` or being one itself. Any git
clone of the repository works as well (`git clone https://github.com/owner/name owner+name`): only the
pinned commit is read.

A rebuilt text is: the title on the first line, a blank line, then the article's paragraphs, one per
line, separated by blank lines.
"""
import csv
import hashlib
import html
import io
import json
import os
import re
import subprocess
import sys

csv.field_size_limit(1 << 30)

MIRROR = os.environ.get("CLAIMWATCH_CORPUS_MIRROR", "/work/.mirror")
COLUMNS = ["doc", "repo", "commit", "path", "row_key", "format", "publication_date", "event", "sha256"]


def git_dir(repo):
    base = os.path.join(MIRROR, repo.replace("/", "+"))
    for cand in (os.path.join(base, "repo"), os.path.join(base, ".git"), base):
        if os.path.isdir(cand) and (os.path.exists(os.path.join(cand, "HEAD"))):
            return cand
    raise SystemExit(f"no snapshot of {repo} under {MIRROR} (looked for {base}/repo, {base}/.git, {base})")


def read_blob(repo, commit, path):
    gd = git_dir(repo)
    try:
        return subprocess.run(["git", "--git-dir", gd, "show", f"{commit}:{path}"], check=True,
                              capture_output=True).stdout
    except subprocess.CalledProcessError as e:
        raise SystemExit(f"cannot read {repo}@{commit}:{path}: {e.stderr.decode(errors='replace').strip()}")


def clean(s):
    s = re.sub(r"<[^>]+>", " ", s)
    s = html.unescape(s)
    s = s.replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()


def parse_key(row_key):
    key, _, title = row_key.partition("|")
    title = title[len("title="):] if title.startswith("title=") else None
    k, _, v = key.partition("=")
    return k, v, title


def front_matter_value(fm, name):
    """The value of a top-level key of Jekyll front matter, folded ('>') scalars joined by spaces."""
    lines = fm.split("\n")
    for i, line in enumerate(lines):
        if line.startswith(name + ":"):
            rest = line[len(name) + 1:].strip()
            if rest in (">", "|", ">-", "|-"):
                parts = []
                for nxt in lines[i + 1:]:
                    if nxt.startswith("  "):
                        parts.append(nxt.strip())
                    else:
                        break
                return " ".join(parts)
            if len(rest) >= 2 and rest[0] == rest[-1] and rest[0] in "'\"":
                rest = rest[1:-1].replace("''", "'") if rest[0] == "'" else rest[1:-1]
            return rest
    return None


def extract_wp_post_html(blob, row_key):
    """A Jekyll post exported from WordPress: front matter (ID, post_title), then the article's HTML.
    The text is the <p> paragraphs between [ad_1] and [ad_2] (the reposted article), tags stripped."""
    text = blob.decode("utf-8")
    m = re.match(r"---\n(.*?)\n---\n(.*)", text, re.S)
    if not m:
        raise ValueError("no front matter")
    fm, body = m.group(1), m.group(2)
    k, v, want_title = parse_key(row_key)
    if k != "ID" or front_matter_value(fm, "ID") != v:
        raise ValueError(f"row key {row_key!r} does not match post ID {front_matter_value(fm, 'ID')!r}")
    title = clean(front_matter_value(fm, "post_title") or "")
    s, e = body.find("[ad_1]"), body.find("[ad_2]")
    if s >= 0 and e > s:
        body = body[s:e]
    paras = [clean(p) for p in re.findall(r"<p[^>]*>(.*?)</p>", body, re.S)]
    paras = [p for p in paras if p]
    return title, paras, want_title


def extract_csv_title_text(blob, row_key):
    """A CSV with a header holding `title` and `text` columns (e.g. the ISOT True.csv); row=<0-based data row>."""
    k, v, want_title = parse_key(row_key)
    if k != "row":
        raise ValueError(f"row key {row_key!r}: want row=<n>")
    rows = csv.DictReader(io.StringIO(blob.decode("utf-8")))
    for i, r in enumerate(rows):
        if i == int(v):
            paras = [p.strip() for p in re.split(r"\n\s*\n|\n", r["text"]) if p.strip()]
            return r["title"].strip(), paras, want_title
    raise ValueError(f"no row {v}")


EXTRACTORS = {"wp-post-html": extract_wp_post_html, "csv-title-text": extract_csv_title_text}


def render(title, paras):
    return title + "\n\n" + "\n\n".join(paras) + "\n"


def read_manifest(setdir):
    rows = []
    with open(os.path.join(setdir, "manifest.tsv"), encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if l.strip() and not l.startswith("#")]
    header = lines[0].split("\t")
    if header != COLUMNS:
        raise SystemExit(f"manifest header {header} != {COLUMNS}")
    for l in lines[1:]:
        cells = l.split("\t")
        if len(cells) != len(COLUMNS):
            raise SystemExit(f"manifest row with {len(cells)} cells: {l[:80]}")
        rows.append(dict(zip(COLUMNS, cells)))
    return rows


def rebuild(setdir, print_sha=False):
    rows = read_manifest(setdir)
    out = os.path.join(setdir, "texts")
    os.makedirs(out, exist_ok=True)
    bad = 0
    texts = {}
    for r in rows:
        blob = read_blob(r["repo"], r["commit"], r["path"])
        title, paras, want_title = EXTRACTORS[r["format"]](blob, r["row_key"])
        if want_title is not None and clean(want_title) != title:
            print(f"{r['doc']}: title {title!r} != manifest {want_title!r}", file=sys.stderr)
            bad += 1
        text = render(title, paras)
        sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
        if print_sha:
            print(f"{r['doc']}\t{sha}")
        elif r["sha256"] not in ("", "-") and r["sha256"] != sha:
            print(f"{r['doc']}: sha256 {sha} != manifest {r['sha256']} (source drifted?)", file=sys.stderr)
            bad += 1
        with open(os.path.join(out, r["doc"]), "w", encoding="utf-8") as f:
            f.write(text)
        texts[r["doc"]] = (text, r)
    print(f"{len(rows)} texts written to {out}; {bad} problems", file=sys.stderr)
    return texts, bad


HEDGES = {"EXACT", "APPROXIMATE", "NEARLY", "AT_LEAST", "MORE_THAN", "AT_MOST", "LESS_THAN", "RANGE", "VAGUE"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def check_gold(setdir, texts):
    """Every gold line names a rebuilt doc with the manifest's date; every quote is in its text; hedges
    and bounds agree with the eval README's table; every claim has a group and a counted phrase."""
    problems = 0
    seen = set()
    nclaims = 0
    groups = {}

    def bad(doc, msg):
        nonlocal problems
        problems += 1
        print(f"{doc}: {msg}", file=sys.stderr)

    with open(os.path.join(setdir, "gold.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                continue
            g = json.loads(line)
            doc = g["doc"]
            if doc not in texts:
                bad(doc, f"line {ln}: not in manifest")
                continue
            if doc in seen:
                bad(doc, "twice in gold")
            seen.add(doc)
            text, row = texts[doc]
            if g.get("publication_date") != row["publication_date"]:
                bad(doc, f"publication_date {g.get('publication_date')} != manifest {row['publication_date']}")
            quotes = set()
            for c in g["claims"]:
                nclaims += 1
                q = c["quote"]
                lo, hi, h = c["value_low"], c["value_high"], c["hedge"]
                if q not in text:
                    bad(doc, f"quote not in text: {q!r}")
                if len(q) > 600:
                    bad(doc, f"quote over 600 chars: {q[:60]!r}")
                if h not in HEDGES:
                    bad(doc, f"hedge {h}")
                want_lo = h in ("EXACT", "APPROXIMATE", "AT_LEAST", "MORE_THAN", "RANGE", "VAGUE")
                want_hi = h in ("EXACT", "APPROXIMATE", "NEARLY", "AT_MOST", "LESS_THAN", "RANGE", "VAGUE")
                if (lo is not None) != want_lo or (hi is not None) != want_hi:
                    bad(doc, f"{h} with bounds {lo}..{hi}: {q!r}")
                if h in ("EXACT", "APPROXIMATE") and lo != hi:
                    bad(doc, f"{h} with {lo} != {hi}: {q!r}")
                if lo is not None and hi is not None and lo > hi:
                    bad(doc, f"low {lo} > high {hi}: {q!r}")
                if not c.get("counted"):
                    bad(doc, f"no counted: {q!r}")
                if not c.get("group"):
                    bad(doc, f"no group: {q!r}")
                for k in ("event_start", "event_end"):
                    if c.get(k) is not None and not DATE.match(c[k]):
                        bad(doc, f"{k} {c[k]!r}")
                if (q, lo, hi) in quotes:
                    bad(doc, f"same claim twice: {q!r}")
                quotes.add((q, lo, hi))
                for k in ("quote", "value_low", "value_high", "hedge", "counted", "claimant", "event_start",
                          "event_end", "group"):
                    if k not in c:
                        bad(doc, f"claim without {k}: {q!r}")
                groups.setdefault(c.get("group"), []).append(doc)
    for doc in texts:
        if doc not in seen:
            bad(doc, "no gold line")
    print(f"gold: {len(seen)} docs, {nclaims} claims, {len(groups)} groups "
          f"({sum(1 for v in groups.values() if len(set(v)) > 1)} spanning several docs); {problems} problems",
          file=sys.stderr)
    return problems


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    if len(args) != 1:
        raise SystemExit(__doc__)
    setdir = args[0]
    texts, bad = rebuild(setdir, print_sha="--print-sha" in argv)
    if "--check" in argv and os.path.exists(os.path.join(setdir, "gold.jsonl")):
        bad += check_gold(setdir, texts)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
