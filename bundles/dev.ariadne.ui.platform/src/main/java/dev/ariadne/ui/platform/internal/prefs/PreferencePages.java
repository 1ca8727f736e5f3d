package dev.ariadne.ui.platform.internal.prefs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the pages of the Preferences dialog: every singleton PID that some bundle's {@link MetaTypeInformation}
 * describes, with its object class definition's name, description and attributes.
 *
 * <p>Called by {@link PreferencesCommand} on the UI thread before the dialog opens; reads only in-memory metatype
 * data. A bundle whose metadata cannot be read is logged and left out; it does not hide the other pages.
 */
public final class PreferencePages {

    private static final Logger LOG = LoggerFactory.getLogger(PreferencePages.class);

    private PreferencePages() {
    }

    /**
     * The pages of all {@code bundles}, sorted by label; a PID described by two bundles appears once (the first
     * bundle wins).
     *
     * @param locale the locale of the names and descriptions, or {@code null} for the default
     * @return a new list
     */
    public static List<PreferencePage> collect(Bundle[] bundles, MetaTypeService metaType, String locale) {
        Map<String, PreferencePage> pages = new LinkedHashMap<>();
        for (Bundle bundle : bundles) {
            if (bundle.getState() == Bundle.UNINSTALLED) {
                continue;
            }
            try {
                MetaTypeInformation information = metaType.getMetaTypeInformation(bundle);
                if (information == null || information.getPids() == null) {
                    continue;
                }
                for (String pid : information.getPids()) {
                    if (pages.containsKey(pid)) {
                        continue;
                    }
                    ObjectClassDefinition ocd = information.getObjectClassDefinition(pid, locale);
                    if (ocd != null) {
                        pages.put(pid, page(pid, ocd, bundle.getSymbolicName()));
                    }
                }
            } catch (RuntimeException e) {
                LOG.warn("Could not read the configuration metadata of bundle {} ({})", bundle.getSymbolicName(),
                        bundle.getBundleId(), e);
            }
        }
        List<PreferencePage> sorted = new ArrayList<>(pages.values());
        sorted.sort(Comparator.comparing((PreferencePage page) -> page.label().toLowerCase(Locale.ROOT))
                .thenComparing(PreferencePage::pid));
        return sorted;
    }

    static PreferencePage page(String pid, ObjectClassDefinition ocd, String bundle) {
        List<AttributeDefinition> attributes = new ArrayList<>();
        AttributeDefinition[] all = ocd.getAttributeDefinitions(ObjectClassDefinition.ALL);
        if (all != null) {
            for (AttributeDefinition attribute : all) {
                if (attribute != null) {
                    attributes.add(attribute);
                }
            }
        }
        return new PreferencePage(pid, ocd.getName(), ocd.getDescription(), bundle, attributes);
    }
}
