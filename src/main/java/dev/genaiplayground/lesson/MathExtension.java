package dev.genaiplayground.lesson;

import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockParserFactory;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.ParserState;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * TeX math for commonmark-java: {@code $...$} inline and {@code $$...$$} on lines of its own. The TeX is kept
 * exactly as written (no emphasis, no escapes) and rendered as escaped text in {@code <span class="math-inline">}
 * or {@code <div class="math-display">}; the browser typesets it with KaTeX.
 *
 * <p>So that prose like "costs $5 and $10" or "US$5" stays prose, an inline opening {@code $} must not follow a
 * letter or digit and must be followed by a non-space, and the first unescaped {@code $} after it closes the math only if it follows a non-space and is not
 * followed by a digit; otherwise the opening {@code $} is plain text. Write {@code \$} for a literal dollar sign.
 */
final class MathExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private MathExtension() {
    }

    static Extension create() {
        return new MathExtension();
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new DisplayMathParser.Factory());
        builder.customInlineContentParserFactory(new InlineMathParser.Factory());
    }

    @Override
    public void extend(HtmlRenderer.Builder builder) {
        builder.nodeRendererFactory(MathRenderer::new);
    }

    /** Math inside a paragraph; {@code display} when written as {@code $$...$$} in the middle of a line. */
    static final class InlineMath extends CustomNode {
        final String tex;
        final boolean display;

        InlineMath(String tex, boolean display) {
            this.tex = tex;
            this.display = display;
        }
    }

    /** A {@code $$} block; {@code closed} is false when its closing {@code $$} never came. */
    static final class DisplayMath extends CustomBlock {
        final StringBuilder tex = new StringBuilder();
        boolean closed;
    }

    private static final class InlineMathParser implements InlineContentParser {

        @Override
        public ParsedInline tryParse(InlineParserState state) {
            Scanner scanner = state.scanner();
            boolean afterWord = Character.isLetterOrDigit(scanner.peekPreviousCodePoint());
            scanner.next();
            if (scanner.next('$')) {
                return parseDisplay(scanner);
            }
            return afterWord ? ParsedInline.none() : parseInline(scanner);
        }

        private static ParsedInline parseInline(Scanner scanner) {
            char first = scanner.peek();
            if (first == Scanner.END || Character.isWhitespace(first)) {
                return ParsedInline.none();
            }
            Position start = scanner.position();
            if (!skipToDollar(scanner)) {
                return ParsedInline.none();
            }
            Position end = scanner.position();
            boolean afterNonSpace = !Character.isWhitespace(scanner.peekPreviousCodePoint());
            scanner.next();
            if (!afterNonSpace || Character.isDigit(scanner.peek())) {
                return ParsedInline.none();
            }
            String tex = scanner.getSource(start, end).getContent();
            return ParsedInline.of(new InlineMath(tex, false), scanner.position());
        }

        private static ParsedInline parseDisplay(Scanner scanner) {
            Position start = scanner.position();
            while (skipToDollar(scanner)) {
                Position end = scanner.position();
                scanner.next();
                if (scanner.next('$')) {
                    String tex = scanner.getSource(start, end).getContent().strip();
                    return tex.isEmpty() ? ParsedInline.none()
                            : ParsedInline.of(new InlineMath(tex, true), scanner.position());
                }
            }
            return ParsedInline.none();
        }

        /** Moves to the next {@code $} not escaped by a backslash; false at the end of the paragraph. */
        private static boolean skipToDollar(Scanner scanner) {
            while (scanner.hasNext()) {
                char c = scanner.peek();
                if (c == '$') {
                    return true;
                }
                scanner.next();
                if (c == '\\' && scanner.hasNext()) {
                    scanner.next();
                }
            }
            return false;
        }

        static final class Factory implements InlineContentParserFactory {
            @Override
            public Set<Character> getTriggerCharacters() {
                return Set.of('$');
            }

            @Override
            public InlineContentParser create() {
                return new InlineMathParser();
            }
        }
    }

    /**
     * Display math: a line starting with {@code $$} opens it, the next line ending with {@code $$} closes it, and
     * {@code $$ tex $$} on one line is a block by itself.
     */
    private static final class DisplayMathParser extends AbstractBlockParser {

        private final DisplayMath block = new DisplayMath();

        @Override
        public DisplayMath getBlock() {
            return block;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            if (block.closed) {
                return BlockContinue.none();
            }
            CharSequence line = state.getLine().getContent();
            String rest = line.subSequence(state.getIndex(), line.length()).toString();
            if (rest.strip().endsWith("$$")) {
                take(rest);
                return BlockContinue.finished();
            }
            return BlockContinue.atIndex(state.getIndex());
        }

        /** Receives the rest of the opening line (after {@code $$}) and every line up to the closing one. */
        @Override
        public void addLine(SourceLine line) {
            take(line.getContent().toString());
        }

        private void take(String text) {
            String stripped = text.strip();
            if (stripped.endsWith("$$")) {
                block.closed = true;
                stripped = stripped.substring(0, stripped.length() - 2).strip();
            }
            if (!stripped.isEmpty()) {
                if (!block.tex.isEmpty()) {
                    block.tex.append('\n');
                }
                block.tex.append(stripped);
            }
        }

        static final class Factory implements BlockParserFactory {
            @Override
            public BlockStart tryStart(ParserState state, org.commonmark.parser.block.MatchedBlockParser matched) {
                if (state.getIndent() >= 4) {
                    return BlockStart.none();
                }
                CharSequence line = state.getLine().getContent();
                int start = state.getNextNonSpaceIndex();
                String rest = line.subSequence(start, line.length()).toString().strip();
                if (!rest.startsWith("$$")) {
                    return BlockStart.none();
                }
                // "$$a$$ and more" is inline math in a paragraph, not a block.
                int close = rest.indexOf("$$", 2);
                if (close >= 0 && close != rest.length() - 2) {
                    return BlockStart.none();
                }
                return BlockStart.of(new DisplayMathParser()).atIndex(start + 2);
            }
        }
    }

    private static final class MathRenderer implements NodeRenderer {

        private final HtmlWriter html;

        MathRenderer(HtmlNodeRendererContext context) {
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(InlineMath.class, DisplayMath.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof InlineMath math) {
                // A <div> may not sit inside a <p>: mid-paragraph display math is a span styled as a block.
                html.raw(math.display ? "<span class=\"math-display\">" : "<span class=\"math-inline\">");
                html.text(math.tex);
                html.raw("</span>");
            } else if (node instanceof DisplayMath math) {
                html.line();
                html.raw("<div class=\"math-display\">");
                html.text(math.tex.toString());
                html.raw("</div>");
                html.line();
            }
        }
    }
}
