package dev.ariadne.ui.internal;

/**
 * What the shell's own commands may ask of the window beyond the public {@code Workbench} API. Implemented by
 * {@link WorkbenchWindow}; the built-in commands find it as their {@code CommandContext.workbench()}. UI thread only.
 */
interface ShellOperations {

    /** Puts every view back where the default layout has it. */
    void resetLayout();

    /** Saves the current layout into the current case now, in a job; completes when it is written (or failed). */
    java.util.concurrent.CompletionStage<Void> flushLayout();

    /** Shows this case (or none) in the window, as when the case service announces it; idempotent. */
    void showCase(java.util.Optional<dev.ariadne.api.cases.Case> aCase);

    /** Closes the window; in the product this ends Ariadne. */
    void exit();

    /** Runs {@code work} as a job named {@code name} (or on a plain thread when no JobService is present). */
    <T> java.util.concurrent.CompletionStage<T> background(String name, java.util.concurrent.Callable<T> work);

    /** Shows an error dialog (does not block). */
    void showError(String title, String message, Throwable cause);
}
