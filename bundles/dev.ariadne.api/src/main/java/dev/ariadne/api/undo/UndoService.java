package dev.ariadne.api.undo;

import java.util.List;
import java.util.Optional;

import dev.ariadne.api.cases.Case;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The undo and redo history of each open case (kept in memory while the case is open; areas that must survive a
 * restart, such as the correction ledger, persist their own changes and replay them through here).
 *
 * <p>Implemented by the core bundle. Thread-safe; {@link #execute}, {@link #undo} and {@link #redo} run the change
 * on the calling thread, so UI code calls them from a job when a change is slow. Every change of the history posts
 * {@link dev.ariadne.api.events.Topics#UNDO_CHANGED}.
 */
@ProviderType
public interface UndoService {

    /** Applies {@code change} and pushes it on the case's undo stack, clearing the redo stack. */
    void execute(Case aCase, UndoableChange change) throws Exception;

    /** Undoes the newest change; returns its label, or empty when there is nothing to undo. */
    Optional<String> undo(Case aCase) throws Exception;

    /** Redoes the newest undone change; returns its label, or empty when there is nothing to redo. */
    Optional<String> redo(Case aCase) throws Exception;

    /** Labels of the changes that can be undone, newest first. */
    List<String> undoLabels(Case aCase);

    /** Labels of the changes that can be redone, newest first. */
    List<String> redoLabels(Case aCase);
}
