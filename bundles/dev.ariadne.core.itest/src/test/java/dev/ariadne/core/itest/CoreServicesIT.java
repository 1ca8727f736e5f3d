package dev.ariadne.core.itest;

import static dev.ariadne.core.itest.ItestSupport.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.cases.CaseSchema;
import dev.ariadne.api.cases.CaseService;
import dev.ariadne.api.events.Topics;
import dev.ariadne.api.jobs.Job;
import dev.ariadne.api.jobs.JobService;
import dev.ariadne.api.jobs.JobState;
import dev.ariadne.api.plugins.PluginInfo;
import dev.ariadne.api.plugins.PluginService;
import dev.ariadne.api.undo.UndoService;
import dev.ariadne.api.undo.UndoableChange;

/** The core's services, found and used through the service registry of a real framework. */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
class CoreServicesIT {

    @InjectBundleContext
    BundleContext context;
    @InjectService(timeout = 30_000)
    CaseService cases;
    @InjectService(timeout = 30_000)
    JobService jobs;
    @InjectService(timeout = 30_000)
    UndoService undo;
    @InjectService(timeout = 30_000)
    PluginService plugins;
    @InjectService(timeout = 30_000)
    ConfigurationAdmin configurationAdmin;

    final List<Event> events = new CopyOnWriteArrayList<>();
    final List<ServiceRegistration<?>> registrations = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        registrations.forEach(ServiceRegistration::unregister);
        cases.openCases().forEach(cases::close);
    }

    private void listen(String topics) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(EventConstants.EVENT_TOPIC, topics);
        registrations.add(context.registerService(EventHandler.class, events::add, properties));
    }

    private List<Event> events(String topic) {
        return events.stream().filter(event -> event.getTopic().equals(topic)).toList();
    }

    @Test
    void casesAreCreatedKeptAndClosedThroughTheService() throws Exception {
        listen("ariadne/case/*");
        Path folder = ItestSupport.newWorkFolder(context, "case");

        Case aCase = cases.create(folder, "Wiring");
        aCase.records("itest").put("greeting", "Hello from the framework");

        assertThat(cases.current()).containsSame(aCase);
        assertThat(aCase.records("itest").find("FRAMEWORK")).containsExactly("greeting");
        cases.close(aCase);
        assertThat(aCase.isOpen()).isFalse();
        assertThat(cases.inspect(folder).name()).isEqualTo("Wiring");
        waitFor("the case events", () -> events(Topics.CASE_CLOSED).size() == 1);
        assertThat(events(Topics.CASE_OPENED)).singleElement()
                .satisfies(event -> assertThat(event.getProperty(Topics.CASE_ID)).isEqualTo(aCase.id()));
        Case reopened = cases.open(folder);
        assertThat(reopened.records("itest").get("greeting")).contains("Hello from the framework");
    }

    @Test
    void aCaseSchemaRegisteredWhileACaseIsOpenIsMigratedAtOnce() throws Exception {
        Path folder = ItestSupport.newWorkFolder(context, "schema");
        Case aCase = cases.create(folder, "Schema");
        CaseSchema schema = new CaseSchema() {
            @Override
            public String area() {
                return "itest.things";
            }

            @Override
            public List<Migration> migrations() {
                return List.of(connection -> {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("CREATE TABLE IF NOT EXISTS itest_things (id INT PRIMARY KEY)");
                    }
                }, connection -> {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("ALTER TABLE itest_things ADD COLUMN IF NOT EXISTS label VARCHAR(100)");
                    }
                });
            }
        };

        registrations.add(context.registerService(CaseSchema.class, schema, null));

        waitFor("the schema to be applied", () -> version(aCase, "itest.things").orElse(0) == 2);
        try (Connection connection = aCase.connect(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO itest_things (id, label) VALUES (1, 'one')");
        }
        cases.close(aCase);
        Case reopened = cases.open(folder);
        assertThat(version(reopened, "itest.things")).contains(2);
    }

    private static Optional<Integer> version(Case aCase, String area) {
        try (Connection connection = aCase.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement
                        .executeQuery("SELECT version FROM schema_versions WHERE area = '" + area + "'")) {
            return rows.next() ? Optional.of(rows.getInt(1)) : Optional.empty();
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void jobsRunOnTheWorkerPoolAndAnnounceTheirStartAndEnd() throws Exception {
        listen("ariadne/job/*");

        Job<String> job = jobs.submit("Wiring job", context -> {
            context.total(2, -1);
            context.worked(1, 0);
            context.itemFailed("second", "made to fail");
            context.worked(1, 0);
            return Thread.currentThread().getName();
        });

        assertThat(job.result().toCompletableFuture().get(30, TimeUnit.SECONDS)).startsWith("ariadne-worker-");
        assertThat(job.status().state()).isEqualTo(JobState.SUCCEEDED);
        waitFor("the job events", () -> events(Topics.JOB_FINISHED).stream()
                .anyMatch(event -> Long.valueOf(job.id()).equals(event.getProperty(Topics.JOB_ID))));
        Event finished = events(Topics.JOB_FINISHED).stream()
                .filter(event -> Long.valueOf(job.id()).equals(event.getProperty(Topics.JOB_ID))).findFirst()
                .orElseThrow();
        assertThat(finished.getProperty(Topics.JOB_STATE)).isEqualTo("SUCCEEDED");
        assertThat(finished.getProperty(Topics.JOB_FAILED_ITEMS)).isEqualTo(1);
        assertThat(events(Topics.JOB_STARTED)).anyMatch(e -> "Wiring job".equals(e.getProperty(Topics.JOB_NAME)));
    }

    @Test
    void theJobPoolFollowsItsConfigurationWithoutARestart() throws Exception {
        Configuration configuration = configurationAdmin.getConfiguration("dev.ariadne.jobs", "?");
        try {
            Dictionary<String, Object> properties = new Hashtable<>();
            properties.put("workers", 5);
            configuration.update(properties);

            waitFor("five workers", () -> jobs.workers() == 5);
        } finally {
            configuration.delete();
        }
        waitFor("the default worker count", () -> jobs.workers() == Runtime.getRuntime().availableProcessors());
    }

    @Test
    void changesToAnOpenCaseCanBeUndoneAndRedone() throws Exception {
        Case aCase = cases.create(ItestSupport.newWorkFolder(context, "undo"), "Undo");
        List<String> state = new CopyOnWriteArrayList<>();
        UndoableChange change = new UndoableChange() {
            @Override
            public String label() {
                return "Add a note";
            }

            @Override
            public void apply() {
                state.add("note");
            }

            @Override
            public void revert() {
                state.remove("note");
            }
        };

        undo.execute(aCase, change);
        assertThat(undo.undo(aCase)).contains("Add a note");
        assertThat(state).isEmpty();
        assertThat(undo.redo(aCase)).contains("Add a note");
        assertThat(state).containsExactly("note");
        assertThat(undo.undoLabels(aCase)).containsExactly("Add a note");
    }

    @Test
    void thePluginServiceListsTheCoreWithItsServicesAndThePluginFolder() {
        PluginInfo core = plugins.plugins().stream().filter(p -> p.symbolicName().equals("dev.ariadne.core"))
                .findFirst().orElseThrow();

        assertThat(core.state()).isEqualTo("ACTIVE");
        assertThat(core.fromPluginFolder()).isFalse();
        assertThat(core.fragment()).isFalse();
        assertThat(core.problem()).isEmpty();
        assertThat(core.services()).contains(CaseService.class.getName(), JobService.class.getName(),
                UndoService.class.getName(), PluginService.class.getName());
        assertThat(plugins.pluginFolder())
                .isEqualTo(Path.of(ItestSupport.property(context, "felix.fileinstall.dir")).toAbsolutePath());
        assertThat(plugins.plugins()).anySatisfy(p -> {
            assertThat(p.bundleId()).isZero();
            assertThat(p.state()).isEqualTo("ACTIVE");
        });
        assertThat(plugins.componentProblems()).noneMatch(problem -> problem.bundle().equals("dev.ariadne.core"));
    }
}
