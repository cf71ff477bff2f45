package dev.genaiplayground.widget.bpe;

import dev.genaiplayground.widget.PythonText;

/** The Python program that computes what the BPE widget shows for a state, and prints it as JSON. */
final class BpeCode {

    private BpeCode() {
    }

    static String python(BpeState state) {
        return """
                import json
                from collections import Counter

                text = %s
                sentence = %s
                merges, step, context = %d, %d, %d


                def replace(ids, pair, new_id):
                    \"""Every (a, b) in ids becomes new_id, left to right, without overlap.\"""
                    out, i = [], 0
                    while i < len(ids):
                        if i + 1 < len(ids) and (ids[i], ids[i + 1]) == pair:
                            out.append(new_id)
                            i += 2
                        else:
                            out.append(ids[i])
                            i += 1
                    return out


                ids = list(text.encode("utf-8"))  # tokens 0..255 are the bytes
                learned, counts, text_after, snapshots = [], [], [len(ids)], [ids]
                for m in range(merges):
                    pairs = Counter(zip(ids, ids[1:]))  # overlapping pairs count too
                    if not pairs:
                        break
                    # the most frequent pair; ties go to the smaller (first id, second id)
                    pair, count = min(pairs.items(), key=lambda kv: (-kv[1], kv[0]))
                    if count < 2:
                        break  # no pair occurs twice: merging would save nothing
                    ids = replace(ids, pair, 256 + m)
                    learned.append(pair)
                    counts.append(count)
                    text_after.append(len(ids))
                    snapshots.append(ids)
                text_after += [len(ids)] * (merges + 1 - len(text_after))

                vocab = {i: bytes([i]) for i in range(256)}
                for m, (a, b) in enumerate(learned):
                    vocab[256 + m] = vocab[a] + vocab[b]

                encoded = list(sentence.encode("utf-8"))  # encode: apply the merges in the order learned
                sentence_after = [len(encoded)]
                for m in range(merges):
                    if m < len(learned):
                        encoded = replace(encoded, learned[m], 256 + m)
                    sentence_after.append(len(encoded))
                assert b"".join(vocab[i] for i in encoded).decode("utf-8") == sentence  # decodes back exactly

                chars_per_token = len(text) / len(ids)
                print(json.dumps({
                    "learnedMerges": len(learned), "mergePairs": [list(p) for p in learned], "mergeCounts": counts,
                    "vocabBytes": [list(vocab[256 + m]) for m in range(len(learned))], "sentenceIds": encoded,
                    "sentenceCharacters": len(sentence), "sentenceBytes": len(sentence.encode("utf-8")),
                    "sentenceTokens": len(encoded), "textCharacters": len(text),
                    "textBytes": len(text.encode("utf-8")), "textTokens": len(ids), "textTokensAfter": text_after,
                    "sentenceTokensAfter": sentence_after, "stepIds": snapshots[min(step, len(learned))],
                    "charactersPerToken": chars_per_token, "contextFill": len(ids) / context,
                    "contextCharacters": chars_per_token * context}))
                """.formatted(PythonText.string(state.text()), PythonText.string(state.sentence()), state.merges(), state.step(),
                state.context());
    }
}
