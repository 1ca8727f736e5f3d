package dev.ariadne.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.startlevel.BundleStartLevel;

class TrackedServicesTest {

    @Test
    void beginningStartLevelIsReadLeniently() {
        assertThat(TrackedServices.beginningStartLevel("5")).isEqualTo(5);
        assertThat(TrackedServices.beginningStartLevel(" 3 ")).isEqualTo(3);
        assertThat(TrackedServices.beginningStartLevel(null)).isEqualTo(1);
        assertThat(TrackedServices.beginningStartLevel("high")).isEqualTo(1);
    }

    @Test
    void messagesReadWell() {
        assertThat(TrackedServices.capitalised("the case service")).isEqualTo("The case service");
        assertThat(TrackedServices.capitalised("")).isEmpty();
        assertThat(TrackedServices.seconds(Duration.ofSeconds(5))).isEqualTo("5 s");
        assertThat(TrackedServices.seconds(Duration.ofMillis(2500))).isEqualTo("2.5 s");
    }

    @Test
    void theHighestBundleStartLevelLeavesOutTheFrameworkAndBundlesThatWentAway() {
        Bundle[] bundles = {bundle(0, 9), bundle(1, 1), bundle(2, 3), bundle(3, 2), bundle(4, -1)};
        assertThat(TrackedServices.highestBundleStartLevel(bundles)).isEqualTo(3);
        assertThat(TrackedServices.highestBundleStartLevel(new Bundle[] {bundle(0, 4)})).isEqualTo(1);
        assertThat(TrackedServices.highestBundleStartLevel(new Bundle[0])).isEqualTo(1);
    }

    /** A bundle with an id and a start level; a negative level stands for a bundle uninstalled meanwhile. */
    private static Bundle bundle(long id, int level) {
        BundleStartLevel startLevel = (BundleStartLevel) Proxy.newProxyInstance(getLoader(),
                new Class<?>[] {BundleStartLevel.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getStartLevel")) {
                        if (level < 0) {
                            throw new IllegalStateException("uninstalled");
                        }
                        return level;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return (Bundle) Proxy.newProxyInstance(getLoader(), new Class<?>[] {Bundle.class}, (proxy, method, args) -> {
            switch (method.getName()) {
                case "getBundleId":
                    return id;
                case "adapt":
                    return args[0] == BundleStartLevel.class ? startLevel : null;
                default:
                    throw new UnsupportedOperationException(method.getName());
            }
        });
    }

    private static ClassLoader getLoader() {
        return TrackedServicesTest.class.getClassLoader();
    }
}
