package dev.genaiplayground.classroom;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Join codes: six characters from an alphabet without look-alikes (no 0/O, 1/I/L, 5/S, 2/Z, 8/B), easy to read
 * off a projector and to type on a phone. 24⁶ ≈ 191 million codes; guessing is rate-limited ({@link JoinLimiter}).
 */
public final class ClassCode {

    static final String ALPHABET = "ACDEFGHJKMNPQRTUVWXY3467";
    public static final int LENGTH = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ClassCode() {
    }

    static String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** A code as a person typed it (any case, spaces or a dash), or empty when it cannot be a code. */
    public static Optional<String> normalise(String typed) {
        if (typed == null || typed.length() > 20) {
            return Optional.empty();
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(code);
    }

    /** A long random secret for the teacher's link and a student's reconnect. */
    static String secret() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
