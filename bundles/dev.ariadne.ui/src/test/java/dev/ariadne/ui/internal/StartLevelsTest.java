package dev.ariadne.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.startlevel.BundleStartLevel;

class StartLevelsTest {

    @Test
    void theHighestLevelLeavesOutTheFrameworkAndBundlesThatWentAway() {
        Bundle[] bundles = {bundle(0, 7), bundle(1, 1), bundle(5, 2), bundle(6, -1)};
        assertThat(StartLevels.highest(bundles)).isEqualTo(2);
        assertThat(StartLevels.highest(new Bundle[] {bundle(0, 3)})).isEqualTo(1);
    }

    /** A bundle with an id and a start level; a negative level stands for a bundle uninstalled meanwhile. */
    private static Bundle bundle(long id, int level) {
        ClassLoader loader = StartLevelsTest.class.getClassLoader();
        BundleStartLevel startLevel = (BundleStartLevel) Proxy.newProxyInstance(loader,
                new Class<?>[] {BundleStartLevel.class}, (proxy, method, args) -> {
                    if (level < 0) {
                        throw new IllegalStateException("uninstalled");
                    }
                    return level;
                });
        return (Bundle) Proxy.newProxyInstance(loader, new Class<?>[] {Bundle.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getBundleId" -> id;
                    case "adapt" -> args[0] == BundleStartLevel.class ? startLevel : null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
