package dev.genaiplayground.compute;

import java.util.function.Supplier;

import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.memory.conf.WorkspaceConfiguration;
import org.nd4j.linalg.api.memory.enums.AllocationPolicy;
import org.nd4j.linalg.api.memory.enums.LearningPolicy;
import org.nd4j.linalg.api.memory.enums.ResetPolicy;
import org.nd4j.linalg.api.memory.enums.SpillPolicy;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Runs one computation inside an ND4J workspace, so its native memory is reused on the next call instead of
 * waiting for the garbage collector (which, with a big heap, lets off-heap memory climb to gigabytes).
 *
 * <p>The computation must copy its result out to plain Java arrays before it returns: every array created
 * in the scope lives in the workspace's buffer and is overwritten by the next call on this thread.
 */
final class Workspaces {

    /** Workspaces are per thread; this is the id of ours on every thread. */
    static final String ID = "genai-playground-compute";

    /**
     * A thread keeps its workspace between calls; one that grew beyond this (after an unusually large input)
     * is freed instead, so a pool of request threads cannot each pin a large buffer.
     */
    static final long KEEP_AT_MOST_BYTES = 16L * 1024 * 1024;

    /**
     * Small repeated calls of varying size: learn the size on the first call, reset the buffer at the end of
     * every scope, and if a later call needs more, allocate the overflow outside the buffer and grow to fit.
     */
    private static final WorkspaceConfiguration CONFIG = WorkspaceConfiguration.builder()
            .initialSize(0)
            .policyLearning(LearningPolicy.FIRST_LOOP)
            .policyAllocation(AllocationPolicy.OVERALLOCATE)
            .overallocationLimit(0.25)
            .policyReset(ResetPolicy.BLOCK_LEFT)
            .policySpill(SpillPolicy.REALLOCATE)
            .build();

    private Workspaces() {
    }

    /** Runs {@code computation} in this thread's workspace and returns its (plain Java) result. */
    static <T> T run(Supplier<T> computation) {
        if (Nd4j.getWorkspaceManager().checkIfWorkspaceExistsAndActive(ID)) {
            // Called from inside another computation: its scope already covers us, and closing (or freeing) the
            // workspace here would pull memory out from under the caller's arrays.
            return computation.get();
        }
        MemoryWorkspace workspace;
        T result;
        try (MemoryWorkspace ws = Nd4j.getWorkspaceManager().getAndActivateWorkspace(CONFIG, ID)) {
            workspace = ws;
            result = computation.get();
        }
        if (workspace.getCurrentSize() > KEEP_AT_MOST_BYTES) {
            Nd4j.getWorkspaceManager().destroyWorkspace(workspace);
        }
        return result;
    }
}
