package dev.genaiplayground.widget.modelsize;

import java.util.Locale;

/** Large quantities as people read them: 124.4M parameters, 3.15 × 10²³ FLOPs, 13.5 GB, 21.4 ms. */
final class Quantities {

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private Quantities() {
    }

    /** A count with K, M, B or T: "124.4M", "6.74B". */
    static String count(double n) {
        String[] units = {"", "K", "M", "B", "T"};
        int unit = 0;
        double value = n;
        while (Math.abs(value) >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        return (unit == 0 ? String.format(Locale.ROOT, "%.0f", value) : significant(value)) + units[unit];
    }

    /** A whole number with thousands separators: "124,439,808". */
    static String exact(double n) {
        return String.format(Locale.ROOT, "%,.0f", n);
    }

    /** Scientific notation with three significant digits: "3.15 × 10²³". */
    static String scientific(double x) {
        if (x == 0) {
            return "0";
        }
        int exponent = (int) Math.floor(Math.log10(Math.abs(x)));
        double mantissa = x / Math.pow(10, exponent);
        if (Math.abs(mantissa) >= 9.995) { // rounding would print 10.0
            mantissa /= 10;
            exponent++;
        }
        return String.format(Locale.ROOT, "%.2f", mantissa) + " × 10" + superscript(exponent);
    }

    static String gigabytes(double gb) {
        return gb >= 1 ? significant(gb) + " GB" : significant(gb * 1000) + " MB";
    }

    static String millis(double ms) {
        return ms >= 1000 ? significant(ms / 1000) + " s" : ms >= 1 ? significant(ms) + " ms"
                : significant(ms * 1000) + " µs";
    }

    /** Three significant digits, without trailing zeros after the point. */
    static String significant(double x) {
        String text = Math.abs(x) >= 100 ? String.format(Locale.ROOT, "%.0f", x)
                : Math.abs(x) >= 10 ? String.format(Locale.ROOT, "%.1f", x) : String.format(Locale.ROOT, "%.2f", x);
        return text.contains(".") ? text.replaceAll("\\.?0+$", "") : text;
    }

    private static String superscript(int exponent) {
        StringBuilder text = new StringBuilder(exponent < 0 ? "⁻" : "");
        for (char digit : Integer.toString(Math.abs(exponent)).toCharArray()) {
            text.append(SUPERSCRIPTS.charAt(digit - '0'));
        }
        return text.toString();
    }
}
