#!/usr/bin/env python3
"""Reference values for BpeTest: byte-level BPE written independently in plain Python.

Run from the repository root:  python3 compute/reference/make_bpe_reference.py
Writes compute/src/test/resources/reference/bpe.json.

The rule (the same one dev.genaiplayground.compute.Bpe documents):
- start from the UTF-8 bytes of the text, ids 0..255;
- count adjacent pairs, overlapping ones included;
- merge the most frequent pair; ties go to the smallest (first id, second id);
- stop early when no pair occurs at least twice;
- replace occurrences left to right without overlap; merge m gets id 256 + m;
- encode a new text by applying the merges in the order learned.
"""
import collections
import json
import pathlib
import unicodedata

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "compute" / "src" / "test" / "resources" / "reference"
SAMPLES = ROOT / "content" / "data" / "bpe"


def replace(ids, pair, new_id):
    out, i = [], 0
    while i < len(ids):
        if i + 1 < len(ids) and (ids[i], ids[i + 1]) == pair:
            out.append(new_id)
            i += 2
        else:
            out.append(ids[i])
            i += 1
    return out


def train(text, merges):
    ids = list(text.encode("utf-8"))
    history, counts, after, snapshots = [], [], [len(ids)], [ids]
    for m in range(merges):
        stats = collections.Counter(zip(ids, ids[1:]))
        if not stats:
            break
        pair, count = min(stats.items(), key=lambda kv: (-kv[1], kv[0]))
        if count < 2:
            break
        ids = replace(ids, pair, 256 + m)
        history.append(pair)
        counts.append(count)
        after.append(len(ids))
        snapshots.append(ids)
    while len(after) < merges + 1:
        after.append(len(ids))
    return history, counts, after, snapshots


def vocab_bytes(history):
    table = {i: bytes([i]) for i in range(256)}
    for m, (a, b) in enumerate(history):
        table[256 + m] = table[a] + table[b]
    return table


def encode(text, history, merges):
    ids = list(text.encode("utf-8"))
    after = [len(ids)]
    for m in range(merges):
        if m < len(history):
            ids = replace(ids, history[m], 256 + m)
        after.append(len(ids))
    return ids, after


def display(data):
    """Complete UTF-8 characters as text (space as '␣', line break as '↵', invisible ones as <U+200D>), other
    bytes as <0xHH>."""
    out, i = [], 0
    while i < len(data):
        lead = data[i]
        size = 1 if lead < 0x80 else 2 if lead >> 5 == 0b110 else 3 if lead >> 4 == 0b1110 else 4 if lead >> 3 == 0b11110 else 0
        chunk = data[i:i + size]
        if size and len(chunk) == size and all(b >> 6 == 0b10 for b in chunk[1:]):
            ch = chunk.decode("utf-8")
            if ch in (" ", "\n"):
                out.append({" ": "␣", "\n": "↵"}[ch])
            elif unicodedata.category(ch) in ("Cc", "Cf") or 0xFE00 <= ord(ch) <= 0xFE0F:
                out.append("<U+%04X>" % ord(ch))  # invisible on its own: joiners, variation selectors
            else:
                out.append(ch)
            i += size
        else:
            out.append("<0x%02X>" % lead)
            i += 1
    return "".join(out)


def case(name, text, merges, sentence, step, context):
    history, counts, after, snapshots = train(text, merges)
    table = vocab_bytes(history)
    ids, sentence_after = encode(sentence, history, merges)
    decoded = b"".join(table[i] for i in ids).decode("utf-8")
    assert decoded == sentence
    chars = len(text)
    return {
        "name": name, "text": text, "merges": merges, "sentence": sentence, "step": step, "context": context,
        "learnedMerges": len(history), "mergePairs": [list(p) for p in history], "mergeCounts": counts,
        "vocabBytes": [list(table[256 + m]) for m in range(len(history))],
        "sentenceIds": ids, "sentenceCharacters": len(sentence), "sentenceBytes": len(sentence.encode("utf-8")),
        "sentenceTokens": len(ids), "textCharacters": chars, "textBytes": len(text.encode("utf-8")),
        "textTokens": after[-1], "textTokensAfter": after, "sentenceTokensAfter": sentence_after,
        "stepIds": snapshots[min(step, len(history))],
        "charactersPerToken": chars / after[-1], "contextFill": after[-1] / context,
        "contextCharacters": chars / after[-1] * context,
        "sentenceTokenTexts": [display(table[i]) for i in ids], "decoded": decoded,
    }


def sample(name):
    text = (SAMPLES / (name + ".txt")).read_text(encoding="utf-8")
    return text[:-1] if text.endswith("\n") else text


cases = [
    # The classic example: aaabdaaabac -> merges (a,a), then (256,a)... with the tie rule.
    case("aaabdaaabac", "aaabdaaabac", 5, "aaabdaaabac", 2, 8),
    case("no merges: tokens are bytes", sample("austen"), 0, "naïve café, 東京, 🙂", 0, 1024),
    case("ties", "abab cdcd", 4, "abcd", 1, 4),
    case("overlapping pairs", "aaaaaaa", 6, "aaaa aaa", 3, 2),
    case("early stop", "abcdef", 10, "fedcba", 0, 3),
    case("austen", sample("austen"), 60, "A single man of good fortune wants a wife.", 1, 512),
    case("austen, many merges", sample("austen"), 256, "It is a truth that “Mr. Bennet” has a wife.", 200, 131072),
    case("la fontaine", sample("la-fontaine"), 80, "La Fourmi n'est pas prêteuse, c'est l'été.", 40, 256),
    case("goethe", sample("goethe"), 80, "Wer reitet so spät? Der Erlkönig mit Kron und Schweif.", 10, 300),
    case("chinese", sample("chinese"), 50, "學而時習之，不亦說乎？古池や", 20, 128),
    case("emoji", sample("emoji"), 64, "Good night! 🌙 👨‍👩‍👧 👍🏽 🇫🇷 ✅✅", 64, 100),
]

OUT.mkdir(parents=True, exist_ok=True)
(OUT / "bpe.json").write_text(json.dumps(cases, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
for c in cases:
    print(c["name"], c["learnedMerges"], c["textTokens"], c["sentenceTokens"], " | ".join(c["sentenceTokenTexts"][:12]))
