package dev.genaiplayground.widget.modelsize;

import dev.genaiplayground.compute.ModelSize;
import dev.genaiplayground.compute.ModelSizeResult;
import dev.genaiplayground.widget.BasicWidgetDefinition;
import org.springframework.stereotype.Component;

/** Registers the model-size widget. */
@Component
public class ModelSizeWidget extends BasicWidgetDefinition<ModelSizeState, ModelSizeResult> {

    public ModelSizeWidget() {
        super("model-size", "Model size",
                "Set a transformer's layers, width, heads and vocabulary and see its parameters, FLOPs, training "
                        + "compute, memory at each precision, KV cache and time per token.",
                ModelSizeState.class, ModelSizeState::defaults,
                state -> ModelSize.evaluate(state.architecture(), state.deployment()), ModelSizeView::new);
    }

    @Override
    public String numpyCode(ModelSizeState state) {
        return ModelSizeCode.numpy(state);
    }

    /** Every number at its longest: the link has no names, so the largest values make the longest link. */
    @Override
    public ModelSizeState largestState() {
        return new ModelSizeState(ModelSizeState.MAX_LAYERS - 1, 65_280, 255, 85, ModelSizeState.MAX_VOCAB - 1,
                ModelSizeState.MAX_CONTEXT - 1, 1 + Math.PI / 7, true, true, false, true, 123_456_789_012_345.67,
                ModelSizeState.MAX_BATCH - 1, Precision.INT4, Device.RTX_4090);
    }
}
