package dev.genaiplayground.classroom;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.javacpp.Pointer;

/**
 * This process's memory as the classroom benchmark reports it: the heap (used, or retained after full
 * collections), the resident set from {@code /proc/self/status} (heap, metaspace, threads and ND4J's native
 * buffers together) and JavaCPP's own counts of native memory.
 */
final class ProcessMemory {

    private ProcessMemory() {
    }

    /** Heap still in use after a few full collections: what the live objects hold. */
    static long retainedHeap() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            ManagementFactory.getMemoryMXBean().gc();
            Thread.sleep(300);
        }
        return usedHeap();
    }

    static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** VmRSS in bytes, or -1 where there is no {@code /proc}. */
    static long residentBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException unreadable) {
            return -1;
        }
        return -1;
    }

    /** What JavaCPP counts as physical memory (its own reading of the resident set). */
    static long javaCppPhysicalBytes() {
        return Pointer.physicalBytes();
    }

    /** Native memory JavaCPP has allocated and not yet freed (ND4J's buffers among it). */
    static long javaCppTotalBytes() {
        return Pointer.totalBytes();
    }
}
