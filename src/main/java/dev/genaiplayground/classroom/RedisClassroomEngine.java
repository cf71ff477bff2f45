package dev.genaiplayground.classroom;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * Classes in Redis, so that several app nodes behind a sticky load balancer serve one class
 * ({@code playground.classroom.engine=redis}). Each class is one hash, {@code playground:class:<code>}, holding its
 * {@link ClassState} as JSON and a revision; it expires after the idle timeout unless the teacher acts. A change is
 * committed by a Lua script only while the revision is still the one read, and the same script publishes the news
 * on the class's channel, so messages come in commit order. Each node subscribes to the channels of the classes it
 * has listeners of, and checks those classes every {@code checkEvery}, so that the followers of a class whose key
 * expired are told it ended.
 */
public class RedisClassroomEngine extends StoredClassroomEngine<Long> implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(RedisClassroomEngine.class);
    static final String KEY_PREFIX = "playground:class:";
    private static final RedisScript<Long> COMMIT =
            RedisScript.of(new ClassPathResource("dev/genaiplayground/classroom/commit.lua"), Long.class);

    private final StringRedisTemplate redis;
    private final RedisMessageListenerContainer channels;
    /** One thread, so that messages reach this node's listeners in the order Redis sent them. */
    private final ExecutorService messages = Executors.newSingleThreadExecutor(daemon("classroom-messages"));
    private final ScheduledExecutorService checks =
            Executors.newSingleThreadScheduledExecutor(daemon("classroom-expiry"));
    private final MessageListener onMessage = this::onMessage;

    public RedisClassroomEngine(ClassroomSettings settings, RedisConnectionFactory connections, Clock clock,
                                Duration checkEvery) {
        super(settings, clock);
        this.redis = new StringRedisTemplate(connections);
        this.channels = new RedisMessageListenerContainer();
        channels.setConnectionFactory(connections);
        channels.setTaskExecutor(messages);
        channels.afterPropertiesSet();
        channels.start();
        checks.scheduleWithFixedDelay(this::checkWatched, checkEvery.toMillis(), checkEvery.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    static String key(String code) {
        return KEY_PREFIX + code;
    }

    static String channel(String code) {
        return KEY_PREFIX + code + ":news";
    }

    @Override
    protected boolean insert(ClassState state) {
        String code = state.snapshot().code();
        return run(code, 0L, ClassJson.write(state), settings.idleTimeout(), "");
    }

    @Override
    protected Optional<Read<Long>> read(String code) {
        List<Object> fields = redis.opsForHash().multiGet(key(code), List.of("state", "revision"));
        if (fields.get(0) == null || fields.get(1) == null) {
            return Optional.empty();
        }
        return Optional.of(new Read<>(ClassJson.read((String) fields.get(0), ClassState.class),
                Long.parseLong((String) fields.get(1))));
    }

    @Override
    protected boolean commit(Read<Long> before, ClassState after, News news) {
        // Only the teacher's actions keep a class alive: the idle timeout is its key's time to live.
        boolean taught = !after.lastTeacherActivity().equals(before.state().lastTeacherActivity());
        return run(after.snapshot().code(), before.revision(), after.snapshot().ended() ? "" : ClassJson.write(after),
                taught ? settings.idleTimeout() : Duration.ZERO,
                news.snapshot() == null && !news.roster() ? "" : ClassJson.write(news));
    }

    private boolean run(String code, long revision, String state, Duration timeToLive, String message) {
        Long committed = redis.execute(COMMIT, List.of(key(code)), Long.toString(revision), state,
                Long.toString(timeToLive.toMillis()), channel(code), message);
        return committed != null && committed == 1L;
    }

    @Override
    protected void watch(String code) {
        channels.addMessageListener(onMessage, new ChannelTopic(channel(code)));
    }

    @Override
    protected void unwatch(String code) {
        channels.removeMessageListener(onMessage, new ChannelTopic(channel(code)));
    }

    private void onMessage(Message message, byte[] pattern) {
        try {
            tell(ClassJson.read(new String(message.getBody(), StandardCharsets.UTF_8), News.class));
        } catch (RuntimeException unreadable) {
            LOG.warn("Dropped a message on {} that is not a class's news: {}",
                    new String(message.getChannel(), StandardCharsets.UTF_8),
                    unreadable.getMessage());
        }
    }

    /** Ends the idle classes followed here, and tells their followers of those whose key expired. */
    private void checkWatched() {
        followers.watched().forEach((code, newest) -> {
            try {
                if (running(code).isEmpty()) {
                    followers.deliver(newest.ending());
                }
            } catch (RuntimeException unreachable) {
                LOG.warn("Could not check class {} in Redis: {}", code, unreachable.getMessage());
            }
        });
    }

    @Override
    public void destroy() {
        checks.shutdownNow();
        channels.stop();
        try {
            channels.destroy();
        } catch (Exception e) {
            LOG.debug("Closing the classroom's Redis subscriptions: {}", e.toString());
        }
        messages.shutdownNow();
    }

    private static ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
