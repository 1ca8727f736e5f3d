package dev.ariadne.extract.nlp4j.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Component property type of an {@link dev.ariadne.api.entities.EntityExtractor}: the service properties
 * {@value dev.ariadne.api.entities.EntityExtractor#NAME} and {@value dev.ariadne.api.entities.EntityExtractor#VERSION}.
 * Put on {@link Nlp4jExtractor}; read by the extraction service from the service reference, before the component is
 * activated (so reading them does not load the engine).
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ExtractorProperties {

    /** The prefix that turns {@code name} into {@code ariadne.extractor.name}. */
    String PREFIX_ = "ariadne.extractor.";

    /** The extractor's name. */
    String name();

    /** The extractor's version; a new one makes the extraction stage run again on every document. */
    String version();
}
