package dev.ariadne.search.lucene.internal;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * The service properties of a {@link dev.ariadne.api.pipeline.DocumentStage}, declared on the stage's component
 * class: {@code ariadne.stage.name} (String), {@code ariadne.stage.version} (String) and {@code ariadne.stage.order}
 * (Integer), as {@link dev.ariadne.api.pipeline.DocumentStage#NAME} and its siblings define them. Read by DS at build
 * time only.
 */
@ComponentPropertyType
@interface StageProperties {

    /** Prefix of the property names. */
    String PREFIX_ = "ariadne.stage.";

    /** The stage name the importer records per document. */
    String name();

    /** The stage version; a new version makes the importer run the stage again on every document. */
    String version();

    /** Where the stage runs among the others, lower first. */
    int order();
}
