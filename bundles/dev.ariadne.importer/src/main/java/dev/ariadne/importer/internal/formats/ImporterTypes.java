package dev.ariadne.importer.internal.formats;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Component property type of a {@link dev.ariadne.api.importing.DocumentImporter}: the service property
 * {@value dev.ariadne.api.importing.DocumentImporter#TYPES}, the media types it reads. Put on the built-in importer
 * components of this package.
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ImporterTypes {

    /** The prefix that turns {@code types} into {@code ariadne.importer.types}. */
    String PREFIX_ = "ariadne.importer.";

    /** The media types read, without parameters. */
    String[] types();
}
