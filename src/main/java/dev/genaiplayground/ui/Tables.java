package dev.genaiplayground.ui;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;

/** The parts every small table of the widgets shares: an accessible name and a row of column headers. */
public final class Tables {

    private Tables() {
    }

    /** A header row: one {@code <th scope="col">} per title, as text. */
    public static NativeTableRow headRow(List<String> titles) {
        NativeTableRow head = new NativeTableRow();
        for (String title : titles) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(title);
            cell.getElement().setAttribute("scope", "col");
            head.add(cell);
        }
        return head;
    }

    /** A table named {@code caption} for assistive tools, with column {@code headers} above {@code body}. */
    public static NativeTable headed(String caption, NativeTableBody body, String... headers) {
        NativeTable table = new NativeTable();
        name(table, caption, headers);
        table.add(body);
        return table;
    }

    /** Names {@code table} and gives it its header row. */
    static void name(NativeTable table, String caption, String... headers) {
        table.getElement().setAttribute("aria-label", caption);
        table.getHead().add(headRow(List.of(headers)));
    }
}
