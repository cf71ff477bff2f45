package dev.genaiplayground.widget.backprop;

import dev.genaiplayground.ui.Tables;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;
import java.util.Locale;

/**
 * A read-only table of named numbers to six decimals (enough to see a gradient and its finite-difference estimate
 * agree); each number cell carries its full value in {@code data-value} and its column in {@code data-column}, and
 * each row its name in {@code data-name}.
 */
class NumberTable extends NativeTable {

    /** One row: its name as shown, a stable name for tests, and its numbers. */
    record Line(String label, String name, double... values) {
    }

    private final NativeTableBody body = new NativeTableBody();

    NumberTable(String caption, String... headers) {
        addClassName("value-table");
        getElement().setAttribute("aria-label", caption);
        getHead().add(Tables.headRow(List.of(headers)));
        add(body);
    }

    void setLines(List<Line> lines) {
        body.removeAll();
        for (Line line : lines) {
            NativeTableRow row = new NativeTableRow();
            row.getElement().setAttribute("data-name", line.name());
            NativeTableHeaderCell label = new NativeTableHeaderCell(line.label());
            label.getElement().setAttribute("scope", "row");
            row.add(label);
            for (int c = 0; c < line.values().length; c++) {
                double value = line.values()[c];
                NativeTableCell cell = new NativeTableCell(format(value));
                cell.getElement().setAttribute("data-value", Double.toString(value));
                cell.getElement().setAttribute("data-column", Integer.toString(c));
                row.add(cell);
            }
            body.add(row);
        }
    }

    static String format(double value) {
        String text = String.format(Locale.ROOT, Math.abs(value) < 1e-4 && value != 0 ? "%.2e" : "%.6f", value);
        return text.matches("-0\\.0+") ? text.substring(1) : text.replace('-', '−');
    }
}
