package dev.genaiplayground.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The Redis classroom against a real {@code redis-server}: the engine contract, and what only several app nodes
 * sharing one Redis show (each engine here stands for one node).
 */
class RedisClassroomEngineTest extends ClassroomEngineContract {

    private static RedisServer server;
    private static LettuceConnectionFactory connections;
    private static StringRedisTemplate redis;
    private final List<RedisClassroomEngine> nodes = new ArrayList<>();

    @BeforeAll
    static void startRedis() throws Exception {
        server = RedisServer.start();
        connections = server.connections();
        redis = new StringRedisTemplate(connections);
    }

    @AfterAll
    static void stopRedis() throws Exception {
        if (connections != null) {
            connections.destroy();
        }
        if (server != null) {
            server.close();
        }
    }

    @Override
    ClassroomEngine engine(ClassroomSettings settings, Clock clock) {
        RedisClassroomEngine node = new RedisClassroomEngine(settings, connections, clock, Duration.ofMillis(100));
        nodes.add(node);
        return node;
    }

    @AfterEach
    void stopNodes() {
        nodes.forEach(RedisClassroomEngine::destroy);
    }

    private ClassroomEngine anotherNode(Duration idleTimeout) {
        return engine(new ClassroomSettings("", idleTimeout, 3, 20, ClassroomSettings.Engine.REDIS), clock);
    }

    @Test
    void aStudentOnAnotherNodeFollowsTheTeacher() throws Exception {
        ClassroomEngine teacherNode = engine;
        ClassroomEngine studentNode = anotherNode(Duration.ofHours(3));
        ClassroomEngine.Opened opened = teacherNode.open("softmax", Map.of("logits", "2,1,0.1"));
        String code = opened.code();
        List<String> rosterHeard = new CopyOnWriteArrayList<>();
        teacherNode.subscribeRoster(code, () -> rosterHeard.add("roster"));

        Student ada = studentNode.join(code, "Ada");
        eventually(() -> assertThat(rosterHeard).isNotEmpty());
        assertThat(teacherNode.roster(code)).containsExactly(ada);
        List<ClassSnapshot> seen = new CopyOnWriteArrayList<>();
        studentNode.subscribe(code, seen::add);
        assertThat(studentNode.current(code)).map(ClassSnapshot::settings).contains(Map.of("logits", "2,1,0.1"));

        ClassSnapshot shown = teacherNode.show(code, opened.teacherKey(), "softmax", Map.of("logits", "3,1"));
        eventually(() -> assertThat(seen).containsExactly(shown));
        ClassSnapshot paused = teacherNode.setMode(code, opened.teacherKey(), ClassMode.PAUSE);
        eventually(() -> assertThat(seen).last().isEqualTo(paused));
        assertThat(studentNode.isTeacher(code, opened.teacherKey())).as("the key works on every node").isTrue();

        teacherNode.end(code, opened.teacherKey());
        eventually(() -> assertThat(seen).last().extracting(ClassSnapshot::ended).isEqualTo(true));
        assertThat(studentNode.current(code)).isEmpty();
        assertThat(redis.hasKey(RedisClassroomEngine.key(code))).isFalse();
    }

    @Test
    void theStoreHoldsNoTeacherLinkAndExpiresWithoutTheTeacher() throws Exception {
        ClassroomEngine teacherNode = anotherNode(Duration.ofMillis(800));
        ClassroomEngine.Opened opened = teacherNode.open("softmax", Map.of());
        String key = RedisClassroomEngine.key(opened.code());
        assertThat((String) redis.opsForHash().get(key, "state")).doesNotContain(opened.teacherKey());
        assertThat(redis.getExpire(key, TimeUnit.MILLISECONDS)).isBetween(1L, 800L);

        ClassroomEngine studentNode = anotherNode(Duration.ofMillis(800));
        Student ada = studentNode.join(opened.code(), "Ada");
        List<ClassSnapshot> seen = new CopyOnWriteArrayList<>();
        studentNode.subscribe(opened.code(), seen::add);
        studentNode.setStatus(opened.code(), ada.id(), Student.Status.EXPLORING);

        // Students' comings and goings do not keep a class alive; nobody looks it up, yet its followers hear.
        eventually(() -> assertThat(seen).last().extracting(ClassSnapshot::ended).isEqualTo(true));
        assertThat(redis.hasKey(key)).isFalse();
    }

    @Test
    void aStaleOrForgedMessageDoesNotUndoANewerSnapshot() throws Exception {
        ClassroomEngine.Opened opened = engine.open("softmax", Map.of("logits", "1,2"));
        String code = opened.code();
        List<ClassSnapshot> seen = new CopyOnWriteArrayList<>();
        engine.subscribe(code, seen::add);
        ClassSnapshot first = engine.show(code, opened.teacherKey(), "softmax", Map.of("logits", "3,2"));
        ClassSnapshot second = engine.show(code, opened.teacherKey(), "softmax", Map.of("logits", "4,2"));
        eventually(() -> assertThat(seen).containsExactly(first, second));

        redis.convertAndSend(RedisClassroomEngine.channel(code),
                ClassJson.write(new StoredClassroomEngine.News(code, first, false)));
        redis.convertAndSend(RedisClassroomEngine.channel(code), "{not json");
        ClassSnapshot third = engine.setMode(code, opened.teacherKey(), ClassMode.FREE);
        eventually(() -> assertThat(seen).containsExactly(first, second, third));
    }

    @Test
    void aNodeListensToAClassOnlyWhileItHasFollowersOfIt() throws Exception {
        ClassroomEngine.Opened opened = engine.open("softmax", Map.of());
        String channel = RedisClassroomEngine.channel(opened.code());
        Runnable one = engine.subscribe(opened.code(), snapshot -> { });
        Runnable two = engine.subscribeRoster(opened.code(), () -> { });
        assertThat(subscribers(channel)).isEqualTo(1);
        one.run();
        assertThat(subscribers(channel)).isEqualTo(1);
        two.run();
        eventually(() -> assertThat(subscribers(channel)).isZero());
    }

    @Test
    void manyStudentsJoiningAtOnceThroughTwoNodesAllGetIn() throws Exception {
        ClassroomSettings forty = new ClassroomSettings("", Duration.ofHours(3), 40, 20,
                ClassroomSettings.Engine.REDIS);
        ClassroomEngine one = engine(forty, clock);
        ClassroomEngine other = engine(forty, clock);
        String code = other.open("softmax", Map.of()).code();
        List<Thread> joining = new ArrayList<>();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 40; i++) {
            ClassroomEngine node = i % 2 == 0 ? one : other;
            String name = "Student " + i;
            Thread thread = new Thread(() -> {
                try {
                    node.join(code, name);
                } catch (Exception | AssertionError e) {
                    failures.add(e);
                }
            });
            thread.start();
            joining.add(thread);
        }
        for (Thread thread : joining) {
            thread.join();
        }
        assertThat(failures).isEmpty();
        assertThat(other.roster(code)).hasSize(40);
    }

    @Test
    void aRedisThatCannotBeReachedIsAMessageNotAStackTrace() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        LettuceConnectionFactory nowhere = new LettuceConnectionFactory(
                new RedisStandaloneConfiguration("127.0.0.1", closedPort));
        nowhere.afterPropertiesSet();
        nowhere.start();
        RedisClassroomEngine node = new RedisClassroomEngine(
                new ClassroomSettings("", Duration.ofHours(3), 3, 20, ClassroomSettings.Engine.REDIS), nowhere, clock,
                Duration.ofSeconds(10));
        try {
            assertThatThrownBy(() -> node.join("ACDEFG", "Ada")).isInstanceOf(ClassroomException.class)
                    .hasMessage("The class cannot be reached right now; try again in a moment.");
            assertThatThrownBy(() -> node.setMode("ACDEFG", "key", ClassMode.PAUSE))
                    .isInstanceOf(ClassroomException.class).hasMessageContaining("cannot be reached");
        } finally {
            node.destroy();
            nowhere.destroy();
        }
    }

    /** How many connections subscribe to {@code channel}: one a node, whatever its number of listeners. */
    private static long subscribers(String channel) {
        RedisClient client = RedisClient.create("redis://127.0.0.1:" + server.port());
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            return connection.sync().pubsubNumsub(channel).get(channel);
        } finally {
            client.shutdown();
        }
    }
}
