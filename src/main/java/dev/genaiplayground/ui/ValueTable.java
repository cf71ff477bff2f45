package dev.genaiplayground.ui;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small read-only table of labelled numbers, shown to 3 decimals or as the caller formats them; each number cell also carries its full value
 * in {@code data-value}, so tests and assistive tools can read it exactly.
 */
public class ValueTable extends NativeTable {

    private final NativeTableBody body = new NativeTableBody();
    private final List<NativeTableHeaderCell> labelCells = new ArrayList<>();
    private final List<List<NativeTableCell>> cells = new ArrayList<>();
    private int columnCount;

    public ValueTable(String caption, String... headers) {
        addClassName("value-table");
        Tables.name(this, caption, headers);
        add(body);
    }

    /** Replaces the rows: each row is a label followed by its numbers, to 3 decimals. */
    public void setRows(List<String> labels, List<double[]> columns) {
        setRows(labels, columns, (row, column, value) -> format(value));
    }

    /** How to write the number in a row and column: a count, a share, a size with its unit. */
    @FunctionalInterface
    public interface CellFormat {
        String format(int row, int column, double value);
    }

    /**
     * Replaces the rows, writing each number as {@code format} says. A table that keeps its shape (the same numbers
     * of rows and columns) is updated in place, so only the texts and values that changed travel to the browser:
     * a class of 300 following one teacher renders this for every student on every change.
     */
    public void setRows(List<String> labels, List<double[]> columns, CellFormat format) {
        if (labels.size() != labelCells.size() || columns.size() != columnCount) {
            build(labels.size(), columns.size());
        }
        for (int r = 0; r < labels.size(); r++) {
            Text.update(labelCells.get(r), labels.get(r));
            for (int c = 0; c < columns.size(); c++) {
                double value = columns.get(c)[r];
                NativeTableCell cell = cells.get(r).get(c);
                Text.update(cell, format.format(r, c, value));
                cell.getElement().setAttribute("data-value", Double.toString(value));
            }
        }
    }

    private void build(int rows, int columns) {
        body.removeAll();
        labelCells.clear();
        cells.clear();
        columnCount = columns;
        for (int r = 0; r < rows; r++) {
            NativeTableRow row = new NativeTableRow();
            NativeTableHeaderCell label = new NativeTableHeaderCell();
            label.getElement().setAttribute("scope", "row");
            row.add(label);
            labelCells.add(label);
            List<NativeTableCell> rowCells = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                NativeTableCell cell = new NativeTableCell();
                cell.getElement().setAttribute("data-column", Integer.toString(c));
                row.add(cell);
                rowCells.add(cell);
            }
            cells.add(rowCells);
            body.add(row);
        }
    }

    public static String format(double value) {
        return String.format(Locale.ROOT, "%.3f", value).replace("-0.000", "0.000").replace('-', '−');
    }
}
