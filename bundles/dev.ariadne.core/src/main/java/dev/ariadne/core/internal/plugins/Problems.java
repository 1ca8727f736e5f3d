package dev.ariadne.core.internal.plugins;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.namespace.ExecutionEnvironmentNamespace;
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.namespace.IdentityNamespace;
import org.osgi.framework.namespace.PackageNamespace;

/**
 * Turns framework details into sentences for the Plugins view: a requirement's filter into "package org.foo
 * [1.0,2.0)", an exception or a DS failure stack trace into its message. Pure functions, used by
 * {@link PluginServiceImpl} on whatever thread asks for plugin information.
 */
final class Problems {

    private static final String SERVICE_NAMESPACE = "osgi.service";
    private static final Pattern LOWER = Pattern.compile("\\((?:bundle-)?version>=([^)]+)\\)");
    private static final Pattern UPPER_EXCLUSIVE = Pattern.compile("\\(!\\((?:bundle-)?version>=([^)]+)\\)\\)");
    private static final Pattern UPPER_INCLUSIVE = Pattern.compile("\\((?:bundle-)?version<=([^)]+)\\)");
    private static final Pattern EXACT = Pattern.compile("\\((?:bundle-)?version=([^)]+)\\)");

    private Problems() {
    }

    /** A person's description of a requirement, from its namespace and filter directive. */
    static String describeRequirement(String namespace, Map<String, String> directives) {
        String filter = directives.getOrDefault("filter", "");
        return switch (namespace) {
            case PackageNamespace.PACKAGE_NAMESPACE -> "package " + named(PackageNamespace.PACKAGE_NAMESPACE, filter)
                    + range(filter);
            case BundleNamespace.BUNDLE_NAMESPACE -> "bundle " + named(BundleNamespace.BUNDLE_NAMESPACE, filter)
                    + range(filter);
            case HostNamespace.HOST_NAMESPACE -> "host bundle " + named(HostNamespace.HOST_NAMESPACE, filter)
                    + range(filter);
            case IdentityNamespace.IDENTITY_NAMESPACE -> "bundle " + named(IdentityNamespace.IDENTITY_NAMESPACE,
                    filter) + range(filter);
            case ExecutionEnvironmentNamespace.EXECUTION_ENVIRONMENT_NAMESPACE -> "Java runtime " + filter;
            case SERVICE_NAMESPACE -> "service " + named("objectClass", filter);
            default -> "capability " + namespace + (filter.isEmpty() ? "" : " " + filter);
        };
    }

    private static String named(String attribute, String filter) {
        Matcher matcher = Pattern.compile("\\(" + Pattern.quote(attribute) + "=([^)]*)\\)").matcher(filter);
        return matcher.find() ? matcher.group(1) : filter;
    }

    private static String range(String filter) {
        Matcher exact = EXACT.matcher(filter);
        if (exact.find()) {
            return " " + exact.group(1);
        }
        Matcher lower = LOWER.matcher(filter);
        String from = null;
        while (lower.find()) {
            if (lower.start() == 0 || filter.charAt(lower.start() - 1) != '!') {
                from = lower.group(1);
                break;
            }
        }
        Matcher upperExclusive = UPPER_EXCLUSIVE.matcher(filter);
        Matcher upperInclusive = UPPER_INCLUSIVE.matcher(filter);
        String to = null;
        char close = ')';
        if (upperExclusive.find()) {
            to = upperExclusive.group(1);
        } else if (upperInclusive.find()) {
            to = upperInclusive.group(1);
            close = ']';
        }
        if (from == null && to == null) {
            return "";
        }
        if (to == null) {
            return " " + from + " or later";
        }
        return " [" + (from == null ? "0" : from) + "," + to + close;
    }

    /**
     * The message of an exception and of its causes, e.g. {@code "Activator start error in bundle x [5]: boom"}.
     */
    static String describe(Throwable thrown) {
        List<String> parts = new ArrayList<>();
        for (Throwable cause = thrown; cause != null && parts.size() < 4; cause = cause.getCause()) {
            String message = cause.getMessage();
            String text = message == null || message.isBlank() ? cause.getClass().getName()
                    : cause == thrown ? message : cause.getClass().getSimpleName() + ": " + message;
            if (parts.isEmpty() || !parts.get(parts.size() - 1).contains(text)) {
                parts.add(text);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return String.join(" - caused by ", parts);
    }

    /**
     * The message lines of a printed stack trace (the first line and the last {@code Caused by:}), as DS reports
     * activation failures.
     */
    static String summarizeStackTrace(String trace) {
        if (trace == null || trace.isBlank()) {
            return "";
        }
        String first = null;
        String lastCause = null;
        for (String line : trace.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("at ") || trimmed.startsWith("...")
                    || trimmed.startsWith("Suppressed:")) {
                continue;
            }
            if (trimmed.startsWith("Caused by:")) {
                lastCause = trimmed.substring("Caused by:".length()).strip();
            } else if (first == null) {
                first = trimmed;
            }
        }
        if (first == null) {
            return trace.strip();
        }
        return lastCause == null || first.contains(lastCause) ? first : first + " - caused by " + lastCause;
    }
}
