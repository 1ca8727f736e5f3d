package dev.ariadne.importer.internal.formats;

/**
 * What the archives of one imported file may expand to, together (nested archives included): a number of bytes and
 * a number of members. Shared by the nested expansions of one file, which run one after the other on one thread;
 * synchronized all the same, so it is safe on any thread.
 */
public final class ExpansionBudget {

    private final long maxBytes;
    private final int maxMembers;
    private long bytes;
    private int members;

    /** A budget of {@code maxBytes} expanded bytes and {@code maxMembers} members. */
    public ExpansionBudget(long maxBytes, int maxMembers) {
        this.maxBytes = maxBytes;
        this.maxMembers = maxMembers;
    }

    /** Counts one more member; refuses when there are too many. */
    public synchronized void member() throws ExpansionRefusedException {
        members++;
        if (members > maxMembers) {
            throw new ExpansionRefusedException("archive refused: more than " + maxMembers + " members");
        }
    }

    /** Counts {@code count} more expanded bytes; refuses when there are too many. */
    public synchronized void bytes(long count) throws ExpansionRefusedException {
        bytes += count;
        if (bytes > maxBytes) {
            throw new ExpansionRefusedException("archive refused: it expands to more than "
                    + maxBytes / (1024 * 1024) + " MB");
        }
    }
}
