package dev.genaiplayground.classroom;

import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.actuate.data.redis.RedisHealthIndicator;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;

/**
 * The Redis classroom engine, with {@code playground.classroom.engine=redis}; Spring Boot's
 * {@code spring.data.redis.*} settings say where Redis is.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "playground.classroom", name = "engine", havingValue = "redis")
class RedisClassroomConfiguration {

    /** How often each node looks for expired classes among those it has followers of. */
    private static final Duration CHECK_EVERY = Duration.ofSeconds(10);

    @Bean
    RedisClassroomEngine redisClassroomEngine(ClassroomSettings settings, RedisConnectionFactory connections) {
        return new RedisClassroomEngine(settings, connections, Clock.systemUTC(), CHECK_EVERY);
    }

    /**
     * Redis's health, only where the classes live there: Spring Boot's own Redis health check is off
     * (application.properties), so that an app node with the memory engine and no Redis stays healthy.
     */
    @Bean
    HealthIndicator redisHealthIndicator(RedisConnectionFactory connections) {
        return new RedisHealthIndicator(connections);
    }
}
