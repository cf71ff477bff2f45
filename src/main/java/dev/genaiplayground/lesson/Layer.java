package dev.genaiplayground.lesson;

import java.util.Arrays;

/** The guide pages, then the three layers of the curriculum, in the order a learner meets them. */
public enum Layer {
    GUIDE("guide", "Start here"),
    MATH("math", "Math"),
    ML_CORE("ml-core", "ML core"),
    ARCHITECTURE("architecture", "Architecture");

    private final String key;
    private final String title;

    Layer(String key, String title) {
        this.key = key;
        this.title = title;
    }

    /** How lessons name the layer in their front matter. */
    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    public static Layer fromKey(String key) {
        return Arrays.stream(values()).filter(l -> l.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown layer '" + key + "'; use one of "
                        + Arrays.stream(values()).map(Layer::key).toList()));
    }
}
