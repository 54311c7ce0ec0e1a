#!/usr/bin/env python3
"""A Python mirror of claims-service's grouping (GroupAssigner, QuantityKey.compatible, the reach files) that re-groups
bin/extract-claims output with variants of the compatibility rule, and scores grouping pairwise as the shared scorer does.

    corpora/grouping-sim/assigner.py GOLD.jsonl PRED.jsonl [VARIANT ...]

It reproduces the Java grouping F1 of every seen set (the "java" and "sim" figures it prints agree); a change to
GroupAssigner or QuantityKey must be mirrored here before its figures mean anything. Variants: noscope (no "#" scope
words), nonamed (no named scopes: places, sites), namedopen (a named scope on one side only is open), eventopen (an
empty event is open), eventopen-money, eventopen-nomoney, money (any two currencies compatible), nokind, noparty,
nocause, noname, noplace, notime, countryonly (divisions ignored), namesopen, anylink / alllink (a group's members
rather than its key), samedoc (a claim never joins a group its own article put another value in)."""
import math, os, sys
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "corpora"))
from key_pairs import S, matched, pair_f1  # noqa: E402

def factors(name):
    out = {}
    for line in open(f"{ROOT}/claims-service/src/main/resources/grouping/{name}"):
        line = line.strip()
        if not line or line.startswith("#") or line.startswith("default:"): continue
        f, ws = line.split(":", 1)
        for w in ws.split(): out[w] = float(f)
    return out
REACH, KIND_REACH, EVENT_REACH, UNIT = factors("reach.txt"), factors("kind-reach.txt"), factors("event-reach.txt"), factors("unit-scales.txt")

class Key:
    __slots__ = ("kind", "event", "party", "unit", "cause", "place", "name", "e", "l")
    def __init__(s, d, unit=""):
        d = d or {}
        s.kind = d.get("kind") or ""; s.event = d.get("event") or ""; s.party = d.get("party") or ""
        s.unit = d.get("unit") if d else unit
        s.unit = s.unit or ""
        s.cause = d.get("cause") or ""; s.place = " ".join(sorted(set((d.get("place") or "").split())))
        s.name = d.get("event_name") or ""; s.e = d.get("event_earliest"); s.l = d.get("event_latest")
    def pinned(s): return bool(s.cause and s.place and s.e and s.l)

def agree(a, b): return not a or not b or a == b
def words(p): return set(w for w in p.split(" ") if w)
def countries(p): return {w[1:] for w in p.split(" ") if w.startswith("@") and "." not in w}
def divisions(p, c): return {w for w in p.split(" ") if w.startswith("@" + c + ".")}
def namedBy(part, place):
    own = words(place)
    if part in own: return False
    return all(w and w in own for w in part[1:].split("-"))
def scope(p, other): return {w for w in p.split(" ") if w.startswith("#") and not namedBy(w, other)}

def placesMeet(a, b, ofEvent, V):
    if a == b: return True
    if V.get("nonamed") or V.get("namedopen"):
        STRUCT = {"#part", "#other", "#each", "#elsewhere", "#whole", "#earlier", "#change", "#hours", "#fleet", "#stock", "#period", "#previous", "#later",
                  "#forecast", "#several", "#usual", "#limit", "#single", "#male", "#female", "#child", "#adult", "#critical", "#serious", "#icu",
                  "#demanded", "#offered", "#settled", "#ceiling", "#ayes", "#noes"}
        def structural(w): return w in STRUCT or w.startswith(("#poll-", "#offence-", "#per-", "#first-side", "#second-side", "#team-", "#player-", "#odds-"))
        def named(p): return {w for w in p.split() if w.startswith("#") and not structural(w)}
        na, nb = named(a), named(b)
        if V.get("nonamed") or (not na or not nb):
            a = " ".join(w for w in a.split() if w not in na); b = " ".join(w for w in b.split() if w not in nb)
            if a == b: return True
        if ("#" in a or "#" in b) and scope(a, b if ofEvent else "") != scope(b, a if ofEvent else ""): return False
    elif V.get("noscope"):
        a = " ".join(w for w in a.split() if not w.startswith("#")); b = " ".join(w for w in b.split() if not w.startswith("#"))
        if a == b: return True
    elif ("#" in a or "#" in b) and scope(a, b if ofEvent else "") != scope(b, a if ofEvent else ""): return False
    if not a or not b: return True
    ca, cb = countries(a), countries(b)
    if ca and cb:
        sh = ca & cb
        if not sh: return False
        if V.get("countryonly"): return True
        for c in sh:
            da, db = divisions(a, c), divisions(b, c)
            if not da or not db or da & db: return True
        return False
    if ca or cb: return True
    if V.get("namesopen"): return True
    return bool((words(a) & words(b)) - {w for w in words(a) if w.startswith("#")})  or bool(words(a) & words(b))

def overlaps(a, b):
    if a.e and b.l and a.e > b.l: return False
    return not a.l or not b.e or not b.e > a.l

CURRENCIES = {"USD","EUR","GBP","JPY","CNY","INR","RUB","UAH","AUD","CAD","CHF","MAD","KES","NZD","HKD","SEK","NOK","DKK","BRL","MXN","ZAR","KRW","TRY","PLN","ILS","EGP","NGN","PKR","BDT","THB","IDR","PHP","SGD","CZK","HUF","MYR"}
def compatible(g, k, V):
    if g.unit != k.unit and not (V.get("money") and g.unit in CURRENCIES and k.unit in CURRENCIES): return False
    if g.event != k.event:
        if V.get("eventopen") and (not g.event or not k.event): pass
        elif V.get("eventopen-money") and g.unit and (not g.event or not k.event): pass
        elif V.get("eventopen-nomoney") and not g.unit and (not g.event or not k.event): pass
        else: return False
    if not V.get("nokind") and not agree(g.kind, k.kind): return False
    if not V.get("noparty") and not agree(g.party, k.party): return False
    if not V.get("nocause") and not agree(g.cause, k.cause): return False
    if not V.get("noname") and not agree(g.name, k.name): return False
    if not V.get("noplace") and not placesMeet(g.place, k.place, bool(g.event), V): return False
    if not V.get("notime") and not overlaps(g, k): return False
    return True

def narrower(a, b):
    if a == b or not b: return a
    if not a: return b
    ra, rb = sum(w.startswith("@") for w in a.split()), sum(w.startswith("@") for w in b.split())
    if ra != rb: return a if ra > rb else b
    wa, wb = len(a.split()), len(b.split())
    return (a if wa > wb else b) if wa != wb else (a if a >= b else b)

def refine(g, k):
    r = Key({})
    r.kind = g.kind or k.kind; r.event = g.event or k.event; r.party = g.party or k.party; r.unit = g.unit
    r.cause = g.cause or k.cause; r.place = narrower(g.place, k.place); r.name = g.name or k.name
    r.e = k.e if not g.e else (g.e if not k.e or g.e > k.e else k.e)
    r.l = k.l if not g.l else (g.l if not k.l or g.l < k.l else k.l)
    return r

def reach(k, V):
    if k.kind == "magnitude": return 1.1
    if k.kind in KIND_REACH: return KIND_REACH[k.kind]
    bc = REACH.get(k.cause, 3.0) if k.pinned() else 3.0
    be = EVENT_REACH.get(k.event)
    return max(bc, be) if be is not None and bc > 3.0 and "#" not in k.place else bc

def rep(c):
    lo, hi = c.get("value_low"), c.get("value_high")
    if lo is not None and hi is not None: v = math.sqrt(float(lo) * float(hi)) if float(lo) * float(hi) >= 0 else float("nan")
    elif lo is not None: v = float(lo)
    elif hi is not None: v = float(hi)
    else: return None
    return v if v > 0 and math.isfinite(v) else None

members = {}
def group_doc(doc, claims, groups, V):
    out = []
    own = {}   # group -> (min, max) of the values this article put in it
    for i, c in enumerate(claims):
        k = Key(c.get("key"), c.get("unit"))
        v = rep(c)
        if v is not None: v *= UNIT.get(c.get("unit") or "", 1.0)
        if not (k.kind or k.event) or v is None:
            out.append(None); continue
        lo = hi = v
        if c.get("hedge") == "VAGUE" and c.get("value_high") is not None and reach(k, V) > 3.0:
            same = lambda o: o.get("key") and (o["key"].get("event") or "") == k.event and (o["key"].get("cause") or "") == k.cause \
                and agree(o["key"].get("kind") or "", k.kind) and agree(o["key"].get("party") or "", k.party)
            if not any(o.get("hedge") != "VAGUE" and same(o) for o in claims):
                hi = max(v, float(c["value_high"]) * UNIT.get(c.get("unit") or "", 1.0))
        r = reach(k, V); lr = math.log(r)
        best = None
        for gid, (gk, mn, mx) in groups.items():
            if V.get("samedoc") and gid in own and not (own[gid][0] <= hi and lo <= own[gid][1]): continue
            if V.get("anylink"):
                if not any(compatible(mk, k, V) for mk in members[gid]): continue
            elif V.get("alllink"):
                if not compatible(gk, k, V) or not all(compatible(mk, k, V) for mk in members[gid]): continue
            elif not compatible(gk, k, V): continue
            if not (mx * r >= lo and mn <= hi * r): continue
            d = math.log(mn / hi) if hi < mn else math.log(lo / mx) if lo > mx else 0
            if d <= lr and (best is None or d < best[0] or (d == best[0] and gid < best[1])): best = (d, gid)
        if best:
            gid = best[1]; gk, mn, mx = groups[gid]; groups[gid] = (refine(gk, k), min(mn, lo), max(mx, hi)); members[gid].append(k)
        else:
            gid = f"{doc}#{i}"; groups[gid] = (k, lo, hi); members[gid] = [k]
        o = own.get(gid); own[gid] = (lo, hi) if o is None else (min(o[0], lo), max(o[1], hi))
        out.append(gid)
    return out

def score(gold, pred, root, V):
    """(Java's, the mirror's) pairwise grouping (P, R, F1) over the matched claims."""
    groups = {}
    members.clear()
    assigned = {}
    for name in sorted(pred):
        for c, gid in zip(pred[name]["claims"], group_doc(name, pred[name]["claims"], groups, V)):
            assigned[id(c)] = gid
    rows = matched(gold, pred, root)
    return pair_f1([(g, p) for _, g, p, _, _ in rows]), pair_f1([(g, assigned[id(c)]) for _, g, _, c, _ in rows])

if __name__ == "__main__":
    variants = {}
    for a in sys.argv[3:]:
        variants[a] = True
    gold = S.load(sys.argv[1]); pred = S.load(sys.argv[2])
    root = os.path.dirname(os.path.abspath(sys.argv[1])) + "/texts"
    j, m = score(gold, pred, root, variants)
    print("java P=%.3f R=%.3f F1=%.3f | sim P=%.3f R=%.3f F1=%.3f" % (*j, *m))
