package dev.genaiplayground.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One node's listeners of its classes: newest snapshots only, and a class watched while it has listeners. */
class LocalFollowersTest {

    private final List<String> watching = new ArrayList<>();
    private final LocalFollowers followers = new LocalFollowers(code -> watching.add("watch " + code),
            code -> watching.add("unwatch " + code));
    private final ClassSnapshot first = ClassSnapshot.start("ACDEFG", "softmax", Map.of("logits", "1,2"));

    @Test
    void anOlderSnapshotArrivingLateIsDropped() {
        List<ClassSnapshot> seen = new ArrayList<>();
        followers.add(first, seen::add);
        ClassSnapshot second = first.showing("softmax", Map.of("logits", "3,2"));
        ClassSnapshot third = second.withMode(ClassMode.PAUSE);

        followers.deliver(third);
        followers.deliver(second);
        followers.deliver(first);
        assertThat(seen).containsExactly(third);
        assertThat(followers.watched()).containsEntry("ACDEFG", third);
    }

    @Test
    void aClassIsWatchedOnceWhileItHasListenersAndForgottenWhenItEnds() {
        Runnable one = followers.add(first, snapshot -> { });
        Runnable roster = followers.addRoster("ACDEFG", () -> { });
        assertThat(watching).containsExactly("watch ACDEFG");
        one.run();
        one.run();
        assertThat(watching).as("the roster listener is still here").containsExactly("watch ACDEFG");
        roster.run();
        assertThat(watching).containsExactly("watch ACDEFG", "unwatch ACDEFG");

        List<ClassSnapshot> seen = new ArrayList<>();
        followers.add(first, seen::add);
        followers.deliver(first.ending());
        followers.deliver(first.withMode(ClassMode.FREE).withMode(ClassMode.PAUSE));
        assertThat(seen).singleElement().extracting(ClassSnapshot::ended).isEqualTo(true);
        assertThat(watching).containsExactly("watch ACDEFG", "unwatch ACDEFG", "watch ACDEFG", "unwatch ACDEFG");
        assertThat(followers.watched()).isEmpty();
    }

    @Test
    void aFailingListenerDoesNotKeepTheOthersFromHearing() {
        List<ClassSnapshot> seen = new ArrayList<>();
        followers.add(first, snapshot -> {
            throw new IllegalStateException("a detached browser");
        });
        followers.add(first, seen::add);
        ClassSnapshot next = first.withMode(ClassMode.FREE);
        followers.deliver(next);
        assertThat(seen).containsExactly(next);
    }
}
