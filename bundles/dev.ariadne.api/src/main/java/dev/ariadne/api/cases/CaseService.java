package dev.ariadne.api.cases;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Creates, opens, inspects and closes cases, and knows which case is <em>current</em> (the one the workbench or a
 * command works on).
 *
 * <p>Implemented by Ariadne's core bundle; plugins call it. Every method may be called from any thread and may block
 * on disk I/O, so the UI calls it from a job, never from the UI thread. Opening or closing a case posts
 * {@link dev.ariadne.api.events.Topics#CASE_OPENED} or {@link dev.ariadne.api.events.Topics#CASE_CLOSED}.
 */
@ProviderType
public interface CaseService {

    /**
     * Creates a new case in {@code folder} (created if missing; it must be empty otherwise) and opens it.
     *
     * @param folder the case folder
     * @param name a human name; the folder name when {@code null} or blank
     * @return the open case, which also becomes the current case
     * @throws CaseException {@link CaseException.Reason#ALREADY_EXISTS} when the folder is a case or is not empty
     */
    Case create(Path folder, String name) throws CaseException;

    /**
     * Opens an existing case, migrating its schema forward when it is older than this version of Ariadne. A case
     * already open in this process is returned as it is.
     *
     * @return the open case, which also becomes the current case
     * @throws CaseException when the folder is not a case, is locked by another process, or has a newer schema;
     *         in each of these cases nothing in the folder is modified
     */
    Case open(Path folder) throws CaseException;

    /** Closes the case: releases its lock and database; does nothing if it is not open. */
    void close(Case aCase);

    /** The current case, if one is open. */
    Optional<Case> current();

    /** Every case open in this process, in the order they were opened. */
    List<Case> openCases();

    /**
     * Reads what a folder holds without opening or modifying it.
     *
     * @throws CaseException {@link CaseException.Reason#NOT_A_CASE} when the folder holds no readable case
     */
    CaseInfo inspect(Path folder) throws CaseException;

    /** The newest case schema version this build of Ariadne reads and writes. */
    int supportedSchemaVersion();
}
