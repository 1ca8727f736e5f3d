package dev.ariadne.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.ariadne.api.plugins.ComponentProblem;
import dev.ariadne.api.plugins.PluginInfo;
import dev.ariadne.api.plugins.PluginService;

class PluginsVerbTest {

    final TestIo io = new TestIo();
    final Path folder = Path.of("/opt/ariadne/plugins");
    final List<PluginInfo> plugins = List.of(
            new PluginInfo(0, "org.apache.felix.framework", "7.0.5", "Felix", "ACTIVE", "System Bundle", false, false,
                    Optional.empty(), List.of()),
            new PluginInfo(2, "dev.ariadne.core", "0.1.0.SNAPSHOT", "Ariadne core", "ACTIVE", "jar/core.jar", false,
                    false, Optional.empty(), List.of("dev.ariadne.api.cases.CaseService")),
            new PluginInfo(31, "broken.plugin", "1.0.0", "Broken", "INSTALLED", "file:/opt/ariadne/plugins/b.jar",
                    true, false, Optional.of("missing package org.nowhere"), List.of()));
    final List<ComponentProblem> problems = List.of(
            new ComponentProblem(2, "dev.ariadne.core", "dev.ariadne.core.Thing", "UNSATISFIED_REFERENCE",
                    "needs DataSourceFactory"));

    final PluginService service = (PluginService) java.lang.reflect.Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {PluginService.class}, (proxy, method, args) -> switch (
                    method.getName()) {
                case "plugins" -> plugins;
                case "componentProblems" -> problems;
                case "pluginFolder" -> folder;
                default -> throw new UnsupportedOperationException(method.getName());
            });

    int run(Services services, String... args) throws CliException {
        PluginsVerb verb = new PluginsVerb(null);
        return verb.run(Arguments.parse("plugins", List.of(args), verb.options()),
                new Invocation("plugins", io.output, services));
    }

    Services with(Object s) {
        return new Services() {
            @Override
            public <T> T require(Class<T> type, String what) {
                return type.cast(s);
            }
        };
    }

    @Test
    void tableListsEveryBundleWithItsStateAndProblem() throws Exception {
        assertThat(run(with(service))).isZero();

        List<String> lines = io.out().lines().toList();
        assertThat(lines.get(0)).matches("ID  STATE\\s+SYMBOLIC NAME\\s+VERSION\\s+NOTE");
        assertThat(lines.get(1)).matches(" 0  ACTIVE\\s+org.apache.felix.framework\\s+7.0.5");
        assertThat(lines.get(3)).matches("31  INSTALLED\\s+broken.plugin\\s+1.0.0\\s+plugin; problem: missing"
                + " package org.nowhere");
        assertThat(io.out()).contains("3 bundles, 1 with a problem. Plugin folder: " + folder)
                .contains("dev.ariadne.core / dev.ariadne.core.Thing: UNSATISFIED_REFERENCE (needs DataSourceFactory)");
    }

    @Test
    void jsonHasEveryFieldAndNothingElseOnStandardOutput() throws Exception {
        assertThat(run(with(service), "--json")).isZero();

        JsonObject root = JsonParser.parseString(io.out()).getAsJsonObject();
        assertThat(root.get("pluginFolder").getAsString()).isEqualTo(folder.toString());
        JsonArray list = root.getAsJsonArray("plugins");
        assertThat(list).hasSize(3);
        JsonObject core = list.get(1).getAsJsonObject();
        assertThat(core.get("symbolicName").getAsString()).isEqualTo("dev.ariadne.core");
        assertThat(core.get("state").getAsString()).isEqualTo("ACTIVE");
        assertThat(core.get("version").getAsString()).isEqualTo("0.1.0.SNAPSHOT");
        assertThat(core.get("problem").isJsonNull()).isTrue();
        assertThat(core.getAsJsonArray("services").get(0).getAsString()).isEqualTo("dev.ariadne.api.cases.CaseService");
        JsonObject broken = list.get(2).getAsJsonObject();
        assertThat(broken.get("problem").getAsString()).isEqualTo("missing package org.nowhere");
        assertThat(broken.get("fromPluginFolder").getAsBoolean()).isTrue();
        assertThat(root.getAsJsonArray("componentProblems").get(0).getAsJsonObject().get("state").getAsString())
                .isEqualTo("UNSATISFIED_REFERENCE");
        assertThat(io.err()).isEmpty();
    }

    @Test
    void bundleStatesHaveTheirNames() {
        assertThat(PluginsVerb.stateName(org.osgi.framework.Bundle.ACTIVE)).isEqualTo("ACTIVE");
        assertThat(PluginsVerb.stateName(org.osgi.framework.Bundle.RESOLVED)).isEqualTo("RESOLVED");
        assertThat(PluginsVerb.stateName(org.osgi.framework.Bundle.INSTALLED)).isEqualTo("INSTALLED");
        assertThat(PluginsVerb.stateName(12345)).isEqualTo("UNKNOWN(12345)");
    }
}
