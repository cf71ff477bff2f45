package dev.genaiplayground.widget;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * A self-check about a widget: the question, whether the widget's current state answers it (re-checked on every
 * change and announced politely to screen readers), and an optional hint.
 */
public class GoalPanel extends Composite<Div> {

    private final Goal goal;
    private final Span status = new Span();
    private boolean reached;

    public GoalPanel(Goal goal, JsonNode answer, Runnable showWidget) {
        this.goal = goal;
        Div content = getContent();
        content.addClassName("goal-panel");
        content.getElement().setAttribute("role", "group");
        content.getElement().setAttribute("aria-label", "Check yourself");
        Paragraph question = new Paragraph(goal.question());
        question.addClassName("goal-question");
        status.addClassName("goal-status");
        status.getElement().setAttribute("aria-live", "polite");
        Button toWidget = new Button("Go to the widget", e -> showWidget.run());
        toWidget.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        content.add(new H3("Check yourself"), question, status, toWidget);
        if (goal.hint() != null && !goal.hint().isEmpty()) {
            Details hint = new Details("Hint", new Paragraph(goal.hint()));
            hint.addClassName("goal-hint");
            content.add(hint);
        }
        update(answer);
    }

    /** Re-checks the goal against the widget's current answer. */
    public void update(JsonNode answer) {
        reached = goal.reachedBy(answer);
        status.setText(reached ? "✓ Done: the widget now answers the question." : "Not yet: use the widget above.");
        getContent().getElement().setAttribute("data-reached", Boolean.toString(reached));
        getContent().setClassName("goal-reached", reached);
    }

    public boolean reached() {
        return reached;
    }
}
