package dev.genaiplayground.compute;

/**
 * Two vectors compared by the angle between them.
 *
 * @param dot          a·b
 * @param normA        |a|, the length of a
 * @param normB        |b|
 * @param cosine       a·b / (|a| |b|), from −1 (opposite) through 0 (at right angles) to 1 (same direction). When a
 *                     vector is zero it has no direction and the cosine is undefined: it is reported as 0, as
 *                     scikit-learn does (a zero vector is at right angles to every vector: a·b = 0), with
 *                     {@code defined} = 0
 * @param angleDegrees the angle between a and b in degrees, 0 to 180 (90 when undefined)
 * @param defined      1 when both vectors are non-zero, so that the cosine and angle mean something; else 0
 */
public record CosineResult(double dot, double normA, double normB, double cosine, double angleDegrees, int defined) {
}
