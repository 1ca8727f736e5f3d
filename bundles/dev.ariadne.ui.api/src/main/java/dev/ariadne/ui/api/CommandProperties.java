package dev.ariadne.ui.api;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * The service properties that describe a {@link WorkbenchCommand}: put this annotation on the command's component
 * class. Properties: {@code ariadne.command.id}, {@code .label}, {@code .menu}, {@code .key}, {@code .toolbar},
 * {@code .order}.
 */
@ComponentPropertyType
public @interface CommandProperties {

    /** Prefix of the property names. */
    String PREFIX_ = "ariadne.command.";

    /** A unique id. */
    String id();

    /** The menu label, with {@code &} before the mnemonic letter. */
    String label();

    /** The menu path, top menu first, separated by {@code /}: {@code "File"}, {@code "Case/Export"}. */
    String menu() default "Tools";

    /**
     * The key binding, {@code M1} for Ctrl (Command on macOS), {@code M2} for Shift, {@code M3} for Alt, joined with
     * {@code +}: {@code "M1+M2+N"}. Empty for none.
     */
    String key() default "";

    /** Whether the command also gets a tool bar button. */
    boolean toolbar() default false;

    /** Order within its menu, lower first. */
    int order() default 100;
}
