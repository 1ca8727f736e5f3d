package dev.ariadne.api.events;

/** Topic and property names of the events Ariadne posts. Constants only. */
public final class Topics {

    /** A case was opened; properties {@link #CASE_ID}, {@link #CASE_FOLDER}. */
    public static final String CASE_OPENED = "ariadne/case/OPENED";
    /** A case was closed; properties {@link #CASE_ID}, {@link #CASE_FOLDER}. */
    public static final String CASE_CLOSED = "ariadne/case/CLOSED";
    /** A job started running; properties {@link #JOB_ID}, {@link #JOB_NAME}. */
    public static final String JOB_STARTED = "ariadne/job/STARTED";
    /** A job ended; properties {@link #JOB_ID}, {@link #JOB_NAME}, {@link #JOB_STATE}, {@link #JOB_FAILED_ITEMS}. */
    public static final String JOB_FINISHED = "ariadne/job/FINISHED";
    /** A document was added to a case; properties {@link #CASE_ID}, {@link #DOCUMENT_ID}. */
    public static final String DOCUMENT_ADDED = "ariadne/document/ADDED";
    /** Entities of a case changed (extraction or correction); property {@link #CASE_ID}. */
    public static final String ENTITY_CHANGED = "ariadne/entity/CHANGED";
    /** The workbench selection changed; properties {@link #SELECTION_SOURCE}, {@link #SELECTION_KINDS}, {@link #SELECTION_IDS}. */
    public static final String SELECTION_CHANGED = "ariadne/selection/CHANGED";
    /** The undo history of a case changed; properties {@link #CASE_ID}, {@link #UNDO_LABEL}. */
    public static final String UNDO_CHANGED = "ariadne/undo/CHANGED";

    /** Property: the case id (String). */
    public static final String CASE_ID = "case.id";
    /** Property: the case folder (String, absolute path). */
    public static final String CASE_FOLDER = "case.folder";
    /** Property: the job id (Long). */
    public static final String JOB_ID = "job.id";
    /** Property: the job name (String). */
    public static final String JOB_NAME = "job.name";
    /** Property: the final {@link dev.ariadne.api.jobs.JobState} name (String). */
    public static final String JOB_STATE = "job.state";
    /** Property: the number of failed items (Integer). */
    public static final String JOB_FAILED_ITEMS = "job.failed.items";
    /** Property: a document id (String). */
    public static final String DOCUMENT_ID = "document.id";
    /** Property: the id of the view that made the selection (String). */
    public static final String SELECTION_SOURCE = "selection.source";
    /** Property: the kinds of the selected items, in order (String[]). */
    public static final String SELECTION_KINDS = "selection.kinds";
    /** Property: the ids of the selected items, in order (String[]). */
    public static final String SELECTION_IDS = "selection.ids";
    /** Property: the label of the change just done, undone or redone (String). */
    public static final String UNDO_LABEL = "undo.label";

    private Topics() {
    }
}
