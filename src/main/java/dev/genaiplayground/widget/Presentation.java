package dev.genaiplayground.widget;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a widget is shown here, apart from its state: which controls are hidden, whether it can be edited, and its
 * theme. Read from the link's reserved keys, which start with {@value LinkSettings#RESERVED_PREFIX} and so never
 * clash with a setting: {@code _hide=temperature,target} (controls by name, {@code code} for "show the code"),
 * {@code _readonly} and {@code _theme=light|dark}.
 */
public record Presentation(Set<String> hidden, boolean readOnly, Theme theme) {

    /** The page's colours; {@link #AUTO} keeps the reader's own choice. */
    public enum Theme { AUTO, LIGHT, DARK }

    public static final String HIDE = "_hide";
    public static final String READ_ONLY = "_readonly";
    public static final String THEME = "_theme";
    /** The name of the "show the code" panel in {@code _hide}. */
    public static final String CODE = "code";
    private static final List<String> KEYS = List.of(HIDE, READ_ONLY, THEME);

    public static final Presentation INTERACTIVE = new Presentation(Set.of(), false, Theme.AUTO);

    public Presentation {
        hidden = Set.copyOf(hidden);
    }

    /**
     * The presentation a link asks for.
     *
     * @param controls the names {@code _hide} may use
     * @throws InvalidStateException for an unknown reserved key, control name or theme
     */
    public static Presentation from(Map<String, List<String>> parameters, Set<String> controls)
            throws InvalidStateException {
        Set<String> hidden = new LinkedHashSet<>();
        boolean readOnly = false;
        Theme theme = Theme.AUTO;
        for (Map.Entry<String, List<String>> entry : parameters.entrySet()) {
            String key = entry.getKey();
            if (!key.startsWith(LinkSettings.RESERVED_PREFIX)) {
                continue;
            }
            String value = entry.getValue().isEmpty() ? "" : entry.getValue().get(0).strip();
            switch (key) {
                case HIDE -> hidden.addAll(names(value, controls));
                case READ_ONLY -> readOnly = flag(value);
                case THEME -> theme = theme(value);
                default -> throw new InvalidStateException(key, "Unknown display option '"
                        + PersonText.quote(key, 30) + "'. Known options: " + String.join(", ", KEYS) + ".");
            }
        }
        return new Presentation(hidden, readOnly, theme);
    }

    public boolean shows(String control) {
        return !hidden.contains(control);
    }

    /** The reserved keys for this presentation, to carry into another link (empty for the interactive default). */
    public String query() {
        StringBuilder query = new StringBuilder();
        if (!hidden.isEmpty()) {
            query.append('&').append(HIDE).append('=').append(String.join(",", hidden));
        }
        if (readOnly) {
            query.append('&').append(READ_ONLY);
        }
        if (theme != Theme.AUTO) {
            query.append('&').append(THEME).append('=').append(theme.name().toLowerCase());
        }
        return query.toString();
    }

    private static Set<String> names(String value, Set<String> controls) throws InvalidStateException {
        Set<String> names = Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        for (String name : names) {
            if (!controls.contains(name)) {
                throw new InvalidStateException(HIDE, "'" + PersonText.quote(name, 30) + "' is not a control of "
                        + "this widget. Controls that " + HIDE + " can hide: " + String.join(", ", controls) + ".");
            }
        }
        return names;
    }

    private static boolean flag(String value) throws InvalidStateException {
        if (value.isEmpty() || value.equalsIgnoreCase("true")) {
            return true;
        }
        if (value.equalsIgnoreCase("false")) {
            return false;
        }
        throw new InvalidStateException(READ_ONLY, READ_ONLY + " takes no value, or true or false, not '"
                + PersonText.quote(value, 20) + "'.");
    }

    private static Theme theme(String value) throws InvalidStateException {
        return switch (value.toLowerCase()) {
            case "light" -> Theme.LIGHT;
            case "dark" -> Theme.DARK;
            default -> throw new InvalidStateException(THEME, THEME + " is light or dark, not '"
                    + PersonText.quote(value, 20) + "'.");
        };
    }
}
