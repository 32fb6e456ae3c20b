#!/usr/bin/python3
# The benchmark's python3-dateparser peer, timed the way bench/dates.bench.ts times our finder:
# CPU time of this process (time.process_time: user + system, every thread), after imports and
# after one warm-up pass over the inputs (dateparser loads its language data and compiles its
# patterns on first use; that start-up is not the parsing we compare), then REPS repetitions, each
# of as many whole passes as it takes to spend at least MIN_CPU seconds. Wall time is reported
# beside it (perf_counter), not used for the ratio: on a shared machine it includes waiting for a
# core.
#
# usage: /usr/bin/python3 bench/dateparser-driver.py INPUT.jsonl [REPS] [MIN_CPU]
# stdout: one line per input, as `dates --jsonl` writes (predictions of the warm-up pass, scored by
#         the bench as peer-dateparser.py's are: earliest = latest = the day dateparser returns)
# stderr: one JSON line {"chars": N, "passes": [...], "cpu": [...], "wall": [...]} (seconds per rep)
import datetime, json, sys, time, warnings

warnings.filterwarnings("ignore")
from dateparser.search import search_dates

path = sys.argv[1]
reps = int(sys.argv[2]) if len(sys.argv) > 2 else 5
min_cpu = float(sys.argv[3]) if len(sys.argv) > 3 else 1.0

inputs = []
for line in open(path, encoding="utf-8"):
    if line.strip():
        k = json.loads(line)
        settings = {"PREFER_DATES_FROM": "past"}
        if k.get("ref"):
            settings["RELATIVE_BASE"] = datetime.datetime.fromisoformat(k["ref"])
        inputs.append((k["id"], k["text"], k.get("lang", "en"), settings))
chars = sum(len(t) for _, t, _, _ in inputs)


def find(text, lang, settings):
    try:
        return search_dates(text, languages=[lang], settings=settings) or []
    except Exception:
        return []


# warm-up pass, untimed: its results are the predictions
for id_, text, lang, settings in inputs:
    mentions, frm = [], 0
    for span, dt in find(text, lang, settings):
        start = text.find(span, frm)
        if start < 0:
            start = text.find(span)
        frm = start + 1
        day = dt.date().isoformat()
        mentions.append({"start": start, "end": start + len(span), "text": span, "earliest": day, "latest": day})
    print(json.dumps({"id": id_, "mentions": mentions}, ensure_ascii=False))
sys.stdout.flush()

passes, cpu, wall = [], [], []
for _ in range(reps):
    n = 0
    c0, w0 = time.process_time(), time.perf_counter()
    while True:
        for _, text, lang, settings in inputs:
            find(text, lang, settings)
        n += 1
        if time.process_time() - c0 >= min_cpu:
            break
    cpu.append(time.process_time() - c0)
    wall.append(time.perf_counter() - w0)
    passes.append(n)
print(json.dumps({"chars": chars, "passes": passes, "cpu": cpu, "wall": wall}), file=sys.stderr)
