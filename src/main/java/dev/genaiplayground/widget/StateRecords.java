package dev.genaiplayground.widget;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * equals, hashCode and toString for state records by value, arrays included (a record's own compare arrays by
 * reference), so a state record writes each as one line. Reads the components through their accessors.
 */
public final class StateRecords {

    private StateRecords() {
    }

    public static boolean equal(Record a, Object b) {
        if (a == b) {
            return true;
        }
        if (b == null || a.getClass() != b.getClass()) {
            return false;
        }
        return Arrays.deepEquals(values(a), values((Record) b));
    }

    public static int hash(Record state) {
        return Arrays.deepHashCode(values(state));
    }

    public static String text(Record state) {
        RecordComponent[] components = state.getClass().getRecordComponents();
        Object[] values = values(state);
        StringBuilder text = new StringBuilder(state.getClass().getSimpleName()).append('[');
        for (int i = 0; i < components.length; i++) {
            String value = Arrays.deepToString(new Object[] {values[i]});
            text.append(i == 0 ? "" : ", ").append(components[i].getName()).append('=')
                    .append(value, 1, value.length() - 1);
        }
        return text.append(']').toString();
    }

    /** A deep copy of a matrix, for accessors that must not hand out the record's own rows. */
    public static double[][] copy(double[][] matrix) {
        return Arrays.stream(matrix).map(double[]::clone).toArray(double[][]::new);
    }

    private static Object[] values(Record state) {
        RecordComponent[] components = state.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            try {
                components[i].getAccessor().setAccessible(true);
                values[i] = components[i].getAccessor().invoke(state);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + components[i].getName(), e);
            }
        }
        return values;
    }
}
