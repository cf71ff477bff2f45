package dev.genaiplayground.widget;

/**
 * Where a widget's new state came from. A view that follows others (a classroom student) applies a change with the
 * origin it was given and never sends a change it did not make itself back, so nothing echoes.
 */
public enum ChangeOrigin {
    /** The person at this screen dragged, typed or clicked. */
    PERSON,
    /** A link (a deep link or an embed's settings) was opened. */
    LINK,
    /** A lesson's widget block. */
    LESSON,
    /** Someone else's change, sent to this view (a teacher's broadcast). */
    BROADCAST
}
