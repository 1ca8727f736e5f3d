package dev.ariadne.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * The baseline of {@code ./ariadne --version}: starts Apache Felix with no bundle at all and stops it again, in a
 * fresh framework storage, then exits. Prints nothing; {@code bench/run.sh} times the whole process.
 *
 * <p>Run by {@code bench/run.sh} on the JVM's main thread, with the product's own Felix jar on the class path.
 */
public final class BareFelix {

    private BareFelix() {
    }

    /** Starts and stops the framework; exits with 0, or 1 when the framework fails. */
    public static void main(String[] args) throws Exception {
        Path storage = Files.createTempDirectory("bare-felix");
        try {
            Framework framework = newFramework(storage);
            framework.start();
            framework.stop();
            framework.waitForStop(30_000);
        } catch (BundleException e) {
            System.err.println("bare Felix failed: " + e);
            System.exit(1);
        } finally {
            Cleanup.delete(storage);
        }
    }

    /** A Felix framework with its cache in {@code storage}, found through the standard {@link FrameworkFactory}. */
    static Framework newFramework(Path storage) {
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        FrameworkFactory factory = java.util.ServiceLoader.load(FrameworkFactory.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("no OSGi framework on the class path"));
        return factory.newFramework(config);
    }
}
