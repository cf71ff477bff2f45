package dev.genaiplayground.classroom;

/** What the teacher lets the students do. */
public enum ClassMode {
    /** Students see the teacher's widget state and cannot change it. */
    FOLLOW,
    /** Students explore on their own; a button brings them back to the teacher's state. */
    FREE,
    /** Every student device shows an "eyes up" screen. */
    PAUSE
}
