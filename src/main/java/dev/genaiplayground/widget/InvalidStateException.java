package dev.genaiplayground.widget;

import java.util.Optional;

/**
 * A widget state that could not be read or built, with a message meant for the person who wrote it.
 * {@link #setting()} names the offending setting when the problem belongs to one.
 */
public class InvalidStateException extends Exception {

    private final String setting;

    public InvalidStateException(String setting, String message) {
        super(message);
        this.setting = setting;
    }

    public Optional<String> setting() {
        return Optional.ofNullable(setting);
    }
}
