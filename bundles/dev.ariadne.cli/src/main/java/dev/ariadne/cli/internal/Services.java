package dev.ariadne.cli.internal;

/**
 * How a verb reaches the Ariadne services it needs, such as {@code CaseService} or {@code PluginService}.
 *
 * <p>Implemented by {@link TrackedServices} (waits a few seconds for a service that is still starting) and by fakes in
 * unit tests. Called on the launcher's main thread.
 */
public interface Services {

    /**
     * Starts the rest of the runtime and waits until it has finished starting: the launcher hands over the main
     * thread as soon as the command line's component is up, with only the platform bundles started; the others (the
     * case store and its database driver, importer, search, extraction, plugins) sit at a higher start level that
     * this raises, and even the other verbs of this bundle may still be registering. Called by {@link Dispatcher}
     * before it looks up a verb or prints the help; not for {@code --version}.
     *
     * @throws CliException when the runtime does not finish starting in time
     */
    default void awaitStarted() throws CliException {
    }

    /**
     * The service registered under {@code type}, waiting a few seconds for it to appear.
     *
     * @param type the service interface
     * @param what the service in words, for the error message ("the case service")
     * @return the service, never {@code null}
     * @throws CliException (exit code 1) with a message saying which service is missing and what to check, when none
     *         appears in time
     */
    <T> T require(Class<T> type, String what) throws CliException;
}
