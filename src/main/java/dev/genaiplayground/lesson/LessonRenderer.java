package dev.genaiplayground.lesson;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Turns a lesson's Markdown into {@link LessonSegment}s: CommonMark with tables and TeX math, the lesson's own HTML
 * escaped and link targets limited to http, https, mailto and relative ones. Each top-level {@code ```widget ID}
 * block becomes a {@link LessonSegment.WidgetBlock} between the HTML before and after it. Thread-safe.
 */
public final class LessonRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), MathExtension.create());

    private final Parser parser = Parser.builder()
            .extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();

    private final HtmlRenderer html = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
            .build();

    public List<LessonSegment> render(Lesson lesson) {
        return render(lesson.markdown(), lesson.bodyStartLine());
    }

    /**
     * The lesson cut at its level-2 headings: the opening (when it has any text, or there is no heading) and then
     * one section per heading, each with the Markdown up to the next heading. Never empty.
     */
    public List<LessonSection> sections(Lesson lesson) {
        String[] lines = lesson.markdown().split("\n", -1);
        List<Integer> starts = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        for (Node block = parser.parse(lesson.markdown()).getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading heading && heading.getLevel() == 2) {
                starts.add(lineIndex(heading));
                headings.add(plainText(heading));
            }
        }
        List<LessonSection> sections = new ArrayList<>();
        int openingEnd = starts.isEmpty() ? lines.length : starts.get(0);
        String opening = String.join("\n", java.util.Arrays.copyOfRange(lines, 0, openingEnd));
        if (!opening.isBlank() || starts.isEmpty()) {
            sections.add(new LessonSection(null, opening, lesson.bodyStartLine()));
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : lines.length;
            // the heading line itself is left out: whoever shows a section shows its heading apart
            sections.add(new LessonSection(headings.get(i),
                    String.join("\n", java.util.Arrays.copyOfRange(lines, starts.get(i) + 1, end)),
                    lesson.bodyStartLine() + starts.get(i) + 1));
        }
        return sections;
    }

    private static String plainText(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text literal) {
                text.append(literal.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.Code code) {
                text.append(code.getLiteral());
            }
        });
        return text.toString().strip();
    }

    /**
     * @param firstLine the file line (1-based) on which {@code markdown} starts, used in line numbers
     */
    public List<LessonSegment> render(String markdown, int firstLine) {
        List<LessonSegment> segments = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (Node block = parser.parse(markdown).getFirstChild(); block != null; block = block.getNext()) {
            int line = firstLine + lineIndex(block);
            if (block instanceof FencedCodeBlock code && isSpecialBlock(code)) {
                flush(pending, segments);
                segments.add(specialSegment(code, line));
                continue;
            }
            pending.append(html.render(block));
            List<LessonSegment.Problem> problems = problemsInside(block, firstLine);
            if (!problems.isEmpty()) {
                flush(pending, segments);
                segments.addAll(problems);
            }
        }
        flush(pending, segments);
        return segments;
    }

    private static LessonSegment specialSegment(FencedCodeBlock code, int line) {
        return switch (kind(code)) {
            case "check" -> code.getInfo().strip().equals("check") ? new LessonSegment.CheckBlock(code.getLiteral(), line)
                    : new LessonSegment.Problem(line, "Write nothing after ```check; the check belongs to the widget "
                            + "block above it.");
            case "checklist" -> checklistSegment(code, line);
            default -> widgetSegment(code, line);
        };
    }

    private static LessonSegment checklistSegment(FencedCodeBlock code, int line) {
        String[] words = code.getInfo().strip().split("\\s+");
        if (words.length != 2 || !words[1].matches("[a-z][a-z0-9-]{0,40}")) {
            return new LessonSegment.Problem(line, "Write ```checklist KEY, where KEY (lowercase letters, digits and "
                    + "dashes) names where the browser remembers the ticks.");
        }
        List<String> items = code.getLiteral().lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (items.isEmpty()) {
            return new LessonSegment.Problem(line, "This checklist has no items: write one per line.");
        }
        return new LessonSegment.Checklist(words[1], items, line);
    }

    private static LessonSegment widgetSegment(FencedCodeBlock code, int line) {
        String[] words = code.getInfo().strip().split("\\s+");
        if (words.length < 2) {
            return new LessonSegment.Problem(line, "This widget block names no widget: write ```widget ID, "
                    + "for example ```widget softmax.");
        }
        if (words.length > 2) {
            return new LessonSegment.Problem(line, "Write only the widget's id after ```widget, found '"
                    + code.getInfo().strip() + "'.");
        }
        return new LessonSegment.WidgetBlock(words[1], code.getLiteral(), line);
    }

    /** Widget, check and checklist blocks become their own segments; other fenced code stays code. */
    private static boolean isSpecialBlock(FencedCodeBlock code) {
        return List.of("widget", "check", "checklist").contains(kind(code));
    }

    private static String kind(FencedCodeBlock code) {
        String info = code.getInfo();
        return info == null ? "" : info.strip().split("\\s+")[0];
    }

    /** Mistakes nested in a block that still renders: widget blocks inside lists or quotes, unclosed $$. */
    private static List<LessonSegment.Problem> problemsInside(Node block, int firstLine) {
        List<LessonSegment.Problem> problems = new ArrayList<>();
        block.accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock code) {
                if (code != block && isSpecialBlock(code)) {
                    problems.add(new LessonSegment.Problem(firstLine + lineIndex(code), "A " + kind(code)
                            + " block must start at the left margin, not inside a list or quote."));
                }
            }

            @Override
            public void visit(CustomBlock custom) {
                if (custom instanceof MathExtension.DisplayMath math && !math.closed) {
                    problems.add(new LessonSegment.Problem(firstLine + lineIndex(math),
                            "This $$ display math has no closing $$, so it runs to the end of the lesson."));
                }
                visitChildren(custom);
            }
        });
        return problems;
    }

    private static int lineIndex(Node node) {
        return node.getSourceSpans().isEmpty() ? 0 : node.getSourceSpans().get(0).getLineIndex();
    }

    private static void flush(StringBuilder pending, List<LessonSegment> segments) {
        if (!pending.toString().isBlank()) {
            segments.add(new LessonSegment.Html(pending.toString()));
        }
        pending.setLength(0);
    }
}
