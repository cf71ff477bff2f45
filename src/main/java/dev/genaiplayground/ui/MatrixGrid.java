package dev.genaiplayground.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import java.util.List;

/**
 * A labelled matrix of numbers ({@code frontend/matrix-grid.js}): an editor with one box per cell, or a read-only
 * table shaded by value. Non-finite numbers (a masked score) show {@link #setMissingText}.
 */
@Tag("matrix-grid")
@JsModule("./matrix-grid.js")
public class MatrixGrid extends Component {

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

    public MatrixGrid(String label) {
        getElement().setProperty("label", label);
    }

    public static MatrixGrid editor(String label, EditListener listener) {
        MatrixGrid grid = new MatrixGrid(label);
        grid.getElement().setProperty("editable", true);
        grid.getElement().addEventListener("cell-commit", e -> listener.edited(
                        (int) e.getEventData().getNumber("event.detail.row"),
                        (int) e.getEventData().getNumber("event.detail.col"),
                        e.getEventData().getNumber("event.detail.value")))
                .addEventData("event.detail.row").addEventData("event.detail.col").addEventData("event.detail.value");
        grid.getElement().addEventListener("cell-invalid", e -> listener.rejected(
                        (int) e.getEventData().getNumber("event.detail.row"),
                        (int) e.getEventData().getNumber("event.detail.col"),
                        e.getEventData().getString("event.detail.text")))
                .addEventData("event.detail.row").addEventData("event.detail.col").addEventData("event.detail.text");
        return grid;
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
        getElement().addEventListener("cell-focus", e -> listener.at(
                        (int) e.getEventData().getNumber("event.detail.row"),
                        (int) e.getEventData().getNumber("event.detail.col")))
                .addEventData("event.detail.row").addEventData("event.detail.col");
    }

    public void setValues(double[][] values, List<String> rowLabels, List<String> columnLabels) {
        getElement().setPropertyJson("values", JsonArrays.of(values));
        getElement().setPropertyJson("rowLabels", JsonArrays.of(rowLabels));
        getElement().setPropertyJson("colLabels", JsonArrays.of(columnLabels));
    }
}
