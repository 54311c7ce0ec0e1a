"""The figures of a corpora/score-each run, set by set, read by corpora/compare-scores and corpora/where-it-stands."""
import re


def read(path):
    """{set: {field: float}} for each "== SET" block: detection, detection_p, detection_r, the matched fields (bounds,
    hedge, claimant, counted, dates), grouping, grouping_p, grouping_r."""
    sets, current = {}, None
    for line in open(path, encoding="utf-8"):
        if line.startswith("== "):
            current = line[3:].strip()
            sets[current] = {}
            continue
        if current is None:
            continue
        m = re.match(r"grouping .*P=([\d.]+) R=([\d.]+) F1=([\d.]+)", line)
        if m:
            sets[current].update(grouping_p=float(m[1]), grouping_r=float(m[2]), grouping=float(m[3]))
        m = re.match(r"detection P=([\d.]+) R=([\d.]+) F1=([\d.]+) \| of matched: (.*)", line)
        if m:
            sets[current].update(detection_p=float(m[1]), detection_r=float(m[2]), detection=float(m[3]))
            for k, v in re.findall(r"(\w+)=([\d.]+)", m[4]):
                sets[current][k] = float(v)
    return sets
