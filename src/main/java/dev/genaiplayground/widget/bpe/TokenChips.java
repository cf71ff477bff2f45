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
}
