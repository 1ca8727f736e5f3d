package dev.ariadne.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Menu accelerators that a focused text widget needs for itself. */
class CommandBarsTest {

    @Test
    void undoRedoAndClipboardKeysBelongToTextWidgets() {
        assertThat(CommandBars.TEXT_KEYS).contains(KeyBindings.accelerator("M1+Z"), KeyBindings.accelerator("M1+M2+Z"),
                KeyBindings.accelerator("M1+C"), KeyBindings.accelerator("M1+V"));
    }

    @Test
    void workbenchKeysStayWithTheMenus() {
        assertThat(CommandBars.TEXT_KEYS).doesNotContain(KeyBindings.accelerator("M1+W"),
                KeyBindings.accelerator("M1+M2+N"), KeyBindings.accelerator("M1+Q"));
        assertThat(CommandBars.isTextEditor("not a widget")).isFalse();
    }
}
