package dev.genaiplayground.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import org.awaitility.core.ThrowingRunnable;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every classroom engine must do, whatever stores its classes: who may do what, names, rejoining, ending and
 * expiry. Listeners may hear of a change a moment after it returns (through Redis), so what they saw is awaited.
 */
abstract class ClassroomEngineContract {

    Instant now = Instant.parse("2026-11-30T09:00:00Z");
    final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    ClassroomEngine engine;

    /** An engine with these settings, reading the time from {@code clock}. */
    abstract ClassroomEngine engine(ClassroomSettings settings, Clock clock);

    /** Waits (up to 10 s) for what listeners hear: through Redis it comes a moment after the change returns. */
    static void eventually(ThrowingRunnable assertion) {
        await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20)).untilAsserted(assertion);
    }

    @BeforeEach
    void createEngine() {
        engine = engine(new ClassroomSettings("", Duration.ofHours(3), 3, 20, ClassroomSettings.Engine.MEMORY),
                clock);
    }

    @Test
    void onlyTheTeachersKeyChangesTheClass() throws Exception {
        ClassroomEngine.Opened opened = engine.open("softmax", Map.of("logits", "2,1,0.1"));
        List<ClassSnapshot> seen = new CopyOnWriteArrayList<>();
        engine.subscribe(opened.code(), seen::add);

        assertThatThrownBy(() -> engine.show(opened.code(), "guess", "softmax", Map.of("logits", "9,9")))
                .isInstanceOf(ClassroomException.class).hasMessage("Only the class's teacher can do this.");
        assertThatThrownBy(() -> engine.setMode(opened.code(), null, ClassMode.FREE))
                .isInstanceOf(ClassroomException.class);
        assertThatThrownBy(() -> engine.end(opened.code(), opened.teacherKey() + "x"))
                .isInstanceOf(ClassroomException.class);

        ClassSnapshot shown = engine.show(opened.code(), opened.teacherKey(), "softmax", Map.of("logits", "3,1"));
        assertThat(shown.version()).isEqualTo(2);
        // Had a refused change reached the followers, it would come before this one.
        eventually(() -> assertThat(seen).as("only the teacher's change reached the followers")
                .containsExactly(shown));
        assertThat(engine.current(opened.code())).contains(shown);
    }

    @Test
    void namesAreTidiedLimitedAndUniqueInAClass() throws Exception {
        String code = engine.open("softmax", Map.of()).code();
        assertThat(engine.join(code, "  Ada\u00A0").name()).isEqualTo("Ada");
        assertThatThrownBy(() -> engine.join(code, "ADA")).hasMessageContaining("already called “ADA”");
        assertThatThrownBy(() -> engine.join(code, " ")).hasMessageContaining("Type the name");
        assertThatThrownBy(() -> engine.join(code, "x".repeat(31))).hasMessageContaining("at most 30");
        assertThatThrownBy(() -> engine.join(code, "Bo\u200Bb")).hasMessageContaining("U+200B");
        assertThat(engine.join(code, "<b>Bo</b>").name()).as("kept as text; views show it as text")
                .isEqualTo("<b>Bo</b>");
        engine.join(code, "Cy");
        assertThatThrownBy(() -> engine.join(code, "Di")).hasMessageContaining("full (3 students)");
    }

    @Test
    void aStudentRejoinsWithTheKeyTheirBrowserKept() throws Exception {
        String code = engine.open("softmax", Map.of()).code();
        Student ada = engine.join(code, "Ada");
        engine.setStatus(code, ada.id(), Student.Status.AWAY);

        Student back = engine.rejoin(code, ada.key()).orElseThrow();
        assertThat(back.id()).isEqualTo(ada.id());
        assertThat(back.status()).isEqualTo(Student.Status.FOLLOWING);
        assertThat(engine.rejoin(code, "someone-else")).isEmpty();
        assertThat(engine.roster(code)).hasSize(1);
    }

    @Test
    void anEndedClassCannotBeJoinedAndFollowersAreTold() throws Exception {
        ClassroomEngine.Opened opened = engine.open("softmax", Map.of());
        List<ClassSnapshot> seen = new CopyOnWriteArrayList<>();
        engine.subscribe(opened.code(), seen::add);
        engine.end(opened.code(), opened.teacherKey());

        eventually(() -> assertThat(seen).singleElement().extracting(ClassSnapshot::ended)
                .isEqualTo(true));
        assertThat(engine.current(opened.code())).isEmpty();
        assertThatThrownBy(() -> engine.join(opened.code(), "Ada")).hasMessageContaining("No class with this code");
    }

    @Test
    void aClassNobodyTeachesExpires() throws Exception {
        ClassroomEngine.Opened opened = engine.open("softmax", Map.of());
        List<ClassSnapshot> seen = new CopyOnWriteArrayList<>();
        engine.subscribe(opened.code(), seen::add);
        now = now.plus(Duration.ofHours(2));
        engine.setMode(opened.code(), opened.teacherKey(), ClassMode.PAUSE); // the teacher is still there
        now = now.plus(Duration.ofHours(2));
        assertThat(engine.current(opened.code())).isPresent();
        now = now.plus(Duration.ofHours(1).plusSeconds(1));

        assertThat(engine.current(opened.code())).isEmpty();
        eventually(() -> assertThat(seen).last().extracting(ClassSnapshot::ended).isEqualTo(true));
    }

    @Test
    void anIdleClassTakesNoMoreChangesEvenBeforeAnyoneLooksItUp() throws Exception {
        ClassroomEngine.Opened opened = engine.open("softmax", Map.of());
        List<ClassSnapshot> seen = new CopyOnWriteArrayList<>();
        engine.subscribe(opened.code(), seen::add);
        now = now.plus(Duration.ofHours(3).plusSeconds(1));

        assertThatThrownBy(() -> engine.setMode(opened.code(), opened.teacherKey(), ClassMode.FREE))
                .hasMessageContaining("No class with this code");
        eventually(() -> assertThat(seen).singleElement().extracting(ClassSnapshot::ended).isEqualTo(true));
        assertThat(engine.isTeacher(opened.code(), opened.teacherKey())).isFalse();
    }

    @Test
    void codesAreSixUnambiguousCharactersAndTypedOnesAreForgiven() {
        String code = engine.open("softmax", Map.of()).code();
        assertThat(code).hasSize(6).doesNotContain("0", "O", "1", "I", "L", "5", "S", "2", "Z", "8", "B");
        String typed = code.substring(0, 3).toLowerCase() + "-" + code.substring(3);
        assertThat(ClassCode.normalise(" " + typed + " ")).contains(code);
        assertThat(ClassCode.normalise("ABC12")).isEmpty();
        assertThat(ClassCode.normalise("OOOOOO")).isEmpty();
        assertThat(ClassCode.normalise("x".repeat(10_000))).isEmpty();
    }

    @Test
    void askingFreesTheClassAndCollectsAnswersToThatQuestionOnly() throws Exception {
        ClassroomEngine.Opened opened = engine.open("softmax", Map.of());
        String code = opened.code();
        Student ada = engine.join(code, "Ada");
        String question = "question: q\nexpect: result.loss < 0.1";

        ClassSnapshot asked = engine.ask(code, opened.teacherKey(), question);
        assertThat(asked.mode()).isEqualTo(ClassMode.FREE);
        assertThat(asked.question()).isEqualTo(question);

        engine.answer(code, ada.id(), "question: an old one", Map.of("logits", "1,2"));
        engine.answer(code, "not-a-student", question, Map.of("logits", "1,2"));
        assertThat(engine.answers(code)).isEmpty();
        engine.answer(code, ada.id(), question, Map.of("logits", "9,1"));
        assertThat(engine.answers(code)).containsExactly(Map.entry(ada.id(), Map.of("logits", "9,1")));

        engine.ask(code, opened.teacherKey(), null);
        assertThat(engine.answers(code)).as("a new question starts afresh").isEmpty();
        assertThatThrownBy(() -> engine.ask(code, "guess", question)).isInstanceOf(ClassroomException.class);
    }

    @Test
    void theTimelineKeepsTheNewestMoments() throws Exception {
        ClassroomEngine.Opened opened = engine.open("softmax", Map.of("logits", "1,2"));
        for (int i = 1; i <= ClassState.MAX_MOMENTS + 2; i++) {
            engine.show(opened.code(), opened.teacherKey(), "softmax", Map.of("logits", i + ",2"));
            engine.saveMoment(opened.code(), opened.teacherKey(), "Moment " + i);
        }
        List<ClassSnapshot.Moment> timeline = engine.current(opened.code()).orElseThrow().timeline();
        assertThat(timeline).hasSize(ClassState.MAX_MOMENTS);
        assertThat(timeline.get(0).label()).isEqualTo("Moment 3");
        assertThat(timeline.get(timeline.size() - 1).settings()).containsEntry("logits",
                (ClassState.MAX_MOMENTS + 2) + ",2");
    }

    @Test
    void navigatingMovesTheClassAndItsWidgetInOneChange() throws Exception {
        ClassroomEngine.Opened opened = engine.open("softmax", Map.of("logits", "1,2"));
        String question = "question: q\nexpect: result.loss < 0.1";
        engine.ask(opened.code(), opened.teacherKey(), question);
        List<ClassSnapshot> seen = new CopyOnWriteArrayList<>();
        engine.subscribe(opened.code(), seen::add);

        ClassSnapshot there = engine.navigate(opened.code(), opened.teacherKey(), "attention", "Queries and keys",
                "attention", Map.of("heads", "2"));
        assertThat(there.lesson()).isEqualTo("attention");
        assertThat(there.section()).isEqualTo("Queries and keys");
        assertThat(there.settings()).isEqualTo(Map.of("heads", "2"));
        assertThat(there.question()).as("a question about another widget cannot be answered there").isNull();
        eventually(() -> assertThat(seen).containsExactly(there));
        assertThatThrownBy(() -> engine.navigate(opened.code(), "guess", null, null, "softmax", Map.of()))
                .hasMessage("Only the class's teacher can do this.");
    }

    @Test
    void theRosterListenersHearJoinsStatusesAndAnswersUntilTheyStop() throws Exception {
        ClassroomEngine.Opened opened = engine.open("softmax", Map.of());
        String code = opened.code();
        List<String> heard = new CopyOnWriteArrayList<>();
        Runnable stop = engine.subscribeRoster(code, () -> heard.add("roster"));

        Student ada = engine.join(code, "Ada");
        eventually(() -> assertThat(heard).hasSize(1));
        engine.setStatus(code, ada.id(), Student.Status.EXPLORING);
        eventually(() -> assertThat(heard).hasSize(2));
        assertThat(engine.roster(code)).extracting(Student::status).containsExactly(Student.Status.EXPLORING);
        String question = "question: q\nexpect: result.loss < 0.1";
        engine.ask(code, opened.teacherKey(), question);
        engine.answer(code, ada.id(), question, Map.of("logits", "9,1"));
        eventually(() -> assertThat(heard).hasSize(3));

        stop.run();
        engine.join(code, "Bo");
        engine.show(code, opened.teacherKey(), "softmax", Map.of("logits", "1,1"));
        eventually(() -> assertThat(engine.roster(code)).extracting(Student::name).containsExactly("Ada", "Bo"));
        Thread.sleep(200); // long enough for a message through Redis on loopback
        assertThat(heard).as("nothing after stopping").hasSize(3);
    }

    @Test
    void aTeacherLinkReopensTheClassAndOnlyItsKeyIsTheTeachers() throws Exception {
        ClassroomEngine.Opened opened = engine.open("softmax", Map.of());
        ClassroomEngine.Opened other = engine.open("softmax", Map.of());
        assertThat(engine.isTeacher(opened.code(), opened.teacherKey())).isTrue();
        assertThat(engine.isTeacher(opened.code(), other.teacherKey())).isFalse();
        assertThat(engine.isTeacher(opened.code(), null)).isFalse();
        assertThat(engine.isTeacher("NOPE00", opened.teacherKey())).isFalse();
        assertThat(engine.current(null)).isEmpty();
        assertThatThrownBy(() -> engine.join(null, "Ada")).hasMessageContaining("No class with this code");
    }
}
