package dev.genaiplayground.widget.gradientdescent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.genaiplayground.compute.GradientDescent.Surface;
import dev.genaiplayground.widget.StateCodec;
import dev.genaiplayground.widget.gradientdescent.GradientDescentState.Mode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The gradient descent state: settings as people write them, and a message for every bad one. */
class GradientDescentStateTest {

    private final StateCodec<GradientDescentState> codec = StateCodec.of(GradientDescentState.class);

    @Test
    void readsTheLessonsSettings() throws Exception {
        GradientDescentState state = codec.fromSettings(Map.of("mode", "surface", "surface", "two-minima",
                "start", "-2.8, 1.5", "lr", "0.45", "steps", "20"), GradientDescentState.defaults());
        assertThat(state.mode()).isEqualTo(Mode.SURFACE);
        assertThat(state.surface()).isEqualTo(Surface.TWO_MINIMA);
        assertThat(state.start()).containsExactly(-2.8, 1.5);
        assertThat(codec.toSettings(state)).containsEntry("surface", "two-minima");
    }

    @Test
    void refusesBadSettingsWithAMessage() {
        GradientDescentState ok = GradientDescentState.defaults();
        assertThatThrownBy(() -> ok.withLr(0)).hasMessage("lr must be between 0.001 and 2, not 0.");
        assertThatThrownBy(() -> ok.withMomentum(1)).hasMessage("momentum must be between 0 and 0.99, not 1.");
        assertThatThrownBy(() -> ok.withSteps(201)).hasMessage("steps must be 0 to 200, not 201.");
        assertThatThrownBy(() -> ok.withPoint(0, 3.5, 0))
                .hasMessage("points: x of point 1 must be between -3 and 3, not 3.5.");
        assertThatThrownBy(() -> ok.withPoint(6, 0, 0)).hasMessageContaining("There is no point number 7");
        assertThatThrownBy(() -> ok.withStart(0, Double.NaN)).hasMessageContaining("must be a finite number");
        assertThatThrownBy(() -> ok.withPoints(new double[][] {{1, 2}})).hasMessage("points: give 2 to 20 of them, not 1.");
        assertThatThrownBy(() -> ok.withPoints(new double[][] {{1, 2}, {1}}))
                .hasMessage("points: point 2 needs two numbers, x and y, not 1.");
    }

    @Test
    void pointsAreCopiedInAndOut() {
        double[][] points = {{0, 0}, {1, 1}};
        GradientDescentState state = GradientDescentState.defaults().withPoints(points);
        points[0][0] = 2;
        state.points()[1][1] = 3;
        assertThat(state.points()).isDeepEqualTo(new double[][] {{0, 0}, {1, 1}});
    }
}
