/**
 * The numerics behind the widgets: pure functions from plain Java arrays to result records.
 *
 * <p>Every public method validates its input first ({@link dev.genaiplayground.compute.InputCheck}),
 * then does the math on ND4J in {@code DataType.DOUBLE} inside a workspace scope
 * ({@link dev.genaiplayground.compute.Workspaces}), and copies the result out to plain arrays, so no
 * {@code INDArray} leaves this package. No Vaadin, no Spring, no I/O.
 */
package dev.genaiplayground.compute;
