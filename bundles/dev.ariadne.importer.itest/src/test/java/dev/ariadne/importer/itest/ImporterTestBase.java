package dev.ariadne.importer.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.cases.CaseService;
import dev.ariadne.api.documents.Document;
import dev.ariadne.api.documents.DocumentStore;
import dev.ariadne.api.documents.DocumentText;
import dev.ariadne.api.importing.ImportOptions;
import dev.ariadne.api.importing.ImportService;
import dev.ariadne.api.importing.ImportSummary;
import dev.ariadne.api.jobs.ItemError;

/** The services every importer test uses, a case per test, and look-ups of imported documents. */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
abstract class ImporterTestBase {

    @InjectBundleContext
    BundleContext context;
    @InjectService(timeout = 30_000)
    CaseService cases;
    @InjectService(timeout = 30_000)
    ImportService importer;
    @InjectService(timeout = 30_000)
    DocumentStore store;

    final List<ServiceRegistration<?>> registrations = new ArrayList<>();

    @AfterEach
    void closeCasesAndUnregister() {
        registrations.forEach(ServiceRegistration::unregister);
        registrations.clear();
        cases.openCases().forEach(cases::close);
    }

    Case newCase(String name) throws Exception {
        return cases.create(ItestSupport.newWorkFolder(context, name), name);
    }

    Path folder(String name) throws Exception {
        return ItestSupport.newWorkFolder(context, name);
    }

    ImportSummary importAll(Case aCase, Path... paths) throws Exception {
        return ItestSupport.result(importer.importPaths(aCase, List.of(paths), ImportOptions.DEFAULTS));
    }

    static ImportOptions withTimeout(Duration timeout) {
        ImportOptions defaults = ImportOptions.DEFAULTS;
        return new ImportOptions(defaults.include(), defaults.exclude(), timeout, defaults.maxArchiveDepth(),
                defaults.maxExpansionRatio());
    }

    List<Document> documents(Case aCase) {
        return store.list(aCase, 0, 10_000);
    }

    Document byTitle(Case aCase, String title) {
        Optional<Document> found = documents(aCase).stream().filter(d -> d.metadata().title().equals(title))
                .findFirst();
        assertThat(found).as("a document titled '%s' among %s", title, titles(aCase)).isPresent();
        return found.get();
    }

    Document bySourceEnd(Case aCase, String end) {
        Optional<Document> found = documents(aCase).stream()
                .filter(d -> d.sources().stream().anyMatch(s -> s.endsWith(end))).findFirst();
        assertThat(found).as("a document from a source ending with '%s' among %s", end, sources(aCase))
                .isPresent();
        return found.get();
    }

    String text(Case aCase, Document document) {
        Optional<DocumentText> text = store.text(aCase, document.id());
        assertThat(text).isPresent();
        return text.get().text();
    }

    List<String> titles(Case aCase) {
        return documents(aCase).stream().map(d -> d.metadata().title()).toList();
    }

    List<String> sources(Case aCase) {
        return documents(aCase).stream().flatMap(d -> d.sources().stream()).toList();
    }

    static Optional<ItemError> failure(ImportSummary summary, String itemEnd) {
        return summary.failed().stream().filter(e -> e.item().endsWith(itemEnd)).findFirst();
    }

    static String reason(ImportSummary summary, String itemEnd) {
        Optional<ItemError> failure = failure(summary, itemEnd);
        assertThat(failure).as("a failure of an item ending with '%s' in %s", itemEnd, summary.failed())
                .isPresent();
        return failure.get().reason();
    }
}
