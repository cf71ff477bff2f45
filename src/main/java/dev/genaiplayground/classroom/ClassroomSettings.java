package dev.genaiplayground.classroom;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Classroom configuration ({@code playground.classroom.*}; README, "Configuration").
 *
 * @param teacherPasscode when set, starting a class asks for it (an instance-wide gate, not an account)
 * @param idleTimeout a class nobody teaches for this long ends by itself
 * @param maxStudents the most students one class takes
 * @param joinAttemptsPerMinute join attempts one client may make per minute, against code guessing
 * @param engine where classes live: this process's memory, or Redis for several app nodes
 */
@ConfigurationProperties("playground.classroom")
public record ClassroomSettings(@DefaultValue("") String teacherPasscode, @DefaultValue("3h") Duration idleTimeout,
                                @DefaultValue("300") int maxStudents, @DefaultValue("20") int joinAttemptsPerMinute,
                                @DefaultValue("memory") Engine engine) {

    public boolean passcodeRequired() {
        return teacherPasscode != null && !teacherPasscode.isEmpty();
    }

    /**
     * The classroom engines; a value that names none stops the app at start with the valid ones listed. (The
     * engines themselves are chosen by {@code @ConditionalOnProperty} on the same setting.)
     */
    public enum Engine {
        MEMORY, REDIS
    }
}
