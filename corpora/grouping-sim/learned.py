#!/usr/bin/env python3
"""An experiment, not the product: would a compatibility rule learned from the gold group real news it has not seen
better than claims-service's hand-written one?

    corpora/key-agreement --pred-dir DIR $(ls corpora | ...)      # writes DIR/SET.jsonl for every set (dev: dev.jsonl)
    corpora/grouping-sim/learned.py --pred-dir DIR [--theta 0.35] [--held-out SET] SET...

For every candidate group a claim meets as the assigner meets them (assigner.py's order, the gold's groups formed so far,
within the claim's reach), features of the pair of keys (each facet equal, open or different; places by country,
division and scope; the value's distance as a share of the reach; whether the hand-written rule would join them) and
whether the gold puts the claim in that group. A logistic regression (L2, Newton's method, numpy) is fitted on every
set but one and groups the one left out: a claim joins the candidate of highest probability when it is at least theta,
else founds a group. Printed: per set the rule's grouping F1 and the learned one's, their means over all sets and over
the sets whose first run was measured after the round that ran on them (fresh-ae … fresh-am). With --held-out SET the
model is fitted on all the SETs given and scores SET alone.
"""
import argparse
import math
import os
import statistics
import sys
import tempfile

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import assigner as A  # noqa: E402
from assigner import Key, countries, divisions, overlaps, words  # noqa: E402
from key_pairs import load_set, matched, pair_f1  # noqa: E402

FIRST_RUNS = {"fresh-ae", "fresh-af", "fresh-ag", "fresh-ah", "fresh-ai", "fresh-aj", "fresh-ak", "fresh-al", "fresh-am"}
# the scope words that are facets, not places (extract-engine's PartScopes.FACETS, KeyParts.SCOPES, QuantityFacets)
FACET_SCOPES = {"#part", "#other", "#each", "#elsewhere", "#whole", "#earlier", "#change", "#hours", "#fleet", "#stock",
                "#period", "#previous", "#later", "#forecast", "#several", "#usual", "#limit", "#single", "#male",
                "#female", "#child", "#adult", "#critical", "#serious", "#icu", "#demanded", "#offered", "#settled",
                "#ceiling", "#ayes", "#noes"}
FACET_PREFIXES = ("#poll-", "#offence-", "#per-", "#first-side", "#second-side", "#team-", "#player-", "#odds-")


def facet_scope(w):
    return w in FACET_SCOPES or w.startswith(FACET_PREFIXES)


def agreement(a, b):
    if a and b:
        return "eq" if a == b else "diff"
    return "one" if a or b else "none"


def scope_agreement(a, b):
    if a == b:
        return "eq"
    return "one" if not a or not b else "diff"


def place_features(a, b):
    sa = {w for w in a.split() if w.startswith("#")}
    sb = {w for w in b.split() if w.startswith("#")}
    fa, fb = {w for w in sa if facet_scope(w)}, {w for w in sb if facet_scope(w)}
    out = ["facet-scope:" + scope_agreement(fa, fb), "named-scope:" + scope_agreement(sa - fa, sb - fb)]
    ra = " ".join(w for w in a.split() if not w.startswith("#"))
    rb = " ".join(w for w in b.split() if not w.startswith("#"))
    ca, cb = countries(ra), countries(rb)
    if not ra or not rb:
        out.append("place:open")
    elif ca and cb:
        shared = ca & cb
        if not shared:
            out.append("place:other-country")
        else:
            meet = any(not divisions(ra, c) or not divisions(rb, c) or divisions(ra, c) & divisions(rb, c) for c in shared)
            both = any(divisions(ra, c) and divisions(rb, c) for c in shared)
            out.append("place:" + ("other-division" if not meet else "same-division" if both else "same-country"))
    elif ca or cb:
        out.append("place:one-country")
    else:
        out.append("place:names-" + ("shared" if words(ra) & words(rb) else "apart"))
    return out


def features(g, k, d, lr):
    distance = d / lr if lr > 0 else 9
    bucket = "0" if d == 0 else "<.25" if distance < .25 else "<.5" if distance < .5 else "<1" if distance <= 1 else ">1"
    rule = A.compatible(g, k, {})
    out = ["bias", "unit:" + ("eq" if g.unit == k.unit else "money" if g.unit in A.CURRENCIES and k.unit in A.CURRENCIES else "diff")]
    out += [f + ":" + agreement(getattr(g, f), getattr(k, f)) for f in ("event", "kind", "party", "cause", "name")]
    out.append("event/kind:" + agreement(g.event, k.event) + "/" + agreement(g.kind, k.kind))
    out += place_features(g.place, k.place)
    out.append("time:" + ("overlap" if overlaps(g, k) else "apart"))
    out += ["distance:" + bucket, "rule:%s" % rule, "rule/distance:%s/%s" % (rule, bucket),
            "reach/distance:%s/%s" % ("wide" if lr > math.log(3.01) else "standard", bucket)]
    return out


def value(c):
    v = A.rep(c)
    return None if v is None else v * A.UNIT.get(c.get("unit") or "", 1.0)


def candidates(k, v, groups):
    """(group id, its key, value distance, log reach) of each group within the claim's reach."""
    r = A.reach(k, {})
    lr = math.log(r)
    for gid, (gk, mn, mx) in groups.items():
        if mx * r < v or mn > v * r:
            continue
        d = math.log(mn / v) if v < mn else math.log(v / mx) if v > mx else 0
        if d <= lr:
            yield gid, gk, d, lr


def training_rows(gold, pred, root):
    where = {id(c): grp for _, grp, _, c, _ in matched(gold, pred, root)}
    groups, X, y = {}, [], []
    for name in sorted(pred):
        for c in pred[name]["claims"]:
            grp = where.get(id(c))
            k, v = Key(c.get("key"), c.get("unit")), value(c)
            if grp is None or not (k.kind or k.event) or v is None:
                continue
            for gid, gk, d, lr in candidates(k, v, groups):
                X.append(features(gk, k, d, lr))
                y.append(gid == grp)
            gk, mn, mx = groups.get(grp, (k, v, v))
            groups[grp] = (A.refine(gk, k) if grp in groups else k, min(mn, v), max(mx, v))
    return X, y


def fit(X, y, l2=1.0):
    vocab = {}
    for f in X:
        for t in f:
            vocab.setdefault(t, len(vocab))
    M = np.zeros((len(X), len(vocab)))
    for i, f in enumerate(X):
        for t in f:
            M[i, vocab[t]] = 1
    Y = np.array(y, dtype=float)
    w = np.zeros(len(vocab))
    for _ in range(25):
        p = 1 / (1 + np.exp(-M @ w))
        gradient = M.T @ (p - Y) + l2 * w
        hessian = (M * (p * (1 - p))[:, None]).T @ M + l2 * np.eye(len(vocab))
        w -= np.linalg.solve(hessian, gradient)
    return {t: w[i] for t, i in vocab.items()}


def grouping_f1(gold, pred, root, weights, theta):
    groups, assigned = {}, {}
    for name in sorted(pred):
        for i, c in enumerate(pred[name]["claims"]):
            k, v = Key(c.get("key"), c.get("unit")), value(c)
            if not (k.kind or k.event) or v is None:
                assigned[id(c)] = None
                continue
            best = None
            for gid, gk, d, lr in candidates(k, v, groups):
                p = 1 / (1 + math.exp(-sum(weights.get(t, 0.0) for t in features(gk, k, d, lr))))
                if p >= theta and (best is None or p > best[0]):
                    best = (p, gid)
            gid = best[1] if best else f"{name}#{i}"
            gk, mn, mx = groups.get(gid, (k, v, v))
            groups[gid] = (A.refine(gk, k) if best else k, min(mn, v), max(mx, v))
            assigned[id(c)] = gid
    return pair_f1([(g, assigned[id(c)]) for _, g, _, c, _ in matched(gold, pred, root)])[2]


def load(name, pred_dir, work):
    gold, texts = load_set(name, work)
    return A.S.load(gold), A.S.load(os.path.join(pred_dir, name + ".jsonl")), texts


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pred-dir", required=True)
    ap.add_argument("--theta", type=float, default=0.35)
    ap.add_argument("--held-out")
    ap.add_argument("sets", nargs="+")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as work:
        data = {s: load(s, a.pred_dir, work) for s in a.sets}
        rows = {s: training_rows(*data[s]) for s in a.sets}
        if a.held_out:
            weights = fit([f for s in rows for f in rows[s][0]], [v for s in rows for v in rows[s][1]])
            gold, pred, root = load(a.held_out, a.pred_dir, work)
            rule = A.score(gold, pred, root, {})[1][2]
            print("%s: rule %.3f, learned %.3f" % (a.held_out, rule, grouping_f1(gold, pred, root, weights, a.theta)))
            return
        rule, learned = {}, {}
        for s in a.sets:
            weights = fit([f for o in rows if o != s for f in rows[o][0]], [v for o in rows if o != s for v in rows[o][1]])
            rule[s] = A.score(*data[s], {})[1][2]
            learned[s] = grouping_f1(*data[s], weights, a.theta)
            print("%-10s rule %.3f  learned %.3f" % (s, rule[s], learned[s]), flush=True)
        first = [s for s in a.sets if s in FIRST_RUNS]
        print("mean over %d sets: rule %.3f, learned %.3f" % (len(a.sets), statistics.mean(rule.values()), statistics.mean(learned.values())))
        if first:
            print("mean over %d first-run sets: rule %.3f, learned %.3f" % (len(first), statistics.mean(rule[s] for s in first),
                                                                            statistics.mean(learned[s] for s in first)))


if __name__ == "__main__":
    main()
