package dev.ariadne.ui.documents.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Settings of the Documents, Search and Reader views (PID {@value #PID}), read by {@link DocumentServices} and
 * rendered by the Preferences dialog from this metatype description.
 */
@ObjectClassDefinition(id = DocumentsConfig.PID, name = "Documents views",
        description = "How the Documents, Search and Reader views refresh and how much they show.")
public @interface DocumentsConfig {

    /** The configuration PID. */
    String PID = "dev.ariadne.ui.documents";

    /** The shortest time between two refreshes of the Documents table while an import adds documents. */
    @AttributeDefinition(name = "Refresh interval (ms)",
            description = "The shortest time between two refreshes of the Documents table while documents are added.",
            min = "100", max = "10000")
    int refresh_interval() default 400;

    /** The longest text the Reader shows; longer texts are cut with a notice. */
    @AttributeDefinition(name = "Reader text limit (characters)",
            description = "The Reader shows at most this many characters of a document; the rest is cut with a notice.",
            min = "10000")
    int reader_max_chars() default 4_000_000;

    /** Hits fetched at a time by the Search view. */
    @AttributeDefinition(name = "Search hits per page", description = "Hits fetched at a time as the result list scrolls.",
            min = "10", max = "500")
    int search_page_size() default 50;

    /** The most hits the Search view lists. */
    @AttributeDefinition(name = "Most search hits listed", description = "The Search view lists at most this many hits.",
            min = "50", max = "100000")
    int search_max_hits() default 1000;
}
