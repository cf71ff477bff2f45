package dev.genaiplayground.widget.modelsize;

/** The number format of the weights and the KV cache while the model runs. */
public enum Precision {
    FP32("fp32", 4), FP16("fp16", 2), INT8("int8", 1), INT4("int4", 0.5);

    private final String title;
    private final double bytes;

    Precision(String title, double bytes) {
        this.title = title;
        this.bytes = bytes;
    }

    public String title() {
        return title;
    }

    public double bytes() {
        return bytes;
    }
}
