package dev.ariadne.importer.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of the importer, PID {@value #PID}; read by {@link ImportServiceImpl} at activation and whenever it
 * changes (the next import job uses the new values), rendered by the Preferences dialog from its metatype. The
 * per-import limits (patterns, time per file, archive depth and expansion ratio) come with each import as
 * {@link dev.ariadne.api.importing.ImportOptions}.
 */
@ObjectClassDefinition(id = ImporterConfig.PID, name = "Importer",
        description = "Limits of the document import that hold for every import.")
public @interface ImporterConfig {

    /** The configuration PID. */
    String PID = "dev.ariadne.importer";

    /** The longest text stored per document; longer texts are cut and reported as truncated. */
    @AttributeDefinition(name = "Text limit (characters)", min = "1024",
            description = "The longest extracted text kept per document. A longer text is cut there; the document "
                    + "is imported and listed among the import's problems as \"text truncated at N MB\".")
    int maxTextChars() default 32 * 1024 * 1024;

    /** The most bytes the archives of one imported file may expand to, nested archives included. */
    @AttributeDefinition(name = "Archive expansion limit (MB)", min = "1",
            description = "The most the archives inside one imported file may expand to, nested archives "
                    + "included. A larger archive is refused.")
    int maxExpandedMegabytes() default 2048;

    /** The most members the archives of one imported file may have, nested archives included. */
    @AttributeDefinition(name = "Archive member limit", min = "1",
            description = "The most members the archives inside one imported file may have, nested archives "
                    + "included. An archive with more is refused.")
    int maxArchiveMembers() default 100_000;
}
