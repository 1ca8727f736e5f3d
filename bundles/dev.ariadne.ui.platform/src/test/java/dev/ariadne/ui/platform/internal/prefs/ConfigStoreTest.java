package dev.ariadne.ui.platform.internal.prefs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ConfigStoreTest {

    private final TestMetaType.Admin admin = new TestMetaType.Admin();
    private final ConfigStore store = new ConfigStore(admin.service());

    @Test
    void readingAnUnconfiguredPidCreatesNothing() throws IOException {
        assertThat(store.read("dev.ariadne.jobs")).isEmpty();
        assertThat(admin.filters).containsExactly("(service.pid=dev.ariadne.jobs)");
        assertThat(admin.locations).isEmpty();
        assertThat(admin.stored).isEmpty();
    }

    @Test
    void writesWithTheAnyBundleLocationAndKeepsOtherProperties() throws IOException {
        Hashtable<String, Object> existing = new Hashtable<>();
        existing.put("service.pid", "dev.ariadne.jobs");
        existing.put("felix.fileinstall.filename", "file:/etc/jobs.cfg");
        existing.put("workers", 2);
        admin.stored.put("dev.ariadne.jobs", existing);

        Map<String, Object> values = new LinkedHashMap<>();
        values.put("workers", 6);
        values.put("verbose", true);
        store.write("dev.ariadne.jobs", values);

        assertThat(admin.locations).containsEntry("dev.ariadne.jobs", "?");
        assertThat(admin.stored.get("dev.ariadne.jobs")).containsEntry("workers", 6).containsEntry("verbose", true)
                .containsEntry("felix.fileinstall.filename", "file:/etc/jobs.cfg");
        assertThat(store.read("dev.ariadne.jobs")).get().satisfies(read -> assertThat(read.get("workers")).isEqualTo(6));
    }

    @Test
    void escapesFilterCharactersInPids() throws IOException {
        store.read("odd(pid)*\\x");
        assertThat(admin.filters).containsExactly("(service.pid=odd\\(pid\\)\\*\\\\x)");
    }

    @Test
    void updateFailuresReachTheCaller() {
        admin.failUpdates = true;
        assertThatThrownBy(() -> store.write("dev.ariadne.jobs", Map.of("workers", 1)))
                .isInstanceOf(IOException.class).hasMessage("read-only file system");
    }
}
