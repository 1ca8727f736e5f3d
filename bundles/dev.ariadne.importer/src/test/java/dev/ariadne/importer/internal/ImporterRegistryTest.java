package dev.ariadne.importer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.ariadne.api.importing.DocumentImporter;

class ImporterRegistryTest {

    private static DocumentImporter importer() {
        Object identity = new Object();
        return (in, name, type) -> {
            throw new java.io.IOException("not used by " + identity);
        };
    }

    @Test
    void theHighestRankingThenTheOldestServiceWinsForTheMostSpecificTypeRead() {
        ImporterRegistry registry = new ImporterRegistry();
        DocumentImporter plain = importer();
        DocumentImporter ranked = importer();
        DocumentImporter older = importer();
        DocumentImporter java = importer();
        registry.add(plain, Map.of(DocumentImporter.TYPES, "text/plain", "service.ranking", -10, "service.id", 1L));
        registry.add(ranked, Map.of(DocumentImporter.TYPES, new String[] {"text/plain"}, "service.ranking", 5,
                "service.id", 9L));
        registry.add(older, Map.of(DocumentImporter.TYPES, List.of("text/plain"), "service.ranking", 5,
                "service.id", 3L));
        registry.add(java, Map.of(DocumentImporter.TYPES, "text/x-java-source", "service.id", 4L));

        assertThat(registry.choose(List.of("text/plain")).orElseThrow().importer()).isSameAs(older);
        assertThat(registry.choose(List.of("text/x-java-source", "text/plain")).orElseThrow().importer())
                .isSameAs(java);
        assertThat(registry.choose(List.of("text/x-python", "text/plain")).orElseThrow().importer())
                .isSameAs(older);
        assertThat(registry.choose(List.of("application/octet-stream"))).isEmpty();

        registry.remove(older);
        assertThat(registry.choose(List.of("text/plain")).orElseThrow().importer()).isSameAs(ranked);
    }
}
