package dev.genaiplayground.widget.masks;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;

/**
 * Which query (row) may attend to which key (column): ✓ on a tinted cell where it may, a faint ✕ where it may not.
 * Every cell says it in words too (its accessible name and tooltip). Words are set as text, never markup.
 */
class MaskTable extends NativeTable {

    private final NativeTableBody body = new NativeTableBody();

    MaskTable(String caption) {
        addClassName("mask-table");
        getElement().setAttribute("aria-label", caption);
        getStyle().set("border-collapse", "collapse").set("font-size", "var(--lumo-font-size-s)");
        add(body);
    }

    void setMask(int[][] mask, List<String> queries, List<String> keys) {
        getHead().removeAll();
        NativeTableRow head = new NativeTableRow();
        NativeTableHeaderCell corner = new NativeTableHeaderCell("query ↓ key →");
        corner.getStyle().set("font-weight", "400").set("color", "var(--lumo-secondary-text-color)")
                .set("white-space", "nowrap").set("padding", "var(--lumo-space-xs)");
        head.add(corner);
        for (String key : keys) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(key);
            cell.getElement().setAttribute("scope", "col");
            cell.getStyle().set("padding", "var(--lumo-space-xs)").set("max-width", "8rem")
                    .set("overflow-wrap", "anywhere");
            head.add(cell);
        }
        getHead().add(head);
        body.removeAll();
        for (int i = 0; i < mask.length; i++) {
            NativeTableRow row = new NativeTableRow();
            NativeTableHeaderCell label = new NativeTableHeaderCell(queries.get(i));
            label.getElement().setAttribute("scope", "row");
            label.getStyle().set("text-align", "left").set("padding", "var(--lumo-space-xs)")
                    .set("max-width", "8rem").set("overflow-wrap", "anywhere");
            row.add(label);
            for (int j = 0; j < mask[i].length; j++) {
                boolean allowed = mask[i][j] == 1;
                NativeTableCell cell = new NativeTableCell(allowed ? "✓" : "✕");
                String words = "“" + queries.get(i) + "” " + (allowed ? "may see" : "cannot see") + " “"
                        + keys.get(j) + "”";
                cell.getElement().setAttribute("title", words);
                cell.getElement().setAttribute("aria-label", words);
                cell.getElement().setAttribute("data-allowed", String.valueOf(allowed));
                cell.addClassName(allowed ? "mask-allowed" : "mask-blocked");
                cell.getStyle().set("text-align", "center").set("min-width", "1.8rem")
                        .set("padding", "var(--lumo-space-xs)").set("border", "1px solid var(--lumo-contrast-10pct)")
                        .set("background", allowed ? "var(--lumo-success-color-10pct)" : "transparent")
                        .set("color", allowed ? "var(--lumo-success-text-color)" : "var(--lumo-secondary-text-color)");
                row.add(cell);
            }
            body.add(row);
        }
    }
}
