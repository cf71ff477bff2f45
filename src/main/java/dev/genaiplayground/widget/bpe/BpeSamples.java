package dev.genaiplayground.widget.bpe;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The public-domain sample texts shipped in {@code content/data/bpe/} (sources in its SOURCES.md), by name, each
 * with its title. Read once; a file's final line break is left out.
 */
final class BpeSamples {

    private static final Map<String, String> TITLES = new LinkedHashMap<>();
    private static final Map<String, String> TEXTS = new LinkedHashMap<>();

    static {
        TITLES.put("austen", "Austen, Pride and Prejudice (English)");
        TITLES.put("la-fontaine", "La Fontaine, La Cigale et la Fourmi (French)");
        TITLES.put("goethe", "Goethe, Erlkönig (German)");
        TITLES.put("chinese", "Confucius, Laozi and Bashō (Chinese, Japanese)");
        TITLES.put("emoji", "Emoji, flags and skin tones");
        TITLES.keySet().forEach(name -> TEXTS.put(name, read(name)));
    }

    private BpeSamples() {
    }

    /** Sample names, the default first. */
    static Iterable<String> names() {
        return TITLES.keySet();
    }

    static String title(String name) {
        return TITLES.getOrDefault(name, "Your own text");
    }

    static String text(String name) {
        String text = TEXTS.get(name);
        if (text == null) {
            throw new IllegalArgumentException("There is no sample called '" + name + "'.");
        }
        return text;
    }

    /** The name of the sample whose text this is, or null for text of one's own. */
    static String nameOf(String text) {
        return TEXTS.entrySet().stream().filter(e -> e.getValue().equals(text)).map(Map.Entry::getKey).findFirst()
                .orElse(null);
    }

    private static String read(String name) {
        String path = "content/data/bpe/" + name + ".txt";
        try (InputStream in = BpeSamples.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing sample text " + path);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
