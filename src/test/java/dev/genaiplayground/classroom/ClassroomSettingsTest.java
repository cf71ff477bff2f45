package dev.genaiplayground.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The classroom settings as Spring binds them from configuration. */
class ClassroomSettingsTest {

    private static ClassroomSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("playground.classroom", ClassroomSettings.class);
    }

    @Test
    void theEngineIsMemoryUnlessRedisIsChosen() {
        assertThat(bind(Map.of()).engine()).isEqualTo(ClassroomSettings.Engine.MEMORY);
        assertThat(bind(Map.of("playground.classroom.engine", "redis")).engine())
                .isEqualTo(ClassroomSettings.Engine.REDIS);
    }

    @Test
    void anEngineThatDoesNotExistIsRefusedNotIgnored() {
        assertThatThrownBy(() -> bind(Map.of("playground.classroom.engine", "redsi")))
                .isInstanceOf(BindException.class).hasMessageContaining("playground.classroom.engine");
    }
}
