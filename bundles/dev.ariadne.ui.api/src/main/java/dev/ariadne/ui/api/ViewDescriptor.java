package dev.ariadne.ui.api;

/**
 * A contributed view as listed in Window &gt; Show View.
 *
 * @param id the view id
 * @param label its label
 * @param area the stack it opens in first
 * @param bundle the symbolic name of the contributing bundle
 */
public record ViewDescriptor(String id, String label, String area, String bundle) {
}
