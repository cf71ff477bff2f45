package dev.genaiplayground.widget.bleurouge;

import dev.genaiplayground.widget.PythonText;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The Python program that computes what the BLEU and ROUGE widget shows for a state, and prints it as JSON. */
final class BleuRougeCode {

    private BleuRougeCode() {
    }

    static String numpy(BleuRougeState state) {
        String references = Arrays.stream(state.references()).map(PythonText::string)
                .collect(Collectors.joining(",\n              ", "[", "]"));
        return """
                import json
                import math
                import re
                from collections import Counter

                import numpy as np

                candidate = %s
                references = %s


                def tokens(text):
                    # lower-case, then each word (letters, digits, '_') and each other character is a token
                    return re.findall(r"\\w+|[^\\w\\s]", text.lower())


                def ngrams(toks, n):
                    return [tuple(toks[i:i + n]) for i in range(len(toks) - n + 1)]


                def clipped(toks, n, allowed):
                    # n-grams of toks, left to right, match while fewer than allowed[g] of the same g have matched
                    used, marks, hits = Counter(), [0] * len(toks), 0
                    for i, g in enumerate(ngrams(toks, n)):
                        if used[g] < allowed[g]:
                            used[g] += 1
                            hits += 1
                            marks[i:i + n] = [1] * n
                    return hits, marks


                cand = tokens(candidate)
                refs = [tokens(r) for r in references]

                # BLEU (Papineni et al. 2002): clipped n-gram precisions, n = 1..4, and a brevity penalty
                c = len(cand)
                r = min((len(ref) for ref in refs), key=lambda length: (abs(length - c), length))  # closest; tie: shorter
                bp = 1.0 if c > r else math.exp(1 - r / c)
                matches, totals, cand_marks = [], [], []
                for n in range(1, 5):
                    most = Counter()  # the most times any one reference has each n-gram
                    for ref in refs:
                        most |= Counter(ngrams(ref, n))
                    hits, marks = clipped(cand, n, most)
                    matches.append(hits)
                    totals.append(max(0, c - n + 1))
                    cand_marks.append(marks)
                p = np.array([m / t if t else 0.0 for m, t in zip(matches, totals)])
                p_smooth = np.array([p[0]] + [(m + 1) / (t + 1) for m, t in zip(matches[1:], totals[1:])])  # add one


                def bleu(ps):
                    return 0.0 if (ps == 0).any() else bp * math.exp(np.log(ps).sum() / len(ps))


                # ROUGE (Lin 2004): recall, precision, F1 of n-gram overlap and of the longest common subsequence
                def scores(hits, ref_total, cand_total):
                    recall = hits / ref_total if ref_total else 0.0
                    precision = hits / cand_total if cand_total else 0.0
                    f1 = 2 * recall * precision / (recall + precision) if recall + precision else 0.0
                    return [recall, precision, f1]


                def lcs(a, b):
                    L = np.zeros((len(a) + 1, len(b) + 1), dtype=int)  # L[i, j]: LCS length of a[i:] and b[j:]
                    for i in reversed(range(len(a))):
                        for j in reversed(range(len(b))):
                            L[i, j] = L[i + 1, j + 1] + 1 if a[i] == b[j] else max(L[i + 1, j], L[i, j + 1])
                    marks_a, marks_b, i, j = [0] * len(a), [0] * len(b), 0, 0
                    while i < len(a) and j < len(b):  # walk one longest subsequence, matching as early as possible
                        if a[i] == b[j]:
                            marks_a[i] = marks_b[j] = 1
                            i, j = i + 1, j + 1
                        elif L[i + 1, j] >= L[i, j + 1]:
                            i += 1
                        else:
                            j += 1
                    return int(L[0, 0]), marks_a, marks_b


                by_ref, ref_marks, lcs_lengths, cand_lcs, ref_lcs = [], [], [], [], []
                for ref in refs:
                    row, marks_n = [], []
                    for n in range(1, 5):
                        hits, marks = clipped(ref, n, Counter(ngrams(cand, n)))
                        marks_n.append(marks)
                        if n <= 2:
                            row.append(scores(hits, max(0, len(ref) - n + 1), totals[n - 1]))
                    length, marks_c, marks_r = lcs(cand, ref)
                    row.append(scores(length, len(ref), c))
                    by_ref.append(row)
                    ref_marks.append(marks_n)
                    lcs_lengths.append(length)
                    cand_lcs.append(marks_c)
                    ref_lcs.append(marks_r)
                # each measure reports the reference with the best F1 (the first of equals)
                best = [max(range(len(refs)), key=lambda k: by_ref[k][m][2]) for m in range(3)]

                print(json.dumps({
                    "candidateLength": c, "referenceLengths": [len(ref) for ref in refs],
                    "effectiveReferenceLength": r, "matches": matches, "totals": totals,
                    "precisions": p.tolist(), "smoothedPrecisions": p_smooth.tolist(), "brevityPenalty": bp,
                    "bleu": bleu(p), "smoothedBleu": bleu(p_smooth),
                    "rouge1": by_ref[best[0]][0], "rouge2": by_ref[best[1]][1], "rougeL": by_ref[best[2]][2],
                    "rougeBest": best, "rougeByReference": by_ref, "lcsLengths": lcs_lengths,
                    "candidateMatches": cand_marks, "referenceMatches": ref_marks,
                    "candidateLcs": cand_lcs, "referenceLcs": ref_lcs,
                }))
                """.formatted(PythonText.string(state.candidate()), references);
    }
}
