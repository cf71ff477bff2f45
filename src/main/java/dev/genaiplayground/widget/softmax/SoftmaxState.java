package dev.genaiplayground.widget.softmax;

import dev.genaiplayground.widget.Limits;
import dev.genaiplayground.widget.StateRecords;
import dev.genaiplayground.widget.StateRules;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The softmax widget's whole state: one logit and one label per class, the temperature and the target class whose
 * cross-entropy is shown. Validated on construction; arrays are copied in and out so a state never changes.
 */
public record SoftmaxState(
        @Limits(min = -SoftmaxState.MAX_ABS_LOGIT, max = SoftmaxState.MAX_ABS_LOGIT,
                minCount = SoftmaxState.MIN_CLASSES, maxCount = SoftmaxState.MAX_CLASSES) double[] logits,
        @Limits(maxLength = StateRules.MAX_LABEL_LENGTH, note = "one distinct name per logit") String[] labels,
        @Limits(min = SoftmaxState.MIN_TEMPERATURE, max = SoftmaxState.MAX_TEMPERATURE) double temperature,
        @Limits(min = 0, note = "the number of a class, counting from 0; below the number of logits") int target) {

    public static final int MIN_CLASSES = 2;
    public static final int MAX_CLASSES = 12;
    public static final double MAX_ABS_LOGIT = 100;
    public static final double MIN_TEMPERATURE = 0.05;
    public static final double MAX_TEMPERATURE = 10;

    public SoftmaxState {
        StateRules.requireCount("logits", logits, MIN_CLASSES, MAX_CLASSES);
        StateRules.requireWithin("logits", logits, -MAX_ABS_LOGIT, MAX_ABS_LOGIT);
        labels = StateRules.labels("labels", labels, logits.length, true);
        StateRules.requireWithin("temperature", temperature, MIN_TEMPERATURE, MAX_TEMPERATURE);
        if (target < 0 || target >= logits.length) {
            throw new IllegalArgumentException("target must name one of the " + logits.length
                    + " classes: a number from 0 to " + (logits.length - 1) + ", not " + target + ".");
        }
        logits = logits.clone();
    }

    /** logits [2.0, 1.0, 0.1] → probabilities [0.659, 0.242, 0.099], the curriculum's worked example. */
    public static SoftmaxState defaults() {
        return new SoftmaxState(new double[] {2.0, 1.0, 0.1}, new String[] {"cat", "dog", "bird"}, 1, 0);
    }

    @Override
    public double[] logits() {
        return logits.clone();
    }

    @Override
    public String[] labels() {
        return labels.clone();
    }

    public int size() {
        return logits.length;
    }

    public SoftmaxState withLogit(int index, double value) {
        StateRules.requireIndex("class", index, size());
        double[] next = logits();
        next[index] = value;
        return new SoftmaxState(next, labels, temperature, target);
    }

    public SoftmaxState withLabel(int index, String label) {
        StateRules.requireIndex("class", index, size());
        String[] next = labels();
        next[index] = label;
        return new SoftmaxState(logits, next, temperature, target);
    }

    public SoftmaxState withTemperature(double value) {
        return new SoftmaxState(logits, labels, value, target);
    }

    public SoftmaxState withTarget(int index) {
        return new SoftmaxState(logits, labels, temperature, index);
    }

    /** Adds a class with logit 0 and a fresh name. */
    public SoftmaxState withClassAdded() {
        if (size() >= MAX_CLASSES) {
            throw new IllegalArgumentException("At most " + MAX_CLASSES + " classes fit in this widget.");
        }
        double[] nextLogits = Arrays.copyOf(logits, size() + 1);
        String[] nextLabels = Arrays.copyOf(labels, size() + 1);
        nextLabels[size()] = IntStream.iterate(size() + 1, n -> n + 1).mapToObj(n -> "class " + n)
                .filter(name -> !Arrays.asList(labels).contains(name)).findFirst().orElseThrow();
        return new SoftmaxState(nextLogits, nextLabels, temperature, target);
    }

    /** Removes a class; the target stays on the same class, or moves to the first one if it was removed. */
    public SoftmaxState withClassRemoved(int index) {
        if (size() <= MIN_CLASSES) {
            throw new IllegalArgumentException("Softmax needs at least " + MIN_CLASSES + " classes.");
        }
        StateRules.requireIndex("class", index, size());
        double[] nextLogits = IntStream.range(0, size()).filter(i -> i != index).mapToDouble(i -> logits[i]).toArray();
        String[] nextLabels = IntStream.range(0, size()).filter(i -> i != index).mapToObj(i -> labels[i])
                .toArray(String[]::new);
        int nextTarget = index == target ? 0 : index < target ? target - 1 : target;
        return new SoftmaxState(nextLogits, nextLabels, temperature, nextTarget);
    }

    @Override
    public boolean equals(Object other) {
        return StateRecords.equal(this, other);
    }

    @Override
    public int hashCode() {
        return StateRecords.hash(this);
    }

    @Override
    public String toString() {
        return StateRecords.text(this);
    }
}
