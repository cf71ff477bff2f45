package dev.genaiplayground.classroom;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The teacher's n-th change in the classroom benchmark, and how a follower recognises it: the softmax widget with
 * the third logit set to {@code 0.1 + n/100000} (n from 1 to 89,999), which reaches a follower in the logit bars'
 * {@code values} property of a push message and in the value table's {@code data-value} in the browser. Times are
 * microseconds since the epoch, comparable between the processes of one machine.
 */
final class BroadcastMarker {

    static final String WIDGET = "softmax";
    static final int MAX = 89_999;
    private static final Pattern LOGIT_BARS = Pattern.compile("\"key\":\"values\",\"feat\":1,\"value\":\\[([^\\]]*)\\]");

    private BroadcastMarker() {
    }

    /** The third logit's text for change {@code n}, as the server writes it (Double.toString). */
    static String logit(int n) {
        if (n < 1 || n > MAX) {
            throw new IllegalArgumentException("change " + n + " is outside 1.." + MAX);
        }
        return Double.toString(Double.parseDouble(String.format(Locale.ROOT, "0.%05d", 10_000 + n)));
    }

    /** The teacher's settings for change {@code n}. */
    static Map<String, String> settings(int n) {
        return Map.of("logits", "2,1," + logit(n), "labels", "cat,dog,bird");
    }

    /** The change a logit text marks, or 0 when it marks none (the initial 0.1, another value). */
    static int change(String logit) {
        double value;
        try {
            value = Double.parseDouble(logit.trim());
        } catch (NumberFormatException notANumber) {
            return 0;
        }
        long n = Math.round((value - 0.1) * 100_000);
        return n >= 1 && n <= MAX && logit(Math.toIntExact(n)).equals(Double.toString(value)) ? (int) n : 0;
    }

    /** The change a push message carries in the logit bars, or 0. */
    static int inPush(String message) {
        Matcher values = LOGIT_BARS.matcher(message);
        while (values.find()) {
            String[] logits = values.group(1).split(",");
            if (logits.length == 3) {
                int n = change(logits[2]);
                if (n > 0) {
                    return n;
                }
            }
        }
        return 0;
    }

    static long nowMicros() {
        return ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
    }
}
