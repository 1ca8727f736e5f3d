/**
 * The workbench shell's implementation; not exported.
 *
 * <p>{@link dev.ariadne.ui.internal.WorkbenchComponent} owns the one SWT Display and its thread: the JVM main thread
 * (through the {@code main.thread} Callable {@link dev.ariadne.ui.internal.UiMainThread}) when the framework property
 * {@code ariadne.ui.thread=main}, otherwise a thread named {@code ariadne-ui} (with {@code early}, the desktop
 * product's setting, that thread starts at activation and the main thread waits for it; on macOS {@code early} means
 * {@code main}). It tracks the {@code WorkbenchView} and
 * {@code WorkbenchCommand} whiteboards and hands every change to the UI thread with {@code asyncExec}.
 * {@link dev.ariadne.ui.internal.WorkbenchWindow} is the window and the {@code Workbench} service: four view stacks
 * ({@link dev.ariadne.ui.internal.Stacks}), the menu and tool bars ({@link dev.ariadne.ui.internal.CommandBars}), the
 * status bar with job progress ({@link dev.ariadne.ui.internal.StatusBar}) and the layout saved per case
 * ({@link dev.ariadne.ui.internal.LayoutState}, CaseRecords namespace {@code dev.ariadne.ui}, key {@code layout}).
 *
 * <p>Plugin code is never trusted with the UI thread: view instances are got off it with a deadline
 * ({@link dev.ariadne.ui.internal.ViewActivator}), {@code createControl} runs under a watchdog that interrupts the UI
 * thread ({@link dev.ariadne.ui.internal.UiWatchdog}), and every failure becomes an error page in the view's tab or an
 * error dialog, and a log entry. In-framework tests find the shell's widgets by the data keys of
 * {@link dev.ariadne.ui.internal.WidgetKeys}.
 *
 * <p>Configuration PID {@code dev.ariadne.ui} ({@link dev.ariadne.ui.internal.UiConfig}): view start timeout, creation
 * watchdog, layout save delay, progress refresh period.
 */
package dev.ariadne.ui.internal;
