package dev.ariadne.ui.internal;

import java.util.Map;


/**
 * One {@link dev.ariadne.ui.api.WorkbenchCommand} service as the shell sees it. Immutable; made on the DS thread that binds the service
 * and read on the UI thread.
 *
 * @param id the command id
 * @param label the menu label, with {@code &} before the mnemonic
 * @param menu the menu path, segments separated by {@code /}
 * @param key the key binding ({@code M1+Z}), or empty
 * @param toolbar whether it also gets a tool bar button
 * @param order order within its menu
 * @param serviceId the service id
 * @param handle the way to the command object, got when the command first runs
 */
record CommandContribution(String id, String label, String menu, String key, boolean toolbar, int order,
        long serviceId, CommandHandle handle) {

    static final String ID = "ariadne.command.id";
    static final String LABEL = "ariadne.command.label";
    static final String MENU = "ariadne.command.menu";
    static final String KEY = "ariadne.command.key";
    static final String TOOLBAR = "ariadne.command.toolbar";
    static final String ORDER = "ariadne.command.order";

    /**
     * Reads a contribution from service properties.
     *
     * @return the contribution, or {@code null} when the properties carry no command id
     */
    static CommandContribution of(Map<String, ?> props, CommandHandle handle) {
        String id = Props.string(props, ID, null);
        if (id == null) {
            return null;
        }
        return new CommandContribution(id, Props.string(props, LABEL, id), Props.string(props, MENU, "Tools"),
                Props.string(props, KEY, ""), Props.bool(props, TOOLBAR, false), Props.integer(props, ORDER, 100),
                Props.longValue(props, "service.id", -1), handle);
    }

    /** The label without mnemonic markers and trailing ellipsis, for tool bar buttons and messages. */
    String plainLabel() {
        String plain = label.replace("&&", "\u0000").replace("&", "").replace("\u0000", "&");
        if (plain.endsWith("…")) {
            plain = plain.substring(0, plain.length() - 1);
        } else if (plain.endsWith("...")) {
            plain = plain.substring(0, plain.length() - 3);
        }
        return plain.trim();
    }
}
