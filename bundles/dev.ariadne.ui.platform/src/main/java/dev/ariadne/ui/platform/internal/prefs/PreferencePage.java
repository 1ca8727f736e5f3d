package dev.ariadne.ui.platform.internal.prefs;

import java.util.List;

import org.osgi.service.metatype.AttributeDefinition;

/**
 * One page of the Preferences dialog: a configurable PID found through the Metatype service, with the attributes
 * its object class definition declares.
 *
 * <p>Made by {@link PreferencePages#collect} and read on the UI thread by {@link PreferencesDialog}.
 *
 * @param pid the configuration PID
 * @param name the object class definition's name, the page title
 * @param description the object class definition's description, or {@code ""}
 * @param bundle the symbolic name of the bundle that declares it
 * @param attributes every attribute, required first, in declaration order
 */
public record PreferencePage(String pid, String name, String description, String bundle,
        List<AttributeDefinition> attributes) {

    public PreferencePage {
        attributes = List.copyOf(attributes);
        description = description == null ? "" : description;
    }

    /** The label in the page list: the name, or the PID when the definition has no name. */
    public String label() {
        return name == null || name.isBlank() ? pid : name;
    }
}
