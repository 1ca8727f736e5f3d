package dev.ariadne.importer.internal.formats;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * The time limit of a parse that runs on the import thread itself, enforced on every read of its input: once the
 * deadline has passed a read throws {@link TimeLimitException}, and once the import is cancelled it throws
 * {@link CancellationException}. Only importers whose work is linear in the bytes they read run that way
 * ({@link BuiltInImporter#boundedByReads()}), so a read is never far away.
 *
 * <p>Made by the import service per file; read by the parsing thread only.
 *
 * @param deadlineNanos the {@link System#nanoTime()} after which reads fail
 * @param cancelled whether the import was cancelled meanwhile
 */
public record ReadGuard(long deadlineNanos, BooleanSupplier cancelled) {

    /** The parse took longer than its limit. */
    public static final class TimeLimitException extends IOException {
        private static final long serialVersionUID = 1L;

        TimeLimitException() {
            super("parsing took longer than its time limit");
        }
    }

    /** Throws when the deadline passed or the import was cancelled. */
    void check() throws TimeLimitException {
        if (System.nanoTime() - deadlineNanos > 0) {
            throw new TimeLimitException();
        }
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("The import was cancelled");
        }
    }

    /** {@code in}, checking this guard before every read. */
    InputStream guard(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                check();
                return super.read();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                check();
                return super.read(buffer, offset, length);
            }

            @Override
            public long skip(long count) throws IOException {
                check();
                return super.skip(count);
            }
        };
    }
}
