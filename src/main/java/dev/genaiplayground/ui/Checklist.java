package dev.genaiplayground.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Items a learner ticks off, remembered in their own browser ({@code localStorage}), never on the server: no
 * account is needed and nothing about the learner leaves their device. The ticks are stored as the items' texts,
 * so reordering the list in the lesson keeps them.
 */
public class Checklist extends Composite<Div> {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Far more than a lesson's list; a forged or corrupted entry larger than this is ignored. */
    private static final int MAX_STORED_LENGTH = 20_000;

    private final String storageKey;
    private final List<String> items;
    private final List<Checkbox> boxes = new ArrayList<>();
    private final ProgressBar bar = new ProgressBar(0, 1);
    private final Paragraph progress = new Paragraph();
    private final Paragraph storageNote = new Paragraph();

    public Checklist(String key, List<String> items) {
        this.storageKey = "playground.checklist." + key;
        this.items = List.copyOf(items);
        Div list = new Div();
        list.addClassName("checklist-items");
        list.getElement().setAttribute("role", "group");
        list.getElement().setAttribute("aria-label", "Checklist");
        for (String item : this.items) {
            Checkbox box = new Checkbox(item);
            box.addValueChangeListener(e -> {
                showProgress();
                if (e.isFromClient()) {
                    save();
                }
            });
            boxes.add(box);
            list.add(box);
        }
        progress.addClassName("checklist-progress");
        progress.getElement().setAttribute("aria-live", "polite");
        bar.getElement().setAttribute("aria-label", "Progress through the checklist");
        storageNote.addClassName("checklist-note");
        storageNote.setText("Your ticks are kept in this browser only.");
        getContent().addClassName("checklist");
        getContent().add(progress, bar, list, storageNote);
        showProgress();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().getPage().executeJs("try { return localStorage.getItem($0); } catch (e) { return '!'; }",
                storageKey).then(String.class, this::restore,
                error -> storageNote.setText("This browser does not let the page remember your ticks."));
    }

    private void restore(String stored) {
        if ("!".equals(stored)) {
            storageNote.setText("This browser does not let the page remember your ticks.");
            return;
        }
        if (stored == null || stored.length() > MAX_STORED_LENGTH) {
            return;
        }
        Set<String> ticked;
        try {
            ticked = new LinkedHashSet<>(Arrays.asList(JSON.readValue(stored, String[].class)));
        } catch (JsonProcessingException | RuntimeException notOurs) {
            return; // something else wrote this key: start unticked rather than fail
        }
        for (int i = 0; i < items.size(); i++) {
            boxes.get(i).setValue(ticked.contains(items.get(i)));
        }
    }

    private void save() {
        List<String> ticked = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (boxes.get(i).getValue()) {
                ticked.add(items.get(i));
            }
        }
        try {
            getElement().executeJs("try { localStorage.setItem($0, $1); } catch (e) { }", storageKey,
                    JSON.writeValueAsString(ticked));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // a list of strings always serialises
        }
    }

    private void showProgress() {
        long done = boxes.stream().filter(Checkbox::getValue).count();
        bar.setValue(items.isEmpty() ? 0 : (double) done / items.size());
        progress.setText(done + " of " + items.size() + " done");
    }
}
