package dev.ariadne.cli.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * The service properties of a {@link Verb}, declared on the verb's component class:
 * {@code @VerbProperties(verb = "case info", synopsis = "case info <dir> [--json]", summary = "...")} yields
 * {@code ariadne.cli.verb}, {@code ariadne.cli.synopsis} and {@code ariadne.cli.summary}.
 *
 * <p>Read by {@link CommandLineMain} from service references, so {@code ariadne --help} lists every verb without
 * activating any of them.
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface VerbProperties {

    /** The prefix of every property name. */
    String PREFIX_ = "ariadne.cli.";

    /** The property holding the verb's words. */
    String VERB = PREFIX_ + "verb";
    /** The property holding the synopsis. */
    String SYNOPSIS = PREFIX_ + "synopsis";
    /** The property holding the summary. */
    String SUMMARY = PREFIX_ + "summary";

    /** The verb's words, one or two, lower case and separated by one space: {@code "plugins"}, {@code "case info"}. */
    String verb();

    /** The usage line after {@code ariadne}, e.g. {@code "case info <dir> [--json]"}. */
    String synopsis();

    /** One line saying what the verb does, shown by {@code ariadne --help}. */
    String summary();
}
