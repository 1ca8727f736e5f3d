package dev.ariadne.core.internal.jobs;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of the job pool, PID {@value #PID}; read by {@link JobServiceImpl} at activation and whenever it
 * changes (no restart), rendered by the Preferences dialog from its metatype.
 */
@ObjectClassDefinition(id = JobsConfig.PID, name = "Jobs",
        description = "The worker pool that runs long work: import, indexing, extraction, layout and export.")
public @interface JobsConfig {

    /** The configuration PID. */
    String PID = "dev.ariadne.jobs";

    /**
     * How many jobs run at once, which is also how many threads one job may use; unset or below 1 means one per
     * processor.
     */
    @AttributeDefinition(name = "Worker threads", required = false, min = "1",
            description = "How many jobs run at the same time, and how many threads one job may use. "
                    + "Leave empty for one per processor.")
    int workers();
}
