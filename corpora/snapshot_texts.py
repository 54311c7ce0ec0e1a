"""What the held-out sets' rebuild scripts share: reading a file of a fetched GitHub snapshot at a
commit, and rebuilding a set's texts from its manifest (one row per article: doc, repo, commit, path,
row_key, sha256) with the set's own reader, checking each text's sha256.

The snapshots are looked up under CLAIMWATCH_CORPUS_MIRROR (default /work/.mirror), in folders named
owner+name, as the fetch tool leaves them."""
import csv
import hashlib
import importlib.util
import io
import os
import subprocess
import sys

csv.field_size_limit(1 << 26)
_csv_files = {}


def git_dir(mirror, repo):
    base = os.path.join(mirror, repo.replace("/", "+"))
    for cand in (os.path.join(base, "repo", ".git"), os.path.join(base, "repo"), os.path.join(base, ".git"), base):
        if os.path.isfile(os.path.join(cand, "HEAD")):
            return cand
    raise FileNotFoundError(f"no snapshot of {repo} under {mirror} (fetch github:{repo} first)")


def read_blob(gdir, commit, path):
    return subprocess.run(["git", "--git-dir", gdir, "show", f"{commit}:{path}"], capture_output=True, check=True).stdout


def csv_row(raw, row, column, unique=False):
    """The row of a CSV blob (UTF-8, with a header) whose `column` is what the manifest row's row_key
    "<column>=<value>" names; each file parsed once. unique: a value twice in the file is an error (else the
    last row wins)."""
    prefix = column + "="
    if not row["row_key"].startswith(prefix):
        raise KeyError(f"row_key {row['row_key']!r} is not {prefix}<value>")
    key = (row["repo"], row["commit"], row["path"], column)
    if key not in _csv_files:
        rows = {}
        for r in csv.DictReader(io.StringIO(raw.decode("utf-8"), newline="")):
            if unique and r[column] in rows:
                raise KeyError(f"{column} {r[column]} twice in {row['path']}")
            rows[r[column]] = r
        _csv_files[key] = rows
    found = _csv_files[key].get(row["row_key"][len(prefix):])
    if found is None:
        raise KeyError(f"no row {row['row_key']!r} in {row['path']}")
    return found


def reader_of(set_name):
    """The rebuild.py of another set (its folder name has a hyphen, so it is loaded by path), for its reader."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), set_name, "rebuild.py")
    spec = importlib.util.spec_from_file_location(set_name.replace("-", "_") + "_rebuild", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def rebuild_set(argv, usage, text_of_row):
    """Writes SETDIR/texts/DOC for each manifest row, from text_of_row(raw bytes, row); exits 1 if any
    text fails or its sha256 differs from the manifest's."""
    if len(argv) != 2:
        sys.exit(usage)
    setdir = argv[1]
    mirror = os.environ.get("CLAIMWATCH_CORPUS_MIRROR", "/work/.mirror")
    outdir = os.path.join(setdir, "texts")
    os.makedirs(outdir, exist_ok=True)
    bad = 0
    with open(os.path.join(setdir, "manifest.tsv"), encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            if not line.strip():
                continue
            row = dict(zip(header, line.rstrip("\n").split("\t")))
            try:
                text = text_of_row(read_blob(git_dir(mirror, row["repo"]), row["commit"], row["path"]), row)
            except Exception as e:  # report and go on
                print(f"{row['doc']}: FAILED {e}", file=sys.stderr)
                bad += 1
                continue
            data = text.encode("utf-8")
            digest = hashlib.sha256(data).hexdigest()
            with open(os.path.join(outdir, row["doc"]), "wb") as out:
                out.write(data)
            if row.get("sha256") != digest:
                print(f"{row['doc']}: sha256 {digest} differs from the manifest's {row.get('sha256')!r}", file=sys.stderr)
                bad += 1
            else:
                print(f"{row['doc']}: ok")
    sys.exit(1 if bad else 0)
