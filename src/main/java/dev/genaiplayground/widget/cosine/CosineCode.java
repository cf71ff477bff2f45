package dev.genaiplayground.widget.cosine;

import dev.genaiplayground.widget.PythonText;

/** The NumPy program that computes what the cosine widget shows for a state, and prints it as JSON. */
final class CosineCode {

    private CosineCode() {
    }

    static String numpy(CosineState state) {
        return """
                import json
                import numpy as np

                a = %s
                b = %s

                dot = a @ b


                def direction_and_length(v):
                    # divide by the largest |entry| first, so squaring neither overflows nor underflows
                    scale = np.abs(v).max()
                    if scale == 0:
                        return None, 0.0
                    scaled = v / scale
                    size = np.linalg.norm(scaled)
                    return scaled / size, scale * size


                unit_a, norm_a = direction_and_length(a)
                unit_b, norm_b = direction_and_length(b)
                if norm_a == 0 or norm_b == 0:
                    # a zero vector has no direction: the cosine is undefined (reported as 0, at 90 degrees)
                    cosine, angle, defined = 0.0, 90.0, 0
                else:
                    cosine = float(np.clip(unit_a @ unit_b, -1, 1))
                    # the angle from the unit vectors' difference and sum: exact even for nearly parallel vectors
                    angle = float(np.degrees(2 * np.arctan2(np.linalg.norm(unit_a - unit_b),
                                                            np.linalg.norm(unit_a + unit_b))))
                    defined = 1

                print(json.dumps({"dot": float(dot), "normA": float(norm_a), "normB": float(norm_b),
                                  "cosine": cosine, "angleDegrees": angle, "defined": defined}))
                """.formatted(PythonText.array(state.a()), PythonText.array(state.b()));
    }
}
