package dev.ariadne.ui.api;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * The service properties that describe a {@link WorkbenchView}: put this annotation on the view's component class.
 * Properties: {@code ariadne.view.id}, {@code ariadne.view.label}, {@code ariadne.view.area},
 * {@code ariadne.view.order}.
 */
@ComponentPropertyType
public @interface ViewProperties {

    /** Prefix of the property names. */
    String PREFIX_ = "ariadne.view.";

    /** Area name: the navigator stack on the left. */
    String LEFT = "left";
    /** Area name: the editor area in the centre. */
    String CENTER = "center";
    /** Area name: the panel stack on the right. */
    String RIGHT = "right";
    /** Area name: the panel stack at the bottom. */
    String BOTTOM = "bottom";

    /** A unique id, conventionally the bundle's symbolic name plus a short name. */
    String id();

    /** The tab label and the entry in Window &gt; Show View. */
    String label();

    /** The stack the view opens in the first time: {@link #LEFT}, {@link #CENTER}, {@link #RIGHT} or {@link #BOTTOM}. */
    String area() default RIGHT;

    /** Order in Window &gt; Show View, lower first. */
    int order() default 100;

    /** Whether the view opens by itself when the workbench starts without a saved layout. */
    boolean openByDefault() default false;
}
