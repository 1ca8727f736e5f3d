package dev.ariadne.importer.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.events.Topics;
import dev.ariadne.api.importing.DocumentImporter;
import dev.ariadne.api.importing.ImportOptions;
import dev.ariadne.api.importing.ImportService;
import dev.ariadne.api.importing.ImportSummary;
import dev.ariadne.api.jobs.Job;
import dev.ariadne.api.jobs.JobService;
import dev.ariadne.api.pipeline.DocumentStage;

/**
 * The {@link ImportService}: every call becomes one {@link ImportRun} job on the {@link JobService}.
 *
 * <p>A DS component configured by {@value ImporterConfig#PID}. It tracks two whiteboards with
 * {@code MULTIPLE, DYNAMIC, GREEDY} references: the {@link DocumentImporter}s (chosen per file by media type and
 * ranking) and the {@link DocumentStage}s (run on every new document in the order of
 * {@value DocumentStage#ORDER}); each job reads a snapshot per document. Callable from any thread, the UI thread
 * included: {@link #importPaths} returns at once. Posts {@link Topics#DOCUMENT_ADDED} through EventAdmin when one is
 * present. Delayed: nothing of the importer (Tika, POI, PDFBox) is loaded before the first import asks for it; the
 * products set {@code ds.delayed.keepInstances}, so once made the component and its language profiles (about 70 MB,
 * seconds to load, read in the background when the first import begins) stay until the bundle stops.
 */
@Component(service = ImportService.class, configurationPid = ImporterConfig.PID)
@Designate(ocd = ImporterConfig.class)
public class ImportServiceImpl implements ImportService {

    private static final Logger LOG = LoggerFactory.getLogger(ImportServiceImpl.class);

    final JobService jobs;
    final ImporterRegistry importers = new ImporterRegistry();
    final StageRegistry stages = new StageRegistry();
    final IdLocks locks = new IdLocks();
    final ClassLoader bundleLoader = ImportServiceImpl.class.getClassLoader();
    private volatile MediaTypes mediaTypes;
    final LanguageGuesser languages = new LanguageGuesser();
    final ParseRunner parser;
    volatile ImportRun.Settings settings;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile EventAdmin eventAdmin;

    /**
     * Called by DS with the job service and the configuration (defaults when there is none).
     *
     * @param jobs where imports run
     * @param config the importer's limits
     */
    @Activate
    public ImportServiceImpl(@Reference JobService jobs, ImporterConfig config) {
        this(jobs, ImportRun.Settings.of(config));
    }

    /** For tests: an import service with explicit limits. */
    ImportServiceImpl(JobService jobs, ImportRun.Settings settings) {
        this.jobs = jobs;
        this.settings = settings;
        this.parser = new ParseRunner(bundleLoader);
    }

    /**
     * Tika's type registry and detectors, made on first use rather than at activation (reading Tika's type database
     * takes a few hundred milliseconds that the workbench's start should not pay).
     */
    MediaTypes mediaTypes() {
        MediaTypes current = mediaTypes;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (mediaTypes == null) {
                Thread thread = Thread.currentThread();
                ClassLoader previous = thread.getContextClassLoader();
                thread.setContextClassLoader(bundleLoader);
                try {
                    mediaTypes = new MediaTypes(bundleLoader);
                } finally {
                    thread.setContextClassLoader(previous);
                }
            }
            return mediaTypes;
        }
    }

    /** Takes a changed configuration; jobs started from now on use it. */
    @Modified
    void modified(ImporterConfig config) {
        settings = ImportRun.Settings.of(config);
    }

    /** Stops the parse threads; running jobs are cancelled by the job service as it goes. */
    @Deactivate
    void deactivate() {
        languages.close();
        parser.close();
    }

    @Reference(service = DocumentImporter.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindImporter(DocumentImporter importer, Map<String, Object> properties) {
        importers.add(importer, properties);
    }

    void updatedImporter(DocumentImporter importer, Map<String, Object> properties) {
        importers.remove(importer);
        importers.add(importer, properties);
    }

    void unbindImporter(DocumentImporter importer) {
        importers.remove(importer);
    }

    @Reference(service = DocumentStage.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindStage(DocumentStage stage, Map<String, Object> properties) {
        if (!stages.add(stage, properties)) {
            LOG.warn("A document stage without {} is ignored: {}", DocumentStage.NAME, properties);
        }
    }

    void updatedStage(DocumentStage stage, Map<String, Object> properties) {
        stages.remove(stage);
        bindStage(stage, properties);
    }

    void unbindStage(DocumentStage stage) {
        stages.remove(stage);
    }

    @Override
    public Job<ImportSummary> importPaths(Case aCase, List<Path> paths, ImportOptions options) {
        List<Path> roots = paths == null ? List.of() : List.copyOf(paths);
        ImportOptions effective = options == null ? ImportOptions.DEFAULTS : options;
        languages.warmUpInBackground();
        return jobs.submit(jobName(aCase, roots), new ImportRun(this, aCase, roots, effective, settings));
    }

    static String jobName(Case aCase, List<Path> roots) {
        if (roots.isEmpty()) {
            return "Resume pending stages of " + aCase.name();
        }
        String what = roots.size() == 1 ? String.valueOf(roots.get(0).getFileName()) : roots.size() + " paths";
        return "Import " + what + " into " + aCase.name();
    }

    /** Announces a new document; never throws. */
    void documentAdded(Case aCase, String documentId) {
        EventAdmin admin = eventAdmin;
        if (admin == null) {
            return;
        }
        try {
            admin.postEvent(new Event(Topics.DOCUMENT_ADDED, Map.of(Topics.CASE_ID, aCase.id(),
                    Topics.CASE_FOLDER, aCase.folder().toString(), Topics.DOCUMENT_ID, documentId)));
        } catch (RuntimeException e) {
            LOG.warn("Could not post {} for document {}", Topics.DOCUMENT_ADDED, documentId, e);
        }
    }
}
