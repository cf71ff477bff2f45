package dev.genaiplayground.widget.modelsize;

/**
 * Devices to estimate latency on, with their makers' published peak dense 16-bit tensor FLOP/s (no sparsity),
 * memory bandwidth and memory. Peaks are upper bounds: real kernels reach a fraction of them.
 */
public enum Device {
    A100("NVIDIA A100 80 GB (SXM)", 312e12, 2.039e12, 80e9),
    H100("NVIDIA H100 (SXM)", 989e12, 3.35e12, 80e9),
    RTX_4090("NVIDIA GeForce RTX 4090", 165e12, 1.008e12, 24e9),
    M2_MAX("Apple M2 Max (GPU, 96 GB)", 13.6e12, 0.4e12, 96e9);

    private final String title;
    private final double flops;
    private final double bandwidth;
    private final double memory;

    Device(String title, double flops, double bandwidth, double memory) {
        this.title = title;
        this.flops = flops;
        this.bandwidth = bandwidth;
        this.memory = memory;
    }

    public String title() {
        return title;
    }

    public double flops() {
        return flops;
    }

    /** Bytes per second. */
    public double bandwidth() {
        return bandwidth;
    }

    /** Bytes. */
    public double memory() {
        return memory;
    }
}
