package dev.ariadne.bench.entities;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.framework.BundleContext;

import dev.ariadne.api.entities.EntityExtractor;

/**
 * Finds an {@link EntityExtractor} component on the class path by its {@code ariadne.extractor.name} and makes it
 * as DS would: from the component descriptions that bundle manifests name in {@code Service-Component}, through the
 * implementation's public constructor, given a bundle context whose data files lie in a folder of the benchmark
 * and default values for any configuration annotation. So the benchmark measures whatever extractor the installed
 * bundle holds, without naming its classes.
 *
 * <p>Called once by {@link EntitiesBench} on its main thread.
 */
final class ComponentExtractors {

    private static final Pattern IMPLEMENTATION = Pattern.compile("<implementation\\s+class=\"([^\"]+)\"");
    private static final Pattern PROVIDES = Pattern.compile("<provide\\s+interface=\"([^\"]+)\"");
    private static final Pattern NAME = Pattern.compile(
            "<property\\s+name=\"" + Pattern.quote(EntityExtractor.NAME) + "\"[^>]*value=\"([^\"]+)\"");

    private ComponentExtractors() {
    }

    /**
     * Makes the extractor component named {@code name}.
     *
     * @param name its {@code ariadne.extractor.name}
     * @param dataDir where its bundle context's data files go
     * @return the extractor
     * @throws IOException when no component of that name is on the class path, or making it failed
     */
    static EntityExtractor make(String name, Path dataDir) throws IOException {
        List<String> seen = new ArrayList<>();
        ClassLoader loader = ComponentExtractors.class.getClassLoader();
        Enumeration<URL> manifests = loader.getResources("META-INF/MANIFEST.MF");
        while (manifests.hasMoreElements()) {
            URL url = manifests.nextElement();
            String header;
            try (InputStream in = url.openStream()) {
                header = new Manifest(in).getMainAttributes().getValue("Service-Component");
            }
            if (header == null) {
                continue;
            }
            String base = url.toString().substring(0, url.toString().length() - "META-INF/MANIFEST.MF".length());
            for (String xml : header.split(",")) {
                String description;
                try (InputStream in = new URL(base + xml.trim()).openStream()) {
                    description = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
                Matcher provides = PROVIDES.matcher(description);
                boolean extractor = false;
                while (provides.find()) {
                    extractor |= provides.group(1).equals(EntityExtractor.class.getName());
                }
                Matcher n = NAME.matcher(description);
                Matcher impl = IMPLEMENTATION.matcher(description);
                if (!extractor || !n.find() || !impl.find()) {
                    continue;
                }
                seen.add(n.group(1));
                if (n.group(1).equals(name)) {
                    return instantiate(loader, impl.group(1), dataDir);
                }
            }
        }
        throw new IOException("no EntityExtractor component named " + name + " on the class path (found "
                + (seen.isEmpty() ? "none" : String.join(", ", seen)) + ")");
    }

    private static EntityExtractor instantiate(ClassLoader loader, String className, Path dataDir)
            throws IOException {
        try {
            Class<?> type = Class.forName(className, true, loader);
            Constructor<?> chosen = null;
            for (Constructor<?> c : type.getConstructors()) {
                if (chosen == null || c.getParameterCount() > chosen.getParameterCount()) {
                    chosen = c;
                }
            }
            if (chosen == null || !Modifier.isPublic(chosen.getModifiers())) {
                throw new IOException(className + " has no public constructor");
            }
            Class<?>[] types = chosen.getParameterTypes();
            Object[] args = new Object[types.length];
            for (int i = 0; i < types.length; i++) {
                args[i] = argument(types[i], loader, dataDir);
            }
            return (EntityExtractor) chosen.newInstance(args);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IOException("cannot make " + className + ": " + e, e);
        }
    }

    /** A bundle context, a configuration with its defaults, an empty map, or nothing. */
    private static Object argument(Class<?> type, ClassLoader loader, Path dataDir) {
        if (type == BundleContext.class) {
            return Proxy.newProxyInstance(loader, new Class<?>[] {BundleContext.class},
                    (proxy, method, a) -> switch (method.getName()) {
                        case "getDataFile" -> dataDir.resolve((String) a[0]).toFile();
                        case "getProperty" -> null;
                        case "toString" -> "bench bundle context";
                        case "hashCode" -> 0;
                        case "equals" -> proxy == a[0];
                        default -> null;
                    });
        }
        if (type.isAnnotation()) {
            return Proxy.newProxyInstance(loader, new Class<?>[] {type},
                    (proxy, method, a) -> switch (method.getName()) {
                        case "annotationType" -> type;
                        case "toString" -> "@" + type.getName() + " with its defaults";
                        case "hashCode" -> 0;
                        case "equals" -> proxy == a[0];
                        default -> method.getDefaultValue();
                    });
        }
        if (type == Map.class) {
            return Map.of();
        }
        return null;
    }
}
