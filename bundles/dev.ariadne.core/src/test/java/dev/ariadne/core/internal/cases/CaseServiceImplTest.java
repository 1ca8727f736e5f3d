package dev.ariadne.core.internal.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.h2.Driver;
import org.h2.util.OsgiDataSourceFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.cases.CaseException;
import dev.ariadne.api.cases.CaseException.Reason;
import dev.ariadne.api.cases.CaseInfo;
import dev.ariadne.api.cases.CaseRecords;
import dev.ariadne.api.cases.CaseSchema;
import dev.ariadne.api.events.Topics;
import dev.ariadne.core.internal.RecordingEventAdmin;

class CaseServiceImplTest {

    @TempDir
    Path temp;

    CaseServiceImpl service;
    RecordingEventAdmin events;

    @BeforeEach
    void setUp() {
        service = newService();
    }

    private CaseServiceImpl newService() {
        CaseServiceImpl created = new CaseServiceImpl(new OsgiDataSourceFactory(new Driver()), "0.1.0");
        events = new RecordingEventAdmin();
        created.eventAdmin = events;
        return created;
    }

    @AfterEach
    void tearDown() {
        service.deactivate();
    }

    @Test
    void createMakesACaseFolderAndOpensIt() throws Exception {
        Path folder = temp.resolve("Ukraine 2024");

        Case aCase = service.create(folder, null);

        assertThat(aCase.isOpen()).isTrue();
        assertThat(aCase.name()).isEqualTo("Ukraine 2024");
        assertThat(aCase.folder()).isEqualTo(folder.toRealPath());
        assertThat(aCase.schemaVersion()).isEqualTo(1);
        assertThat(service.current()).containsSame(aCase);
        assertThat(service.openCases()).containsExactly(aCase);
        for (String entry : List.of("case.json", "case.lock", "store", "index", "blobs", "reports")) {
            assertThat(folder.resolve(entry)).exists();
        }
        assertThat(folder.resolve("store/case.mv.db")).isRegularFile();
        JsonObject json = JsonParser.parseString(Files.readString(folder.resolve("case.json"))).getAsJsonObject();
        assertThat(json.get("id").getAsString()).isEqualTo(aCase.id());
        assertThat(json.get("name").getAsString()).isEqualTo("Ukraine 2024");
        assertThat(json.get("schemaVersion").getAsInt()).isEqualTo(1);
        assertThat(json.get("created").getAsString()).isNotBlank();
        assertThat(folder.resolve("case.json.tmp")).doesNotExist();
        assertThat(events.events(Topics.CASE_OPENED)).singleElement().satisfies(event -> {
            assertThat(event.getProperty(Topics.CASE_ID)).isEqualTo(aCase.id());
            assertThat(event.getProperty(Topics.CASE_FOLDER)).isEqualTo(aCase.folder().toString());
        });
    }

    @Test
    void createUsesTheGivenNameAndRecordsTheCoreSchema() throws Exception {
        Case aCase = service.create(temp.resolve("c"), "  Sanctions  ");

        assertThat(aCase.name()).isEqualTo("Sanctions");
        try (Connection connection = aCase.connect()) {
            assertThat(CaseDatabase.readVersions(connection)).containsEntry("core",
                    new CaseDatabase.AreaVersion(1, "Ariadne 0.1.0"));
        }
    }

    @Test
    void createRefusesAnExistingCaseAFileAndAFolderThatIsNotEmpty() throws Exception {
        Path existing = temp.resolve("existing");
        service.close(service.create(existing, "x"));
        Path notEmpty = Files.createDirectories(temp.resolve("not-empty"));
        Files.writeString(notEmpty.resolve("notes.txt"), "mine");
        Path file = Files.writeString(temp.resolve("file"), "x");

        for (Path folder : List.of(existing, notEmpty, file)) {
            assertThatThrownBy(() -> service.create(folder, "y")).isInstanceOfSatisfying(CaseException.class,
                    e -> assertThat(e.reason()).isEqualTo(Reason.ALREADY_EXISTS));
        }
        assertThat(Files.readString(notEmpty.resolve("notes.txt"))).isEqualTo("mine");
        assertThat(notEmpty.resolve("case.json")).doesNotExist();
    }

    @Test
    void createInAnEmptyExistingFolderWorks() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("empty"));

        Case aCase = service.create(folder, "Empty");

        assertThat(aCase.folder()).isEqualTo(folder.toRealPath());
    }

    @Test
    void openingAnOpenCaseReturnsTheSameCase() throws Exception {
        Path folder = temp.resolve("c");
        Case created = service.create(folder, "c");
        Case other = service.create(temp.resolve("d"), "d");

        Case opened = service.open(folder.resolve("..").resolve("c"));

        assertThat(opened).isSameAs(created);
        assertThat(service.current()).containsSame(created);
        assertThat(service.openCases()).containsExactly(created, other);
    }

    @Test
    void closeReleasesTheCaseAndItCanBeOpenedAgainWithItsData() throws Exception {
        Path folder = temp.resolve("c");
        Case aCase = service.create(folder, "c");
        aCase.records("test").put("greeting", "hello");

        service.close(aCase);

        assertThat(aCase.isOpen()).isFalse();
        assertThat(service.current()).isEmpty();
        assertThat(service.openCases()).isEmpty();
        assertThatThrownBy(aCase::connect).isInstanceOf(SQLException.class).hasMessageContaining("closed");
        assertThat(Files.size(folder.resolve("case.lock"))).isZero();
        assertThat(events.events(Topics.CASE_CLOSED)).singleElement()
                .satisfies(event -> assertThat(event.getProperty(Topics.CASE_ID)).isEqualTo(aCase.id()));
        assertThat(service.inspect(folder).lockedBy()).isEmpty();

        Case reopened = service.open(folder);

        assertThat(reopened).isNotSameAs(aCase);
        assertThat(reopened.id()).isEqualTo(aCase.id());
        assertThat(reopened.records("test").get("greeting")).contains("hello");
        service.close(aCase);
        assertThat(reopened.isOpen()).isTrue();
    }

    @Test
    void closingTheCurrentCaseMakesThePreviouslyOpenedOneCurrent() throws Exception {
        Case first = service.create(temp.resolve("a"), "a");
        Case second = service.create(temp.resolve("b"), "b");
        assertThat(service.current()).containsSame(second);

        service.close(second);

        assertThat(service.current()).containsSame(first);
    }

    @Test
    void deactivateClosesEveryCase() throws Exception {
        Case first = service.create(temp.resolve("a"), "a");
        Case second = service.create(temp.resolve("b"), "b");

        service.deactivate();

        assertThat(first.isOpen()).isFalse();
        assertThat(second.isOpen()).isFalse();
        assertThat(events.events(Topics.CASE_CLOSED)).hasSize(2);
    }

    @Test
    void recordsAreKeptPerNamespaceAndFoundIgnoringCase() throws Exception {
        Case aCase = service.create(temp.resolve("c"), "c");
        CaseRecords notes = aCase.records("dev.ariadne.example.notes");
        CaseRecords other = aCase.records("other");

        notes.put("b", "Meeting in KYIV on Monday");
        notes.put("a", "nothing here");
        notes.put("c", "kyiv again");
        notes.put("a", "replaced: Kyiv");
        other.put("a", "kyiv elsewhere");
        notes.put("d", "x".repeat(200_000) + "needle");

        assertThat(notes.namespace()).isEqualTo("dev.ariadne.example.notes");
        assertThat(notes.keys()).containsExactly("a", "b", "c", "d");
        assertThat(notes.get("a")).contains("replaced: Kyiv");
        assertThat(notes.get("missing")).isEmpty();
        assertThat(notes.find("kyiv")).containsExactly("a", "b", "c");
        assertThat(notes.find("NEEDLE")).containsExactly("d");
        assertThat(notes.find("%")).isEmpty();
        assertThat(other.keys()).containsExactly("a");

        notes.remove("b");
        notes.remove("never there");

        assertThat(notes.keys()).containsExactly("a", "c", "d");
        assertThatThrownBy(() -> notes.put("", "v")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> aCase.records(" ")).isInstanceOf(IllegalArgumentException.class);
        service.close(aCase);
        assertThatThrownBy(() -> notes.get("a")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void recordsCanBeWrittenFromManyThreads() throws Exception {
        Case aCase = service.create(temp.resolve("c"), "c");
        CaseRecords records = aCase.records("parallel");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> writes = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                String key = String.format("k%03d", i);
                writes.add(pool.submit(() -> records.put(key, "value " + key)));
            }
            for (Future<?> write : writes) {
                write.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdown();
        }

        assertThat(records.keys()).hasSize(120);
        assertThat(((OpenCase) aCase).pool().idleCount()).isBetween(1, 4);
    }

    @Test
    void areasAreFoldersCreatedOnFirstUse() throws Exception {
        Case aCase = service.create(temp.resolve("c"), "c");

        Path area = aCase.area("dev.ariadne.search.lucene");

        assertThat(area).isDirectory().isEqualTo(aCase.folder().resolve("dev.ariadne.search.lucene"));
        assertThat(aCase.area("index")).isEqualTo(aCase.folder().resolve("index"));
        for (String bad : List.of("../escape", "a/b", "", ".hidden", "store")) {
            assertThatThrownBy(() -> aCase.area(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aFolderThatIsNotACaseIsRefusedAndLeftAlone() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("photos"));
        Files.writeString(folder.resolve("a.jpg"), "not really");
        Path damaged = Files.createDirectories(temp.resolve("damaged"));
        Files.writeString(damaged.resolve("case.json"), "{ \"name\": ");
        Path missing = temp.resolve("missing");

        for (Path candidate : List.of(folder, damaged)) {
            Map<String, String> before = FolderSnapshot.of(candidate);
            assertThatThrownBy(() -> service.open(candidate)).isInstanceOfSatisfying(CaseException.class, e -> {
                assertThat(e.reason()).isEqualTo(Reason.NOT_A_CASE);
                assertThat(e.getMessage()).contains(candidate.toString());
            });
            assertThatThrownBy(() -> service.inspect(candidate)).isInstanceOfSatisfying(CaseException.class,
                    e -> assertThat(e.reason()).isEqualTo(Reason.NOT_A_CASE));
            assertThat(FolderSnapshot.of(candidate)).isEqualTo(before);
        }
        assertThatThrownBy(() -> service.open(missing)).isInstanceOfSatisfying(CaseException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.NOT_A_CASE));
        assertThat(missing).doesNotExist();
    }

    @Test
    void aCaseOfANewerFormatIsRefusedAndLeftAlone() throws Exception {
        Path folder = temp.resolve("future");
        service.close(service.create(folder, "future"));
        JsonObject json = JsonParser.parseString(Files.readString(folder.resolve("case.json"))).getAsJsonObject();
        json.addProperty("schemaVersion", 2);
        json.addProperty("ariadneVersion", "3.1.0");
        Files.writeString(folder.resolve("case.json"), json.toString(), StandardCharsets.UTF_8);
        Map<String, String> before = FolderSnapshot.of(folder);

        assertThatThrownBy(() -> service.open(folder)).isInstanceOfSatisfying(CaseException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.NEWER_SCHEMA);
            assertThat(e.getMessage()).contains("format version 2", "up to version 1", "Ariadne 3.1.0 or newer");
        });
        CaseInfo info = service.inspect(folder);

        assertThat(info.supported()).isFalse();
        assertThat(info.schemaVersion()).isEqualTo(2);
        assertThat(FolderSnapshot.of(folder)).isEqualTo(before);
    }

    @Test
    void aCaseWithANewerCoreAreaIsRefusedAndLeftAlone() throws Exception {
        Path folder = temp.resolve("future");
        Case aCase = service.create(folder, "future");
        setAreaVersion(aCase, "core", 7, "Ariadne 4.0.0");
        service.close(aCase);
        Map<String, String> before = FolderSnapshot.of(folder);

        assertThatThrownBy(() -> service.open(folder)).isInstanceOfSatisfying(CaseException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.NEWER_SCHEMA);
            assertThat(e.getMessage()).contains("version 7 of the 'core' tables", "up to version 1",
                    "Ariadne 4.0.0 or newer");
        });

        assertThat(service.inspect(folder).supported()).isFalse();
        assertThat(FolderSnapshot.of(folder)).isEqualTo(before);
    }

    @Test
    void aCaseWithANewerContributedAreaIsRefusedAndLeftAlone() throws Exception {
        Path folder = temp.resolve("future");
        Case aCase = service.create(folder, "future");
        setAreaVersion(aCase, "documents", 3, "dev.ariadne.documents 2.0.0");
        service.close(aCase);
        service.addSchema(1, schema("documents", 2), "dev.ariadne.documents 1.0.0");
        Map<String, String> before = FolderSnapshot.of(folder);

        assertThatThrownBy(() -> service.open(folder)).isInstanceOfSatisfying(CaseException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.NEWER_SCHEMA);
            assertThat(e.getMessage()).contains("version 3 of the 'documents' tables", "up to version 2",
                    "dev.ariadne.documents 2.0.0 or newer");
        });

        assertThat(FolderSnapshot.of(folder)).isEqualTo(before);
    }

    @Test
    void anAreaNoInstalledBundleKnowsDoesNotBlockOpening() throws Exception {
        Path folder = temp.resolve("c");
        Case aCase = service.create(folder, "c");
        setAreaVersion(aCase, "some.plugin", 12, "some.plugin 9.0.0");
        service.close(aCase);

        assertThat(service.open(folder).isOpen()).isTrue();
    }

    @Test
    void contributedMigrationsRunAtOpenAndWhenTheSchemaAppears() throws Exception {
        Path folder = temp.resolve("c");
        Case aCase = service.create(folder, "c");

        CaseSchema first = schema("notes", 2);
        service.addSchema(1, first, "notes 1.0.0");

        assertThat(tableExists(aCase, "NOTES_1")).isTrue();
        assertThat(tableExists(aCase, "NOTES_2")).isTrue();
        service.close(aCase);
        service.removeSchema(first);
        service.addSchema(2, schema("notes", 3), "notes 1.1.0");

        Case reopened = service.open(folder);

        assertThat(tableExists(reopened, "NOTES_3")).isTrue();
        try (Connection connection = reopened.connect()) {
            assertThat(CaseDatabase.readVersions(connection)).containsEntry("notes",
                    new CaseDatabase.AreaVersion(3, "notes 1.1.0"));
        }
    }

    @Test
    void aFailingContributedMigrationKeepsItsAreaAtTheLastGoodVersionAndTheCaseOpen() throws Exception {
        Path folder = temp.resolve("c");
        Case aCase = service.create(folder, "c");
        List<CaseSchema.Migration> migrations = new ArrayList<>(schema("broken", 1).migrations());
        migrations.add(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE broken_half (id INT)");
                statement.execute("INSERT INTO no_such_table VALUES (1)");
            }
        });
        CaseSchema broken = new CaseSchema() {
            @Override
            public String area() {
                return "broken";
            }

            @Override
            public List<Migration> migrations() {
                return migrations;
            }
        };

        service.addSchema(1, broken, "broken 1.0.0");

        assertThat(aCase.isOpen()).isTrue();
        try (Connection connection = aCase.connect()) {
            assertThat(CaseDatabase.readVersions(connection)).containsEntry("broken",
                    new CaseDatabase.AreaVersion(1, "broken 1.0.0"));
        }
        service.close(aCase);
        assertThat(service.open(folder).isOpen()).isTrue();
    }

    @Test
    void aSecondSchemaForTheSameAreaIsIgnored() throws Exception {
        Case aCase = service.create(temp.resolve("c"), "c");
        service.addSchema(1, schema("notes", 1), "first 1.0.0");

        service.addSchema(2, schema("notes", 3), "second 1.0.0");

        assertThat(tableExists(aCase, "NOTES_2")).isFalse();
    }

    @Test
    void inspectReadsACaseWithoutOpeningIt() throws Exception {
        Path folder = temp.resolve("c");
        Case aCase = service.create(folder, "Inspected");
        aCase.records("x").put("k", "v".repeat(10_000));

        CaseInfo whileOpen = service.inspect(folder);
        service.close(aCase);
        Map<String, String> before = FolderSnapshot.of(folder);
        CaseInfo closed = service.inspect(folder);

        assertThat(whileOpen.lockedBy()).hasValueSatisfying(
                holder -> assertThat(holder).contains("this process", "pid " + ProcessHandle.current().pid()));
        assertThat(closed.folder()).isEqualTo(folder.toRealPath());
        assertThat(closed.id()).isEqualTo(aCase.id());
        assertThat(closed.name()).isEqualTo("Inspected");
        assertThat(closed.schemaVersion()).isEqualTo(1);
        assertThat(closed.supported()).isTrue();
        assertThat(closed.lockedBy()).isEmpty();
        assertThat(closed.sizeBytes()).isGreaterThan(10_000);
        assertThat(closed.created()).isBeforeOrEqualTo(java.time.Instant.now());
        assertThat(FolderSnapshot.of(folder)).isEqualTo(before);
        assertThat(service.supportedSchemaVersion()).isEqualTo(1);
    }

    @Test
    void aCaseLockedByAnotherProcessIsRefusedAndLeftAloneUntilThatProcessDies() throws Exception {
        Path folder = temp.resolve("c");
        service.close(service.create(folder, "c"));
        try (CaseProcess.Child child = CaseProcess.Child.start("lock", folder)) {
            long pid = Long.parseLong(child.await("READY").substring("READY ".length()));
            Map<String, String> before = FolderSnapshot.of(folder);

            assertThatThrownBy(() -> service.open(folder)).isInstanceOfSatisfying(CaseException.class, e -> {
                assertThat(e.reason()).isEqualTo(Reason.LOCKED);
                assertThat(e.getMessage()).contains("pid " + pid + " on " + ProcessIdentity.hostName());
            });
            assertThat(service.inspect(folder).lockedBy()).contains("pid " + pid + " on " + ProcessIdentity.hostName());
            assertThat(FolderSnapshot.of(folder)).isEqualTo(before);

            child.kill();

            Case aCase = service.open(folder);
            assertThat(aCase.isOpen()).isTrue();
            assertThat(Files.readString(folder.resolve("case.lock")))
                    .contains("pid " + ProcessHandle.current().pid());
        }
    }

    @Test
    void aProcessKilledWhileWritingLeavesAReadableCaseWithEverythingItReported() throws Exception {
        Path folder = temp.resolve("c");
        service.close(service.create(folder, "c"));
        int lastReported;
        try (CaseProcess.Child child = CaseProcess.Child.start("write", folder)) {
            child.await("READY");
            lastReported = Integer.parseInt(child.await("WROTE 150").substring("WROTE ".length()));
            child.kill();
        }

        Case aCase = service.open(folder);

        List<String> keys = aCase.records("crash").keys();
        assertThat(keys.size()).isGreaterThan(lastReported);
        for (int i = 0; i <= lastReported; i++) {
            assertThat(keys).contains(String.format("k%06d", i));
        }
        assertThat(aCase.records("crash").get("k000150")).hasValueSatisfying(v -> assertThat(v).startsWith("value 150"));
    }

    // ----------------------------------------------------------------------------------------------------------------

    private static CaseSchema schema(String area, int steps) {
        List<CaseSchema.Migration> migrations = new ArrayList<>();
        for (int i = 1; i <= steps; i++) {
            String table = area.toUpperCase().replace('.', '_') + "_" + i;
            migrations.add(connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE TABLE IF NOT EXISTS " + table + " (id INT)");
                }
            });
        }
        CaseSchema schema = new CaseSchema() {
            @Override
            public String area() {
                return area;
            }

            @Override
            public List<Migration> migrations() {
                return migrations;
            }
        };
        return schema;
    }

    private static boolean tableExists(Case aCase, String table) throws SQLException {
        try (Connection connection = aCase.connect()) {
            return CaseDatabase.tableExists(connection, table);
        }
    }

    private static void setAreaVersion(Case aCase, String area, int version, String writtenBy) throws SQLException {
        try (Connection connection = aCase.connect();
                PreparedStatement merge = connection.prepareStatement("MERGE INTO schema_versions "
                        + "(area, version, written_by, updated) KEY (area) VALUES (?, ?, ?, CURRENT_TIMESTAMP)")) {
            merge.setString(1, area);
            merge.setInt(2, version);
            merge.setString(3, writtenBy);
            merge.executeUpdate();
        }
    }
}
