package dev.genaiplayground.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LessonRendererTest {

    private final LessonRenderer renderer = new LessonRenderer();

    private String html(String markdown) {
        List<LessonSegment> segments = renderer.render(markdown, 1);
        assertThat(segments).hasSize(1).first().isInstanceOf(LessonSegment.Html.class);
        return ((LessonSegment.Html) segments.get(0)).html();
    }

    @Test
    void rendersCommonMarkAndTables() {
        String html = html("# Title\n\nSome *emphasis*.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
        assertThat(html).contains("<h1>Title</h1>", "<em>emphasis</em>", "<table>", "<td>1</td>");
    }

    @Test
    void keepsInlineMathLiteral() {
        String html = html("Weights $w_i * x_j \\cdot \\frac{a}{b}$ and $y_1$ here.");
        assertThat(html)
                .contains("<span class=\"math-inline\">w_i * x_j \\cdot \\frac{a}{b}</span>")
                .contains("<span class=\"math-inline\">y_1</span>")
                .doesNotContain("<em>");
    }

    @Test
    void escapesHtmlInsideMath() {
        assertThat(html("If $a<b$ then.")).contains("<span class=\"math-inline\">a&lt;b</span>");
    }

    @Test
    void keepsDisplayMathLiteral() {
        String html = html("$$\n\\text{softmax}(z)_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}\n$$\n");
        assertThat(html).contains(
                "<div class=\"math-display\">\\text{softmax}(z)_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}</div>");
    }

    @Test
    void displayMathOnOneLineAndInsideAParagraph() {
        assertThat(html("$$ x_1 + x_2 $$")).contains("<div class=\"math-display\">x_1 + x_2</div>");
        String html = html("Before\n$$\na_b\n$$\nafter");
        assertThat(html).contains("<p>Before</p>", "<div class=\"math-display\">a_b</div>", "<p>after</p>");
    }

    @Test
    void dollarAmountsInProseAreNotMath() {
        String html = html("It costs $5 and $10, or US$3 to US$4 at most.");
        assertThat(html).doesNotContain("math").contains("It costs $5 and $10, or US$3 to US$4 at most.");
        assertThat(html("Pay $5 for $x$.")).contains("Pay $5 for <span class=\"math-inline\">x</span>.");
        assertThat(html("A literal \\$x\\$ stays.")).doesNotContain("math");
    }

    @Test
    void codeIsNeverMath() {
        assertThat(html("Run `echo $HOME $PATH` now.")).contains("<code>echo $HOME $PATH</code>")
                .doesNotContain("math");
        String html = html("```python\nprice = \"$a$\"\nif a < b: pass\n```\n");
        assertThat(html).contains("<pre><code class=\"language-python\">price = &quot;$a$&quot;\nif a &lt; b: pass\n"
                + "</code></pre>").doesNotContain("math");
    }

    @Test
    void escapesRawHtmlAndUnsafeLinks() {
        String html = html("<script>alert(1)</script>\n\nHi <b onclick=\"x()\">there</b> "
                + "[click](javascript:alert(1)) [ok](https://example.org) [rel](/lessons/attention)");
        assertThat(html).doesNotContain("<script", "<b ", "javascript:")
                .contains("&lt;script&gt;", "href=\"https://example.org\"", "href=\"/lessons/attention\"");
    }

    @Test
    void splitsAroundWidgetBlocksWithFileLines() {
        String markdown = "Intro.\n\n```widget softmax\nlogits: 1, 2\ntarget: 0\n```\n\nOutro.\n";
        List<LessonSegment> segments = renderer.render(markdown, 7);
        assertThat(segments).hasSize(3);
        assertThat(((LessonSegment.Html) segments.get(0)).html()).contains("Intro.");
        assertThat(segments.get(1)).isEqualTo(new LessonSegment.WidgetBlock("softmax", "logits: 1, 2\ntarget: 0\n", 9));
        assertThat(((LessonSegment.Html) segments.get(2)).html()).contains("Outro.");
    }

    @Test
    void widgetBlockWithoutIdIsAProblem() {
        List<LessonSegment> segments = renderer.render("Text\n\n```widget\nlogits: 1\n```\n", 5);
        assertThat(segments).hasSize(2);
        assertThat(segments.get(1)).isInstanceOfSatisfying(LessonSegment.Problem.class, p -> {
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.message()).contains("names no widget");
        });
    }

    @Test
    void nestedWidgetBlockAndUnclosedMathAreProblems() {
        List<LessonSegment> segments = renderer.render("- item\n\n  ```widget softmax\n  ```\n\n$$\nx\n", 1);
        assertThat(segments).filteredOn(LessonSegment.Problem.class::isInstance)
                .extracting(s -> ((LessonSegment.Problem) s).line())
                .containsExactly(3, 6);
    }

    @Test
    void rendersTheLessonFromItsBodyLine() {
        Lesson lesson = FrontMatter.parse("---\nid: x\ntitle: X\nlayer: math\norder: 1\nsummary: S\n---\n"
                + "Text\n\n```widget attention\ntokens: a, b\n```\n");
        assertThat(renderer.render(lesson)).element(1)
                .isEqualTo(new LessonSegment.WidgetBlock("attention", "tokens: a, b\n", 10));
    }

    @Test
    void checkAndChecklistBlocksBecomeTheirOwnSegments() {
        List<LessonSegment> segments = renderer.render("""
                Intro.

                ```check
                question: Do it.
                expect: result.loss < 1
                ```

                ```checklist weeks
                Week 1 · vectors

                Week 2 · probability
                ```

                ```python
                print("plain code stays code")
                ```
                """, 10);
        assertThat(segments).hasSize(4);
        assertThat(segments.get(1)).isEqualTo(
                new LessonSegment.CheckBlock("question: Do it.\nexpect: result.loss < 1\n", 12));
        assertThat(segments.get(2)).isEqualTo(
                new LessonSegment.Checklist("weeks", List.of("Week 1 · vectors", "Week 2 · probability"), 17));
        assertThat(((LessonSegment.Html) segments.get(3)).html()).contains("plain code stays code");
    }

    @Test
    void malformedCheckAndChecklistBlocksAreProblems() {
        assertThat(renderer.render("```check softmax\nquestion: q\n```\n", 1)).singleElement()
                .isInstanceOf(LessonSegment.Problem.class);
        assertThat(renderer.render("```checklist\nitem\n```\n", 1)).singleElement()
                .isInstanceOf(LessonSegment.Problem.class);
        assertThat(renderer.render("```checklist Bad/Key\nitem\n```\n", 1)).singleElement()
                .isInstanceOf(LessonSegment.Problem.class);
        assertThat(renderer.render("```checklist empty\n\n```\n", 1)).singleElement()
                .isInstanceOf(LessonSegment.Problem.class);
        assertThat(renderer.render("- item\n\n  ```check\n  question: q\n  ```\n", 1))
                .filteredOn(LessonSegment.Problem.class::isInstance).singleElement()
                .extracting(s -> ((LessonSegment.Problem) s).message()).asString().contains("left margin");
    }

    @Test
    void cutsALessonIntoSectionsAtItsLevel2Headings() {
        Lesson lesson = new Lesson("l", "L", Layer.MATH, 1, "", String.join("\n",
                "Opening words.",
                "",
                "## First `code` part",
                "One.",
                "### A subheading stays inside",
                "```python",
                "## not a heading inside code",
                "```",
                "## Second",
                "Two."), 5);
        List<LessonSection> sections = renderer.sections(lesson);
        assertThat(sections).extracting(LessonSection::heading).containsExactly(null, "First code part", "Second");
        assertThat(sections.get(0).title()).isEqualTo("Introduction");
        assertThat(sections.get(0).markdown()).isEqualTo("Opening words.\n");
        assertThat(sections.get(1).markdown()).contains("One.", "### A subheading", "## not a heading inside code")
                .doesNotContain("Second");
        // line numbers stay those of the file: the body starts on line 5, "One." is its 4th line
        assertThat(sections.get(1).firstLine()).isEqualTo(8);
        assertThat(sections.get(2).markdown()).isEqualTo("Two.");
    }

    @Test
    void aLessonWithoutHeadingsIsOneSectionAndAnEmptyOneStillHasOne() {
        assertThat(renderer.sections(new Lesson("l", "L", Layer.MATH, 1, "", "## Only\ntext", 1)))
                .extracting(LessonSection::heading).containsExactly("Only");
        assertThat(renderer.sections(new Lesson("l", "L", Layer.MATH, 1, "", "", 1)))
                .extracting(LessonSection::heading).containsExactly((String) null);
    }
}
