"""Independent reference values for the BLEU and ROUGE widget (dev.genaiplayground.compute.TextMetrics).

Written from the papers' definitions in plain Python (collections.Counter, fractions), not from the Java code:
  * BLEU, Papineni et al. 2002: clipped n-gram precisions for n = 1..4, uniform weights 1/4, brevity penalty
    exp(1 - r/c) when the candidate (c tokens) is not longer than r, the reference length closest to c (a tie
    goes to the shorter reference). Unsmoothed, and with add-one smoothing of the 2- to 4-gram counts
    (Lin and Och 2004, "BLEU+1"): p_n = (matches + 1) / (total + 1) for n >= 2.
  * ROUGE-N and ROUGE-L, Lin 2004: recall, precision and F1 (beta = 1); ROUGE-L through the longest common
    subsequence of tokens. With several references each measure reports the reference with the best F1 (the
    first one on a tie).
Tokens: the text lower-cased, then every match of \\w+|[^\\w\\s] (Python's re, Unicode-aware for str).

Run from the repository root:  python3 compute/reference/text_metrics_reference.py
It reads compute/reference/text_metrics_pairs.json and writes
compute/src/test/resources/reference/text_metrics.json.
"""
import json
import math
import re
from collections import Counter
from fractions import Fraction
from pathlib import Path

HERE = Path(__file__).resolve().parent
PAIRS = HERE / "text_metrics_pairs.json"
OUT = HERE.parent / "src" / "test" / "resources" / "reference" / "text_metrics.json"

TOKEN = re.compile(r"\w+|[^\w\s]")


def tokenize(text):
    return TOKEN.findall(text.lower())


def ngrams(tokens, n):
    return Counter(zip(*(tokens[i:] for i in range(n))))


def bleu(candidate, references):
    matched, total = [], []
    for n in range(1, 5):
        cand = ngrams(candidate, n)
        most = Counter()
        for ref in references:
            most |= ngrams(ref, n)  # union keeps the larger count: the most any one reference has
        matched.append(sum((cand & most).values()))  # intersection keeps the smaller count: clipping
        total.append(sum(cand.values()))
    c = len(candidate)
    r = sorted((abs(len(ref) - c), len(ref)) for ref in references)[0][1]
    bp = 1.0 if c > r else math.exp(1 - r / c)

    plain = [Fraction(m, t) if t else Fraction(0) for m, t in zip(matched, total)]
    smooth = [plain[0]] + [Fraction(m + 1, t + 1) for m, t in zip(matched[1:], total[1:])]

    def geometric(ps):
        if any(p == 0 for p in ps):
            return 0.0
        return bp * math.exp(math.fsum(math.log(p) for p in ps) / 4)

    return {
        "matches": matched,
        "totals": total,
        "precisions": [float(p) for p in plain],
        "smoothedPrecisions": [float(p) for p in smooth],
        "candidateLength": c,
        "effectiveReferenceLength": r,
        "brevityPenalty": bp,
        "bleu": geometric(plain),
        "smoothedBleu": geometric(smooth),
    }


def f1(recall, precision):
    return 0.0 if recall + precision == 0 else float(2 * recall * precision / (recall + precision))


def score(hits, ref_total, cand_total):
    recall = Fraction(hits, ref_total) if ref_total else Fraction(0)
    precision = Fraction(hits, cand_total) if cand_total else Fraction(0)
    return [float(recall), float(precision), f1(recall, precision)]


def rouge_n(candidate, reference, n):
    cand, ref = ngrams(candidate, n), ngrams(reference, n)
    return score(sum((cand & ref).values()), sum(ref.values()), sum(cand.values()))


def lcs_length(a, b):
    # lengths of the LCS of a and every prefix of b, one row of a at a time
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0]
        for j, y in enumerate(b):
            current.append(previous[j] + 1 if x == y else max(previous[j + 1], current[j]))
        previous = current
    return previous[-1]


def rouge_l(candidate, reference):
    return score(lcs_length(candidate, reference), len(reference), len(candidate))


def rouge(candidate, references):
    per_reference = [[rouge_n(candidate, ref, 1), rouge_n(candidate, ref, 2), rouge_l(candidate, ref)]
                     for ref in references]
    best = []
    for measure in range(3):
        f1s = [scores[measure][2] for scores in per_reference]
        best.append(f1s.index(max(f1s)))  # index() finds the first of equal maxima
    return {
        "rougeByReference": per_reference,
        "rougeBest": best,
        "rouge1": per_reference[best[0]][0],
        "rouge2": per_reference[best[1]][1],
        "rougeL": per_reference[best[2]][2],
        "lcsLengths": [lcs_length(candidate, ref) for ref in references],
    }


def main():
    cases = []
    for pair in json.loads(PAIRS.read_text(encoding="utf-8")):
        cand = tokenize(pair["candidate"])
        refs = [tokenize(r) for r in pair["references"]]
        case = dict(pair)
        case["candidateTokens"] = cand
        case["referenceTokens"] = refs
        case.update(bleu(cand, refs))
        case.update(rouge(cand, refs))
        cases.append(case)
    OUT.write_text(json.dumps(cases, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(cases)} cases to {OUT}")


if __name__ == "__main__":
    main()
