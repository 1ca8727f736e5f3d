package dev.ariadne.core.internal.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.framework.Version;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.ReferenceDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.ariadne.api.plugins.ComponentProblem;
import dev.ariadne.api.plugins.PluginException;
import dev.ariadne.api.plugins.PluginInfo;
import dev.ariadne.api.plugins.PluginService;

/**
 * The core's {@link PluginService}: every bundle with its state and what is wrong with it, the DS components that
 * fail, and the plugin folder watched by Felix FileInstall.
 *
 * <p>An immediate DS component, so that it hears start failures from the first moment: a framework listener records
 * {@link FrameworkEvent#ERROR} events per bundle and a synchronous bundle listener notices a start that ends without
 * {@code STARTED}. Callers use it through {@link PluginService} from any thread; {@link #install}, {@link #start},
 * {@link #stop} and {@link #uninstall} block while the framework works.
 *
 * <p>Installing copies the jar into the plugin folder. When FileInstall watches that folder it stays in charge of
 * the folder's bundles: it installs the file itself (with the file's {@code file:} URI as location) and this service
 * waits for it to install, refresh and start the bundle, so the bundle is installed once and never restarted by a
 * refresh racing our own start; uninstalling deletes the file and waits for FileInstall to uninstall the bundle.
 * Without FileInstall, or when it does not act in time, this service does the same itself under the same location.
 * A failure to start is kept as the bundle's problem.
 */
@Component(service = PluginService.class, immediate = true)
public class PluginServiceImpl implements PluginService {

    private static final Logger LOG = LoggerFactory.getLogger(PluginServiceImpl.class);

    static final String FILEINSTALL_DIR = "felix.fileinstall.dir";
    static final String FILEINSTALL_POLL = "felix.fileinstall.poll";
    static final String FILEINSTALL_BUNDLE = "org.apache.felix.fileinstall";
    static final String ARIADNE_HOME = "ariadne.home";
    private static final long FILEINSTALL_DEFAULT_POLL_MILLIS = 2000;

    final BundleContext context;
    final ServiceComponentRuntime scr;
    /** Why a bundle failed to start, by bundle id; cleared when it starts, is updated, refreshed or uninstalled. */
    final Map<Long, String> startFailures = new ConcurrentHashMap<>();
    private final Set<Long> starting = ConcurrentHashMap.newKeySet();
    private final FrameworkListener frameworkListener = this::frameworkEvent;
    private final SynchronousBundleListener bundleListener = this::bundleEvent;
    private final Object installLock = new Object();

    /**
     * Called by DS.
     *
     * @param context this bundle's context, for the framework's bundles
     * @param scr SCR's runtime service, for the state of every component
     */
    @Activate
    public PluginServiceImpl(BundleContext context, @Reference ServiceComponentRuntime scr) {
        this.context = context;
        this.scr = scr;
    }

    /** Starts listening to the framework. */
    @Activate
    void activate() {
        context.addFrameworkListener(frameworkListener);
        context.addBundleListener(bundleListener);
    }

    /** Stops listening. */
    @Deactivate
    void deactivate() {
        context.removeBundleListener(bundleListener);
        context.removeFrameworkListener(frameworkListener);
    }

    void frameworkEvent(FrameworkEvent event) {
        Bundle bundle = event.getBundle();
        if (event.getType() == FrameworkEvent.ERROR && bundle != null && bundle.getBundleId() != 0) {
            String reason = event.getThrowable() == null ? "The framework reported an error"
                    : Problems.describe(event.getThrowable());
            startFailures.put(bundle.getBundleId(), reason);
        }
    }

    void bundleEvent(BundleEvent event) {
        long id = event.getBundle().getBundleId();
        switch (event.getType()) {
            case BundleEvent.STARTING -> starting.add(id);
            case BundleEvent.STARTED -> {
                starting.remove(id);
                startFailures.remove(id);
            }
            case BundleEvent.STOPPING -> {
                if (starting.remove(id)) {
                    startFailures.putIfAbsent(id, "Its activator threw an exception when it was started");
                }
            }
            case BundleEvent.UPDATED, BundleEvent.UNRESOLVED, BundleEvent.UNINSTALLED -> {
                starting.remove(id);
                startFailures.remove(id);
            }
            default -> {
                // INSTALLED, RESOLVED, STOPPED, LAZY_ACTIVATION change nothing we keep
            }
        }
    }

    // ----------------------------------------------------------------------------------------------------------------
    // reading

    @Override
    public List<PluginInfo> plugins() {
        Map<Long, List<ComponentProblem>> problems = componentProblems().stream()
                .collect(Collectors.groupingBy(ComponentProblem::bundleId));
        List<PluginInfo> plugins = new ArrayList<>();
        Bundle[] bundles = context.getBundles();
        Arrays.sort(bundles, Comparator.comparingLong(Bundle::getBundleId));
        for (Bundle bundle : bundles) {
            try {
                plugins.add(info(bundle, problems.getOrDefault(bundle.getBundleId(), List.of())));
            } catch (IllegalStateException e) {
                LOG.debug("{} was uninstalled while it was listed", bundle, e);
            }
        }
        return List.copyOf(plugins);
    }

    private PluginInfo info(Bundle bundle, List<ComponentProblem> components) {
        String symbolicName = bundle.getSymbolicName() == null ? bundle.getLocation() : bundle.getSymbolicName();
        String name = bundle.getHeaders().get(Constants.BUNDLE_NAME);
        boolean fragment = isFragment(bundle);
        return new PluginInfo(bundle.getBundleId(), symbolicName, bundle.getVersion().toString(),
                name == null || name.isBlank() ? symbolicName : name, stateName(bundle.getState()),
                bundle.getLocation(), pluginFile(bundle.getLocation()).isPresent(), fragment,
                Optional.ofNullable(problem(bundle, fragment, components)), services(bundle));
    }

    private static boolean isFragment(Bundle bundle) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        return revision != null && (revision.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
    }

    static String stateName(int state) {
        return switch (state) {
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.UNINSTALLED -> "UNINSTALLED";
            default -> "UNKNOWN(" + state + ")";
        };
    }

    private String problem(Bundle bundle, boolean fragment, List<ComponentProblem> components) {
        int state = bundle.getState();
        if (state == Bundle.INSTALLED) {
            return unresolved(bundle);
        }
        if (fragment) {
            return null;
        }
        if (state == Bundle.RESOLVED) {
            String failure = startFailures.get(bundle.getBundleId());
            return failure != null ? failure : notStarted(bundle);
        }
        if (components.isEmpty()) {
            return null;
        }
        return components.stream().map(p -> "Component " + p.component() + ": " + p.detail())
                .collect(Collectors.joining("; "));
    }

    /** Why a RESOLVED bundle that did not fail is not active: stopped, or its start level is not reached yet. */
    private String notStarted(Bundle bundle) {
        BundleStartLevel startLevel = bundle.adapt(BundleStartLevel.class);
        if (startLevel == null || !startLevel.isPersistentlyStarted()) {
            return "Stopped";
        }
        FrameworkStartLevel framework = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION)
                .adapt(FrameworkStartLevel.class);
        if (framework != null && startLevel.getStartLevel() > framework.getStartLevel()) {
            return "Waiting for start level " + startLevel.getStartLevel() + " (the framework is at "
                    + framework.getStartLevel() + ")";
        }
        return "Not started yet";
    }

    /** Why an INSTALLED bundle is not resolved: its requirements nobody provides, or providers that are unresolved. */
    private String unresolved(Bundle bundle) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        FrameworkWiring wiring = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class);
        String recorded = startFailures.get(bundle.getBundleId());
        if (revision == null || wiring == null) {
            return recorded == null ? "Not resolved" : recorded;
        }
        List<String> missing = new ArrayList<>();
        List<String> unresolvedProviders = new ArrayList<>();
        for (BundleRequirement requirement : revision.getDeclaredRequirements(null)) {
            Map<String, String> directives = requirement.getDirectives();
            if (Constants.RESOLUTION_OPTIONAL.equals(directives.get(Constants.RESOLUTION_DIRECTIVE))) {
                continue;
            }
            String effective = directives.get(Constants.EFFECTIVE_DIRECTIVE);
            if (effective != null && !Constants.EFFECTIVE_RESOLVE.equals(effective)) {
                continue;
            }
            String described = Problems.describeRequirement(requirement.getNamespace(), directives);
            Collection<BundleCapability> providers = wiring.findProviders(requirement);
            if (providers.isEmpty()) {
                missing.add(described);
            } else if (providers.stream().allMatch(capability -> unresolvedOther(capability, bundle))) {
                Bundle provider = providers.iterator().next().getRevision().getBundle();
                unresolvedProviders.add(described + " from " + provider.getSymbolicName() + ", itself not resolved");
            }
        }
        if (!missing.isEmpty()) {
            return "Missing " + String.join(", ", missing);
        }
        if (!unresolvedProviders.isEmpty()) {
            return "Needs " + String.join(", ", unresolvedProviders);
        }
        return recorded == null ? "Not resolved yet: it resolves when it is started" : recorded;
    }

    private static boolean unresolvedOther(BundleCapability capability, Bundle bundle) {
        Bundle provider = capability.getRevision().getBundle();
        return provider != null && provider.getBundleId() != bundle.getBundleId()
                && provider.getState() == Bundle.INSTALLED;
    }

    private static List<String> services(Bundle bundle) {
        ServiceReference<?>[] references = bundle.getRegisteredServices();
        if (references == null) {
            return List.of();
        }
        Set<String> names = new TreeSet<>();
        for (ServiceReference<?> reference : references) {
            Object classes = reference.getProperty(Constants.OBJECTCLASS);
            if (classes instanceof String[] array) {
                names.addAll(Arrays.asList(array));
            }
        }
        return List.copyOf(names);
    }

    @Override
    public List<ComponentProblem> componentProblems() {
        List<ComponentProblem> problems = new ArrayList<>();
        for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs()) {
            for (ComponentConfigurationDTO configuration : scr.getComponentConfigurationDTOs(description)) {
                String detail = switch (configuration.state) {
                    case ComponentConfigurationDTO.FAILED_ACTIVATION -> {
                        String summary = Problems.summarizeStackTrace(configuration.failure);
                        yield "failed to activate" + (summary.isEmpty() ? "" : ": " + summary);
                    }
                    case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> "missing "
                            + unsatisfied(description, configuration);
                    case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION -> "waiting for configuration "
                            + String.join(", ", description.configurationPid);
                    default -> null;
                };
                if (detail != null) {
                    problems.add(new ComponentProblem(description.bundle.id, description.bundle.symbolicName,
                            description.name, componentStateName(configuration.state), detail));
                }
            }
        }
        problems.sort(Comparator.comparingLong(ComponentProblem::bundleId).thenComparing(ComponentProblem::component));
        return List.copyOf(problems);
    }

    private static String unsatisfied(ComponentDescriptionDTO description, ComponentConfigurationDTO configuration) {
        List<String> parts = new ArrayList<>();
        for (UnsatisfiedReferenceDTO reference : configuration.unsatisfiedReferences) {
            String service = Arrays.stream(description.references).filter(r -> r.name.equals(reference.name))
                    .map((ReferenceDTO r) -> r.interfaceName).findFirst().orElse("a service");
            parts.add("service " + service + " (reference '" + reference.name + "'"
                    + (reference.target == null || reference.target.isBlank() ? "" : ", target " + reference.target)
                    + ")");
        }
        return parts.isEmpty() ? "a service" : String.join(", ", parts);
    }

    static String componentStateName(int state) {
        return switch (state) {
            case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION -> "UNSATISFIED_CONFIGURATION";
            case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> "UNSATISFIED_REFERENCE";
            case ComponentConfigurationDTO.SATISFIED -> "SATISFIED";
            case ComponentConfigurationDTO.ACTIVE -> "ACTIVE";
            case ComponentConfigurationDTO.FAILED_ACTIVATION -> "FAILED_ACTIVATION";
            default -> "UNKNOWN(" + state + ")";
        };
    }

    // ----------------------------------------------------------------------------------------------------------------
    // the plugin folder

    @Override
    public Path pluginFolder() {
        String configured = context.getProperty(FILEINSTALL_DIR);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured.strip()).toAbsolutePath().normalize();
        }
        String home = context.getProperty(ARIADNE_HOME);
        Path base = home == null || home.isBlank() ? Path.of("") : Path.of(home.strip());
        return base.resolve("plugins").toAbsolutePath().normalize();
    }

    /** The location FileInstall gives the bundle of {@code file}: its {@code file:} URI, normalised. */
    static String locationOf(Path file) {
        return file.toFile().toURI().normalize().toString();
    }

    /** The file in the plugin folder a location points to, if it does. */
    private Optional<Path> pluginFile(String location) {
        if (location == null || !location.startsWith("file:")) {
            return Optional.empty();
        }
        try {
            Path file = Path.of(URI.create(location)).toAbsolutePath().normalize();
            return file.startsWith(pluginFolder()) ? Optional.of(file) : Optional.empty();
        } catch (IllegalArgumentException | FileSystemNotFoundException e) {
            LOG.debug("The location {} is not a file path", location, e);
            return Optional.empty();
        }
    }

    /** Whether a running FileInstall watches {@link #pluginFolder()}. */
    private boolean fileInstallWatches() {
        String configured = context.getProperty(FILEINSTALL_DIR);
        if (configured == null || configured.isBlank()) {
            return false;
        }
        for (Bundle bundle : context.getBundles()) {
            if (FILEINSTALL_BUNDLE.equals(bundle.getSymbolicName()) && bundle.getState() == Bundle.ACTIVE) {
                return true;
            }
        }
        return false;
    }

    private long fileInstallWaitMillis() {
        long poll = FILEINSTALL_DEFAULT_POLL_MILLIS;
        String configured = context.getProperty(FILEINSTALL_POLL);
        if (configured != null) {
            try {
                poll = Long.parseLong(configured.strip());
            } catch (NumberFormatException e) {
                LOG.debug("{}={} is not a number", FILEINSTALL_POLL, configured, e);
            }
        }
        return Math.max(5000, 3 * poll + 2000);
    }

    // ----------------------------------------------------------------------------------------------------------------
    // managing

    @Override
    public PluginInfo install(Path jar) throws PluginException {
        Path source = jar.toAbsolutePath().normalize();
        if (!Files.isRegularFile(source)) {
            throw new PluginException("There is no file " + source + ".", null);
        }
        BundleIdentity identity = readIdentity(source);
        synchronized (installLock) {
            for (Bundle bundle : context.getBundles()) {
                if (identity.symbolicName().equals(bundle.getSymbolicName())
                        && identity.version().equals(bundle.getVersion())) {
                    throw new PluginException(identity + " is already installed (bundle " + bundle.getBundleId()
                            + ", from " + bundle.getLocation() + ").", null);
                }
            }
            Path folder = pluginFolder();
            Path target = folder.resolve(source.getFileName().toString());
            boolean copied = !target.equals(source);
            if (copied) {
                if (Files.exists(target)) {
                    throw new PluginException("The plugin folder " + folder + " already has a file named "
                            + target.getFileName() + "; remove it first.", null);
                }
                copyInto(source, target);
            }
            String location = locationOf(target);
            boolean managedByFileInstall = fileInstallWatches();
            Bundle bundle = managedByFileInstall ? awaitFileInstall(location) : null;
            if (bundle == null) {
                bundle = context.getBundle(location);
            }
            if (bundle == null) {
                try (InputStream in = Files.newInputStream(target)) {
                    bundle = context.installBundle(location, in);
                } catch (BundleException | IOException e) {
                    if (copied) {
                        deleteQuietly(target);
                    }
                    throw new PluginException("Cannot install " + source.getFileName() + ": " + Problems.describe(e),
                            e);
                }
                managedByFileInstall = false;
            }
            long id = bundle.getBundleId();
            LOG.info("Installed {} as bundle {} from {}", identity, id, location);
            if (!managedByFileInstall || !awaitFileInstallStart(bundle)) {
                startAndRecord(bundle);
            }
            try {
                return info(bundle, componentProblems().stream().filter(problem -> problem.bundleId() == id).toList());
            } catch (IllegalStateException e) {
                throw new PluginException(identity + " was uninstalled while it was being installed.", e);
            }
        }
    }

    /** A bundle's name and version, read from a jar's manifest. */
    record BundleIdentity(String symbolicName, Version version) {
        @Override
        public String toString() {
            return symbolicName + " " + version;
        }
    }

    static BundleIdentity readIdentity(Path jar) throws PluginException {
        Manifest manifest;
        try (JarFile file = new JarFile(jar.toFile())) {
            manifest = file.getManifest();
        } catch (IOException e) {
            throw new PluginException(jar.getFileName() + " is not a jar file (" + e.getMessage() + ").", e);
        }
        Attributes attributes = manifest == null ? null : manifest.getMainAttributes();
        String symbolicName = attributes == null ? null : attributes.getValue(Constants.BUNDLE_SYMBOLICNAME);
        if (symbolicName == null || symbolicName.isBlank()) {
            throw new PluginException(jar.getFileName()
                    + " is not an OSGi bundle: its manifest has no Bundle-SymbolicName.", null);
        }
        String versionText = attributes.getValue(Constants.BUNDLE_VERSION);
        Version version;
        try {
            version = versionText == null ? Version.emptyVersion : Version.parseVersion(versionText.strip());
        } catch (IllegalArgumentException e) {
            throw new PluginException(jar.getFileName() + " has an invalid Bundle-Version '" + versionText + "'.", e);
        }
        return new BundleIdentity(symbolicName.split(";", 2)[0].strip(), version);
    }

    /**
     * Copies {@code source} to {@code target} so that the file appears whole: through a temporary file beside the
     * plugin folder (not in it, where FileInstall would see it) and an atomic move.
     */
    private static void copyInto(Path source, Path target) throws PluginException {
        Path folder = target.getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new PluginException("Cannot create the plugin folder " + folder + ": " + e.getMessage(), e);
        }
        Path temp = null;
        try {
            Path outside = folder.getParent();
            if (outside != null && Files.isWritable(outside)) {
                temp = Files.createTempFile(outside, ".ariadne-plugin-", ".part");
                Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING);
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                    return;
                } catch (AtomicMoveNotSupportedException e) {
                    LOG.debug("Cannot move atomically into {}; copying in place", folder, e);
                }
            }
            Files.copy(source, target);
        } catch (IOException e) {
            throw new PluginException("Cannot copy " + source.getFileName() + " into " + folder + ": "
                    + e.getMessage(), e);
        } finally {
            if (temp != null) {
                deleteQuietly(temp);
            }
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Cannot delete {}", file, e);
        }
    }

    /** Waits for FileInstall to install the bundle at {@code location}; {@code null} when it did not in time. */
    private Bundle awaitFileInstall(String location) throws PluginException {
        long deadline = System.nanoTime() + fileInstallWaitMillis() * 1_000_000L;
        while (System.nanoTime() < deadline) {
            Bundle bundle = context.getBundle(location);
            if (bundle != null) {
                return bundle;
            }
            pause(location);
        }
        LOG.warn("FileInstall did not install {} within {} ms; installing it directly", location,
                fileInstallWaitMillis());
        return null;
    }

    /**
     * Waits while FileInstall resolves, refreshes and starts a bundle it installed, so that this service does not
     * race it (a start of ours between FileInstall's install and refresh would be undone by the refresh).
     *
     * @return whether the bundle reached a settled state: active, a resolved fragment, or a known failure (missing
     *         requirements, an activator that threw); {@code false} when FileInstall did not settle it in time
     */
    private boolean awaitFileInstallStart(Bundle bundle) throws PluginException {
        long deadline = System.nanoTime() + fileInstallWaitMillis() * 1_000_000L;
        while (System.nanoTime() < deadline) {
            int state = bundle.getState();
            if (state == Bundle.ACTIVE || state == Bundle.UNINSTALLED) {
                return true;
            }
            if (isFragment(bundle) && state == Bundle.RESOLVED) {
                return true;
            }
            if (state == Bundle.RESOLVED && startFailures.containsKey(bundle.getBundleId())) {
                return true;
            }
            if (state == Bundle.INSTALLED && unresolved(bundle).startsWith("Missing ")) {
                return true;
            }
            pause(bundle.getLocation());
        }
        LOG.warn("FileInstall did not start {} within {} ms; starting it directly", bundle.getLocation(),
                fileInstallWaitMillis());
        return false;
    }

    private static void pause(String location) throws PluginException {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PluginException("Interrupted while waiting for the plugin folder to handle " + location, e);
        }
    }

    /** Starts a bundle; a failure is kept as its problem instead of thrown. */
    private void startAndRecord(Bundle bundle) throws PluginException {
        if (isFragment(bundle)) {
            return;
        }
        try {
            bundle.start();
            startFailures.remove(bundle.getBundleId());
        } catch (BundleException e) {
            String reason = Problems.describe(e);
            startFailures.put(bundle.getBundleId(), reason);
            LOG.warn("Bundle {} ({}) did not start: {}", bundle.getBundleId(), bundle.getSymbolicName(), reason, e);
        } catch (IllegalStateException e) {
            throw new PluginException(bundle.getSymbolicName() + " was uninstalled while it was being started.", e);
        }
    }

    private Bundle bundle(long bundleId) throws PluginException {
        Bundle bundle = context.getBundle(bundleId);
        if (bundle == null) {
            throw new PluginException("There is no bundle with id " + bundleId + ".", null);
        }
        return bundle;
    }

    private void refuseCore(Bundle bundle, String action) throws PluginException {
        if (bundle.getBundleId() == 0) {
            throw new PluginException("The framework itself cannot be " + action + " here; quit Ariadne instead.",
                    null);
        }
        if (bundle.getBundleId() == context.getBundle().getBundleId()) {
            throw new PluginException(bundle.getSymbolicName() + " cannot be " + action
                    + " here: the plugin registry itself lives in it.", null);
        }
    }

    @Override
    public void start(long bundleId) throws PluginException {
        Bundle bundle = bundle(bundleId);
        if (isFragment(bundle)) {
            throw new PluginException(bundle.getSymbolicName()
                    + " is a fragment: it becomes part of its host bundle and cannot be started.", null);
        }
        try {
            bundle.start();
            startFailures.remove(bundleId);
        } catch (BundleException e) {
            String reason = Problems.describe(e);
            startFailures.put(bundleId, reason);
            throw new PluginException("Cannot start " + bundle.getSymbolicName() + ": " + reason, e);
        } catch (IllegalStateException e) {
            throw new PluginException(bundle.getSymbolicName() + " is uninstalled.", e);
        }
    }

    @Override
    public void stop(long bundleId) throws PluginException {
        Bundle bundle = bundle(bundleId);
        refuseCore(bundle, "stopped");
        try {
            bundle.stop();
        } catch (BundleException e) {
            throw new PluginException("Cannot stop " + bundle.getSymbolicName() + ": " + Problems.describe(e), e);
        } catch (IllegalStateException e) {
            throw new PluginException(bundle.getSymbolicName() + " is uninstalled.", e);
        }
    }

    @Override
    public void uninstall(long bundleId) throws PluginException {
        Bundle bundle = bundle(bundleId);
        refuseCore(bundle, "uninstalled");
        Optional<Path> file = pluginFile(bundle.getLocation());
        synchronized (installLock) {
            if (file.isPresent() && fileInstallWatches()) {
                deletePluginFile(bundle, file.get());
                if (awaitUninstalled(bundle)) {
                    startFailures.remove(bundleId);
                    LOG.info("Uninstalled bundle {} ({}) by removing {}", bundleId, bundle.getSymbolicName(),
                            file.get());
                    return;
                }
            }
            try {
                bundle.uninstall();
            } catch (BundleException e) {
                throw new PluginException("Cannot uninstall " + bundle.getSymbolicName() + ": "
                        + Problems.describe(e), e);
            } catch (IllegalStateException e) {
                LOG.debug("{} was already uninstalled", bundle, e);
            }
            startFailures.remove(bundleId);
            if (file.isPresent()) {
                deletePluginFile(bundle, file.get());
            }
        }
        FrameworkWiring wiring = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class);
        if (wiring != null) {
            wiring.refreshBundles(null);
        }
        LOG.info("Uninstalled bundle {} ({})", bundleId, bundle.getSymbolicName());
    }

    private static void deletePluginFile(Bundle bundle, Path file) throws PluginException {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new PluginException("Cannot delete " + file + ", the file of " + bundle.getSymbolicName() + ": "
                    + e.getMessage(), e);
        }
    }

    /** Waits for FileInstall to uninstall a bundle whose file was removed; {@code false} when it did not in time. */
    private boolean awaitUninstalled(Bundle bundle) throws PluginException {
        long deadline = System.nanoTime() + fileInstallWaitMillis() * 1_000_000L;
        while (System.nanoTime() < deadline) {
            if (bundle.getState() == Bundle.UNINSTALLED) {
                return true;
            }
            pause(bundle.getLocation());
        }
        LOG.warn("FileInstall did not uninstall {} within {} ms; uninstalling it directly", bundle.getLocation(),
                fileInstallWaitMillis());
        return false;
    }
}
