package dev.ariadne.ui.platform.internal;

import java.util.Optional;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.selection.Selection;
import dev.ariadne.ui.api.CommandContext;
import dev.ariadne.ui.api.Workbench;
import dev.ariadne.ui.testing.FakeWorkbench;
import org.eclipse.swt.widgets.Shell;

/** What a command sees in tests: the test's shell and workbench, an optional case. */
public record FakeCommandContext(FakeWorkbench fake, Optional<Case> currentCase) implements CommandContext {

    @Override
    public Selection selection() {
        return Selection.EMPTY;
    }

    @Override
    public Shell shell() {
        return fake.shell;
    }

    @Override
    public Workbench workbench() {
        return fake;
    }
}
