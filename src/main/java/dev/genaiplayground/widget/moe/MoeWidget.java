package dev.genaiplayground.widget.moe;

import dev.genaiplayground.compute.Moe;
import dev.genaiplayground.compute.MoeResult;
import dev.genaiplayground.widget.BasicWidgetDefinition;
import org.springframework.stereotype.Component;

/** Registers the mixture-of-experts routing widget. */
@Component
public class MoeWidget extends BasicWidgetDefinition<MoeState, MoeResult> {

    public MoeWidget() {
        super("moe", "Mixture of experts",
                "Edit a router's logits and watch tokens pick their top-k experts, overflow an expert's capacity "
                        + "and move the load-balancing loss; compare active and total parameters.",
                MoeState.class, MoeState::defaults,
                state -> Moe.route(state.router(), state.k(), state.capacityFactor(), state.dModel(), state.dFf()),
                MoeView::new);
    }

    @Override
    public String numpyCode(MoeState state) {
        return MoeCode.numpy(state);
    }

    @Override
    public MoeState largestState() {
        double[][] router = new double[MoeState.MAX_TOKENS][MoeState.MAX_EXPERTS];
        for (int t = 0; t < router.length; t++) {
            for (int e = 0; e < router[t].length; e++) { // 17 significant digits each, within ±20
                router[t][e] = -MoeState.MAX_ABS_LOGIT + Math.PI * (1 + t * router[t].length + e) / 10.1;
            }
        }
        return new MoeState(router, MoeState.MAX_K, Math.nextDown(MoeState.MAX_CAPACITY_FACTOR) / 3,
                MoeState.MAX_D_MODEL, MoeState.MAX_D_FF);
    }
}
