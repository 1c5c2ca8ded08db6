"""
Score ``newsmodel.extract_quotes`` against the hand-annotated passages.

Usage: python bench/quotes_eval.py [--data tests/data/quotes_eval.json] [--json OUT]

Scoring (QUOTES.md section 6):

- Predictions and gold are aligned one-to-one per passage, greedily by decreasing overlap,
  separately for quoted speech (direct + partial) and reported speech (indirect + mixed).
- "exact": every content span equal. "80%": the prediction covers at least 80 % of the
  gold content characters (asymmetric, as in the Gender Gap Tracker's strict setting).
- P = matched predictions / predictions, R = matched gold / gold, micro-averaged over passages.
- On matched pairs (80 %): speaker accuracy (resolved speaker string equal, None == None),
  mention accuracy (mention spans overlap, or both absent), cue accuracy (cue strings equal).
- Throughput: extract_quotes over every passage, over the seed article, and over
  quote-dense copy, in articles per second and MB/s of CPU time (process time, so that
  other load on a shared machine does not count).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsmodel import extract_quotes  # noqa: E402

GROUPS = {"quoted": ("direct", "partial"), "reported": ("indirect", "mixed")}


def _chars(spans):
    out = set()
    for s, e in spans:
        out.update(range(s, e))
    return out


def _coverage(pred_spans, gold_spans):
    gold = _chars(gold_spans)
    if not gold:
        return 0.0
    return len(gold & _chars(pred_spans)) / len(gold)


def _align(preds, golds, exact):
    """Greedy one-to-one alignment; return list of (pred_index, gold_index)."""
    cands = []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            if exact:
                if p["spans"] == g["spans"]:
                    cands.append((1.0, i, j))
            else:
                cov = _coverage(p["spans"], g["spans"])
                if cov >= 0.8:
                    cands.append((cov, i, j))
    cands.sort(key=lambda c: -c[0])
    used_p, used_g, pairs = set(), set(), []
    for _, i, j in cands:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        pairs.append((i, j))
    return pairs


def _prf(tp_p, n_p, tp_g, n_g):
    p = tp_p / n_p if n_p else 1.0
    r = tp_g / n_g if n_g else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _pred_dict(q):
    a = q.attribution
    return {
        "kind": q.kind.value,
        "spans": [(s.start, s.end) for s in q.spans],
        "speaker": a.speaker if a else None,
        "mention": (a.mention_span.start, a.mention_span.end) if a and a.mention_span else None,
        "cue": a.cue if a else None,
        "text": q.text,
    }


def _gold_dict(g):
    return {
        "kind": g["kind"],
        "spans": [(c["start"], c["end"]) for c in g["content"]],
        "speaker": g["speaker"],
        "mention": (g["mention"]["start"], g["mention"]["end"]) if g["mention"] else None,
        "cue": g["cue"]["text"] if g["cue"] else None,
        "text": " ".join(c["text"] for c in g["content"]),
    }


def evaluate(passages, verbose=False):
    kinds = ("direct", "partial", "indirect", "mixed")
    counts = {
        key: {
            "pred": 0,
            "gold": 0,
            "tp_p80": 0,
            "tp_g80": 0,
            "tp_pex": 0,
            "tp_gex": 0,
            "matched": 0,
            "speaker": 0,
            "mention": 0,
            "cue": 0,
            "kind": 0,
        }
        for key in (*kinds, *GROUPS, "all")
    }
    misses = []
    for passage in passages:
        preds = [_pred_dict(q) for q in extract_quotes(passage["text"])]
        golds = [_gold_dict(g) for g in passage["quotes"]]
        for group, members in GROUPS.items():
            gp = [p for p in preds if p["kind"] in members]
            gg = [g for g in golds if g["kind"] in members]
            for key_of, items, field in (
                (lambda x: x["kind"], gp, "pred"),
                (lambda x: x["kind"], gg, "gold"),
            ):
                for x in items:
                    for key in (key_of(x), group, "all"):
                        counts[key][field] += 1
            for exact in (True, False):
                pairs = _align(gp, gg, exact)
                for i, j in pairs:
                    p, g = gp[i], gg[j]
                    suffix = "ex" if exact else "80"
                    for key in {p["kind"], group, "all"}:
                        counts[key]["tp_p" + suffix] += 1
                    for key in {g["kind"], group, "all"}:
                        counts[key]["tp_g" + suffix] += 1
                    if exact:
                        continue
                    speaker_ok = p["speaker"] == g["speaker"]
                    mention_ok = (p["mention"] is None and g["mention"] is None) or (
                        p["mention"] is not None
                        and g["mention"] is not None
                        and p["mention"][0] < g["mention"][1]
                        and g["mention"][0] < p["mention"][1]
                    )
                    cue_ok = p["cue"] == g["cue"]
                    for key in {g["kind"], group, "all"}:
                        c = counts[key]
                        c["matched"] += 1
                        c["speaker"] += speaker_ok
                        c["mention"] += mention_ok
                        c["cue"] += cue_ok
                        c["kind"] += p["kind"] == g["kind"]
                    if verbose and not (speaker_ok and mention_ok and cue_ok):
                        misses.append(
                            f"  ATTR {passage['id']}: {g['text'][:50]!r} gold=({g['speaker']}, {g['cue']}) pred=({p['speaker']}, {p['cue']}) mention_ok={mention_ok}"
                        )
                if not exact and verbose:
                    mp = {i for i, _ in pairs}
                    mg = {j for _, j in pairs}
                    for i, p in enumerate(gp):
                        if i not in mp:
                            misses.append(f"  FP   {passage['id']}: {p['kind']} {p['text'][:70]!r}")
                    for j, g in enumerate(gg):
                        if j not in mg:
                            misses.append(f"  FN   {passage['id']}: {g['kind']} {g['text'][:70]!r}")
    results = {}
    for key, c in counts.items():
        p80, r80, f80 = _prf(c["tp_p80"], c["pred"], c["tp_g80"], c["gold"])
        pex, rex, fex = _prf(c["tp_pex"], c["pred"], c["tp_gex"], c["gold"])
        m = c["matched"]
        results[key] = {
            "gold": c["gold"],
            "pred": c["pred"],
            "exact": {"precision": pex, "recall": rex, "f1": fex},
            "overlap80": {"precision": p80, "recall": r80, "f1": f80},
            "matched": m,
            "speaker_accuracy": c["speaker"] / m if m else None,
            "mention_accuracy": c["mention"] / m if m else None,
            "cue_accuracy": c["cue"] / m if m else None,
            "kind_accuracy": c["kind"] / m if m else None,
        }
    return results, misses


def throughput(passages, seconds=1.0):
    texts = [p["text"] for p in passages]
    seed = (ROOT / "seeds" / "000_cd7b9de5fab0b34e.txt").read_text(encoding="utf-8")
    dense = (
        '"We will respond," Jane Roe said. "It is not over," she added, "not by a long way."\n'
        * 2000
    )
    out = {}
    for name, docs in (("passages", texts), ("seed", [seed]), ("quote_dense_160KB", [dense])):
        size = sum(len(d.encode("utf-8")) for d in docs)
        n = 0
        start = time.process_time()
        while True:
            for d in docs:
                extract_quotes(d)
            n += 1
            elapsed = time.process_time() - start
            if elapsed >= seconds:
                break
        out[name] = {
            "articles_per_second": n * len(docs) / elapsed,
            "mb_per_second": n * size / elapsed / 1e6,
        }
    return out


def _fmt(x):
    return "  n/a" if x is None else f"{x:5.3f}"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default=str(ROOT / "tests" / "data" / "quotes_eval.json"))
    parser.add_argument("--json", dest="json_out", help="write the figures to this file")
    parser.add_argument("--verbose", "-v", action="store_true", help="list misses")
    parser.add_argument("--seconds", type=float, default=1.0, help="time per throughput run")
    args = parser.parse_args(argv)
    passages = json.loads(Path(args.data).read_text(encoding="utf-8"))["passages"]
    results, misses = evaluate(passages, args.verbose)
    splits = {}
    for split in dict.fromkeys(p.get("split", "dev") for p in passages):
        subset = [p for p in passages if p.get("split", "dev") == split]
        if subset:
            splits[split] = evaluate(subset)[0]
    print(
        f"quotes_eval: {len(passages)} passages, micro-averaged; alignment one-to-one (greedy by overlap)"
    )
    print(
        f"{'kind':<9} {'gold':>4} {'pred':>4} | {'exact P':>7} {'R':>5} {'F1':>5} | {'80% P':>6} {'R':>5} {'F1':>5} | {'speaker':>7} {'mention':>7} {'cue':>5}"
    )
    for key in ("direct", "partial", "indirect", "mixed", "quoted", "reported", "all"):
        r = results[key]
        e, o = r["exact"], r["overlap80"]
        label = {"quoted": "dir+part", "reported": "ind+mix"}.get(key, key)
        print(
            f"{label:<9} {r['gold']:>4} {r['pred']:>4} | {e['precision']:7.3f} {e['recall']:5.3f} {e['f1']:5.3f} | "
            f"{o['precision']:6.3f} {o['recall']:5.3f} {o['f1']:5.3f} | {_fmt(r['speaker_accuracy']):>7} {_fmt(r['mention_accuracy']):>7} {_fmt(r['cue_accuracy'])}"
        )
    for split, r in splits.items():
        q, rep = r["quoted"], r["reported"]
        n = sum(1 for p in passages if p.get("split", "dev") == split)
        print(
            f"split {split:<8} ({n:>2} passages): dir+part F1@80 {q['overlap80']['f1']:.3f} "
            f"speaker {_fmt(q['speaker_accuracy'])} mention {_fmt(q['mention_accuracy'])} cue {_fmt(q['cue_accuracy'])}"
            f" | ind+mix P@80 {rep['overlap80']['precision']:.3f} R@80 {rep['overlap80']['recall']:.3f}"
        )
    speed = throughput(passages, args.seconds)
    for name, s in speed.items():
        print(
            f"throughput {name:<18} {s['articles_per_second']:10.0f} articles/s {s['mb_per_second']:7.2f} MB/s"
        )
    if args.verbose:
        print("\n".join(misses))
    if args.json_out:
        Path(args.json_out).write_text(
            json.dumps({"results": results, "throughput": speed}, indent=1)
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
