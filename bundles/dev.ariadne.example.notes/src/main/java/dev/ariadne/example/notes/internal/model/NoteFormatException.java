package dev.ariadne.example.notes.internal.model;

/**
 * A stored note record could not be read: it is not JSON, lacks a field, has offsets outside its text, or was written
 * by a newer format version. Thrown by {@link NoteCodec#read}; the message says what is wrong in words a plugin
 * developer can act on.
 */
public class NoteFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public NoteFormatException(String message) {
        super(message);
    }

    public NoteFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
