package dev.genaiplayground.widget.moe;

import dev.genaiplayground.ui.Tables;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import dev.genaiplayground.chart.ApexChart;
import dev.genaiplayground.compute.MoeResult;
import dev.genaiplayground.ui.MatrixGrid;
import dev.genaiplayground.ui.MatrixGrid.Shade;
import dev.genaiplayground.ui.ValueTable;
import dev.genaiplayground.widget.NumberText;
import dev.genaiplayground.widget.WidgetView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * The router's logits to edit (or fill from a preset or a seeded linear router), k, the capacity factor and the
 * expert size; shows the router probabilities, each token's experts and gates, what capacity drops, the experts'
 * load, the Switch Transformer's load-balancing loss, and active against total parameters and FLOPs.
 */
class MoeView extends WidgetView<MoeState, MoeResult> {

    private final MatrixGrid router = MatrixGrid.editor("Router logits", new MatrixGrid.EditListener() {
        @Override
        public void edited(int row, int column, double value) {
            if (!tryUpdate(() -> state().withLogit(row, column, value))) {
                MoeView.this.router.markInvalid(row, column);
            }
        }

        @Override
        public void rejected(int row, int column, String text) {
            showProblem("router, token " + (row + 1) + ", expert " + (column + 1) + ": " + NumberText.notANumber(text));
        }
    }).shaded(Shade.SIGNED);
    private final Div routerButtons = new Div();
    private final IntegerField seed = new IntegerField("Seed");
    private final Select<Integer> k = new Select<>();
    private final NumberField capacityFactor = new NumberField("Capacity factor");
    private final IntegerField dModel = new IntegerField("d_model");
    private final IntegerField dFf = new IntegerField("d_ff (per expert)");
    private final MatrixGrid probabilities = new MatrixGrid("Router probabilities").shaded(Shade.UNIT).withRowSums();
    private final NativeTable routingTable = new NativeTable();
    private final NativeTableBody routing = new NativeTableBody();
    private final Paragraph capacityNote = new Paragraph();
    private final ApexChart load = ApexChart.bar(220).setDataLabels(true, 0);
    private final ValueTable balance = new ValueTable("Load balancing per expert", "Expert",
            "fᵢ: share of first choices", "Pᵢ: mean probability");
    private final Paragraph lossNote = new Paragraph();
    private final NativeTableBody sizes = new NativeTableBody();
    private final Paragraph sizeNote = new Paragraph();

    MoeView(MoeState initialState, Function<MoeState, MoeResult> compute) {
        super(initialState, compute);
        getContent().addClassName("moe-widget");
        getContent().add(routerPart(), settings(), probabilitiesPart(), routingPart(), balancePart(), sizePart());
        start();
    }

    private Div routerPart() {
        router.addClassName("moe-router");
        Button addToken = button("Add token", VaadinIcon.PLUS, () -> state().withTokens(state().tokens() + 1));
        Button removeToken = button("Remove token", VaadinIcon.MINUS, () -> state().withTokens(state().tokens() - 1));
        Button addExpert = button("Add expert", VaadinIcon.PLUS, () -> state().withExperts(state().experts() + 1));
        Button removeExpert = button("Remove expert", VaadinIcon.MINUS,
                () -> state().withExperts(state().experts() - 1));
        Button balanced = button("Balanced", null, () -> MoePresets.balanced(state()));
        Button collapsed = button("All prefer expert 1", null, () -> MoePresets.collapsed(state()));
        seed.setValue(1);
        seed.setStepButtonsVisible(true);
        seed.addClassName("moe-seed");
        Button linear = button("Linear router x·W from the seed", VaadinIcon.RANDOM, () -> {
            Integer value = seed.getValue();
            if (value == null) {
                throw new IllegalArgumentException("Seed: enter a whole number for the linear router.");
            }
            return MoePresets.linear(state(), value);
        });
        linear.addClassName("moe-linear");
        routerButtons.add(addToken, removeToken, addExpert, removeExpert, balanced, collapsed, seed, linear);
        routerButtons.addClassName("widget-buttons");
        routerButtons.getElement().setAttribute("role", "group");
        routerButtons.getElement().setAttribute("aria-label", "Change or fill the router");
        Paragraph note = new Paragraph("One row per token, one column per expert: how strongly the router sends "
                + "each token to each expert. A real router computes them as x·W from the token's vector x; type "
                + "your own or fill them below.");
        note.addClassName("moe-note");
        Div block = new Div(router);
        block.addClassName("moe-table-scroll");
        return part("Router logits", note, block, routerButtons);
    }

    private Div settings() {
        k.setLabel("Experts per token k");
        k.setItems(1, 2);
        k.setItemLabelGenerator(v -> v == 1 ? "top-1 (Switch)" : "top-2 (GShard, Mixtral)");
        k.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                tryUpdate(() -> state().withK(e.getValue()));
            }
        });
        // No min on the field: with min 0.1 the browser's step rule (0.1 + n · 0.25) marks 1 as invalid. The state
        // refuses values outside its range with a message.
        capacityFactor.setStep(0.25);
        capacityFactor.setMax(MoeState.MAX_CAPACITY_FACTOR);
        capacityFactor.setStepButtonsVisible(true);
        capacityFactor.addClassName("moe-capacity-factor");
        capacityFactor.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                if (e.getValue() == null) {
                    showProblem("capacityFactor: enter a number from " + MoeState.MIN_CAPACITY_FACTOR + " to "
                            + (int) MoeState.MAX_CAPACITY_FACTOR + ".");
                } else {
                    tryUpdate(() -> state().withCapacityFactor(e.getValue()));
                }
            }
        });
        wholeNumber(dModel, 1, MoeState.MAX_D_MODEL, v -> state().withDModel(v));
        wholeNumber(dFf, 1, MoeState.MAX_D_FF, v -> state().withDFf(v));
        Div controls = new Div(k, capacityFactor, dModel, dFf);
        controls.addClassName("widget-controls");
        return controls;
    }

    private void wholeNumber(IntegerField field, int min, int max, IntFunction<MoeState> edit) {
        field.setMin(min);
        field.setMax(max);
        field.setStepButtonsVisible(true);
        field.setWidth("10rem");
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                if (e.getValue() == null) {
                    showProblem(field.getLabel() + ": enter a whole number from " + min + " to " + max + ".");
                } else {
                    tryUpdate(() -> edit.apply(e.getValue()));
                }
            }
        });
    }

    private Div probabilitiesPart() {
        probabilities.addClassName("moe-probabilities");
        Div block = scrollRegion(probabilities, "Router probabilities");
        return part("Router probabilities (softmax of each row)", block);
    }

    private Div routingPart() {
        routingTable.addClassName("moe-routing");
        routingTable.getElement().setAttribute("aria-label",
                "Each token's experts, gate weights and whether it was kept");
        routingTable.add(routing);
        Div scroll = scrollRegion(routingTable, "Routing");
        capacityNote.addClassName("moe-note");
        capacityNote.addClassName("moe-capacity-note");
        load.addClassName("moe-load");
        load.setColors("var(--lumo-contrast-50pct)", "var(--lumo-primary-color)");
        return part("Routing and capacity", scroll, capacityNote, new H3("Assignments per expert: routed and "
                + "processed"), load);
    }

    private Div balancePart() {
        lossNote.addClassName("moe-note");
        lossNote.addClassName("moe-loss");
        return part("Load-balancing loss", balance, lossNote);
    }

    private Div sizePart() {
        NativeTable table = Tables.headed("Parameters and compute per token", sizes,
                "Feed-forward layer", "Parameters", "Used per token", "FLOPs per token");
        table.addClassNames("moe-routing", "moe-sizes");
        Div scroll = scrollRegion(table, "Parameters and compute");
        sizeNote.addClassName("moe-note");
        return part("Active against total parameters", scroll, sizeNote);
    }

    @Override
    protected Map<String, Component> controls() {
        Map<String, Component> controls = new LinkedHashMap<>();
        controls.put("router", router);
        controls.put("k", k);
        controls.put("capacityFactor", capacityFactor);
        controls.put("dModel", dModel);
        controls.put("dFf", dFf);
        controls.put("presets", routerButtons);
        return controls;
    }

    @Override
    protected void render(MoeState state, MoeResult result) {
        List<String> tokens = IntStream.rangeClosed(1, state.tokens()).mapToObj(t -> "token " + t).toList();
        List<String> experts = IntStream.rangeClosed(1, state.experts()).mapToObj(e -> "E" + e).toList();
        router.setValues(state.router(), tokens, experts);
        k.setValue(state.k());
        capacityFactor.setValue(state.capacityFactor());
        dModel.setValue(state.dModel());
        dFf.setValue(state.dFf());
        probabilities.setValues(result.probabilities(), tokens, experts);

        List<String> titles = new ArrayList<>(List.of("Token"));
        for (int j = 1; j <= state.k(); j++) {
            titles.add(j == 1 ? "1st expert" : "2nd expert");
            titles.add("gate");
        }
        titles.add("Result");
        routingTable.getHead().removeAll();
        routingTable.getHead().add(Tables.headRow(titles));
        routing.removeAll();
        for (int t = 0; t < state.tokens(); t++) {
            NativeTableRow row = new NativeTableRow();
            NativeTableHeaderCell label = new NativeTableHeaderCell(tokens.get(t));
            label.getElement().setAttribute("scope", "row");
            row.add(label);
            int keptCount = 0;
            for (int j = 0; j < state.k(); j++) {
                boolean kept = result.kept()[t][j] == 1;
                keptCount += result.kept()[t][j];
                NativeTableCell expert = new NativeTableCell(experts.get(result.chosen()[t][j])
                        + (kept ? "" : " (full)"));
                NativeTableCell gate = new NativeTableCell(ValueTable.format(result.gates()[t][j]));
                gate.getElement().setAttribute("data-value", Double.toString(result.gates()[t][j]));
                if (!kept) {
                    expert.addClassName("moe-dropped");
                    gate.addClassName("moe-dropped");
                }
                row.add(expert, gate);
            }
            NativeTableCell status = new NativeTableCell(keptCount == state.k() ? "processed"
                    : keptCount == 0 ? "dropped: skips the layer" : "partly dropped");
            status.addClassName(keptCount == 0 ? "moe-status-dropped" : "moe-status");
            row.add(status);
            routing.add(row);
        }
        capacityNote.setText("Capacity per expert = floor(capacity factor × tokens × k / experts) = floor("
                + java.math.BigDecimal.valueOf(state.capacityFactor()).stripTrailingZeros().toPlainString() + " × " + state.tokens() + " × " + state.k() + " / "
                + state.experts() + ") = " + result.capacity() + ". First choices take the slots in token order, "
                + "then second choices. " + (result.droppedAssignments() == 0 ? "Nothing is dropped."
                : result.droppedAssignments() + " assignment" + (result.droppedAssignments() == 1 ? "" : "s")
                + " found the expert full; " + result.droppedTokens() + " token" + (result.droppedTokens() == 1
                ? "" : "s") + " got no expert at all and pass through on the residual connection only."));
        load.setCategories(experts);
        load.setSeries(List.of(
                new ApexChart.Series("routed", Arrays.stream(result.load()).asDoubleStream().toArray()),
                new ApexChart.Series("processed", Arrays.stream(result.processed()).asDoubleStream().toArray())));

        balance.setRows(experts, List.of(result.firstChoiceFraction(), result.meanProbability()));
        lossNote.setText("Load-balancing loss = E · Σᵢ fᵢ · Pᵢ = " + ValueTable.format(result.balanceLoss())
                + ". It is 1 when the first choices and the probabilities are spread evenly and approaches "
                + state.experts() + " (the number of experts) when one expert takes every token. Training adds it, "
                + "times a small weight such as 0.01, to the loss so that the router learns to spread tokens.");

        sizes.removeAll();
        sizeRow("Mixture of " + state.experts() + " experts, top-" + state.k(), result.totalParameters(),
                result.activeParameters(), result.moeFlopsPerToken());
        sizeRow("Dense, as large as all experts (d_ff = " + state.experts() + " × " + state.dFf() + ")",
                result.denseParameters(), result.denseParameters(), result.denseFlopsPerToken());
        sizeNote.setText("Each token uses " + String.format(Locale.ROOT, "%.1f%%", 100 * result.activeFraction())
                + " of the layer's parameters: the capacity of " + state.experts() + " experts at the compute of "
                + state.k() + ". Each expert has 2 × d_model × d_ff weights; the router adds d_model × experts. "
                + "A multiply-add counts as 2 FLOPs; biases are left out.");
    }

    private void sizeRow(String what, double parameters, double used, double flops) {
        NativeTableRow row = new NativeTableRow();
        NativeTableHeaderCell label = new NativeTableHeaderCell(what);
        label.getElement().setAttribute("scope", "row");
        row.add(label);
        for (double value : new double[] {parameters, used, flops}) {
            NativeTableCell cell = new NativeTableCell(human(value));
            cell.getElement().setAttribute("data-value", String.format(Locale.ROOT, "%.0f", value));
            row.add(cell);
        }
        sizes.add(row);
    }

    /** 939,524,096 as "939.5M". */
    static String human(double value) {
        String[] units = {"", "K", "M", "B", "T"};
        int unit = 0;
        double v = value;
        while (Math.abs(v) >= 1000 && unit < units.length - 1) {
            v /= 1000;
            unit++;
        }
        return unit == 0 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f%s", v, units[unit]);
    }

    private Button button(String text, VaadinIcon icon, java.util.function.Supplier<MoeState> edit) {
        Button button = icon == null ? new Button(text) : new Button(text, icon.create());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.addClickListener(e -> tryUpdate(edit));
        return button;
    }

    /** A table that may be wider than a phone: it scrolls sideways, and a keyboard can reach it to scroll. */
    private static Div scrollRegion(Component content, String label) {
        Div scroll = new Div(content);
        scroll.addClassName("moe-table-scroll");
        scroll.getElement().setAttribute("tabindex", "0");
        scroll.getElement().setAttribute("role", "region");
        scroll.getElement().setAttribute("aria-label", label);
        return scroll;
    }

    private static Div part(String title, Component... content) {
        Div part = new Div(new H2(title));
        part.add(content);
        part.addClassName("widget-results");
        return part;
    }
}
