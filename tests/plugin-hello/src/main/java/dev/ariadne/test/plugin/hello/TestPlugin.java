package dev.ariadne.test.plugin.hello;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Marks a service of a test plugin with the service property {@code test.plugin}, so that in-framework tests can
 * find it. Read by the tests; no thread or return value concerns.
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface TestPlugin {
    /** The name of the test plugin. */
    String value();
}
