package dev.ariadne.importer.internal.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CharsetGuesserTest {

    private static Charset guess(byte[] bytes) {
        return CharsetGuesser.guess(bytes, bytes.length, true);
    }

    @Test
    void byteOrderMarksWin() {
        assertThat(guess(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'})).isEqualTo(StandardCharsets.UTF_8);
        assertThat(guess(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0})).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(guess(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 'a'})).isEqualTo(StandardCharsets.UTF_16BE);
    }

    @Test
    void validUtf8AndAsciiAreUtf8() {
        assertThat(guess("plain ascii".getBytes(StandardCharsets.US_ASCII))).isEqualTo(StandardCharsets.UTF_8);
        assertThat(guess("Zürich – Genève".getBytes(StandardCharsets.UTF_8))).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void aMultiByteSequenceCutByTheEndOfASampleIsStillUtf8ButNotAtTheEndOfTheFile() {
        byte[] cut = {'a', (byte) 0xC3};

        assertThat(CharsetGuesser.isUtf8(cut, cut.length, false)).isTrue();
        assertThat(CharsetGuesser.isUtf8(cut, cut.length, true)).isFalse();
    }

    @Test
    void latinTextIsNotTakenForUtf8() {
        byte[] latin = ("Le ministre a déclaré à Genève que la réunion était close, répète-t-il, et que les "
                + "négociations reprendront à l'été près du lac Léman.").getBytes(Charset.forName("ISO-8859-1"));

        Charset guessed = guess(latin);

        assertThat(guessed).isNotEqualTo(StandardCharsets.UTF_8);
        assertThat(new String(latin, guessed)).contains("déclaré à Genève");
    }
}
