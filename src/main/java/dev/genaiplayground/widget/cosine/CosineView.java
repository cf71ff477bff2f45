package dev.genaiplayground.widget.cosine;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import dev.genaiplayground.compute.CosineResult;
import dev.genaiplayground.ui.PointPlane;
import dev.genaiplayground.ui.PointPlane.Kind;
import dev.genaiplayground.ui.PointPlane.Variant;
import dev.genaiplayground.ui.ValueTable;
import dev.genaiplayground.widget.NumberText;
import dev.genaiplayground.widget.WidgetView;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Two vectors typed as lists of numbers (any equal length) or, in two dimensions, dragged on a plane by their tips;
 * shows their dot product, lengths, cosine and angle, and says so when a zero vector leaves the cosine undefined.
 */
class CosineView extends WidgetView<CosineState, CosineResult> {

    /** The plane spans at least ±5 and grows to fit longer vectors. */
    private static final double PLANE_REACH = 5;
    /** Numbers as typed: ASCII digits, '.', an optional exponent, '-' or the tables' '−' (as the settings read them). */
    private static final Pattern NUMBER = Pattern.compile("[+\\-\u2212]?+([0-9]++\\.?+[0-9]*+|\\.[0-9]++)([eE][+-]?+[0-9]++)?+");

    private final TextField aField = vectorField("Vector a");
    private final TextField bField = vectorField("Vector b");
    private final PointPlane plane = new PointPlane("Vectors a and b: drag a tip, or focus it and use the arrow keys",
            new PointPlane.MoveListener() {
                @Override
                public void moved(int index, double x, double y) {
                    tryUpdate(() -> state().withTip(index, x, y));
                }

                @Override
                public void rejected(String message) {
                    showProblem(message);
                }
            });
    private final Div planeBox = new Div();
    private final Paragraph planeNote = new Paragraph();
    private final Div presets = new Div();
    private final ValueTable table = new ValueTable("Dot product, lengths, cosine and angle", "Quantity", "Value");
    private final Paragraph explanation = new Paragraph();
    private double reach = PLANE_REACH;

    CosineView(CosineState initialState, Function<CosineState, CosineResult> compute) {
        super(initialState, compute);
        getContent().addClassName("cosine-widget");

        aField.addClassName("cosine-a");
        bField.addClassName("cosine-b");
        aField.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                edit("a", e.getValue(), values -> () -> state().length() == values.length
                        ? state().withA(values) : state().withVectors(values, resized(state().b(), values.length)));
            }
        });
        bField.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                edit("b", e.getValue(), values -> () -> state().withB(values));
            }
        });
        Div fields = new Div(aField, bField);
        fields.addClassName("widget-controls");

        plane.setStep(0.1).setEqualAspect(true).setAxisTitles("first number", "second number");
        plane.addClassName("cosine-plane");
        plane.getStyle().set("max-width", "30rem");
        planeNote.addClassName("cosine-plane-note");
        planeNote.setText("The plane shows two-dimensional vectors. These have more numbers: edit them above.");
        planeBox.add(plane);

        addPreset("[1, 2, 3] and [4, 5, 6]", CosineState::workedExample);
        addPreset("Same direction", () -> new CosineState(new double[] {1, 2}, new double[] {2, 4}));
        addPreset("At right angles", () -> new CosineState(new double[] {3, 1}, new double[] {-1, 3}));
        addPreset("Opposite", () -> new CosineState(new double[] {2, 1}, new double[] {-4, -2}));
        presets.addClassName("widget-buttons");
        presets.getElement().setAttribute("role", "group");
        presets.getElement().setAttribute("aria-label", "Example vectors");

        explanation.addClassName("cosine-explanation");
        explanation.getElement().setAttribute("role", "status");
        Div results = new Div(new H2("Similarity"), explanation, table);
        results.addClassName("widget-results");
        getContent().add(new H2("Vectors"), fields, presets, planeBox, planeNote, results);
        start();
    }

    private static TextField vectorField(String label) {
        TextField field = new TextField(label);
        field.setHelperText("Numbers separated by commas, up to " + CosineState.MAX_LENGTH);
        field.setMaxLength(CosineState.MAX_LENGTH * 30);
        field.setWidth("16rem");
        return field;
    }

    private void addPreset(String label, Supplier<CosineState> preset) {
        Button button = new Button(label, e -> tryUpdate(preset));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        presets.add(button);
    }

    /** Reads a typed vector; text that is no number gets a message naming it. */
    private void edit(String name, String text, Function<double[], Supplier<CosineState>> change) {
        String[] parts = text.split(",", -1);
        double[] values = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            if (!NUMBER.matcher(part).matches()) {
                showProblem("Vector " + name + ", number " + (i + 1) + ": " + (part.isEmpty()
                        ? "it is empty; give a number between the commas." : NumberText.notANumber(part)));
                return;
            }
            values[i] = Double.parseDouble(part.replace('\u2212', '-'));
        }
        tryUpdate(change.apply(values));
    }

    /** {@code values} cut or padded with zeros to {@code length}, so that a new length of a can be tried at once. */
    private static double[] resized(double[] values, int length) {
        return Arrays.copyOf(values, length);
    }

    @Override
    protected Map<String, Component> controls() {
        Map<String, Component> controls = new LinkedHashMap<>();
        controls.put("a", aField);
        controls.put("b", bField);
        controls.put("plane", plane);
        controls.put("presets", presets);
        return controls;
    }

    @Override
    protected void render(CosineState state, CosineResult result) {
        setIfChanged(aField, state.a());
        setIfChanged(bField, state.b());

        boolean flat = state.length() == 2;
        planeBox.setVisible(flat);
        planeNote.setVisible(!flat);
        if (flat) {
            double[] a = state.a();
            double[] b = state.b();
            double largest = Math.max(Math.max(Math.abs(a[0]), Math.abs(a[1])), Math.max(Math.abs(b[0]), Math.abs(b[1])));
            double wanted = Math.max(PLANE_REACH, Math.ceil(largest));
            if (wanted != reach) { // grow to fit, never shrink under a drag
                reach = Math.max(reach, wanted);
            }
            plane.setBounds(-reach, reach, -reach, reach);
            plane.setPoints(List.of(new PointPlane.Point(a[0], a[1], "a", Kind.VECTOR, Variant.A),
                    new PointPlane.Point(b[0], b[1], "b", Kind.VECTOR, Variant.B)));
        }

        table.setRows(List.of("a · b", "|a|", "|b|", "cosine", "angle (degrees)"), List.of(new double[] {
            result.dot(), result.normA(), result.normB(), result.cosine(), result.angleDegrees()}));
        explanation.setText(explain(state, result));
    }

    private static String explain(CosineState state, CosineResult result) {
        if (result.defined() == 0) {
            boolean aZero = result.normA() == 0;
            boolean bZero = result.normB() == 0;
            String which = aZero && bZero ? "Both a and b are the zero vector" : (aZero ? "a" : "b")
                    + " is the zero vector";
            return which + ": it has length 0 and no direction, so the angle and the cosine are undefined (dividing "
                    + "by a length of 0 is impossible). The table shows a cosine of 0, as scikit-learn does. Move "
                    + (aZero && bZero ? "them" : "it") + " away from the origin.";
        }
        String cosine = ValueTable.format(result.cosine());
        String reading = result.cosine() > 0.9 ? "they point almost the same way"
                : result.cosine() > 0.1 ? "they point roughly the same way"
                : result.cosine() >= -0.1 ? "they are nearly at right angles: unrelated"
                : result.cosine() >= -0.9 ? "they point roughly opposite ways" : "they point almost opposite ways";
        return "cos θ = a·b / (|a| |b|) = " + ValueTable.format(result.dot()) + " / (" + ValueTable.format(result.normA())
                + " × " + ValueTable.format(result.normB()) + ") = " + cosine + ", an angle of "
                + ValueTable.format(result.angleDegrees()) + "°: " + reading + ".";
    }

    private static void setIfChanged(TextField field, double[] values) {
        String text = Arrays.stream(values).mapToObj(CosineView::plain).collect(Collectors.joining(", "));
        if (!field.getValue().equals(text)) {
            field.setValue(text);
        }
    }

    /** A number as people write it: 3 rather than 3.0, and every digit Java needs to read it back. */
    private static String plain(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
