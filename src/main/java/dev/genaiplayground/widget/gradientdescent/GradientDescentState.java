package dev.genaiplayground.widget.gradientdescent;

import dev.genaiplayground.compute.GradientDescent.Model;
import dev.genaiplayground.compute.GradientDescent.Surface;
import dev.genaiplayground.widget.Limits;
import dev.genaiplayground.widget.StateRecords;
import dev.genaiplayground.widget.StateRules;
import java.util.Arrays;

/**
 * The gradient descent widget's whole state. In {@code fit} mode a {@code model} (a line or a parabola) is fitted
 * to {@code points} by squared loss, starting with every parameter at 0; in {@code surface} mode a point walks down
 * a loss {@code surface} from {@code start}. Both take {@code steps} steps with learning rate {@code lr} and
 * {@code momentum}: the state says how far the run has gone, and the result is the whole run up to there, so a
 * link or a lesson shows exactly the same path.
 */
public record GradientDescentState(
        Mode mode,
        Model model,
        @Limits(min = GradientDescentState.MIN_Y, max = GradientDescentState.MAX_Y,
                minCount = GradientDescentState.MIN_POINTS, maxCount = GradientDescentState.MAX_POINTS,
                note = "one row x, y per point; x from -3 to 3, y from -5 to 5") double[][] points,
        Surface surface,
        @Limits(min = -GradientDescentState.MAP, max = GradientDescentState.MAP, minCount = 2, maxCount = 2,
                note = "x, y where the walk down the surface starts") double[] start,
        @Limits(min = GradientDescentState.MIN_LR, max = GradientDescentState.MAX_LR) double lr,
        @Limits(min = 0, max = GradientDescentState.MAX_MOMENTUM) double momentum,
        @Limits(min = 0, max = GradientDescentState.MAX_STEPS) int steps) {

    /** What descends: a model fitted to points, or a point on a two-dimensional loss surface. */
    public enum Mode { FIT, SURFACE }

    public static final int MIN_POINTS = 2;
    public static final int MAX_POINTS = 20;
    public static final double MAX_X = 3;
    public static final double MIN_Y = -5;
    public static final double MAX_Y = 5;
    public static final double MAP = 3;
    public static final double MIN_LR = 0.001;
    public static final double MAX_LR = 2;
    public static final double MAX_MOMENTUM = 0.99;
    public static final int MAX_STEPS = 200;

    public GradientDescentState {
        if (mode == null || model == null || surface == null) {
            throw new IllegalArgumentException((mode == null ? "mode" : model == null ? "model" : "surface")
                    + " is missing.");
        }
        if (points == null) {
            throw new IllegalArgumentException("points are missing.");
        }
        StateRules.requireCount("points", points.length, MIN_POINTS, MAX_POINTS);
        double[][] copy = new double[points.length][];
        for (int i = 0; i < points.length; i++) {
            if (points[i] == null || points[i].length != 2) {
                throw new IllegalArgumentException("points: point " + (i + 1) + " needs two numbers, x and y, not "
                        + (points[i] == null ? 0 : points[i].length) + ".");
            }
            StateRules.requireWithin("points: x of point " + (i + 1), points[i][0], -MAX_X, MAX_X);
            StateRules.requireWithin("points: y of point " + (i + 1), points[i][1], MIN_Y, MAX_Y);
            copy[i] = points[i].clone();
        }
        points = copy;
        StateRules.requireCount("start", start, 2, 2);
        StateRules.requireWithin("start", start, -MAP, MAP);
        start = start.clone();
        StateRules.requireWithin("lr", lr, MIN_LR, MAX_LR);
        StateRules.requireWithin("momentum", momentum, 0, MAX_MOMENTUM);
        if (steps < 0 || steps > MAX_STEPS) {
            throw new IllegalArgumentException("steps must be 0 to " + MAX_STEPS + ", not " + steps + ".");
        }
    }

    /** Six points near a rising line, to be fitted by a line from 0 with learning rate 0.05. */
    public static GradientDescentState defaults() {
        return new GradientDescentState(Mode.FIT, Model.LINE, new double[][] {{-2.5, -1.2}, {-1.5, 0.1}, {-0.5, 0.2},
            {0.5, 1.6}, {1.5, 2.0}, {2.5, 3.1}}, Surface.BOWL, new double[] {-2.5, 2}, 0.05, 0, 0);
    }

    @Override
    public double[][] points() {
        return StateRecords.copy(points);
    }

    @Override
    public double[] start() {
        return start.clone();
    }

    public GradientDescentState withMode(Mode value) {
        return new GradientDescentState(value, model, points, surface, start, lr, momentum, steps);
    }

    public GradientDescentState withModel(Model value) {
        return new GradientDescentState(mode, value, points, surface, start, lr, momentum, steps);
    }

    public GradientDescentState withPoints(double[][] value) {
        return new GradientDescentState(mode, model, value, surface, start, lr, momentum, steps);
    }

    /** Moves point {@code index} (counting from 0) to (x, y). */
    public GradientDescentState withPoint(int index, double x, double y) {
        StateRules.requireIndex("point", index, points.length);
        double[][] next = points();
        next[index] = new double[] {x, y};
        return withPoints(next);
    }

    public GradientDescentState withPointAdded(double x, double y) {
        if (points.length >= MAX_POINTS) {
            throw new IllegalArgumentException("At most " + MAX_POINTS + " points fit in this widget.");
        }
        double[][] next = Arrays.copyOf(points(), points.length + 1);
        next[points.length] = new double[] {x, y};
        return withPoints(next);
    }

    public GradientDescentState withLastPointRemoved() {
        if (points.length <= MIN_POINTS) {
            throw new IllegalArgumentException("A fit needs at least " + MIN_POINTS + " points.");
        }
        return withPoints(Arrays.copyOf(points(), points.length - 1));
    }

    public GradientDescentState withSurface(Surface value) {
        return new GradientDescentState(mode, model, points, value, start, lr, momentum, steps);
    }

    public GradientDescentState withStart(double x, double y) {
        return new GradientDescentState(mode, model, points, surface, new double[] {x, y}, lr, momentum, steps);
    }

    public GradientDescentState withLr(double value) {
        return new GradientDescentState(mode, model, points, surface, start, value, momentum, steps);
    }

    public GradientDescentState withMomentum(double value) {
        return new GradientDescentState(mode, model, points, surface, start, lr, value, steps);
    }

    public GradientDescentState withSteps(int value) {
        return new GradientDescentState(mode, model, points, surface, start, lr, momentum, value);
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
