package dev.genaiplayground.widget;

/** What to tell a person whose typed text is no number, with a hint for the usual mix-ups. */
public final class NumberText {

    private NumberText() {
    }

    public static String notANumber(String text) {
        String quoted = "'" + PersonText.quote(text.strip(), 20) + "' is not a number";
        if (text.matches("\\s*[+\\-\u2212]?[0-9]+,[0-9]+\\s*")) {
            return quoted + "; write decimals with a point: " + text.strip().replace(',', '.') + ".";
        }
        return quoted + ". Use digits, a '.' for decimals and an optional exponent, like -1.5 or 2e-3.";
    }
}
