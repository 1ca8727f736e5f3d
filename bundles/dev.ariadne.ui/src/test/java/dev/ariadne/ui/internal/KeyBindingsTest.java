package dev.ariadne.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.swt.SWT;
import org.junit.jupiter.api.Test;

class KeyBindingsTest {

    @Test
    void modifiersAndLetters() {
        assertThat(KeyBindings.accelerator("M1+Z")).isEqualTo(SWT.MOD1 | 'Z');
        assertThat(KeyBindings.accelerator("M1+M2+z")).isEqualTo(SWT.MOD1 | SWT.MOD2 | 'Z');
        assertThat(KeyBindings.accelerator("m3 + f4")).isEqualTo(SWT.MOD3 | SWT.F4);
        assertThat(KeyBindings.accelerator("Ctrl+Shift+DEL")).isEqualTo(SWT.MOD1 | SWT.MOD2 | SWT.DEL);
    }

    @Test
    void emptyOrUnreadableBindingsGiveNone() {
        assertThat(KeyBindings.accelerator("")).isZero();
        assertThat(KeyBindings.accelerator(null)).isZero();
        assertThat(KeyBindings.accelerator("M1")).isZero();
        assertThat(KeyBindings.accelerator("M1+A+B")).isZero();
        assertThat(KeyBindings.accelerator("M1+FOO")).isZero();
    }

    @Test
    void menuText() {
        assertThat(KeyBindings.text("M1+M2+Z")).isEqualTo("Ctrl+Shift+Z");
        assertThat(KeyBindings.text("M3+F4")).isEqualTo("Alt+F4");
        assertThat(KeyBindings.text("M1+PAGE_UP")).isEqualTo("Ctrl+Page up");
        assertThat(KeyBindings.text("M1+SPACE")).isEqualTo("Ctrl+Space");
        assertThat(KeyBindings.text("nonsense+")).isEmpty();
    }
}
