package dev.genaiplayground.compute;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * BLEU (Papineni et al. 2002) and ROUGE-1, ROUGE-2, ROUGE-L (Lin 2004) of a candidate sentence against references.
 *
 * <p>Tokens: the text lower-cased, then each match of {@code \w+|[^\w\s]} is one token, as Python's {@code re}
 * finds them in a {@code str}. Java's {@code \w}, even with {@link Pattern#UNICODE_CHARACTER_CLASS}, also takes
 * combining marks and joiners into words and leaves out numbers such as "²" and "½", where Python's takes letters,
 * numbers and '_' only ({@code str.isalnum()}); so the word class is spelled out as {@code [\p{L}\p{N}_]}, and
 * {@code \s} is Unicode white space through UNICODE_CHARACTER_CLASS. The reference tests check this on accented,
 * Cyrillic, Greek, Japanese and Devanagari text.
 *
 * <p>This is counting, not linear algebra, so it runs in plain Java: a few hundred tokens cost well under a
 * millisecond, and ND4J's fixed cost per operation would only add to that.
 */
public final class TextMetrics {

    /** The highest n-gram order BLEU uses; its weights are 1/4 each. */
    public static final int MAX_ORDER = 4;

    /** Generous caps for direct callers; the widget's state allows far less. */
    static final int MAX_REFERENCES = 16;
    static final int MAX_TEXT_CHARS = 4_000;

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+|[^\\p{L}\\p{N}_\\s]",
            Pattern.UNICODE_CHARACTER_CLASS);

    private TextMetrics() {
    }

    /** The tokens of a text: lower-cased, then words (letters, numbers, '_') and single other characters. */
    public static List<String> tokens(String text) {
        Matcher matcher = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        List<String> tokens = new ArrayList<>();
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    /**
     * Scores a candidate against references.
     *
     * @throws IllegalArgumentException when the candidate or a reference has no tokens, or there are no references
     */
    public static TextMetricsResult evaluate(String candidate, String[] references) {
        List<String> cand = checkedTokens("The candidate", candidate);
        if (references == null || references.length == 0) {
            throw new IllegalArgumentException("Give at least one reference to compare the candidate with.");
        }
        if (references.length > MAX_REFERENCES) {
            throw new IllegalArgumentException("At most " + MAX_REFERENCES + " references are allowed, not "
                    + references.length + ".");
        }
        List<List<String>> refs = new ArrayList<>();
        for (int k = 0; k < references.length; k++) {
            refs.add(checkedTokens("Reference " + (k + 1), references[k]));
        }

        int[] referenceLengths = refs.stream().mapToInt(List::size).toArray();
        int c = cand.size();
        int r = closestLength(c, referenceLengths);
        double brevityPenalty = c > r ? 1.0 : Math.exp(1.0 - (double) r / c);

        int[] matches = new int[MAX_ORDER];
        int[] totals = new int[MAX_ORDER];
        double[] precisions = new double[MAX_ORDER];
        double[] smoothed = new double[MAX_ORDER];
        int[][] candidateMatches = new int[MAX_ORDER][c];
        for (int n = 1; n <= MAX_ORDER; n++) {
            Map<List<String>, Integer> most = new HashMap<>();
            for (List<String> ref : refs) {
                counts(ref, n).forEach((gram, count) -> most.merge(gram, count, Math::max));
            }
            totals[n - 1] = Math.max(0, c - n + 1);
            matches[n - 1] = markClipped(cand, n, most, candidateMatches[n - 1]);
            precisions[n - 1] = ratio(matches[n - 1], totals[n - 1]);
            smoothed[n - 1] = n == 1 ? precisions[0] : (matches[n - 1] + 1.0) / (totals[n - 1] + 1.0);
        }

        int refCount = refs.size();
        double[][][] byReference = new double[refCount][3][];
        int[][][] referenceMatches = new int[refCount][MAX_ORDER][];
        int[] lcsLengths = new int[refCount];
        int[][] candidateLcs = new int[refCount][c];
        int[][] referenceLcs = new int[refCount][];
        for (int k = 0; k < refCount; k++) {
            List<String> ref = refs.get(k);
            for (int n = 1; n <= MAX_ORDER; n++) {
                referenceMatches[k][n - 1] = new int[ref.size()];
                int hits = markClipped(ref, n, counts(cand, n), referenceMatches[k][n - 1]);
                if (n <= 2) {
                    byReference[k][n - 1] = scores(hits, Math.max(0, ref.size() - n + 1), totals[n - 1]);
                }
            }
            referenceLcs[k] = new int[ref.size()];
            lcsLengths[k] = markLcs(cand, ref, candidateLcs[k], referenceLcs[k]);
            byReference[k][2] = scores(lcsLengths[k], ref.size(), c);
        }
        int[] best = new int[3];
        for (int measure = 0; measure < 3; measure++) {
            for (int k = 1; k < refCount; k++) {
                if (byReference[k][measure][2] > byReference[best[measure]][measure][2]) {
                    best[measure] = k;
                }
            }
        }

        return new TextMetricsResult(c, referenceLengths, r, matches, totals, precisions, smoothed,
                brevityPenalty, bleu(brevityPenalty, precisions), bleu(brevityPenalty, smoothed),
                byReference[best[0]][0].clone(), byReference[best[1]][1].clone(), byReference[best[2]][2].clone(),
                best, byReference, lcsLengths, candidateMatches, referenceMatches, candidateLcs, referenceLcs);
    }

    private static List<String> checkedTokens(String what, String text) {
        if (text == null) {
            throw new IllegalArgumentException(what + " is missing.");
        }
        if (text.length() > MAX_TEXT_CHARS) {
            throw new IllegalArgumentException(what + " is " + text.length() + " characters long; at most "
                    + MAX_TEXT_CHARS + " are allowed.");
        }
        List<String> tokens = tokens(text);
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException(what + " is empty; type a sentence to score.");
        }
        return tokens;
    }

    /** The reference length nearest to c; of two equally near, the shorter. */
    private static int closestLength(int c, int[] lengths) {
        int best = lengths[0];
        for (int length : lengths) {
            int distance = Math.abs(length - c);
            int bestDistance = Math.abs(best - c);
            if (distance < bestDistance || distance == bestDistance && length < best) {
                best = length;
            }
        }
        return best;
    }

    private static Map<List<String>, Integer> counts(List<String> tokens, int n) {
        Map<List<String>, Integer> counts = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            counts.merge(tokens.subList(i, i + n), 1, Integer::sum);
        }
        return counts;
    }

    /**
     * Walks the n-grams of {@code tokens} from left to right and counts each as a match while fewer than
     * {@code allowed} of its kind have matched; marks the tokens of every match. Returns the number of matches.
     */
    private static int markClipped(List<String> tokens, int n, Map<List<String>, Integer> allowed, int[] marks) {
        Map<List<String>, Integer> used = new HashMap<>();
        int hits = 0;
        for (int i = 0; i + n <= tokens.size(); i++) {
            List<String> gram = tokens.subList(i, i + n);
            int soFar = used.getOrDefault(gram, 0);
            if (soFar < allowed.getOrDefault(gram, 0)) {
                used.put(gram, soFar + 1);
                hits++;
                for (int j = i; j < i + n; j++) {
                    marks[j] = 1;
                }
            }
        }
        return hits;
    }

    /**
     * The length of the longest common subsequence of a and b, marking one such subsequence: the table holds the
     * LCS length of every pair of suffixes, and the walk from the start takes a match whenever two tokens are
     * equal, else skips the token of a when that keeps the length, else the token of b.
     */
    private static int markLcs(List<String> a, List<String> b, int[] marksA, int[] marksB) {
        int n = a.size();
        int m = b.size();
        // tokens as numbers, so the n × m comparisons compare ints
        Map<String, Integer> ids = new HashMap<>();
        int[] x = a.stream().mapToInt(t -> ids.computeIfAbsent(t, k -> ids.size())).toArray();
        int[] y = b.stream().mapToInt(t -> ids.computeIfAbsent(t, k -> ids.size())).toArray();
        int[][] suffix = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                suffix[i][j] = x[i] == y[j] ? suffix[i + 1][j + 1] + 1 : Math.max(suffix[i + 1][j], suffix[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (x[i] == y[j]) { // taking a match never shortens the subsequence
                marksA[i++] = 1;
                marksB[j++] = 1;
            } else if (suffix[i + 1][j] >= suffix[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return suffix[0][0];
    }

    /** Recall against the reference's count, precision against the candidate's, and their harmonic mean. */
    private static double[] scores(int hits, int referenceTotal, int candidateTotal) {
        double recall = ratio(hits, referenceTotal);
        double precision = ratio(hits, candidateTotal);
        double f1 = recall + precision == 0 ? 0 : 2 * recall * precision / (recall + precision);
        return new double[] {recall, precision, f1};
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static double bleu(double brevityPenalty, double[] precisions) {
        double logSum = 0;
        for (double p : precisions) {
            if (p == 0) {
                return 0;
            }
            logSum += Math.log(p);
        }
        return brevityPenalty * Math.exp(logSum / precisions.length);
    }
}
