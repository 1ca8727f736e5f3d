package dev.ariadne.ui.platform.internal.prefs;

import java.io.IOException;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Reads and writes the configuration behind a Preferences page through {@link ConfigurationAdmin}.
 *
 * <p>Reading lists existing configurations only, so opening the dialog creates nothing. Writing gets the
 * configuration with the location {@code "?"}, so that whichever bundle registers the PID may bind it, and keeps
 * properties the page does not edit. Called on the UI thread by {@link PreferencesDialog}; both calls are quick
 * (ConfigAdmin keeps configurations in memory and writes a small file on update).
 */
public final class ConfigStore {

    /** Properties ConfigAdmin maintains itself; never written back. */
    static final Set<String> MANAGED = Set.of(Constants.SERVICE_PID, ConfigurationAdmin.SERVICE_FACTORYPID,
            ConfigurationAdmin.SERVICE_BUNDLELOCATION);

    private final ConfigurationAdmin admin;

    /** A store on {@code admin}, made by {@link PreferencesCommand} for each dialog it opens. */
    public ConfigStore(ConfigurationAdmin admin) {
        this.admin = admin;
    }

    /**
     * The properties configured for {@code pid}.
     *
     * @return the properties, or empty when the PID has no configuration (its defaults apply)
     * @throws IOException when ConfigAdmin cannot read its store
     */
    public Optional<Dictionary<String, Object>> read(String pid) throws IOException {
        Configuration[] found;
        try {
            found = admin.listConfigurations("(" + Constants.SERVICE_PID + "=" + escape(pid) + ")");
        } catch (InvalidSyntaxException e) {
            throw new IOException("Cannot look up the configuration " + pid + ": " + e.getMessage(), e);
        }
        if (found == null || found.length == 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(found[0].getProperties());
    }

    /**
     * Updates the configuration of {@code pid} with {@code values}, keeping any other property it has.
     *
     * @throws IOException when ConfigAdmin cannot store it
     */
    public void write(String pid, Map<String, Object> values) throws IOException {
        Configuration configuration = admin.getConfiguration(pid, "?");
        Dictionary<String, Object> merged = new Hashtable<>();
        Dictionary<String, Object> existing = configuration.getProperties();
        if (existing != null) {
            for (Enumeration<String> keys = existing.keys(); keys.hasMoreElements();) {
                String key = keys.nextElement();
                if (!MANAGED.contains(key)) {
                    merged.put(key, existing.get(key));
                }
            }
        }
        values.forEach((key, value) -> {
            if (value == null) {
                merged.remove(key);
            } else {
                merged.put(key, value);
            }
        });
        configuration.update(merged);
    }

    /** Escapes the characters that are special in an LDAP filter value. */
    static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            if (c == '\\' || c == '*' || c == '(' || c == ')') {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
