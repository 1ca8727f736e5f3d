package dev.ariadne.ui.internal;

/**
 * The {@code Widget.getData(key)} keys the shell sets on its widgets, so that in-framework UI tests (which may not
 * see this package) can find views, stacks and menu entries in the widget tree. Constants only.
 */
final class WidgetKeys {
    /** On a view's tab item and its content composite: the view id (String). */
    static final String VIEW_ID = "ariadne.view.id";
    /** On a view's content composite: {@code opening}, {@code open} or {@code error} (String). */
    static final String VIEW_STATE = "ariadne.view.state";
    /** On a view's content composite in the error state: the reason shown (String). */
    static final String VIEW_ERROR = "ariadne.view.error";
    /** On each stack's CTabFolder: its area (String). */
    static final String STACK = "ariadne.stack";
    /** On the Window menu's Show View item: {@code showView} (String). */
    static final String MENU = "ariadne.menu";
    /** On the status bar composite: {@code statusBar} (String). */
    static final String STATUS_BAR = "ariadne.statusBar";
    /** On command menu items and tool items: the command id (String). */
    static final String COMMAND_ID = "ariadne.command.id";

    static final String STATE_OPENING = "opening";
    static final String STATE_OPEN = "open";
    static final String STATE_ERROR = "error";

    private WidgetKeys() {
    }
}
