package dev.genaiplayground.widget.cosine;

import dev.genaiplayground.compute.Cosine;
import dev.genaiplayground.compute.CosineResult;
import dev.genaiplayground.widget.BasicWidgetDefinition;
import org.springframework.stereotype.Component;

/** Registers the cosine similarity widget. */
@Component
public class CosineWidget extends BasicWidgetDefinition<CosineState, CosineResult> {

    public CosineWidget() {
        super("cosine", "Cosine similarity",
                "Drag two vectors and watch their dot product, lengths, angle and cosine; or type vectors of any "
                        + "length, as in embedding search.",
                CosineState.class, CosineState::defaults, state -> Cosine.compare(state.a(), state.b()),
                CosineView::new);
    }

    @Override
    public String numpyCode(CosineState state) {
        return CosineCode.numpy(state);
    }

    @Override
    public CosineState largestState() {
        double[] a = new double[CosineState.MAX_LENGTH];
        double[] b = new double[CosineState.MAX_LENGTH];
        for (int i = 0; i < a.length; i++) { // 17 significant digits each, within ±100
            a[i] = -CosineState.MAX_ABS_VALUE + Math.PI * (i + 1) / 7;
            b[i] = CosineState.MAX_ABS_VALUE - Math.E * (i + 1) / 3;
        }
        return new CosineState(a, b);
    }
}
