package dev.ariadne.api.undo;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A change that knows how to undo itself. Written by whoever makes the change (entity corrections, note edits);
 * called by {@link UndoService} on the thread that asked for it.
 */
@ConsumerType
public interface UndoableChange {

    /** What a person reads in Edit &gt; Undo, e.g. "Merge 'Scholz' into 'Olaf Scholz'". */
    String label();

    /** Applies the change; called once by {@link UndoService#execute} and again on each redo. */
    void apply() throws Exception;

    /** Reverts the change exactly. */
    void revert() throws Exception;
}
