package dev.ariadne.ui.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.cases.CaseService;
import dev.ariadne.api.documents.Document;
import dev.ariadne.api.documents.DocumentMetadata;
import dev.ariadne.api.documents.DocumentStore;
import dev.ariadne.api.documents.DocumentText;
import dev.ariadne.api.entities.Cooccurrence;
import dev.ariadne.api.entities.Correction;
import dev.ariadne.api.entities.Entity;
import dev.ariadne.api.entities.EntityService;
import dev.ariadne.api.entities.EntityType;
import dev.ariadne.api.entities.Mention;
import dev.ariadne.api.entities.ResolvedMention;
import dev.ariadne.api.selection.Ref;
import dev.ariadne.ui.api.Workbench;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * The entity views in the real workbench: a case with three news documents and 100,000 further entities served by an
 * in-memory entity service and document store registered by this test (ranked above any real one). Opens the
 * Entities view, filters it, selects an entity, reads its dossier, opens a mention in the Reader and checks the
 * mentions are coloured there. Screenshots go to {@code target/screenshots/entities-*.png}.
 */
@ExtendWith({BundleContextExtension.class, ServiceExtension.class})
class EntitiesIT {
    private static final long TIMEOUT = 30_000;
    private static final String ENTITIES_VIEW = "dev.ariadne.ui.entities.entities";
    private static final String ENTITY_VIEW = "dev.ariadne.ui.entities.entity";
    private static final String READER_VIEW = "dev.ariadne.ui.documents.reader";
    /** Entities beyond those of the three documents, to scroll through. */
    private static final int BULK = 100_000;

    @InjectBundleContext
    static BundleContext context;

    @InjectService(timeout = 60_000)
    static CaseService cases;

    @InjectService(timeout = 60_000)
    static Workbench workbench;

    static Ui ui;
    static Path screenshots;
    static final List<ServiceRegistration<?>> registrations = new ArrayList<>();
    static Fixture fixture;
    static Case opened;

    @BeforeAll
    static void openCase() throws Exception {
        ui = new Ui(workbench);
        String dir = context.getProperty("ariadne.screenshots");
        screenshots = Path.of(dir == null ? "target/screenshots" : dir);
        fixture = new Fixture();
        Hashtable<String, Object> ranked = new Hashtable<>();
        ranked.put(Constants.SERVICE_RANKING, 10_000);
        registrations.add(context.registerService(DocumentStore.class, fixture.store, ranked));
        registrations.add(context.registerService(EntityService.class, fixture.entities, ranked));
        Path folder = Files.createTempDirectory("ariadne-ui-itest").resolve("entities-case");
        Case created = cases.create(folder, "Border talks");
        opened = created;
        ui.waitForUi("the window to show the entities case", TIMEOUT,
                () -> workbench.currentCase().map(c -> c.id().equals(created.id())).orElse(false));
    }

    @AfterAll
    static void unregister() throws Exception {
        if (opened != null) {
            cases.close(opened);
            ui.waitForUi("the entities case to close", TIMEOUT,
                    () -> workbench.currentCase().map(c -> !c.id().equals(opened.id())).orElse(true));
        }
        registrations.forEach(r -> {
            try {
                r.unregister();
            } catch (IllegalStateException gone) {
                // already gone with the framework
            }
        });
    }

    @Test
    void anAnalystFindsAnEntityReadsItsDossierAndOpensAMentionInTheReader() throws Exception {
        // the Entities view lists every entity, most mentioned first, paging 100,000 rows
        openView(ENTITIES_VIEW);
        ui.waitForUi("the Entities table to show", TIMEOUT, () -> !all(content(ENTITIES_VIEW), Table.class).isEmpty());
        Table table = ui.call(() -> find(content(ENTITIES_VIEW), Table.class, 0));
        int total = fixture.entities.all.size();
        ui.waitForUi("the Entities table to count every entity", TIMEOUT, () -> table.getItemCount() == total);
        ui.waitForUi("the first rows to be read", TIMEOUT, () -> "Olaf Scholz".equals(table.getItem(0).getText(0))
                && !table.getItem(20).getText(0).isEmpty());
        assertThat(ui.call(() -> table.getItem(0).getText(1))).isEqualTo("\u25a0 Person");
        assertThat(ui.call(() -> table.getItem(0).getText(2))).isEqualTo("5");
        ui.screenshot(screenshots, "entities-1-all");

        // scrolling to the end reads only the pages shown
        String last = fixture.entities.all.get(total - 1).name();
        ui.run(() -> table.setTopIndex(total - 1));
        ui.waitForUi("the last rows to be read", TIMEOUT, () -> table.getItem(total - 1).getText(0).equals(last));
        ui.screenshot(screenshots, "entities-1-end");
        assertThat(fixture.entities.pagesRead.size()).as("pages read to show the first and last rows")
                .isLessThan(20);

        // filter by type and text
        Combo types = ui.call(() -> find(content(ENTITIES_VIEW), Combo.class, 0));
        Text filter = ui.call(() -> find(content(ENTITIES_VIEW), Text.class, 0));
        ui.run(() -> {
            types.select(types.indexOf("Location"));
            types.notifyListeners(SWT.Selection, new Event());
        });
        ui.waitForUi("only the locations", TIMEOUT, () -> table.getItemCount() == fixture.entities.count(null,
                EntityType.LOCATION, ""));
        ui.run(() -> {
            types.select(0);
            types.notifyListeners(SWT.Selection, new Event());
            filter.setText("scholz");
        });
        ui.waitForUi("the filtered table", TIMEOUT, () -> table.getItemCount() == 1
                && "Olaf Scholz".equals(table.getItem(0).getText(0)));
        ui.screenshot(screenshots, "entities-2-filtered");

        // selecting the row publishes the entity
        ui.run(() -> {
            table.setSelection(0);
            table.notifyListeners(SWT.Selection, new Event());
        });
        Entity scholz = fixture.entities.byName("Olaf Scholz");
        assertThat(ui.call(() -> workbench.selection().first(Ref.KIND_ENTITY)))
                .contains(new Ref(Ref.KIND_ENTITY, scholz.id(), "Olaf Scholz"));

        // the dossier follows: name, counts, keyword-in-context lines, documents and co-occurring entities
        openView(ENTITY_VIEW);
        Composite dossier = ui.call(() -> content(ENTITY_VIEW));
        ui.waitForUi("the dossier of Olaf Scholz", TIMEOUT,
                () -> labels(dossier).contains("Olaf Scholz") && all(dossier, Table.class).size() == 3
                        && all(dossier, Table.class).get(0).getItemCount() == 5);
        Table lines = ui.call(() -> find(dossier, Table.class, 0));
        Table documents = ui.call(() -> find(dossier, Table.class, 1));
        Table with = ui.call(() -> find(dossier, Table.class, 2));
        assertThat(ui.call(() -> labels(dossier))).contains("\u25a0 Person", "5 mentions in 3 documents \u00b7 2025-03-03 "
                + "\u2013 2025-03-06", "Also written: Scholz");
        assertThat(ui.call(() -> lines.getItem(0).getText(1))).isEqualTo("Scholz");
        assertThat(ui.call(() -> lines.getItem(0).getText(0))).as("the headline starts the text").isEmpty();
        assertThat(ui.call(() -> lines.getItem(1).getText(1))).isEqualTo("Olaf Scholz");
        String before = ui.call(() -> lines.getItem(1).getText(0));
        assertThat(before).as("the context before, cut at its start to fit a narrow view").startsWith("\u2026");
        String talksText = fixture.texts.get(fixture.documents.get(0).id());
        String upToMention = talksText.substring(0, talksText.indexOf("Olaf Scholz")).replaceAll("\\s+", " ").strip();
        assertThat(upToMention).endsWith(before.substring(1).strip());
        assertThat(before.length()).as("some context shows").isGreaterThan(3);
        assertThat(ui.call(() -> lines.getItem(1).getText(2))).startsWith("met the Polish");
        assertThat(ui.call(() -> lines.getItem(1).getText(3))).isEqualTo("Scholz and Tusk meet in Warsaw");
        assertThat(ui.call(() -> documents.getItemCount())).isEqualTo(3);
        assertThat(ui.call(() -> with.getItem(0).getText(0))).isEqualTo("Donald Tusk");
        assertThat(ui.call(() -> with.getItemCount())).isGreaterThan(5);
        ui.screenshot(screenshots, "entities-3-dossier");

        // a keyword-in-context line opens its document in the Reader, the mention selected, the mentions coloured
        Document talks = fixture.documents.get(0);
        ui.run(() -> {
            lines.setSelection(1);
            lines.notifyListeners(SWT.Selection, new Event());
        });
        ui.waitForUi("the Reader to open the document", TIMEOUT,
                () -> "open".equals(ui.state(READER_VIEW))
                        && all(content(READER_VIEW), StyledText.class).stream()
                                .anyMatch(t -> t.getText().equals(fixture.texts.get(talks.id()))));
        StyledText text = ui.call(() -> find(content(READER_VIEW), StyledText.class, 0));
        String body = fixture.texts.get(talks.id());
        int olaf = body.indexOf("Olaf Scholz");
        ui.waitForUi("the mention selected and the mentions coloured", TIMEOUT,
                () -> text.getSelectionRange().x == olaf && text.getSelectionRange().y == 11
                        && text.getStyleRanges().length > 0);
        StyleRange warsaw = ui.call(() -> text.getStyleRangeAtOffset(body.indexOf("Warsaw")));
        assertThat(warsaw).isNotNull();
        assertThat(warsaw.foreground).isNotNull();
        StyleRange person = ui.call(() -> text.getStyleRangeAtOffset(body.indexOf("Olaf Scholz")));
        assertThat(person.foreground.getRGB()).isNotEqualTo(warsaw.foreground.getRGB());
        assertThat(ui.call(() -> labels(content(READER_VIEW)))).contains("\u25a0 Person 4", "\u25a0 Location 2");
        ui.screenshot(screenshots, "entities-4-reader");
    }

    // ---- helpers, on the UI thread unless they say otherwise

    /**
     * Opens a view (test thread) and waits until it is open. The first view of a cold framework may take long to
     * activate on a loaded machine, so the wait is twice the usual; a view that ends in another state fails at once,
     * naming it and its error.
     */
    private static void openView(String id) throws Exception {
        assertThat(ui.call(() -> workbench.showView(id))).as("view %s exists", id).isTrue();
        ui.waitForUi("view " + id + " to open or fail", 2 * TIMEOUT,
                () -> "open".equals(ui.state(id)) || ui.error(id) != null);
        assertThat(ui.call(() -> ui.state(id))).as("state of view %s (error: %s)", id, ui.call(() -> ui.error(id)))
                .isEqualTo("open");
    }

    private static Composite content(String viewId) {
        return (Composite) ui.tab(viewId).orElseThrow().getControl();
    }

    /** The visible controls of a type in a tree, depth first. */
    private static <T extends Control> List<T> all(Control root, Class<T> type) {
        List<T> found = new ArrayList<>();
        collect(root, type, found);
        return found;
    }

    /** The {@code index}-th visible control of a type in a tree, depth first. */
    private static <T extends Control> T find(Control root, Class<T> type, int index) {
        List<T> found = new ArrayList<>();
        collect(root, type, found);
        if (found.size() <= index) {
            throw new AssertionError("no " + type.getSimpleName() + " #" + index + " in the view");
        }
        return found.get(index);
    }

    private static <T extends Control> void collect(Control control, Class<T> type, List<T> found) {
        if (!control.isVisible()) {
            return;
        }
        if (type.isInstance(control)) {
            found.add(type.cast(control));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, type, found);
            }
        }
    }

    private static List<String> labels(Control root) {
        List<Label> found = new ArrayList<>();
        collect(root, Label.class, found);
        return found.stream().map(Label::getText).toList();
    }

    // ---- the case's data

    /** Three documents about border talks, their mentions, and 100,000 further entities. */
    static final class Fixture {
        final List<Document> documents = new ArrayList<>();
        final Map<String, String> texts = new HashMap<>();
        final FakeStore store = new FakeStore(this);
        final FakeEntities entities = new FakeEntities();

        Fixture() {
            add("Scholz and Tusk meet in Warsaw", "2025-03-03",
                    "Scholz and Tusk meet in Warsaw\nDate: 2025-03-03\n\n"
                            + "WARSAW, 3 March. German Chancellor Olaf Scholz met the Polish prime minister Donald Tusk "
                            + "in Warsaw on Monday. Scholz said the two governments would open talks on the border "
                            + "within two weeks. The European Union welcomed the meeting.\n");
            add("Border talks begin", "2025-03-05",
                    "Border talks begin\nDate: 2025-03-05\n\n"
                            + "Officials from Germany and Poland began talks in Frankfurt (Oder) on Wednesday. "
                            + "Olaf Scholz called the first day constructive; Donald Tusk was more careful. "
                            + "Trade across the border is worth 170 billion euros a year.\n");
            add("A second round in Berlin", "2025-03-06",
                    "A second round in Berlin\nDate: 2025-03-06\n\n"
                            + "The talks moved to Berlin on 6 March. Reuters reported that Scholz wants an agreement "
                            + "before the summer, while the European Union offered to mediate.\n");
            Document talks = documents.get(0);
            Document begin = documents.get(1);
            Document round = documents.get(2);
            entities.mention(talks, text(talks), "Olaf Scholz", 0, EntityType.PERSON, "Olaf Scholz");
            entities.mention(talks, text(talks), "Scholz", 0, EntityType.PERSON, "Olaf Scholz");
            entities.mention(talks, text(talks), "Scholz", 2, EntityType.PERSON, "Olaf Scholz");
            entities.mention(talks, text(talks), "Donald Tusk", 0, EntityType.PERSON, "Donald Tusk");
            entities.mention(talks, text(talks), "Warsaw", 0, EntityType.LOCATION, "Warsaw");
            entities.mention(talks, text(talks), "Warsaw", 1, EntityType.LOCATION, "Warsaw");
            entities.mention(talks, text(talks), "3 March", 0, EntityType.DATE, "2025-03-03");
            entities.mention(talks, text(talks), "two weeks", 0, EntityType.QUANTITY, "two weeks");
            entities.mention(talks, text(talks), "European Union", 0, EntityType.ORGANIZATION, "European Union");
            entities.mention(begin, text(begin), "Germany", 0, EntityType.LOCATION, "Germany");
            entities.mention(begin, text(begin), "Poland", 0, EntityType.LOCATION, "Poland");
            entities.mention(begin, text(begin), "Frankfurt (Oder)", 0, EntityType.LOCATION, "Frankfurt (Oder)");
            entities.mention(begin, text(begin), "Olaf Scholz", 0, EntityType.PERSON, "Olaf Scholz");
            entities.mention(begin, text(begin), "Donald Tusk", 0, EntityType.PERSON, "Donald Tusk");
            entities.mention(begin, text(begin), "170 billion euros", 0, EntityType.QUANTITY, "170000000000 EUR");
            entities.mention(round, text(round), "Berlin", 1, EntityType.LOCATION, "Berlin");
            entities.mention(round, text(round), "6 March", 0, EntityType.DATE, "2025-03-06");
            entities.mention(round, text(round), "Reuters", 0, EntityType.ORGANIZATION, "Reuters");
            entities.mention(round, text(round), "Scholz", 0, EntityType.PERSON, "Olaf Scholz");
            entities.mention(round, text(round), "European Union", 0, EntityType.ORGANIZATION, "European Union");
            entities.mention(round, text(round), "Berlin", 0, EntityType.LOCATION, "Berlin");
            entities.finish(this);
            for (int i = 1; i <= BULK; i++) {
                entities.bulk(i);
            }
            entities.sort();
        }

        private void add(String title, String date, String text) {
            String id = String.format(Locale.ROOT, "%064x", documents.size() + 1);
            Instant created = LocalDate.parse(date).atStartOfDay().toInstant(ZoneOffset.UTC);
            documents.add(new Document(id, new DocumentMetadata(title, List.of("Desk"), Optional.of(created),
                    Optional.empty(), "text/plain", "en", 0, text.length()), List.of("/in/" + id + ".txt"),
                    Optional.empty(), Set.of("imported")));
            texts.put(id, text);
        }

        String text(Document document) {
            return texts.get(document.id());
        }

        Optional<LocalDate> date(String documentId) {
            return documents.stream().filter(d -> d.id().equals(documentId)).findFirst()
                    .flatMap(d -> d.metadata().created()).map(i -> i.atZone(ZoneOffset.UTC).toLocalDate());
        }
    }

    /** The three documents, in memory. */
    static final class FakeStore implements DocumentStore {
        private final Fixture fixture;

        FakeStore(Fixture fixture) {
            this.fixture = fixture;
        }

        @Override
        public int count(Case aCase) {
            return fixture.documents.size();
        }

        @Override
        public List<Document> list(Case aCase, int offset, int limit) {
            List<Document> all = fixture.documents;
            return all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit));
        }

        @Override
        public Optional<Document> get(Case aCase, String documentId) {
            return fixture.documents.stream().filter(d -> d.id().equals(documentId)).findFirst();
        }

        @Override
        public Optional<DocumentText> text(Case aCase, String documentId) {
            String text = fixture.texts.get(documentId);
            return text == null ? Optional.empty() : Optional.of(new DocumentText(documentId, text, List.of()));
        }

        @Override
        public List<Document> children(Case aCase, String documentId) {
            return List.of();
        }

        @Override
        public void markStage(Case aCase, String documentId, String stage) {
        }
    }

    /** Entities and mentions in memory, listed as the real service lists them; records the corrections. */
    static final class FakeEntities implements EntityService {
        final List<ResolvedMention> mentions = new ArrayList<>();
        final Map<String, Entity> byKey = new LinkedHashMap<>();
        List<Entity> all = new ArrayList<>();
        final List<Correction> corrections = new CopyOnWriteArrayList<>();
        final Set<Integer> pagesRead = java.util.concurrent.ConcurrentHashMap.newKeySet();

        void mention(Document document, String text, String span, int occurrence, EntityType type, String entity) {
            int start = -1;
            for (int i = 0; i <= occurrence; i++) {
                start = text.indexOf(span, start + 1);
            }
            if (start < 0) {
                throw new IllegalArgumentException(span + " #" + occurrence + " not in " + document.id());
            }
            String id = "e-" + entity.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
            mentions.add(new ResolvedMention(new Mention(document.id(), start, start + span.length(), span, type,
                    0.9, null, "fixture/1"), id, entity, null));
        }

        /** Makes the entities of the mentions. */
        void finish(Fixture fixture) {
            Map<String, List<ResolvedMention>> byEntity = new LinkedHashMap<>();
            mentions.sort(Comparator.comparing((ResolvedMention m) -> m.mention().documentId())
                    .thenComparingInt(m -> m.mention().start()));
            for (ResolvedMention m : mentions) {
                byEntity.computeIfAbsent(m.entityId(), k -> new ArrayList<>()).add(m);
            }
            for (List<ResolvedMention> list : byEntity.values()) {
                ResolvedMention first = list.get(0);
                Set<String> docs = new HashSet<>();
                Set<String> aliases = new java.util.TreeSet<>();
                LocalDate min = null;
                LocalDate max = null;
                for (ResolvedMention m : list) {
                    docs.add(m.mention().documentId());
                    if (!m.mention().text().equals(first.entityName())) {
                        aliases.add(m.mention().text());
                    }
                    LocalDate date = fixture.date(m.mention().documentId()).orElse(null);
                    if (date != null) {
                        min = min == null || date.isBefore(min) ? date : min;
                        max = max == null || date.isAfter(max) ? date : max;
                    }
                }
                Entity entity = new Entity(first.entityId(), first.entityName(), first.mention().type(),
                        List.copyOf(aliases), list.size(), docs.size(), Optional.ofNullable(min),
                        Optional.ofNullable(max));
                byKey.put(entity.id(), entity);
            }
        }

        void bulk(int i) {
            EntityType type = EntityType.values()[i % 5];
            String id = "bulk-" + i;
            byKey.put(id, new Entity(id, String.format(Locale.ROOT, "Entity %06d", i), type, List.of(), 1, 1,
                    Optional.empty(), Optional.empty()));
        }

        void sort() {
            all = new ArrayList<>(byKey.values());
            all.sort(Comparator.comparingInt(Entity::mentions).reversed().thenComparing(Entity::name));
        }

        Entity byName(String name) {
            return all.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
        }

        private List<Entity> matching(EntityType type, String filter) {
            String folded = filter == null ? "" : filter.toLowerCase(Locale.ROOT);
            List<Entity> result = new ArrayList<>();
            for (Entity entity : all) {
                if (type != null && entity.type() != type) {
                    continue;
                }
                if (!folded.isEmpty() && !entity.name().toLowerCase(Locale.ROOT).contains(folded)
                        && entity.aliases().stream().noneMatch(a -> a.toLowerCase(Locale.ROOT).contains(folded))) {
                    continue;
                }
                result.add(entity);
            }
            return result;
        }

        @Override
        public List<Entity> entities(Case aCase, EntityType type, String filter, int offset, int limit) {
            if (type == null && (filter == null || filter.isEmpty())) {
                pagesRead.add(offset);
            }
            List<Entity> found = matching(type, filter);
            return List.copyOf(found.subList(Math.min(offset, found.size()), Math.min(found.size(),
                    offset + limit)));
        }

        @Override
        public int count(Case aCase, EntityType type, String filter) {
            return matching(type, filter).size();
        }

        @Override
        public Optional<Entity> entity(Case aCase, String entityId) {
            return Optional.ofNullable(byKey.get(entityId));
        }

        @Override
        public Optional<Entity> find(Case aCase, String name, EntityType type) {
            return all.stream().filter(e -> e.type() == type && e.name().equalsIgnoreCase(name)).findFirst();
        }

        @Override
        public List<ResolvedMention> mentions(Case aCase, String documentId) {
            return mentions.stream().filter(m -> documentId == null || m.mention().documentId().equals(documentId))
                    .sorted(Comparator.comparingInt(m -> m.mention().start())).toList();
        }

        @Override
        public List<ResolvedMention> mentionsOf(Case aCase, String entityId) {
            return mentions.stream().filter(m -> m.entityId().equals(entityId)).toList();
        }

        @Override
        public Set<String> documentsMentioning(Case aCase, String name) {
            Set<String> result = new HashSet<>();
            mentions.stream().filter(m -> m.entityName().equalsIgnoreCase(name))
                    .forEach(m -> result.add(m.mention().documentId()));
            return result;
        }

        @Override
        public Map<String, Integer> topEntities(Case aCase, Collection<String> documentIds, int limit) {
            return Map.of();
        }

        @Override
        public List<Cooccurrence> cooccurring(Case aCase, String entityId, int limit) {
            Set<String> docs = new HashSet<>();
            mentionsOf(aCase, entityId).forEach(m -> docs.add(m.mention().documentId()));
            Map<String, Set<String>> shared = new LinkedHashMap<>();
            for (ResolvedMention m : mentions) {
                if (!m.entityId().equals(entityId) && docs.contains(m.mention().documentId())) {
                    shared.computeIfAbsent(m.entityId(), k -> new HashSet<>()).add(m.mention().documentId());
                }
            }
            return shared.entrySet().stream()
                    .map(e -> new Cooccurrence(byKey.get(e.getKey()), e.getValue().size()))
                    .sorted(Comparator.comparingInt(Cooccurrence::documents).reversed()
                            .thenComparing(c -> c.entity().type() != EntityType.LOCATION)
                            .thenComparing(c -> c.entity().name()))
                    .limit(limit).toList();
        }

        @Override
        public void correct(Case aCase, Correction correction) {
            corrections.add(correction);
        }

        @Override
        public Optional<Correction> undo(Case aCase) {
            return Optional.empty();
        }

        @Override
        public Optional<Correction> redo(Case aCase) {
            return Optional.empty();
        }

        @Override
        public List<Correction> ledger(Case aCase) {
            return List.copyOf(corrections);
        }

        @Override
        public void exportLedger(Case aCase, OutputStream out) {
        }

        @Override
        public int importLedger(Case aCase, InputStream in) {
            return 0;
        }
    }
}
