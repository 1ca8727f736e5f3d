package dev.ariadne.core.internal.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.Version;

import dev.ariadne.api.plugins.PluginException;

class PluginServiceImplTest {

    @TempDir
    Path temp;

    final Map<String, String> properties = new HashMap<>();

    private PluginServiceImpl service() {
        BundleContext context = (BundleContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {BundleContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getProperty")) {
                        return properties.get((String) args[0]);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return new PluginServiceImpl(context, null);
    }

    private static Bundle bundle(long id) {
        return (Bundle) Proxy.newProxyInstance(PluginServiceImplTest.class.getClassLoader(),
                new Class<?>[] {Bundle.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getBundleId" -> id;
                    case "getSymbolicName" -> "test.bundle";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void thePluginFolderIsFileInstallsFolder() {
        properties.put("felix.fileinstall.dir", temp.resolve("watched/../plugins").toString());

        assertThat(service().pluginFolder()).isEqualTo(temp.resolve("plugins"));
    }

    @Test
    void withoutFileInstallThePluginFolderIsUnderAriadneHome() {
        properties.put("ariadne.home", temp.toString());

        assertThat(service().pluginFolder()).isEqualTo(temp.resolve("plugins"));
    }

    @Test
    void withNeitherThePluginFolderIsInTheWorkingDirectory() {
        assertThat(service().pluginFolder()).isEqualTo(Path.of("plugins").toAbsolutePath());
    }

    @Test
    void theLocationIsTheFileUriFileInstallUses() {
        Path jar = temp.resolve("plugins/hello.jar");

        assertThat(PluginServiceImpl.locationOf(jar)).isEqualTo("file:" + jar);
    }

    @Test
    void theIdentityOfABundleIsReadFromItsManifest() throws Exception {
        Path jar = jar("good.jar", Map.of("Bundle-SymbolicName", "org.example.hello;singleton:=true",
                "Bundle-Version", "1.2.3.qualifier"));

        PluginServiceImpl.BundleIdentity identity = PluginServiceImpl.readIdentity(jar);

        assertThat(identity.symbolicName()).isEqualTo("org.example.hello");
        assertThat(identity.version()).isEqualTo(new Version(1, 2, 3, "qualifier"));
    }

    @Test
    void aJarWithoutASymbolicNameOrNoJarAtAllIsRefused() throws Exception {
        Path plain = jar("plain.jar", Map.of("Created-By", "hand"));
        Path text = Files.writeString(temp.resolve("notes.jar"), "not a zip");

        assertThatThrownBy(() -> PluginServiceImpl.readIdentity(plain)).isInstanceOf(PluginException.class)
                .hasMessageContaining("not an OSGi bundle");
        assertThatThrownBy(() -> PluginServiceImpl.readIdentity(text)).isInstanceOf(PluginException.class)
                .hasMessageContaining("not a jar file");
    }

    @Test
    void startFailuresAreRecordedFromFrameworkErrorsAndStartsThatNeverFinish() {
        PluginServiceImpl service = service();
        Bundle broken = bundle(7);
        Bundle activatorThrows = bundle(8);

        service.frameworkEvent(new FrameworkEvent(FrameworkEvent.ERROR, broken,
                new BundleException("Activator start error", new IllegalStateException("no licence"))));
        service.bundleEvent(new BundleEvent(BundleEvent.STARTING, activatorThrows));
        service.bundleEvent(new BundleEvent(BundleEvent.STOPPING, activatorThrows));

        assertThat(service.startFailures).containsEntry(7L,
                "Activator start error - caused by IllegalStateException: no licence");
        assertThat(service.startFailures.get(8L)).contains("activator threw");

        service.bundleEvent(new BundleEvent(BundleEvent.STARTING, broken));
        service.bundleEvent(new BundleEvent(BundleEvent.STARTED, broken));
        service.bundleEvent(new BundleEvent(BundleEvent.UNINSTALLED, activatorThrows));

        assertThat(service.startFailures).isEmpty();
    }

    @Test
    void statesHaveTheirApiNames() {
        assertThat(PluginServiceImpl.stateName(Bundle.ACTIVE)).isEqualTo("ACTIVE");
        assertThat(PluginServiceImpl.stateName(Bundle.INSTALLED)).isEqualTo("INSTALLED");
        assertThat(PluginServiceImpl.stateName(Bundle.RESOLVED)).isEqualTo("RESOLVED");
        assertThat(PluginServiceImpl.componentStateName(16)).isEqualTo("FAILED_ACTIVATION");
        assertThat(PluginServiceImpl.componentStateName(2)).isEqualTo("UNSATISFIED_REFERENCE");
    }

    private Path jar(String name, Map<String, String> headers) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        headers.forEach((key, value) -> manifest.getMainAttributes().putValue(key, value));
        Path jar = temp.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
            jarOut.flush();
        }
        return jar;
    }
}
