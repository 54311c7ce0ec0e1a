#!/usr/bin/env python3
"""Rebuilds extract-engine/src/main/resources/keys/places.tsv, the gazetteer that resolves place
names to countries, from GeoNames data (CC BY 4.0, https://www.geonames.org) in two pinned GitHub
snapshots brought by the `fetch` tool:

  CliveEvans/lucene-spike   cities15000.txt      (cities of 15,000 people or more)
  pmsourcedump/geonames     admin1CodesASCII.txt (first-level divisions: states, provinces, oblasts)

Usage: CLAIMWATCH_CORPUS_MIRROR=/work/.mirror python3 tools/gazetteer/build.py
tools/gazetteer/news-names.tsv overrides a few names whose bare form means another place in the news ("Washington").
Country names are not here: the engine takes them from the JDK (java.util.Locale) and from
keys/countries.txt (short forms and demonyms).
"""
import os, subprocess, sys, unicodedata
from pathlib import Path

MIRROR = Path(os.environ.get("CLAIMWATCH_CORPUS_MIRROR", "/work/.mirror"))
CITIES = ("CliveEvans+lucene-spike", "327c7e90469509a8b59a8fe34eb20e9e7b5b5541", "cities15000.txt")
ADMIN1 = ("pmsourcedump+geonames", "7b36a78f44a08ec10ab62f6241d22df14f31947f", "admin1CodesASCII.txt")
OUT = Path(__file__).resolve().parents[2] / "extract-engine/src/main/resources/keys/places.tsv"

def blob(repo, commit, path):
    for d in (MIRROR / repo / "repo", MIRROR / repo):
        if d.exists():
            return subprocess.run(["git", "-C", str(d), "show", f"{commit}:{path}"], check=True,
                                  capture_output=True).stdout.decode("utf-8")
    sys.exit(f"{repo} not under {MIRROR}: fetch github:{repo.replace('+', '/')} first")

def norm(name):
    return " ".join(name.lower().replace("-", " ").replace("'", "").split())

best = {}  # name -> (population, country, first-level division, type)
def add(name, cc, admin, pop, kind):
    n = norm(name)
    if len(n) < 3 or not any(c.isalpha() for c in n):
        return
    if n not in best or pop > best[n][0]:
        best[n] = (pop, cc, admin, kind)

admin_pop = {}
for line in blob(*CITIES).splitlines():
    f = line.split("\t")
    if len(f) < 15:
        continue
    pop = int(f[14] or 0)
    cc = f[8]
    admin_pop[f"{cc}.{f[10]}"] = admin_pop.get(f"{cc}.{f[10]}", 0) + pop
    for name in {f[1], f[2]}:
        add(name, cc, f"{cc}.{f[10]}" if f[10] else "", pop, "city")
def add_division(name, cc, code, pop):
    """A division outranks its own cities of the same name ("Quebec", "Kursk"), not a more populous place elsewhere:
    "Santiago" is Chile's capital before the Dominican province."""
    n = norm(name)
    if len(n) < 3 or not any(c.isalpha() for c in n):
        return
    if n not in best or best[n][2] == code or pop > best[n][0]:
        best[n] = (pop, cc, code, "admin1")

for line in blob(*ADMIN1).splitlines():
    f = line.split("\t")
    if len(f) < 3:
        continue
    cc = f[0].split(".")[0]
    pop = admin_pop.get(f[0], 0) + 1  # the people of its cities of 15,000 or more
    for name in {f[1], f[2]}:
        add_division(name, cc, f[0], pop)
        # "Kursk Oblast" is also written "Kursk"; "Herat Province", "Herat"
        words = name.split()
        if len(words) > 1 and words[-1].lower() in {"oblast", "province", "region", "governorate", "prefecture",
                                                     "state", "county", "district", "department", "krai", "raion"}:
            add_division(" ".join(words[:-1]), cc, f[0], pop)

# news-names.tsv: names whose bare form means another place in the news ("Washington" is the capital).
for line in (Path(__file__).resolve().parent / "news-names.tsv").read_text(encoding="utf-8").splitlines():
    if line and not line.startswith("#"):
        name, cc, admin, pop, kind = line.split("\t")
        best[norm(name)] = (int(pop), cc, admin, kind)

with OUT.open("w", encoding="utf-8") as out:
    out.write("# name\tcountry\tfirst-level division\tpopulation\ttype -- GeoNames (CC BY 4.0), rebuilt by tools/gazetteer/build.py\n")
    for n in sorted(best):
        pop, cc, admin, kind = best[n]
        out.write(f"{n}\t{cc}\t{admin}\t{pop}\t{kind}\n")
print(f"{len(best)} names written to {OUT}")
