package dev.genaiplayground.compute;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspaceManager;
import org.nd4j.linalg.factory.Nd4j;

/** The computations run inside the compute workspace, and leave no workspace active behind them. */
class WorkspacesTest {

    private final MemoryWorkspaceManager manager = Nd4j.getWorkspaceManager();

    @Test
    void arraysCreatedInTheScopeLiveInTheWorkspace() {
        boolean attached = Workspaces.run(() -> {
            assertThat(manager.checkIfWorkspaceExistsAndActive(Workspaces.ID)).isTrue();
            return Nd4j.ones(DataType.DOUBLE, 3).isAttached();
        });
        assertThat(attached).isTrue();
        assertThat(manager.checkIfWorkspaceExistsAndActive(Workspaces.ID)).isFalse();
    }

    @Test
    void aNestedComputationKeepsTheCallersArraysIntact() {
        double[] outer = Workspaces.run(() -> {
            var before = Nd4j.create(new double[] {1, 2, 3}, new long[] {3}, DataType.DOUBLE);
            double[] p = Softmax.probabilities(new double[] {5, 6, 7}, 1.0);
            assertThat(manager.checkIfWorkspaceExistsAndActive(Workspaces.ID)).as("still in the outer scope").isTrue();
            var after = Nd4j.create(new double[] {4, 5, 6}, new long[] {3}, DataType.DOUBLE);
            assertThat(p).hasSize(3);
            return before.add(after).toDoubleVector();
        });
        assertThat(outer).containsExactly(5, 7, 9);
    }

    @Test
    void everyComputationUsesTheWorkspace() {
        manager.destroyAllWorkspacesForCurrentThread();
        Softmax.probabilities(new double[] {1, 2, 3}, 1.0);
        assertThat(manager.checkIfWorkspaceExists(Workspaces.ID)).isTrue();
        assertThat(manager.checkIfWorkspaceExistsAndActive(Workspaces.ID)).isFalse();

        manager.destroyAllWorkspacesForCurrentThread();
        Softmax.evaluate(new double[] {1, 2, 3}, 1.0, 1);
        assertThat(manager.checkIfWorkspaceExists(Workspaces.ID)).isTrue();

        manager.destroyAllWorkspacesForCurrentThread();
        Cosine.similarity(new double[] {1, 2}, new double[] {3, 4});
        assertThat(manager.checkIfWorkspaceExists(Workspaces.ID)).isTrue();

        manager.destroyAllWorkspacesForCurrentThread();
        double[][] m = {{1, 2}, {3, 4}};
        Attention.compute(m, m, m, 2, true, true);
        assertThat(manager.checkIfWorkspaceExists(Workspaces.ID)).isTrue();
        assertThat(Nd4j.getMemoryManager().getCurrentWorkspace()).isNull();
    }

    @Test
    void aWorkspaceThatGrewLargeIsFreed() {
        double[][] m = new double[512][256];
        Attention.compute(m, m, m, 4, true, true);
        assertThat(manager.checkIfWorkspaceExists(Workspaces.ID)).isFalse();
        Attention.compute(new double[][] {{1}}, new double[][] {{1}}, new double[][] {{1}}, 1, true, true);
        assertThat(manager.checkIfWorkspaceExists(Workspaces.ID)).isTrue();
    }
}
