package dev.genaiplayground.ui;

/** A control of ours that can show its value without letting a person change it (an embed's {@code _readonly}). */
public interface ReadOnlyControl {

    void setReadOnly(boolean readOnly);

    boolean isReadOnly();
}
