package dev.ariadne.core.internal.undo;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventHandler;
import org.osgi.service.event.propertytypes.EventTopics;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.events.Topics;
import dev.ariadne.api.undo.UndoService;
import dev.ariadne.api.undo.UndoableChange;
import dev.ariadne.core.internal.Events;

/**
 * The core's {@link UndoService}: a bounded undo stack and a redo stack per open {@link Case}, in memory.
 *
 * <p>A DS component; callers use it through {@link UndoService} from any thread, and the change runs on the calling
 * thread. Changes to one case are serialised (one runs at a time), changes to different cases are independent. The
 * history of a case is forgotten when the case closes: this component also listens to
 * {@link Topics#CASE_CLOSED} (an {@link EventHandler} called on EventAdmin's thread), and every call drops histories
 * of cases that are no longer open, so a reopened case starts empty even before the event arrives. Each change of a
 * history posts {@link Topics#UNDO_CHANGED}. A change whose {@code apply} or {@code revert} throws stays on the stack
 * where it was, and the exception reaches the caller.
 */
@Component(service = {UndoService.class, EventHandler.class}, configurationPid = UndoConfig.PID)
@Designate(ocd = UndoConfig.class)
@EventTopics(Topics.CASE_CLOSED)
public class UndoServiceImpl implements UndoService, EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(UndoServiceImpl.class);

    /** The history of one case; its monitor serialises changes to that case. */
    private static final class History {
        final Deque<UndoableChange> undo = new ArrayDeque<>();
        final Deque<UndoableChange> redo = new ArrayDeque<>();
    }

    /** Histories by case identity: a reopened case is a new object with a new history. Guarded by itself. */
    private final Map<Case, History> histories = new IdentityHashMap<>();
    private volatile int limit;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile EventAdmin eventAdmin;

    /**
     * Called by DS with the configuration of {@value UndoConfig#PID}.
     *
     * @param config the history configuration
     */
    @Activate
    public UndoServiceImpl(UndoConfig config) {
        this(config.limit());
    }

    /** For tests: a history of {@code limit} steps per case. */
    UndoServiceImpl(int limit) {
        this.limit = Math.max(1, limit);
    }

    /** Applies a new limit; longer histories are cut at their next change. */
    @Modified
    void modified(UndoConfig config) {
        limit = Math.max(1, config.limit());
    }

    @Override
    public void execute(Case aCase, UndoableChange change) throws Exception {
        Objects.requireNonNull(change, "change");
        History history = history(aCase);
        synchronized (history) {
            change.apply();
            history.undo.push(change);
            while (history.undo.size() > limit) {
                history.undo.removeLast();
            }
            history.redo.clear();
        }
        changed(aCase, change.label());
    }

    @Override
    public Optional<String> undo(Case aCase) throws Exception {
        History history = history(aCase);
        UndoableChange change;
        synchronized (history) {
            change = history.undo.peek();
            if (change == null) {
                return Optional.empty();
            }
            change.revert();
            history.undo.pop();
            history.redo.push(change);
        }
        changed(aCase, change.label());
        return Optional.of(change.label());
    }

    @Override
    public Optional<String> redo(Case aCase) throws Exception {
        History history = history(aCase);
        UndoableChange change;
        synchronized (history) {
            change = history.redo.peek();
            if (change == null) {
                return Optional.empty();
            }
            change.apply();
            history.redo.pop();
            history.undo.push(change);
            while (history.undo.size() > limit) {
                history.undo.removeLast();
            }
        }
        changed(aCase, change.label());
        return Optional.of(change.label());
    }

    @Override
    public List<String> undoLabels(Case aCase) {
        return labels(aCase, true);
    }

    @Override
    public List<String> redoLabels(Case aCase) {
        return labels(aCase, false);
    }

    private List<String> labels(Case aCase, boolean undo) {
        History history = existingHistory(aCase);
        if (history == null) {
            return List.of();
        }
        synchronized (history) {
            List<String> labels = new ArrayList<>();
            for (UndoableChange change : undo ? history.undo : history.redo) {
                labels.add(change.label());
            }
            return List.copyOf(labels);
        }
    }

    /** Forgets the histories of closed cases when {@link Topics#CASE_CLOSED} arrives. */
    @Override
    public void handleEvent(Event event) {
        Object caseId = event.getProperty(Topics.CASE_ID);
        List<Case> forgotten = forgetClosed();
        LOG.debug("Case {} closed; forgot the undo history of {}", caseId, forgotten);
    }

    /** Drops the histories of cases that are no longer open and announces each. */
    private List<Case> forgetClosed() {
        List<Case> forgotten = new ArrayList<>();
        synchronized (histories) {
            histories.keySet().removeIf(aCase -> {
                if (aCase.isOpen()) {
                    return false;
                }
                forgotten.add(aCase);
                return true;
            });
        }
        for (Case aCase : forgotten) {
            Events.post(eventAdmin, Topics.UNDO_CHANGED, Map.of(Topics.CASE_ID, aCase.id()));
        }
        return forgotten;
    }

    private History history(Case aCase) {
        Objects.requireNonNull(aCase, "case");
        if (!aCase.isOpen()) {
            throw new IllegalStateException("The case '" + aCase.name() + "' is closed; its history is gone.");
        }
        forgetClosed();
        synchronized (histories) {
            return histories.computeIfAbsent(aCase, key -> new History());
        }
    }

    private History existingHistory(Case aCase) {
        if (aCase == null || !aCase.isOpen()) {
            return null;
        }
        synchronized (histories) {
            return histories.get(aCase);
        }
    }

    private void changed(Case aCase, String label) {
        Events.post(eventAdmin, Topics.UNDO_CHANGED,
                Map.of(Topics.CASE_ID, aCase.id(), Topics.UNDO_LABEL, label == null ? "" : label));
    }
}
