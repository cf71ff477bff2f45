package dev.genaiplayground.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.DomListenerRegistration;
import java.util.List;

/**
 * A labelled matrix of numbers ({@code frontend/matrix-grid.js}): an editor with one box per cell, or a read-only
 * table shaded by value. Non-finite numbers (a masked score) show {@link #setMissingText}.
 */
@Tag("matrix-grid")
@JsModule("./matrix-grid.js")
public class MatrixGrid extends Component implements ReadOnlyControl {

    /** How cells are shaded: not at all, 0 to 1 (weights), or by sign and size. */
    public enum Shade { NONE, UNIT, SIGNED }

    /** A cell, by row and column. */
    @FunctionalInterface
    public interface CellListener {
        void at(int row, int column);
    }

    /** A typed cell value, or text that is not a number. */
    public interface EditListener {
        void edited(int row, int column, double value);

        void rejected(int row, int column, String text);
    }

    private boolean editor;
    private int rows;
    private int columns;

    public MatrixGrid(String label) {
        getElement().setProperty("label", label);
    }

    public static MatrixGrid editor(String label, EditListener listener) {
        MatrixGrid grid = new MatrixGrid(label);
        grid.editor = true;
        grid.getElement().setProperty("editable", true);
        grid.onCell("cell-commit", "value", (e, row, column) -> BrowserEvents.number(e, "value")
                .ifPresent(value -> listener.edited(row, column, value)));
        grid.onCell("cell-invalid", "text", (e, row, column) -> {
            String text = BrowserEvents.text(e, "text");
            if (text != null) {
                listener.rejected(row, column, text);
            }
        });
        return grid;
    }

    /** An editor shown read-only becomes a plain table of its numbers. */
    @Override
    public void setReadOnly(boolean readOnly) {
        if (editor) {
            getElement().setProperty("editable", !readOnly);
        }
    }

    @Override
    public boolean isReadOnly() {
        return !getElement().getProperty("editable", false);
    }

    public MatrixGrid shaded(Shade shade) {
        getElement().setProperty("shade", shade.name().toLowerCase());
        return this;
    }

    public MatrixGrid withRowSums() {
        getElement().setProperty("rowSums", true);
        return this;
    }

    public MatrixGrid setMissingText(String text) {
        getElement().setProperty("nullText", text);
        return this;
    }

    public void onCellFocus(CellListener listener) {
        onCell("cell-focus", null, (e, row, column) -> listener.at(row, column));
    }

    /** Listens to an event about one existing cell; events naming a cell that is not there are dropped. */
    private void onCell(String type, String extraDetail, CellEvent handler) {
        DomListenerRegistration registration = getElement().addEventListener(type,
                e -> BrowserEvents.index(e, "row", rows).ifPresent(row -> BrowserEvents.index(e, "col", columns)
                        .ifPresent(column -> handler.handle(e, row, column))));
        registration.addEventData(BrowserEvents.detailOf("row")).addEventData(BrowserEvents.detailOf("col"));
        if (extraDetail != null) {
            registration.addEventData(BrowserEvents.detailOf(extraDetail));
        }
    }

    private interface CellEvent {
        void handle(DomEvent event, int row, int column);
    }

    /** Marks a cell whose typed value was refused, so that it is seen where the number is. */
    public void markInvalid(int row, int column) {
        getElement().callJsFunction("markInvalid", row, column);
    }

    public void setValues(double[][] values, List<String> rowLabels, List<String> columnLabels) {
        rows = values.length;
        columns = values.length == 0 ? 0 : values[0].length;
        getElement().setPropertyJson("values", JsonArrays.of(values));
        getElement().setPropertyJson("rowLabels", JsonArrays.of(rowLabels));
        getElement().setPropertyJson("colLabels", JsonArrays.of(columnLabels));
    }
}
