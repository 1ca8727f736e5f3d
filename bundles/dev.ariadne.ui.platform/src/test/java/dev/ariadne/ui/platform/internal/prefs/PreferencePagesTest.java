package dev.ariadne.ui.platform.internal.prefs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import dev.ariadne.ui.platform.internal.prefs.TestMetaType.Attribute;
import dev.ariadne.ui.platform.internal.prefs.TestMetaType.Ocd;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.service.metatype.AttributeDefinition;

class PreferencePagesTest {

    @Test
    void findsEveryDescribedPidSortedByName() {
        Ocd search = new Ocd("dev.ariadne.search", "Search", null,
                List.of(Attribute.of("maxHits", "Maximum hits", AttributeDefinition.INTEGER, "100")));
        Ocd unnamed = new Ocd("org.example.zeta", null, "", List.of());
        Bundle[] bundles = {TestMetaType.bundle(0, "system.bundle", Bundle.ACTIVE),
                TestMetaType.bundle(3, "dev.ariadne.core", Bundle.ACTIVE),
                TestMetaType.bundle(4, "dev.ariadne.search.lucene", Bundle.RESOLVED),
                TestMetaType.bundle(5, "org.example", Bundle.ACTIVE)};

        List<PreferencePage> pages = PreferencePages.collect(bundles,
                TestMetaType.metaType(Map.of(3L, List.of(TestMetaType.jobsOcd()), 4L, List.of(search),
                        5L, List.of(unnamed))), null);

        assertThat(pages).extracting(PreferencePage::pid)
                .containsExactly("dev.ariadne.jobs", "org.example.zeta", "dev.ariadne.search");
        PreferencePage jobs = pages.get(0);
        assertThat(jobs.label()).isEqualTo("Jobs");
        assertThat(jobs.bundle()).isEqualTo("dev.ariadne.core");
        assertThat(jobs.description()).startsWith("The worker pool");
        assertThat(jobs.attributes()).extracting(AttributeDefinition::getID)
                .containsExactly("workers", "keepFinished", "verbose", "mode", "skip");
        assertThat(pages.get(1).label()).isEqualTo("org.example.zeta");
        assertThat(pages.get(2).description()).isEmpty();
    }

    @Test
    void aBrokenBundleIsSkippedAndAPidIsListedOnce() {
        Bundle[] bundles = {TestMetaType.bundle(3, "dev.ariadne.core", Bundle.ACTIVE),
                TestMetaType.bundle(6, "org.example.broken", Bundle.ACTIVE),
                TestMetaType.bundle(7, "org.example.copy", Bundle.ACTIVE),
                TestMetaType.bundle(8, "org.example.gone", Bundle.UNINSTALLED)};
        Ocd copy = new Ocd("dev.ariadne.jobs", "Copy of jobs", null, List.of());

        List<PreferencePage> pages = PreferencePages.collect(bundles, TestMetaType.metaType(
                Map.of(3L, List.of(TestMetaType.jobsOcd()), 7L, List.of(copy), 8L, List.of(copy)), 6L), null);

        assertThat(pages).singleElement().satisfies(page -> {
            assertThat(page.pid()).isEqualTo("dev.ariadne.jobs");
            assertThat(page.bundle()).isEqualTo("dev.ariadne.core");
        });
    }
}
