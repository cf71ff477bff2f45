package dev.genaiplayground.compute;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Copies plain Java arrays into ND4J arrays of {@link DataType#DOUBLE} (never the global default type). */
final class NdArrays {

    private NdArrays() {
    }

    /** A 1 × n row. */
    static INDArray row(double[] values) {
        return Nd4j.create(values, new long[] {1, values.length}, DataType.DOUBLE);
    }

    /** A rows × columns matrix in row-major order; {@code rows} must be rectangular. */
    static INDArray matrix(double[][] rows) {
        int columns = rows[0].length;
        double[] flat = new double[rows.length * columns];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, flat, i * columns, columns);
        }
        return Nd4j.create(flat, new long[] {rows.length, columns}, DataType.DOUBLE);
    }
}
