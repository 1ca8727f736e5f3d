package dev.ariadne.importer.internal.formats;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Counts the bytes one archive expands to, against its expansion ratio and the shared {@link ExpansionBudget}, and
 * copies members through that count so a zip bomb is stopped while it expands, whatever sizes its headers claim.
 * Used by one expansion on one thread.
 */
public final class ExpansionMeter {

    /** Archives may always expand to this many bytes, whatever their ratio: small archives of text compress well. */
    public static final long RATIO_FLOOR_BYTES = 1024 * 1024;

    private final long archiveBytes;
    private final int maxRatio;
    private final ExpansionBudget budget;
    private long expanded;

    /** A meter for an archive of {@code archiveBytes} bytes. */
    public ExpansionMeter(long archiveBytes, int maxRatio, ExpansionBudget budget) {
        this.archiveBytes = archiveBytes;
        this.maxRatio = maxRatio;
        this.budget = budget;
    }

    /** Counts one member. */
    public void member() throws ExpansionRefusedException {
        budget.member();
    }

    /** Counts {@code count} expanded bytes. */
    public void count(long count) throws ExpansionRefusedException {
        expanded += count;
        long allowed = Math.max(RATIO_FLOOR_BYTES, archiveBytes * (long) maxRatio);
        if (archiveBytes > 0 && expanded > allowed) {
            throw new ExpansionRefusedException("zip bomb refused: it expands to more than " + maxRatio
                    + " times its size (expansion ratio limit)");
        }
        budget.bytes(count);
    }

    /** Copies {@code in} to {@code out}, counting every byte; the caller closes both. */
    public long copy(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) > 0) {
            count(read);
            out.write(buffer, 0, read);
            total += read;
            if (Thread.currentThread().isInterrupted()) {
                throw new java.io.InterruptedIOException("expansion interrupted");
            }
        }
        return total;
    }

    /** The bytes counted so far. */
    public long expanded() {
        return expanded;
    }
}
