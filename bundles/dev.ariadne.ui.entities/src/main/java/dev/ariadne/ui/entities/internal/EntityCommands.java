package dev.ariadne.ui.entities.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.entities.Entity;
import dev.ariadne.api.entities.EntityService;
import dev.ariadne.api.jobs.JobService;
import dev.ariadne.api.selection.Ref;
import dev.ariadne.api.selection.Selection;
import dev.ariadne.ui.api.CommandContext;
import dev.ariadne.ui.api.CommandProperties;
import dev.ariadne.ui.api.Workbench;
import dev.ariadne.ui.api.WorkbenchCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The commands of the Entities menu: the corrections of the selected entities ({@link Ref#KIND_ENTITY} items of the
 * active view, whichever view made them) and the export and import of the correction ledger. Each is a
 * {@link WorkbenchCommand} service called on the UI thread; it reads the selected entities in a job, then asks and
 * applies through {@link Corrections}.
 */
public final class EntityCommands {

    private static final Logger LOG = LoggerFactory.getLogger(EntityCommands.class);

    /** The menu of the commands. */
    static final String MENU = "Entities";

    private EntityCommands() {
    }

    /** The base of the commands on selected entities. */
    abstract static class OnSelection implements WorkbenchCommand {
        final JobService jobs;
        final EntityServices services;
        private final int min;
        private final int max;

        OnSelection(JobService jobs, EntityServices services, int min, int max) {
            this.jobs = jobs;
            this.services = services;
            this.min = min;
            this.max = max;
        }

        @Override
        public boolean isEnabled(Selection selection) {
            long count = selection.items().stream().filter(r -> Ref.KIND_ENTITY.equals(r.kind())).count();
            return services.hasEntities() && count >= min && count <= max;
        }

        @Override
        public void execute(CommandContext context) {
            Optional<Case> current = context.currentCase();
            if (current.isEmpty() || !services.hasEntities()) {
                return;
            }
            List<String> ids = context.selection().items().stream()
                    .filter(r -> Ref.KIND_ENTITY.equals(r.kind())).map(Ref::id).toList();
            Case aCase = current.get();
            Workbench workbench = context.workbench();
            jobs.submit("Read selected entities", job -> {
                List<Entity> found = new ArrayList<>();
                EntityService service = services.entities()
                        .orElseThrow(() -> new IllegalStateException(EntitiesView.NO_SERVICE));
                for (String id : ids) {
                    service.entity(aCase, id).ifPresent(found::add);
                }
                return found;
            }).result().whenComplete((found, error) -> workbench.asyncExec(() -> {
                if (error != null) {
                    LOG.error("Could not read the selected entities", error);
                    workbench.setStatus("The selected entities could not be read.");
                } else if (found.size() >= min) {
                    act(new Corrections(jobs, services, workbench), aCase, found);
                }
            }));
        }

        /** Asks and corrects, on the UI thread. */
        abstract void act(Corrections corrections, Case aCase, List<Entity> entities);
    }

    /** Entities &gt; Rename…: renames the selected entity. */
    @Component(service = WorkbenchCommand.class)
    @CommandProperties(id = "dev.ariadne.ui.entities.rename", label = "&Rename Entity\u2026", menu = MENU, order = 10)
    public static final class Rename extends OnSelection {
        /** Made by DS. */
        @Activate
        public Rename(@Reference JobService jobs, @Reference EntityServices services) {
            super(jobs, services, 1, 1);
        }

        @Override
        void act(Corrections corrections, Case aCase, List<Entity> entities) {
            corrections.rename(aCase, entities.get(0));
        }
    }

    /** Entities &gt; Change Type…: retypes the selected entity. */
    @Component(service = WorkbenchCommand.class)
    @CommandProperties(id = "dev.ariadne.ui.entities.retype", label = "Change &Type\u2026", menu = MENU, order = 20)
    public static final class Retype extends OnSelection {
        /** Made by DS. */
        @Activate
        public Retype(@Reference JobService jobs, @Reference EntityServices services) {
            super(jobs, services, 1, 1);
        }

        @Override
        void act(Corrections corrections, Case aCase, List<Entity> entities) {
            corrections.retype(aCase, entities.get(0));
        }
    }

    /** Entities &gt; Merge Selected…: merges two or more selected entities. */
    @Component(service = WorkbenchCommand.class)
    @CommandProperties(id = "dev.ariadne.ui.entities.merge", label = "&Merge Selected\u2026", menu = MENU,
            order = 30)
    public static final class Merge extends OnSelection {
        /** Made by DS. */
        @Activate
        public Merge(@Reference JobService jobs, @Reference EntityServices services) {
            super(jobs, services, 2, Integer.MAX_VALUE);
        }

        @Override
        void act(Corrections corrections, Case aCase, List<Entity> entities) {
            corrections.merge(aCase, entities);
        }
    }

    /** Entities &gt; Split…: moves some names of the selected entity to a new one. */
    @Component(service = WorkbenchCommand.class)
    @CommandProperties(id = "dev.ariadne.ui.entities.split", label = "&Split Entity\u2026", menu = MENU, order = 40)
    public static final class Split extends OnSelection {
        /** Made by DS. */
        @Activate
        public Split(@Reference JobService jobs, @Reference EntityServices services) {
            super(jobs, services, 1, 1);
        }

        @Override
        void act(Corrections corrections, Case aCase, List<Entity> entities) {
            corrections.split(aCase, entities.get(0));
        }
    }

    /** Entities &gt; Delete as False Positive: deletes the selected entities. */
    @Component(service = WorkbenchCommand.class)
    @CommandProperties(id = "dev.ariadne.ui.entities.delete", label = "&Delete as False Positive", menu = MENU,
            order = 50)
    public static final class Delete extends OnSelection {
        /** Made by DS. */
        @Activate
        public Delete(@Reference JobService jobs, @Reference EntityServices services) {
            super(jobs, services, 1, Integer.MAX_VALUE);
        }

        @Override
        void act(Corrections corrections, Case aCase, List<Entity> entities) {
            corrections.delete(aCase, entities);
        }
    }

    /** Entities &gt; Export Corrections…: writes the ledger to a JSON file. */
    @Component(service = WorkbenchCommand.class)
    @CommandProperties(id = "dev.ariadne.ui.entities.exportLedger", label = "E&xport Corrections\u2026", menu = MENU,
            order = 70)
    public static final class ExportLedger implements WorkbenchCommand {
        final JobService jobs;
        final EntityServices services;

        /** Made by DS. */
        @Activate
        public ExportLedger(@Reference JobService jobs, @Reference EntityServices services) {
            this.jobs = jobs;
            this.services = services;
        }

        @Override
        public boolean isEnabled(Selection selection) {
            return services.hasEntities();
        }

        @Override
        public void execute(CommandContext context) {
            context.currentCase().ifPresent(c -> new Corrections(jobs, services, context.workbench())
                    .exportLedger(c));
        }
    }

    /** Entities &gt; Import Corrections…: applies the corrections of a JSON ledger file. */
    @Component(service = WorkbenchCommand.class)
    @CommandProperties(id = "dev.ariadne.ui.entities.importLedger", label = "&Import Corrections\u2026", menu = MENU,
            order = 80)
    public static final class ImportLedger implements WorkbenchCommand {
        final JobService jobs;
        final EntityServices services;

        /** Made by DS. */
        @Activate
        public ImportLedger(@Reference JobService jobs, @Reference EntityServices services) {
            this.jobs = jobs;
            this.services = services;
        }

        @Override
        public boolean isEnabled(Selection selection) {
            return services.hasEntities();
        }

        @Override
        public void execute(CommandContext context) {
            context.currentCase().ifPresent(c -> new Corrections(jobs, services, context.workbench())
                    .importLedger(c));
        }
    }
}
