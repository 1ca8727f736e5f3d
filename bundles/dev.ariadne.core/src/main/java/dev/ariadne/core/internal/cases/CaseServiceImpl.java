package dev.ariadne.core.internal.cases;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.jdbc.DataSourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.cases.CaseException;
import dev.ariadne.api.cases.CaseException.Reason;
import dev.ariadne.api.cases.CaseInfo;
import dev.ariadne.api.cases.CaseSchema;
import dev.ariadne.api.cases.CaseService;
import dev.ariadne.api.events.Topics;
import dev.ariadne.core.internal.Events;
import dev.ariadne.core.internal.cases.CaseDatabase.AreaVersion;
import dev.ariadne.core.internal.cases.CaseDatabase.MigrationException;

/**
 * The core's {@link CaseService}: case folders with {@code case.json}, a {@code case.lock} held while open, and an H2
 * database in {@code store/} reached through the H2 bundle's {@link DataSourceFactory} service.
 *
 * <p>A DS component; callers use it through the {@link CaseService} interface from any thread. Every method may block
 * on disk I/O. Opening, creating and closing are serialised by one lock, so a case is never half open. Bundles that
 * keep tables in the case database register {@link CaseSchema} services (tracked here as a dynamic whiteboard): their
 * pending migrations run when a case opens, and at once on every open case when the service appears. A migration of
 * the core area that fails refuses the case; a contributed migration that fails is logged and leaves that area at its
 * old version, so one broken plugin cannot lock analysts out of their cases.
 *
 * <p>Refusals modify nothing in the folder: the checks (not a case, newer format, locked, newer area) read
 * {@code case.json}, probe the existing lock file and read the database in read-only mode before anything is written.
 */
@Component(service = CaseService.class)
public class CaseServiceImpl implements CaseService {

    private static final Logger LOG = LoggerFactory.getLogger(CaseServiceImpl.class);

    /** The case folder format this build reads and writes ({@code schemaVersion} in {@code case.json}). */
    static final int FORMAT_VERSION = 1;
    /** Areas every new case gets as folders. */
    static final List<String> STANDARD_AREAS = List.of("index", "blobs", "reports");
    private static final int MAX_IDLE_CONNECTIONS = 4;

    private final DataSourceFactory dataSourceFactory;
    private final String ariadneVersion;
    private final CoreSchema coreSchema = new CoreSchema();
    private final Object lock = new Object();
    /** Open cases by real folder path, in opening order. Guarded by {@link #lock}. */
    private final LinkedHashMap<Path, OpenCase> openCases = new LinkedHashMap<>();
    /** Contributed schemas by registration order. Guarded by {@link #lock}. */
    private final TreeMap<Long, ContributedSchema> schemas = new TreeMap<>();
    private final AtomicLong localSchemaKeys = new AtomicLong(Long.MAX_VALUE / 2);
    private OpenCase current;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile EventAdmin eventAdmin;

    Clock clock = Clock.systemUTC();

    /** One registered {@link CaseSchema} and who provided it. */
    record ContributedSchema(CaseSchema schema, String provider) {
    }

    /**
     * Called by DS with the H2 bundle's DataSourceFactory.
     *
     * @param dataSourceFactory the H2 DataSourceFactory service
     * @param context this bundle's context, for the Ariadne version written into cases
     */
    @Activate
    public CaseServiceImpl(
            @Reference(target = "(" + DataSourceFactory.OSGI_JDBC_DRIVER_CLASS + "=org.h2.Driver)")
            DataSourceFactory dataSourceFactory,
            BundleContext context) {
        this(dataSourceFactory, plainVersion(context.getBundle().getVersion()));
    }

    /** For tests: a case service writing {@code ariadneVersion} into new cases. */
    CaseServiceImpl(DataSourceFactory dataSourceFactory, String ariadneVersion) {
        this.dataSourceFactory = dataSourceFactory;
        this.ariadneVersion = ariadneVersion;
    }

    private static String plainVersion(Version version) {
        return version.getMajor() + "." + version.getMinor() + "." + version.getMicro();
    }

    /** Closes every case still open, posting {@link Topics#CASE_CLOSED} for each. */
    @Deactivate
    void deactivate() {
        List<OpenCase> toClose;
        synchronized (lock) {
            toClose = new ArrayList<>(openCases.values());
        }
        for (OpenCase openCase : toClose) {
            close(openCase);
        }
    }

    // ----------------------------------------------------------------------------------------------------------------
    // the CaseSchema whiteboard

    @Reference(name = "schemas", service = CaseSchema.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindSchema(ServiceReference<CaseSchema> reference, CaseSchema schema) {
        Object serviceId = reference.getProperty(Constants.SERVICE_ID);
        long key = serviceId instanceof Long id ? id : localSchemaKeys.incrementAndGet();
        String provider = reference.getBundle() == null ? "a plugin"
                : reference.getBundle().getSymbolicName() + " " + plainVersion(reference.getBundle().getVersion());
        addSchema(key, schema, provider);
    }

    void unbindSchema(ServiceReference<CaseSchema> reference, CaseSchema schema) {
        removeSchema(schema);
    }

    /**
     * Registers a schema and migrates every open case to it at once.
     *
     * @param key orders schemas: of two with the same area, the smaller key wins
     */
    void addSchema(long key, CaseSchema schema, String provider) {
        synchronized (lock) {
            ContributedSchema contributed = new ContributedSchema(schema, provider);
            schemas.put(key, contributed);
            if (!isEffective(contributed)) {
                LOG.warn("{} contributes a second schema for area '{}'; it is ignored while the first one is there",
                        provider, schema.area());
                return;
            }
            for (OpenCase openCase : openCases.values()) {
                migrateContributed(openCase, contributed);
            }
        }
    }

    void removeSchema(CaseSchema schema) {
        synchronized (lock) {
            schemas.values().removeIf(contributed -> contributed.schema() == schema);
        }
    }

    private boolean isEffective(ContributedSchema candidate) {
        for (ContributedSchema contributed : schemas.values()) {
            if (contributed.schema().area().equals(candidate.schema().area())) {
                return contributed == candidate;
            }
        }
        return false;
    }

    /** The schemas in force: core first, then per area the one registered first. Guarded by {@link #lock}. */
    private List<ContributedSchema> effectiveSchemas() {
        Map<String, ContributedSchema> byArea = new LinkedHashMap<>();
        for (ContributedSchema contributed : schemas.values()) {
            String area = contributed.schema().area();
            if (CoreSchema.AREA.equals(area)) {
                LOG.warn("{} contributes a schema for the reserved area '{}'; it is ignored", contributed.provider(),
                        area);
                continue;
            }
            byArea.putIfAbsent(area, contributed);
        }
        return new ArrayList<>(byArea.values());
    }

    // ----------------------------------------------------------------------------------------------------------------
    // CaseService

    @Override
    public Case create(Path folder, String name) throws CaseException {
        Path requested = folder.toAbsolutePath().normalize();
        OpenCase created;
        synchronized (lock) {
            boolean existed = Files.exists(requested);
            if (existed) {
                checkEmptyFolder(requested);
            }
            Path dir = requested;
            CaseLock caseLock = null;
            boolean done = false;
            try {
                Files.createDirectories(requested);
                dir = requested.toRealPath();
                caseLock = CaseLock.lockNew(dir);
                if (caseLock == null) {
                    throw new CaseException(Reason.ALREADY_EXISTS, dir,
                            "Another process is creating a case in " + dir + ".");
                }
                String caseName = name == null || name.isBlank() ? defaultName(dir) : name.strip();
                CaseManifest manifest = new CaseManifest(UUID.randomUUID().toString(), caseName,
                        Instant.now(clock).truncatedTo(ChronoUnit.MILLIS), FORMAT_VERSION, ariadneVersion);
                manifest.write(dir);
                Files.createDirectories(dir.resolve(CaseDatabase.STORE));
                for (String area : STANDARD_AREAS) {
                    Files.createDirectories(dir.resolve(area));
                }
                created = start(dir, manifest, caseLock);
                done = true;
            } catch (IOException e) {
                throw new CaseException(Reason.IO, dir, "Cannot create a case in " + dir + ": " + e.getMessage(), e);
            } finally {
                if (!done && caseLock != null) {
                    caseLock.close();
                    removeLeftovers(dir, existed);
                }
            }
            openCases.put(created.folder(), created);
            current = created;
        }
        LOG.info("Created case '{}' in {}", created.name(), created.folder());
        post(Topics.CASE_OPENED, created);
        return created;
    }

    private static void checkEmptyFolder(Path dir) throws CaseException {
        if (!Files.isDirectory(dir)) {
            throw new CaseException(Reason.ALREADY_EXISTS, dir, dir + " is a file, not a folder.");
        }
        if (Files.exists(dir.resolve(CaseManifest.FILE))) {
            throw new CaseException(Reason.ALREADY_EXISTS, dir, dir + " already holds a case.");
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            if (entries.iterator().hasNext()) {
                throw new CaseException(Reason.ALREADY_EXISTS, dir,
                        dir + " is not empty; a new case needs an empty or new folder.");
            }
        } catch (IOException e) {
            throw new CaseException(Reason.IO, dir, "Cannot read the folder " + dir + ": " + e.getMessage(), e);
        }
    }

    private static String defaultName(Path dir) {
        Path fileName = dir.getFileName();
        return fileName == null ? "Case" : fileName.toString();
    }

    /** Removes what a failed create left: the folder when it made it, else the folder's content. */
    private static void removeLeftovers(Path dir, boolean folderExisted) {
        if (!Files.exists(dir)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult postVisitDirectory(Path visited, IOException failure) throws IOException {
                    if (failure != null) {
                        throw failure;
                    }
                    if (folderExisted && visited.equals(dir)) {
                        return FileVisitResult.CONTINUE;
                    }
                    Files.delete(visited);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            LOG.warn("Could not remove what a failed case creation left in {}", dir, e);
        }
    }

    @Override
    public Case open(Path folder) throws CaseException {
        Path dir = realFolder(folder);
        OpenCase opened;
        synchronized (lock) {
            OpenCase existing = openCases.get(dir);
            if (existing != null) {
                current = existing;
                return existing;
            }
            if (!Files.isDirectory(dir)) {
                throw new CaseException(Reason.NOT_A_CASE, dir,
                        dir + (Files.exists(dir) ? " is a file, not a case folder." : " does not exist."));
            }
            CaseManifest manifest = CaseManifest.read(dir);
            checkFormat(dir, manifest);
            CaseLock caseLock = CaseLock.lockExisting(dir);
            boolean done = false;
            try {
                checkAreas(dir, readVersionsForCheck(dir));
                if (caseLock == null) {
                    caseLock = CaseLock.acquire(dir);
                }
                opened = start(dir, manifest, caseLock);
                done = true;
            } finally {
                if (!done && caseLock != null) {
                    caseLock.close();
                }
            }
            openCases.put(dir, opened);
            current = opened;
        }
        LOG.info("Opened case '{}' in {}", opened.name(), opened.folder());
        post(Topics.CASE_OPENED, opened);
        return opened;
    }

    private Map<String, AreaVersion> readVersionsForCheck(Path dir) throws CaseException {
        try {
            return CaseDatabase.readVersionsReadOnly(dataSourceFactory, dir);
        } catch (SQLException e) {
            throw new CaseException(Reason.IO, dir,
                    "Cannot read the database of the case in " + dir + ": " + e.getMessage(), e);
        }
    }

    private void checkFormat(Path dir, CaseManifest manifest) throws CaseException {
        if (manifest.formatVersion() > FORMAT_VERSION) {
            throw new CaseException(Reason.NEWER_SCHEMA, dir, "The case in " + dir + " has format version "
                    + manifest.formatVersion() + "; this Ariadne (" + ariadneVersion + ") reads up to version "
                    + FORMAT_VERSION + ". Open it with " + needed("Ariadne", manifest.writtenBy()) + ".");
        }
        if (manifest.formatVersion() < 1) {
            throw new CaseException(Reason.NOT_A_CASE, dir,
                    dir + " is not a readable Ariadne case: format version " + manifest.formatVersion() + ".");
        }
    }

    private static String needed(String software, String writtenBy) {
        return writtenBy == null || writtenBy.isBlank() ? "a newer " + software
                : software + " " + writtenBy + " or newer";
    }

    /** Refuses areas newer than this build's schemas. Guarded by {@link #lock}. */
    private void checkAreas(Path dir, Map<String, AreaVersion> versions) throws CaseException {
        String problem = newerArea(versions);
        if (problem != null) {
            throw new CaseException(Reason.NEWER_SCHEMA, dir, "The case in " + dir + " " + problem);
        }
    }

    /** Describes the first area newer than known, or {@code null}. Guarded by {@link #lock}. */
    private String newerArea(Map<String, AreaVersion> versions) {
        List<CaseSchema> known = new ArrayList<>();
        known.add(coreSchema);
        effectiveSchemas().forEach(contributed -> known.add(contributed.schema()));
        for (CaseSchema schema : known) {
            AreaVersion version = versions.get(schema.area());
            int understood = schema.migrations().size();
            if (version != null && version.version() > understood) {
                String software = CoreSchema.AREA.equals(schema.area()) ? "Ariadne" : "the plugin";
                return "uses version " + version.version() + " of the '" + schema.area()
                        + "' tables; this Ariadne (" + ariadneVersion + ") knows up to version " + understood
                        + ". Open it with " + needed(software, version.writtenBy()) + ".";
            }
        }
        return null;
    }

    /** Opens the database of a locked, checked case and brings its schemas up to date. */
    private OpenCase start(Path dir, CaseManifest manifest, CaseLock caseLock) throws CaseException {
        ConnectionPool pool;
        try {
            caseLock.announce(ProcessIdentity.describe());
            Files.createDirectories(dir.resolve(CaseDatabase.STORE));
            pool = new ConnectionPool(dir.toString(), CaseDatabase.pooledSource(dataSourceFactory, dir),
                    MAX_IDLE_CONNECTIONS);
        } catch (IOException | SQLException e) {
            throw new CaseException(Reason.IO, dir, "Cannot open the case in " + dir + ": " + e.getMessage(), e);
        }
        OpenCase openCase = new OpenCase(dir, manifest, caseLock, pool);
        boolean done = false;
        try (Connection connection = pool.connection()) {
            CaseDatabase.migrate(connection, CoreSchema.AREA, coreSchema.migrations(),
                    "Ariadne " + ariadneVersion);
            for (ContributedSchema contributed : effectiveSchemas()) {
                migrateContributed(openCase, contributed, connection);
            }
            done = true;
        } catch (SQLException | MigrationException e) {
            throw new CaseException(Reason.IO, dir,
                    "Cannot open the database of the case in " + dir + ": " + e.getMessage(), e);
        } finally {
            if (!done) {
                pool.close();
            }
        }
        return openCase;
    }

    private void migrateContributed(OpenCase openCase, ContributedSchema contributed) {
        try (Connection connection = openCase.connect()) {
            migrateContributed(openCase, contributed, connection);
        } catch (SQLException e) {
            LOG.error("Cannot reach the database of {} to apply the schema of {}", openCase, contributed.provider(),
                    e);
        }
    }

    private void migrateContributed(OpenCase openCase, ContributedSchema contributed, Connection connection)
            throws SQLException {
        CaseSchema schema = contributed.schema();
        String area;
        List<CaseSchema.Migration> migrations;
        try {
            area = schema.area();
            migrations = List.copyOf(schema.migrations());
        } catch (RuntimeException e) {
            LOG.error("The schema contributed by {} cannot be read", contributed.provider(), e);
            return;
        }
        AreaVersion recorded = CaseDatabase.readVersions(connection).get(area);
        if (recorded != null && recorded.version() > migrations.size()) {
            LOG.warn("{} has version {} of area '{}', newer than the {} migrations of {}; its tables are left alone",
                    openCase, recorded.version(), area, migrations.size(), contributed.provider());
            return;
        }
        try {
            int applied = CaseDatabase.migrate(connection, area, migrations, contributed.provider());
            if (applied > 0) {
                LOG.info("Applied {} migration(s) of area '{}' from {} to {}", applied, area, contributed.provider(),
                        openCase);
            }
        } catch (MigrationException e) {
            LOG.error("{}: {} stays at version {} of area '{}'", contributed.provider(), openCase, e.step(), area, e);
        }
    }

    @Override
    public void close(Case aCase) {
        if (!(aCase instanceof OpenCase openCase)) {
            return;
        }
        synchronized (lock) {
            if (openCases.get(openCase.folder()) != openCase) {
                return;
            }
            openCases.remove(openCase.folder());
            if (current == openCase) {
                current = openCases.isEmpty() ? null : last(openCases.values());
            }
            openCase.shutdown();
        }
        LOG.info("Closed case '{}' in {}", openCase.name(), openCase.folder());
        post(Topics.CASE_CLOSED, openCase);
    }

    private static OpenCase last(Iterable<OpenCase> cases) {
        OpenCase last = null;
        for (OpenCase openCase : cases) {
            last = openCase;
        }
        return last;
    }

    @Override
    public Optional<Case> current() {
        synchronized (lock) {
            return Optional.ofNullable(current);
        }
    }

    @Override
    public List<Case> openCases() {
        synchronized (lock) {
            return List.copyOf(openCases.values());
        }
    }

    @Override
    public CaseInfo inspect(Path folder) throws CaseException {
        Path dir = realFolder(folder);
        if (!Files.isDirectory(dir)) {
            throw new CaseException(Reason.NOT_A_CASE, dir,
                    dir + (Files.exists(dir) ? " is a file, not a case folder." : " does not exist."));
        }
        CaseManifest manifest = CaseManifest.read(dir);
        boolean supported = manifest.formatVersion() <= FORMAT_VERSION;
        Optional<String> lockedBy;
        synchronized (lock) {
            if (openCases.containsKey(dir)) {
                lockedBy = Optional.of("this process (" + ProcessIdentity.describe() + ")");
            } else {
                try {
                    lockedBy = CaseLock.probe(dir);
                } catch (IOException e) {
                    throw new CaseException(Reason.IO, dir,
                            "Cannot read the lock file of " + dir + ": " + e.getMessage(), e);
                }
                if (supported && lockedBy.isEmpty()) {
                    try {
                        supported = newerArea(CaseDatabase.readVersionsReadOnly(dataSourceFactory, dir)) == null;
                    } catch (SQLException e) {
                        LOG.warn("Cannot read the schema versions of the case in {}", dir, e);
                    }
                }
            }
        }
        return new CaseInfo(dir, manifest.id(), manifest.name(), manifest.created(), manifest.formatVersion(),
                supported, lockedBy, sizeOf(dir));
    }

    private static long sizeOf(Path dir) throws CaseException {
        long[] total = {0};
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile()) {
                        total[0] += attributes.size();
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException failure) {
                    LOG.debug("Cannot measure {}", file, failure);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new CaseException(Reason.IO, dir, "Cannot measure " + dir + ": " + e.getMessage(), e);
        }
        return total[0];
    }

    @Override
    public int supportedSchemaVersion() {
        return FORMAT_VERSION;
    }

    // ----------------------------------------------------------------------------------------------------------------

    /** The absolute, symlink-free folder path used as the key of open cases. */
    static Path realFolder(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        try {
            return absolute.toRealPath();
        } catch (NoSuchFileException e) {
            LOG.debug("{} does not exist", absolute, e);
            return absolute;
        } catch (IOException e) {
            LOG.debug("Cannot resolve {}", absolute, e);
            return absolute;
        }
    }

    private void post(String topic, OpenCase openCase) {
        Events.post(eventAdmin, topic,
                Map.of(Topics.CASE_ID, openCase.id(), Topics.CASE_FOLDER, openCase.folder().toString()));
    }
}
