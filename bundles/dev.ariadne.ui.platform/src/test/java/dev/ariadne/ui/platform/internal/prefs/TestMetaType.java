package dev.ariadne.ui.platform.internal.prefs;

import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.framework.Bundle;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;

/** Hand-written metatype and ConfigAdmin stand-ins for the preference tests. */
final class TestMetaType {

    private TestMetaType() {
    }

    /** An attribute definition with an optional inclusive range, validated the way Felix Metatype does. */
    record Attribute(String id, String name, String description, int type, int cardinality, String[] defaults,
            String[] options, String[] labels, Long min, Long max) implements AttributeDefinition {

        static Attribute of(String id, String name, int type, String... defaults) {
            return new Attribute(id, name, name + " described", type, 0, defaults, null, null, null, null);
        }

        Attribute range(long low, long high) {
            return new Attribute(id, name, description, type, cardinality, defaults, options, labels, low, high);
        }

        Attribute cardinality(int value) {
            return new Attribute(id, name, description, type, value, defaults, options, labels, min, max);
        }

        Attribute options(String[] values, String[] optionLabels) {
            return new Attribute(id, name, description, type, cardinality, defaults, values, optionLabels, min, max);
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public String getID() {
            return id;
        }

        @Override
        public String getDescription() {
            return description;
        }

        @Override
        public int getCardinality() {
            return cardinality;
        }

        @Override
        public int getType() {
            return type;
        }

        @Override
        public String[] getOptionValues() {
            return options;
        }

        @Override
        public String[] getOptionLabels() {
            return labels;
        }

        @Override
        public String[] getDefaultValue() {
            return defaults;
        }

        @Override
        public String validate(String value) {
            if (options != null && !Arrays.asList(options).contains(value)) {
                return "Not one of the options.";
            }
            if (min == null && max == null) {
                return "";
            }
            for (String part : FieldCodec.split(value)) {
                long number = Long.parseLong(part);
                if (number < min) {
                    return "Must be at least " + min + ".";
                }
                if (number > max) {
                    return "Must be at most " + max + ".";
                }
            }
            return "";
        }
    }

    /** An object class definition of fixed attributes. */
    record Ocd(String id, String name, String description, List<AttributeDefinition> attributes)
            implements ObjectClassDefinition {

        @Override
        public String getName() {
            return name;
        }

        @Override
        public String getID() {
            return id;
        }

        @Override
        public String getDescription() {
            return description;
        }

        @Override
        public AttributeDefinition[] getAttributeDefinitions(int filter) {
            return attributes.toArray(new AttributeDefinition[0]);
        }

        @Override
        public InputStream getIcon(int size) {
            return null;
        }
    }

    /** The JobService's configuration as the core bundle declares it. */
    static Ocd jobsOcd() {
        return new Ocd("dev.ariadne.jobs", "Jobs", "The worker pool that runs imports, indexing and exports.",
                List.of(Attribute.of("workers", "Worker threads", AttributeDefinition.INTEGER, "2").range(1, 64),
                        Attribute.of("keepFinished", "Finished jobs kept", AttributeDefinition.INTEGER, "50"),
                        Attribute.of("verbose", "Log every item", AttributeDefinition.BOOLEAN, "false"),
                        Attribute.of("mode", "Scheduling", AttributeDefinition.STRING, "fifo")
                                .options(new String[] {"fifo", "fair"}, new String[] {"First come", "Fair share"}),
                        Attribute.of("skip", "Skipped extensions", AttributeDefinition.STRING, "tmp", "bak")
                                .cardinality(10)));
    }

    /** A bundle with this id and symbolic name, in this state. */
    static Bundle bundle(long id, String symbolicName, int state) {
        return (Bundle) Proxy.newProxyInstance(TestMetaType.class.getClassLoader(), new Class<?>[] {Bundle.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getBundleId" -> id;
                    case "getSymbolicName" -> symbolicName;
                    case "getState" -> state;
                    case "toString" -> symbolicName;
                    case "hashCode" -> (int) id;
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** A metatype service that knows the given definitions per bundle id; bundles listed in {@code broken} throw. */
    static MetaTypeService metaType(Map<Long, List<Ocd>> byBundle, long... broken) {
        return bundle -> {
            for (long id : broken) {
                if (bundle.getBundleId() == id) {
                    throw new IllegalStateException("metadata of bundle " + id + " is corrupt");
                }
            }
            List<Ocd> ocds = byBundle.get(bundle.getBundleId());
            if (ocds == null) {
                return null;
            }
            return new MetaTypeInformation() {
                @Override
                public String[] getPids() {
                    return ocds.stream().map(Ocd::getID).toArray(String[]::new);
                }

                @Override
                public String[] getFactoryPids() {
                    return new String[0];
                }

                @Override
                public Bundle getBundle() {
                    return bundle;
                }

                @Override
                public ObjectClassDefinition getObjectClassDefinition(String pid, String locale) {
                    return ocds.stream().filter(ocd -> ocd.getID().equals(pid)).findFirst().orElse(null);
                }

                @Override
                public String[] getLocales() {
                    return null;
                }
            };
        };
    }

    /** An in-memory ConfigurationAdmin that records the location each configuration was asked for with. */
    static final class Admin {
        final Map<String, Hashtable<String, Object>> stored = new LinkedHashMap<>();
        final Map<String, String> locations = new HashMap<>();
        final List<String> filters = new ArrayList<>();
        final AtomicInteger updates = new AtomicInteger();
        boolean failUpdates;

        ConfigurationAdmin service() {
            return (ConfigurationAdmin) Proxy.newProxyInstance(TestMetaType.class.getClassLoader(),
                    new Class<?>[] {ConfigurationAdmin.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "listConfigurations" -> list((String) args[0]);
                        case "getConfiguration" -> {
                            String pid = (String) args[0];
                            locations.putIfAbsent(pid, args.length > 1 ? (String) args[1] : null);
                            yield configuration(pid);
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }

        private Configuration[] list(String filter) {
            filters.add(filter);
            String pid = filter.substring(filter.indexOf('=') + 1, filter.length() - 1).replace("\\", "");
            return stored.containsKey(pid) ? new Configuration[] {configuration(pid)} : null;
        }

        private Configuration configuration(String pid) {
            return (Configuration) Proxy.newProxyInstance(TestMetaType.class.getClassLoader(),
                    new Class<?>[] {Configuration.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "getPid" -> pid;
                        case "getProperties" -> {
                            Hashtable<String, Object> properties = stored.get(pid);
                            yield properties == null ? null : new Hashtable<>(properties);
                        }
                        case "update" -> {
                            if (failUpdates) {
                                throw new java.io.IOException("read-only file system");
                            }
                            @SuppressWarnings("unchecked")
                            Dictionary<String, Object> properties = (Dictionary<String, Object>) args[0];
                            Hashtable<String, Object> copy = new Hashtable<>();
                            for (var keys = properties.keys(); keys.hasMoreElements();) {
                                String key = keys.nextElement();
                                copy.put(key, properties.get(key));
                            }
                            copy.put("service.pid", pid);
                            stored.put(pid, copy);
                            updates.incrementAndGet();
                            yield null;
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }
}
