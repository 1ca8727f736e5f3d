package dev.ariadne.ui.internal;

import dev.ariadne.ui.api.CommandContext;

/**
 * Implemented by the shell's own commands whose menu label depends on the state (Undo "Merge …"). Called on the UI
 * thread whenever enablement is refreshed; must be quick.
 */
interface DynamicLabel {

    /** The label to show now, with {@code &} before the mnemonic, or {@code null} for the registered label. */
    String currentLabel(CommandContext context);
}
