"""What corpora/group-errors and corpora/key-agreement share: the shared scorer loaded, predictions matched to the gold
with its rules, and a mirror of claims-service's QuantityKey.compatible that names the facets two keys disagree on."""
import importlib.util
import os

_here = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("score", os.environ.get("SCORER", os.path.join(_here, "..", "..", "shared", "eval", "score.py")))
S = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(S)


def matched(gold, pred, root):
    """(doc, gold group, predicted group, predicted claim, gold claim) of each matched claim the gold groups, in order."""
    rows = []
    for name, g in gold.items():
        text = open(os.path.join(root, name), encoding="utf-8").read()
        gcl = [dict(c, _spans=S.spans(text, c["quote"])) for c in g["claims"]]
        free = set(range(len(gcl)))
        for p in pred.get(name, {}).get("claims", []):
            ps = S.spans(text, p.get("quote", "")) if len(p.get("quote") or "") <= S.MAX_QUOTE else []
            hit = next((i for i in sorted(free) if S.overlap(ps, gcl[i]["_spans"]) and S.anchors(p) & S.anchors(gcl[i])), None)
            if hit is None:
                continue
            free.discard(hit)
            if gcl[hit].get("group"):
                rows.append((name, gcl[hit]["group"], p.get("group"), p, gcl[hit]))
    return rows


def places_meet(a, b):
    """claims-service's QuantityKey.placesMeet (without rule scope-named-beside), for the reports."""
    if a == b:
        return True
    scope = lambda p: {w for w in p.split() if w.startswith("#")}
    if ("#" in a or "#" in b) and scope(a) != scope(b):
        return False
    if not a or not b:
        return True
    countries = lambda p: {w[1:] for w in p.split() if w.startswith("@") and "." not in w}
    ca, cb = countries(a), countries(b)
    if ca and cb:
        for c in ca & cb:
            da = {w for w in a.split() if w.startswith("@" + c + ".")}
            db = {w for w in b.split() if w.startswith("@" + c + ".")}
            if not da or not db or da & db:
                return True
        return False
    return bool(ca or cb) or bool(set(a.split()) & set(b.split()))


def blocking(a, b):
    """The facets on which claims-service's QuantityKey.compatible tells the two keys (JSON objects) apart."""
    out = [f for f in ("unit", "event") if (a.get(f) or "") != (b.get(f) or "")]
    out += [f for f in ("kind", "party", "cause", "event_name") if a.get(f) and b.get(f) and a.get(f) != b.get(f)]
    if not places_meet(a.get("place") or "", b.get("place") or ""):
        out.append("place")
    ea, la, eb, lb = a.get("event_earliest"), a.get("event_latest"), b.get("event_earliest"), b.get("event_latest")
    if (ea and lb and ea > lb) or (eb and la and eb > la):
        out.append("time")
    return out
