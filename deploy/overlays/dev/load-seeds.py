"""Posts every seed article to the gateway, as bin/run does, with the date and URL that sources.json gives.

Waits for the gateway to be ready; an article already stored answers 200 and counts as loaded.
"""
import json, os, sys, time, urllib.request, urllib.error

GATEWAY = os.environ.get("GATEWAY_URL", "http://gateway")
SEEDS = "/seeds"

def post(doc):
    req = urllib.request.Request(GATEWAY + "/v1/articles", data=json.dumps(doc).encode(), method="POST",
                                 headers={"Content-Type": "application/json"})
    key = os.environ.get("CLAIMWATCH_API_KEY")
    if key:
        req.add_header("Authorization", "Bearer " + key)
    with urllib.request.urlopen(req, timeout=30) as resp:
        return resp.status

sources = {s["file"]: s for s in json.load(open(os.path.join(SEEDS, "sources.json")))}
files = sorted(f for f in os.listdir(SEEDS) if f.endswith(".txt"))
for name in files:
    doc = {"text": open(os.path.join(SEEDS, name), encoding="utf-8").read()}
    for key in ("sourceUrl", "publicationDate"):
        if key in sources.get(name, {}):
            doc[key] = sources[name][key]
    for attempt in range(60):
        try:
            print(name, post(doc), flush=True)
            break
        except (urllib.error.URLError, ConnectionError) as e:
            code = getattr(e, "code", None)
            if code is not None and code < 500 and code != 429:
                sys.exit(f"{name}: HTTP {code}")
            time.sleep(5)
    else:
        sys.exit(f"{name}: gateway not answering")
print(f"{len(files)} seed articles loaded")
