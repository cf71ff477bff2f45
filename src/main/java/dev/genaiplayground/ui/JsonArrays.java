package dev.genaiplayground.ui;

import elemental.json.Json;
import elemental.json.JsonArray;
import java.util.List;

/** Plain Java arrays to JSON for element properties; a non-finite number becomes null (JSON has no ∞). */
public final class JsonArrays {

    private JsonArrays() {
    }

    public static JsonArray of(double[] values) {
        JsonArray array = Json.createArray();
        for (int i = 0; i < values.length; i++) {
            if (Double.isFinite(values[i])) {
                array.set(i, values[i]);
            } else {
                array.set(i, Json.createNull());
            }
        }
        return array;
    }

    public static JsonArray of(double[][] rows) {
        JsonArray array = Json.createArray();
        for (int i = 0; i < rows.length; i++) {
            array.set(i, of(rows[i]));
        }
        return array;
    }

    public static JsonArray of(List<String> texts) {
        JsonArray array = Json.createArray();
        texts.forEach(t -> array.set(array.length(), t));
        return array;
    }
}
