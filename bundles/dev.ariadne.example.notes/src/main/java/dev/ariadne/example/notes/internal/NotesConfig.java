package dev.ariadne.example.notes.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The configuration of the Case Notes view, PID {@value NotesView#PID}; the Preferences dialog renders it from this
 * metatype. Read by {@link NotesView} when it is activated and when the configuration changes.
 */
@ObjectClassDefinition(id = NotesView.PID, name = "Case notes",
        description = "How the Case Notes view saves the notes of a case.")
public @interface NotesConfig {

    /** Milliseconds of quiet after the last keystroke before a note is saved. */
    @AttributeDefinition(name = "Autosave delay (ms)",
            description = "How long after typing stops the note being edited is saved.", min = "100", max = "60000")
    int autosave_delay() default 750;

    /** The longest time, in milliseconds, edits wait for a save while typing goes on. */
    @AttributeDefinition(name = "Longest wait for a save (ms)",
            description = "While typing goes on without a pause, the note is still saved this often.",
            min = "1000", max = "600000")
    int autosave_max_wait() default 10000;
}
