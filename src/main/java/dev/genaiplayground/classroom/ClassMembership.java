package dev.genaiplayground.classroom;

/** What a browser session knows about the class it joined: kept in the Vaadin session, never sent to others. */
record ClassMembership(String code, String studentId, String name, String key) {

    static String storageKey(String code) {
        return "playground.class." + code;
    }
}
