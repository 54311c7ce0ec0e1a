"""What corpora/group-errors, corpora/key-agreement and corpora/grouping-sim share: the shared scorer loaded, a set's
gold and texts ("dev" the union of dev-a and dev-b), predictions matched to the gold with its rules, pairwise grouping
F1, and a mirror of claims-service's QuantityKey.compatible that names the facets two keys disagree on."""
import importlib.util
import os

_here = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("score", os.environ.get("SCORER", os.path.join(_here, "..", "..", "shared", "eval", "score.py")))
S = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(S)


def load_set(name, work):
    """(gold, text dir) of a set; "dev" joins dev-a and dev-b in the work directory."""
    if name != "dev":
        d = os.path.join(_here, name)
        return os.path.join(d, "gold.jsonl"), os.path.join(d, "texts")
    texts = os.path.join(work, "dev-texts")
    os.makedirs(texts, exist_ok=True)
    with open(os.path.join(work, "dev-gold.jsonl"), "w", encoding="utf-8") as out:
        for part in ("dev-a", "dev-b"):
            out.write(open(os.path.join(_here, part, "gold.jsonl"), encoding="utf-8").read())
            for f in os.listdir(os.path.join(_here, part, "texts")):
                with open(os.path.join(texts, f), "w", encoding="utf-8") as t:
                    t.write(open(os.path.join(_here, part, "texts", f), encoding="utf-8").read())
    return os.path.join(work, "dev-gold.jsonl"), texts


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


def pair_f1(pairs):
    """(precision, recall, F1) of pairwise grouping over (gold group, predicted group or None) pairs, as the scorer counts."""
    same = predicted = both = 0
    for i in range(len(pairs)):
        for j in range(i + 1, len(pairs)):
            g = pairs[i][0] == pairs[j][0]
            p = pairs[i][1] is not None and pairs[i][1] == pairs[j][1]
            same += g
            predicted += p
            both += g and p
    P = both / predicted if predicted else 0
    R = both / same if same else 0
    return P, R, (2 * P * R / (P + R) if P + R else 0)


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
