package dev.genaiplayground.widget.bpe;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * Tokens side by side, each in its own box with its id under it, so that the boundaries show. Token text is set
 * as text, never markup: a token "<b>" shows as those three characters.
 */
class TokenChips extends Div {

    TokenChips(String label) {
        addClassName("bpe-chips");
        getElement().setAttribute("role", "list");
        getElement().setAttribute("aria-label", label);
        getElement().setAttribute("tabindex", "0"); // a long list scrolls: reachable by keyboard
    }

    /**
     * Shows the first {@code limit} tokens; {@code highlight} marks every token with that id (-1 for none).
     */
    void setTokens(String[] texts, int[] ids, int highlight, int limit) {
        removeAll();
        int shown = Math.min(limit, ids.length);
        for (int i = 0; i < shown; i++) {
            Span text = new Span(texts[i]);
            text.addClassName("bpe-chip-text");
            Span id = new Span(Integer.toString(ids[i]));
            id.addClassName("bpe-chip-id");
            Span chip = new Span(text, id);
            chip.addClassName("bpe-chip");
            chip.getElement().setAttribute("role", "listitem");
            chip.getElement().setAttribute("title", "token " + ids[i]);
            if (ids[i] == highlight) {
                chip.addClassName("bpe-chip-new");
            }
            add(chip);
        }
        if (shown < ids.length) {
            Span more = new Span("… and " + (ids.length - shown) + " more");
            more.addClassName("bpe-chips-more");
            more.getElement().setAttribute("role", "listitem");
            add(more);
        }
    }

    /** The CSS of the chips, added once by the view as a style element (the theme stays untouched). */
    static final String CSS = """
            .bpe-chips { display: flex; flex-wrap: wrap; gap: 3px; align-items: flex-start; max-height: 22rem;
              overflow-y: auto; padding: 2px; }
            .bpe-chip { display: inline-flex; flex-direction: column; align-items: center; min-width: 1.4rem;
              padding: 1px 4px; border-radius: var(--lumo-border-radius-s);
              border: 1px solid var(--lumo-contrast-20pct); background: var(--lumo-contrast-5pct); }
            .bpe-chip:nth-child(even) { background: var(--lumo-primary-color-10pct); }
            .bpe-chips:focus-visible { outline: 2px solid var(--lumo-primary-color-50pct); }
            .bpe-chip-new { outline: 2px solid var(--lumo-primary-color); outline-offset: 0; }
            .bpe-chip-text { font-family: var(--lumo-font-family-monospace, monospace); white-space: pre;
              font-size: var(--lumo-font-size-s); color: var(--lumo-body-text-color); }
            .bpe-chip-id { font-size: var(--lumo-font-size-xxs); color: var(--lumo-secondary-text-color); }
            .bpe-chips-more { align-self: center; font-size: var(--lumo-font-size-s);
              color: var(--lumo-secondary-text-color); }
            .bpe-counts { border-collapse: collapse; font-variant-numeric: tabular-nums; }
            .bpe-counts th, .bpe-counts td { padding: 2px 10px; text-align: right;
              border-bottom: 1px solid var(--lumo-contrast-10pct); }
            .bpe-counts th[scope=row] { text-align: left; font-weight: 500; }
            .bpe-note { margin: 0; max-width: 70ch; font-size: var(--lumo-font-size-s); }
            .bpe-meter { width: 100%; max-width: 36rem; }
            .bpe-meter-over { color: var(--lumo-error-text-color); font-weight: 600; }
            .bpe-step-row { display: flex; flex-wrap: wrap; align-items: flex-end; gap: var(--lumo-space-s); }
            .bpe-widget textarea { font-family: var(--lumo-font-family-monospace, monospace); }
            """;
}
