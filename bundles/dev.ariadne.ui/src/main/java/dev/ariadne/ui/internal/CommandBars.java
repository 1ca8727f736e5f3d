package dev.ariadne.ui.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.selection.Selection;
import dev.ariadne.ui.api.CommandContext;
import dev.ariadne.ui.api.ViewDescriptor;
import dev.ariadne.ui.api.Workbench;
import dev.ariadne.ui.api.WorkbenchCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders the command whiteboard: the menu bar (with Window &gt; Show View built each time it opens), the tool bar,
 * key bindings as menu accelerators, and enablement from the selection. Runs commands with a {@link CommandContext}
 * and shows their failures in an error dialog. UI thread only.
 */
final class CommandBars {
    private static final Logger LOG = LoggerFactory.getLogger(CommandBars.class);

    private final WorkbenchWindow window;
    private final Shell shell;
    private final ToolBar toolBar;
    private final Map<Item, CommandContribution> rendered = new LinkedHashMap<>();
    private final Icons icons;
    private final Listener focusFilter = this::focusChanged;
    private boolean textFocused;

    /**
     * Keys a focused text widget handles itself (undo, redo, clipboard, select all): while one has focus, menu
     * accelerators bound to them step aside, as GTK would otherwise give the key to the menu.
     */
    static final Set<Integer> TEXT_KEYS = Set.of(KeyBindings.accelerator("M1+Z"), KeyBindings.accelerator("M1+M2+Z"),
            KeyBindings.accelerator("M1+Y"), KeyBindings.accelerator("M1+A"), KeyBindings.accelerator("M1+C"),
            KeyBindings.accelerator("M1+V"), KeyBindings.accelerator("M1+X"));

    /** The context handed to commands. */
    record Context(Selection selection, Shell shell, Optional<Case> currentCase, Workbench workbench)
            implements CommandContext {
    }

    CommandBars(WorkbenchWindow window, Shell shell, ToolBar toolBar) {
        this.window = window;
        this.shell = shell;
        this.toolBar = toolBar;
        this.icons = new Icons(shell.getDisplay());
        shell.getDisplay().addFilter(SWT.FocusIn, focusFilter);
        shell.addListener(SWT.Dispose, e -> {
            shell.getDisplay().removeFilter(SWT.FocusIn, focusFilter);
            icons.dispose();
        });
    }

    private void focusChanged(Event event) {
        boolean text = isTextEditor(event.widget);
        if (text != textFocused) {
            textFocused = text;
            applyAccelerators();
        }
    }

    /** Whether a widget edits text and so owns the {@link #TEXT_KEYS}. */
    static boolean isTextEditor(Object widget) {
        return widget instanceof Text || widget instanceof StyledText || widget instanceof Combo;
    }

    /** Sets each menu item's accelerator from its binding, leaving out the text keys while a text widget has focus. */
    private void applyAccelerators() {
        for (Map.Entry<Item, CommandContribution> e : rendered.entrySet()) {
            if (e.getKey() instanceof MenuItem menuItem && !menuItem.isDisposed()) {
                int accelerator = KeyBindings.accelerator(e.getValue().key());
                menuItem.setAccelerator(textFocused && TEXT_KEYS.contains(accelerator) ? 0 : accelerator);
            }
        }
    }

    /** Rebuilds the menu bar and the tool bar from the commands bound now. */
    void rebuild(Collection<CommandContribution> commands) {
        rendered.clear();
        Menu old = shell.getMenuBar();
        Menu bar = new Menu(shell, SWT.BAR);
        for (MenuModel.Menu top : MenuModel.build(commands)) {
            MenuItem cascade = new MenuItem(bar, SWT.CASCADE);
            cascade.setText(MenuModel.withMnemonic(top.name()));
            Menu menu = new Menu(shell, SWT.DROP_DOWN);
            cascade.setMenu(menu);
            if (MenuModel.WINDOW.equalsIgnoreCase(MenuModel.plain(top.name()))) {
                addShowView(menu);
                if (!top.entries().isEmpty()) {
                    new MenuItem(menu, SWT.SEPARATOR);
                }
            }
            fill(menu, top.entries());
            menu.addListener(SWT.Show, e -> updateEnablement());
        }
        shell.setMenuBar(bar);
        if (old != null) {
            old.dispose();
        }
        for (ToolItem item : toolBar.getItems()) {
            item.dispose();
        }
        List<CommandContribution> tools = new ArrayList<>();
        commands.stream().filter(CommandContribution::toolbar).forEach(tools::add);
        tools.sort(Comparator.comparingInt((CommandContribution c) -> MenuModel.topRank(topMenu(c)))
                .thenComparing(CommandBars::topMenu).thenComparingInt(CommandContribution::order)
                .thenComparing(CommandContribution::plainLabel));
        String group = null;
        for (CommandContribution c : tools) {
            if (group != null && !group.equals(topMenu(c))) {
                new ToolItem(toolBar, SWT.SEPARATOR);
            }
            group = topMenu(c);
            ToolItem item = new ToolItem(toolBar, SWT.PUSH);
            item.setText(c.plainLabel());
            item.setImage(icons.forCommand(c.id()));
            String keyText = KeyBindings.text(c.key());
            item.setToolTipText(keyText.isEmpty() ? c.plainLabel() : c.plainLabel() + " (" + keyText + ")");
            item.setData(WidgetKeys.COMMAND_ID, c.id());
            item.addListener(SWT.Selection, e -> execute(c));
            rendered.put(item, c);
        }
        GridData data = (GridData) toolBar.getLayoutData();
        boolean show = !tools.isEmpty();
        data.exclude = !show;
        toolBar.setVisible(show);
        toolBar.getParent().layout(true, true);
        updateEnablement();
    }

    private static String topMenu(CommandContribution c) {
        String menu = c.menu().trim();
        int slash = menu.indexOf('/');
        return MenuModel.plain(slash < 0 ? menu : menu.substring(0, slash)).trim();
    }

    private void addShowView(Menu windowMenu) {
        MenuItem showView = new MenuItem(windowMenu, SWT.CASCADE);
        showView.setText("Show &View");
        showView.setData(WidgetKeys.MENU, "showView");
        Menu views = new Menu(shell, SWT.DROP_DOWN);
        showView.setMenu(views);
        views.addListener(SWT.Show, e -> fillShowView(views));
    }

    /** Fills the Show View submenu with every view contributed now. */
    void fillShowView(Menu views) {
        for (MenuItem item : views.getItems()) {
            item.dispose();
        }
        List<ViewDescriptor> descriptors = window.views();
        if (descriptors.isEmpty()) {
            MenuItem none = new MenuItem(views, SWT.PUSH);
            none.setText("(no views)");
            none.setEnabled(false);
            return;
        }
        List<String> open = window.openViews();
        for (ViewDescriptor d : descriptors) {
            MenuItem item = new MenuItem(views, SWT.CHECK);
            item.setText(d.label().replace("&", "&&"));
            item.setSelection(open.contains(d.id()));
            item.setData(WidgetKeys.VIEW_ID, d.id());
            item.addListener(SWT.Selection, e -> {
                item.setSelection(true);
                window.showView(d.id());
            });
        }
    }

    private void fill(Menu menu, List<MenuModel.Entry> entries) {
        for (MenuModel.Entry entry : entries) {
            if (entry instanceof MenuModel.Separator) {
                new MenuItem(menu, SWT.SEPARATOR);
            } else if (entry instanceof MenuModel.Submenu sub) {
                MenuItem cascade = new MenuItem(menu, SWT.CASCADE);
                cascade.setText(MenuModel.withMnemonic(sub.name()));
                Menu child = new Menu(shell, SWT.DROP_DOWN);
                cascade.setMenu(child);
                fill(child, sub.entries());
                child.addListener(SWT.Show, e -> updateEnablement());
            } else if (entry instanceof MenuModel.Item item) {
                CommandContribution c = item.command();
                MenuItem menuItem = new MenuItem(menu, SWT.PUSH);
                menuItem.setData(WidgetKeys.COMMAND_ID, c.id());
                setMenuText(menuItem, c, c.label());
                int accelerator = KeyBindings.accelerator(c.key());
                if (accelerator != 0) {
                    menuItem.setAccelerator(textFocused && TEXT_KEYS.contains(accelerator) ? 0 : accelerator);
                } else if (!c.key().isBlank()) {
                    LOG.warn("Command {} has a key binding that cannot be read: {}", c.id(), c.key());
                }
                menuItem.addListener(SWT.Selection, e -> execute(c));
                rendered.put(menuItem, c);
            }
        }
    }

    private static void setMenuText(MenuItem item, CommandContribution c, String label) {
        String keyText = KeyBindings.text(c.key());
        item.setText(keyText.isEmpty() ? label : label + "\t" + keyText);
    }

    /** The context a command sees now. */
    CommandContext context() {
        return new Context(window.selection(), shell, window.currentCase(), window);
    }

    /** Asks every rendered command whether it is enabled, and refreshes the labels of state-dependent ones. */
    void updateEnablement() {
        CommandContext context = context();
        for (Map.Entry<Item, CommandContribution> e : rendered.entrySet()) {
            Item item = e.getKey();
            if (item.isDisposed()) {
                continue;
            }
            CommandContribution c = e.getValue();
            boolean enabled = isEnabled(c, context.selection());
            String label = c.label();
            if (c.handle().active().orElse(null) instanceof DynamicLabel dynamic) {
                try {
                    String now = dynamic.currentLabel(context);
                    label = now == null ? c.label() : now;
                } catch (RuntimeException ex) {
                    LOG.error("Command {} failed to compute its label", c.id(), ex);
                }
            }
            if (item instanceof MenuItem menuItem) {
                menuItem.setEnabled(enabled);
                setMenuText(menuItem, c, label);
            } else if (item instanceof ToolItem toolItem) {
                toolItem.setEnabled(enabled);
                String plain = label.replace("&", "");
                toolItem.setToolTipText(plain);
            }
        }
    }

    /** Whether a command is enabled; a command whose object has not been got yet counts as enabled. */
    private boolean isEnabled(CommandContribution c, Selection selection) {
        Optional<WorkbenchCommand> command = c.handle().active();
        if (command.isEmpty()) {
            return true;
        }
        try {
            return command.get().isEnabled(selection);
        } catch (RuntimeException | LinkageError e) {
            LOG.error("Command {} failed to tell whether it is enabled; it is disabled", c.id(), e);
            return false;
        }
    }

    /**
     * Runs a command if it is enabled: at once when its object is there, else once it has been got off the UI
     * thread. A failure (starting or running) is logged and shown in an error dialog.
     */
    void execute(CommandContribution c) {
        if (c.handle().active().isPresent()) {
            run(c);
            return;
        }
        window.setStatus("Starting " + c.plainLabel() + " …");
        c.handle().obtain(window.commandActivator(), window.commandTimeoutMillis())
                .whenComplete((command, failure) -> window.asyncExec(() -> {
                    if (failure != null) {
                        LOG.error("Command {} could not be started", c.id(), failure);
                        window.showError("Command failed", c.plainLabel() + " could not be started: "
                                + ErrorPage.reason(failure), failure);
                        return;
                    }
                    window.setStatus("");
                    run(c);
                }));
    }

    private void run(CommandContribution c) {
        CommandContext context = context();
        if (!isEnabled(c, context.selection())) {
            window.setStatus(c.plainLabel() + " is not available now");
            updateEnablement();
            return;
        }
        try {
            c.handle().active().orElseThrow().execute(context);
        } catch (Exception | LinkageError e) {
            LOG.error("Command {} failed", c.id(), e);
            window.showError("Command failed", c.plainLabel() + " failed: " + ErrorPage.reason(e), e);
        } finally {
            if (!shell.isDisposed()) {
                updateEnablement();
            }
        }
    }
}
