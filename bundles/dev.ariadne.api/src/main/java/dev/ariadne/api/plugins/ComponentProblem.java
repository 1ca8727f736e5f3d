package dev.ariadne.api.plugins;

/**
 * A Declarative Services component that is not working.
 *
 * @param bundleId the bundle that declares it
 * @param bundle the bundle's symbolic name
 * @param component the component name
 * @param state UNSATISFIED_REFERENCE, UNSATISFIED_CONFIGURATION, FAILED_ACTIVATION …
 * @param detail the failure message or the unsatisfied references
 */
public record ComponentProblem(long bundleId, String bundle, String component, String state, String detail) {
}
