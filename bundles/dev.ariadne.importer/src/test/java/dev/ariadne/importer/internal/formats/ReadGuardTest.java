package dev.ariadne.importer.internal.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadGuardTest {

    @TempDir
    Path temp;

    @Test
    void readsWithinTheDeadlineGoThroughAndReadsAfterItFail() throws Exception {
        Path file = Files.writeString(temp.resolve("note.txt"), "The talks resumed in Geneva.");
        Input open = Input.of(file, "note.txt", "text/plain")
                .guardedBy(new ReadGuard(System.nanoTime() + 60_000_000_000L, () -> false));
        Input expired = Input.of(file, "note.txt", "text/plain")
                .guardedBy(new ReadGuard(System.nanoTime() - 1, () -> false));

        try (InputStream in = open.open()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("The talks resumed in Geneva.");
        }
        assertThatThrownBy(() -> new PlainTextImporter().extract(expired, Limits.defaults()))
                .isInstanceOf(ReadGuard.TimeLimitException.class);
    }

    @Test
    void aCancelledImportStopsTheNextRead() throws Exception {
        Path file = Files.writeString(temp.resolve("note.txt"), "The talks resumed in Geneva.");
        Input cancelled = Input.of(file, "note.txt", "text/plain")
                .guardedBy(new ReadGuard(System.nanoTime() + 60_000_000_000L, () -> true));

        assertThatThrownBy(() -> new PlainTextImporter().extract(cancelled, Limits.defaults()))
                .isInstanceOf(CancellationException.class);
    }
}
