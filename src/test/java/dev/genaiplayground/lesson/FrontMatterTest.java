package dev.genaiplayground.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FrontMatterTest {

    private static final String VALID = """
            ---
            id: softmax-cross-entropy
            title: "Softmax and cross-entropy"
            layer: math
            order: 30
            summary: From logits to probabilities.
            ---
            # Body
            """;

    @Test
    void readsFieldsBodyAndBodyLine() {
        Lesson lesson = FrontMatter.parse(VALID);
        assertThat(lesson.id()).isEqualTo("softmax-cross-entropy");
        assertThat(lesson.title()).isEqualTo("Softmax and cross-entropy");
        assertThat(lesson.layer()).isEqualTo(Layer.MATH);
        assertThat(lesson.order()).isEqualTo(30);
        assertThat(lesson.markdown()).startsWith("# Body");
        assertThat(lesson.bodyStartLine()).isEqualTo(8);
    }

    @Test
    void missingKeyIsNamed() {
        assertThatThrownBy(() -> FrontMatter.parse(VALID.replace("summary: From logits to probabilities.\n", "")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'summary'");
    }

    @Test
    void badLayerListsTheKnownOnes() {
        assertThatThrownBy(() -> FrontMatter.parse(VALID.replace("layer: math", "layer: physics")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'physics'").hasMessageContaining("ml-core");
    }

    @Test
    void badOrderAndMissingFenceAreExplained() {
        assertThatThrownBy(() -> FrontMatter.parse(VALID.replace("order: 30", "order: first")))
                .hasMessageContaining("'order'");
        assertThatThrownBy(() -> FrontMatter.parse("# no front matter")).hasMessageContaining("'---'");
        assertThatThrownBy(() -> FrontMatter.parse("---\nid: x\n")).hasMessageContaining("closing");
    }
}
