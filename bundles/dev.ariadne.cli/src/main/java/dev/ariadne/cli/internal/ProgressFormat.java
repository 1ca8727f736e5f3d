package dev.ariadne.cli.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.ariadne.api.jobs.JobStatus;

/**
 * Renders a {@link JobStatus} for the command line: a one-line bar for a terminal ({@link #bar}), a plain line for
 * logs and pipes ({@link #line}), and a closing summary ({@link #summary}).
 *
 * <p>Pure functions, used by {@link JobProgressPrinter} on the launcher's main thread and by unit tests.
 */
final class ProgressFormat {

    /** The width of the bar between its brackets on a wide terminal. */
    static final int BAR_WIDTH = 24;

    private ProgressFormat() {
    }

    /**
     * One terminal line of at most {@code columns - 1} characters (so it never wraps), e.g.
     * {@code "Import [#########...]  42%  1,234/2,900 items  12.3/40.0 MB  85.2 items/s  1.2 MB/s  ETA 0:34  a.pdf"}.
     * The current item gets the space left and is cut from the left; when the size is unknown the bar shows a block
     * moving with {@code tick}.
     *
     * @param status the snapshot
     * @param columns the terminal width
     * @param tick a counter increased at each redraw
     * @param now the current time, for the byte rate
     */
    static String bar(JobStatus status, int columns, long tick, Instant now) {
        int max = Math.max(10, columns - 1);
        int barWidth = Math.max(6, Math.min(BAR_WIDTH, max / 5));
        StringBuilder line = new StringBuilder();
        line.append(status.name()).append(' ').append(bar(status.fraction(), barWidth, tick));
        double fraction = status.fraction();
        line.append(fraction < 0 ? "     " : String.format(Locale.ROOT, " %3d%%", (int) Math.floor(fraction * 100)));
        for (String part : figures(status, now)) {
            line.append("  ").append(part);
        }
        String current = status.current() == null ? "" : status.current();
        int room = max - line.length() - 2;
        if (!current.isEmpty() && room >= 8) {
            line.append("  ").append(Formats.tail(current, room));
        }
        return line.length() > max ? line.substring(0, max) : line.toString();
    }

    /** The bracketed bar: filled with {@code #} up to {@code fraction}, or a moving {@code <=>} when unknown. */
    static String bar(double fraction, int width, long tick) {
        StringBuilder bar = new StringBuilder(width + 2).append('[');
        if (fraction < 0) {
            int block = 3;
            int span = Math.max(1, width - block + 1);
            int cycle = Math.max(1, 2 * (span - 1));
            int step = (int) (Math.floorMod(tick, cycle));
            int at = step < span ? step : cycle - step;
            for (int i = 0; i < width; i++) {
                bar.append(i == at ? '<' : i == at + 1 ? '=' : i == at + 2 ? '>' : ' ');
            }
        } else {
            int filled = (int) Math.floor(Math.min(1.0, fraction) * width);
            bar.append("#".repeat(filled)).append(".".repeat(width - filled));
        }
        return bar.append(']').toString();
    }

    /**
     * One plain line, e.g. {@code "Import: 42%, 1,234/2,900 items, 12.3/40.0 MB, 85.2 items/s, ETA 0:34, a.pdf"};
     * nothing is cut.
     */
    static String line(JobStatus status, Instant now) {
        List<String> parts = new ArrayList<>();
        double fraction = status.fraction();
        if (fraction >= 0) {
            parts.add((int) Math.floor(fraction * 100) + "%");
        }
        parts.addAll(figures(status, now));
        if (status.current() != null && !status.current().isEmpty()) {
            parts.add(status.current());
        }
        return status.name() + ": " + (parts.isEmpty() ? status.state().name().toLowerCase(Locale.ROOT)
                : String.join(", ", parts));
    }

    /**
     * The closing line of a job, e.g. {@code "Import: succeeded, 2,900 items, 40.0 MB in 0:41; 3 items failed"},
     * {@code "Import: failed after 12 items: disk full"} or {@code "Import: cancelled after 1,234 items"}.
     */
    static String summary(JobStatus status) {
        String took = status.started() == null || status.finished() == null ? ""
                : " in " + Formats.duration(Duration.between(status.started(), status.finished()));
        String done = Formats.count(status.doneItems()) + (status.doneItems() == 1 ? " item" : " items")
                + (status.doneBytes() > 0 ? ", " + Formats.bytes(status.doneBytes()) : "");
        String failed = status.failedItems() == 0 ? ""
                : "; " + Formats.count(status.failedItems()) + (status.failedItems() == 1 ? " item" : " items")
                        + " failed";
        return switch (status.state()) {
            case SUCCEEDED -> status.name() + ": succeeded, " + done + took + failed;
            case FAILED -> status.name() + ": failed after " + done
                    + (status.failure() == null ? "" : ": " + status.failure()) + failed;
            case CANCELLED -> status.name() + ": cancelled after " + done + took + failed;
            case QUEUED, RUNNING -> line(status, status.finished() == null ? Instant.now() : status.finished());
        };
    }

    /** Items, bytes, rates and ETA, each as a short phrase; phrases that are not known are left out. */
    private static List<String> figures(JobStatus status, Instant now) {
        List<String> parts = new ArrayList<>();
        String items = Formats.count(status.doneItems());
        if (status.totalItems() >= 0) {
            items += "/" + Formats.count(status.totalItems());
        }
        parts.add(items + " items");
        if (status.totalBytes() > 0) {
            parts.add(sizes(status.doneBytes(), status.totalBytes()));
        } else if (status.doneBytes() > 0) {
            parts.add(Formats.bytes(status.doneBytes()));
        }
        if (status.itemsPerSecond() > 0) {
            parts.add(Formats.rate(status.itemsPerSecond()) + " items/s");
        }
        if (status.doneBytes() > 0 && status.started() != null) {
            double seconds = Duration.between(status.started(), now).toMillis() / 1000.0;
            if (seconds >= 0.5) {
                parts.add(Formats.bytes(Math.round(status.doneBytes() / seconds)) + "/s");
            }
        }
        status.eta().ifPresent(eta -> parts.add("ETA " + Formats.duration(eta)));
        if (status.failedItems() > 0) {
            parts.add(Formats.count(status.failedItems()) + " failed");
        }
        return parts;
    }

    /** {@code "12.3/40.0 MB"} when both share a unit, else {@code "999 kB/1.2 MB"}. */
    static String sizes(long done, long total) {
        String d = Formats.bytes(done);
        String t = Formats.bytes(total);
        int space = d.indexOf(' ');
        if (space > 0 && t.endsWith(d.substring(space))) {
            return d.substring(0, space) + "/" + t;
        }
        return d + "/" + t;
    }
}
