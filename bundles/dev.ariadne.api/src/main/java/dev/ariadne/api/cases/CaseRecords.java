package dev.ariadne.api.cases;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Text records kept in the case database under one namespace, for plugins that need to save a few values or
 * documents (notes, view settings, saved searches). Each write is atomic and durable when the method returns.
 *
 * <p>Implemented by the core bundle; callable from any thread, but every call touches the database, so UI code
 * calls it from a job or keeps calls small (a few kilobytes).
 */
@ProviderType
public interface CaseRecords {

    /** The namespace these records live in. */
    String namespace();

    /** The value stored under {@code key}, if any. */
    Optional<String> get(String key);

    /** Stores {@code value} under {@code key}, replacing an earlier value. */
    void put(String key, String value);

    /** Removes the value; does nothing when there is none. */
    void remove(String key);

    /** Every key of this namespace, sorted. */
    List<String> keys();

    /** Keys whose value contains {@code text}, ignoring case, sorted. */
    List<String> find(String text);
}
