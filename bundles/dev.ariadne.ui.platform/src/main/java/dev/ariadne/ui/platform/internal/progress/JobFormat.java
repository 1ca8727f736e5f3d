package dev.ariadne.ui.platform.internal.progress;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import dev.ariadne.api.jobs.JobState;
import dev.ariadne.api.jobs.JobStatus;

/**
 * Turns {@link JobStatus} snapshots into the words and numbers the Progress view shows: sizes, rates, remaining
 * time, the state line and the details line, and the order of the rows.
 *
 * <p>Pure functions without SWT, used by {@link ProgressView} on the UI thread and by unit tests on any thread.
 * Every method returns a new value and keeps no state.
 */
public final class JobFormat {

    /** Separates the parts of a details line. */
    static final String SEPARATOR = "  \u00b7  ";

    /** The longest failure message shown in a details line; the tool tip has all of it. */
    static final int FAILURE_LIMIT = 160;

    private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB", "PB"};

    private JobFormat() {
    }

    /**
     * A byte count for people: {@code "512 B"}, {@code "1.5 KB"}, {@code "20.3 MB"} (powers of 1024).
     *
     * @return the formatted size; negative counts read as {@code "0 B"}
     */
    public static String bytes(long count) {
        if (count < 1024) {
            return Math.max(0, count) + " B";
        }
        double value = count;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        // 1023.96 KB would print as "1024.0 KB": carry it to the next unit.
        if (Math.round(value * 10) >= 10240 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }

    /**
     * A duration as a clock: {@code "0:42"}, {@code "3:05"}, {@code "1:02:03"}; fractions of a second round up so
     * that a running estimate never reads zero.
     *
     * @return the formatted duration; negative durations read as {@code "0:00"}
     */
    public static String clock(Duration duration) {
        long millis = Math.max(0, duration.toMillis());
        long seconds = (millis + 999) / 1000;
        long hours = seconds / 3600;
        long minutes = seconds % 3600 / 60;
        long secs = seconds % 60;
        if (hours > 0) {
            return String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, secs);
        }
        return String.format(Locale.ROOT, "%d:%02d", minutes, secs);
    }

    /**
     * An item rate: {@code "250 items/s"}, {@code "12.5 items/s"}, {@code "0.25 items/s"}.
     *
     * @return the formatted rate, or {@code ""} when the rate is zero or not a number
     */
    public static String rate(double itemsPerSecond) {
        if (!(itemsPerSecond > 0) || Double.isInfinite(itemsPerSecond)) {
            return "";
        }
        String pattern = itemsPerSecond >= 100 ? "%.0f" : itemsPerSecond >= 1 ? "%.1f" : "%.2f";
        return String.format(Locale.ROOT, pattern, itemsPerSecond) + " items/s";
    }

    /**
     * A byte rate: {@code "4.2 MB/s"}.
     *
     * @return the formatted rate, or {@code ""} when nothing was measured
     */
    public static String byteRate(long bytes, Duration elapsed) {
        if (bytes <= 0 || elapsed.toMillis() <= 0) {
            return "";
        }
        long perSecond = Math.round(bytes * 1000.0 / elapsed.toMillis());
        return bytes(perSecond) + "/s";
    }

    /**
     * Items done, out of the total when it is known: {@code "12 / 300 items"}, {@code "1 item"}.
     *
     * @return the formatted count, or {@code ""} when nothing is known yet
     */
    public static String items(long done, long total) {
        if (total < 0) {
            return done <= 0 ? "" : done + (done == 1 ? " item" : " items");
        }
        return done + " / " + total + (total == 1 ? " item" : " items");
    }

    /**
     * Bytes done, out of the total when it is known: {@code "4.5 MB / 20.0 MB"}.
     *
     * @return the formatted sizes, or {@code ""} when the job does not measure bytes
     */
    public static String bytesProgress(long done, long total) {
        if (total < 0) {
            return done <= 0 ? "" : bytes(done);
        }
        return bytes(done) + " / " + bytes(total);
    }

    /**
     * The percentage shown on the progress bar.
     *
     * @return {@code 0..100}, or {@code -1} when the total is unknown (an indeterminate bar)
     */
    public static int percent(JobStatus status) {
        double fraction = status.fraction();
        if (fraction < 0) {
            return -1;
        }
        return (int) Math.floor(Math.min(1.0, fraction) * 100);
    }

    /**
     * The state beside the job name, kept short: {@code "Queued"}, {@code "Running · 45%"}, {@code "Done in 0:12"},
     * {@code "Failed"}, {@code "Cancelled after 0:03"}. Why a job failed is in {@link #details}.
     *
     * @param now the current time, for the running time of jobs without an end
     * @return the state in words
     */
    public static String state(JobStatus status, Instant now) {
        return switch (status.state()) {
            case QUEUED -> "Queued";
            case RUNNING -> {
                int percent = percent(status);
                yield percent < 0 ? "Running" : "Running" + SEPARATOR + percent + "%";
            }
            case SUCCEEDED -> "Done in " + clock(elapsed(status, now));
            case CANCELLED -> status.started() == null ? "Cancelled" : "Cancelled after " + clock(elapsed(status, now));
            case FAILED -> "Failed";
        };
    }

    /**
     * The details line under the bar: why the job failed, items, bytes, rates, remaining time and failed items, the
     * parts that are known, joined by a middle dot.
     *
     * @param now the current time, for the byte rate
     * @return the details, possibly {@code ""}
     */
    public static String details(JobStatus status, Instant now) {
        List<String> parts = new ArrayList<>();
        if (status.state() == JobState.FAILED && status.failure() != null && !status.failure().isBlank()) {
            parts.add(cut(firstLine(status.failure()), FAILURE_LIMIT));
        }
        add(parts, items(status.doneItems(), status.totalItems()));
        add(parts, bytesProgress(status.doneBytes(), status.totalBytes()));
        if (status.state() == JobState.RUNNING) {
            add(parts, rate(status.itemsPerSecond()));
            if (status.totalBytes() >= 0) {
                add(parts, byteRate(status.doneBytes(), elapsed(status, now)));
            }
            status.eta().ifPresent(eta -> parts.add(clock(eta) + " left"));
        }
        if (status.failedItems() > 0) {
            parts.add(status.failedItems() + (status.failedItems() == 1 ? " item failed" : " items failed"));
        }
        return String.join(SEPARATOR, parts);
    }

    /**
     * The item being worked on, for running jobs.
     *
     * @return the current item, or {@code ""}
     */
    public static String current(JobStatus status) {
        if (status.state() != JobState.RUNNING || status.current() == null) {
            return "";
        }
        return firstLine(status.current());
    }

    /** How long the job has run, or ran: from its start to its end, or to {@code now} while it runs. */
    public static Duration elapsed(JobStatus status, Instant now) {
        if (status.started() == null) {
            return Duration.ZERO;
        }
        Instant end = status.finished() != null ? status.finished() : now;
        Duration elapsed = Duration.between(status.started(), end);
        return elapsed.isNegative() ? Duration.ZERO : elapsed;
    }

    /**
     * The rows of the Progress view in order: running jobs first (oldest first), then queued jobs (in submission
     * order), then finished jobs (most recently finished first).
     *
     * @return a new list
     */
    public static List<JobStatus> order(List<JobStatus> jobs) {
        List<JobStatus> sorted = new ArrayList<>(jobs);
        sorted.sort(Comparator.comparingInt(JobFormat::rank)
                .thenComparing(JobFormat::finishedOrMin, Comparator.reverseOrder())
                .thenComparingLong(JobStatus::id));
        return sorted;
    }

    /** Whether any job is queued or running, so the view keeps refreshing. */
    public static boolean anyActive(List<JobStatus> jobs) {
        return jobs.stream().anyMatch(job -> !job.state().isFinal());
    }

    private static int rank(JobStatus status) {
        return switch (status.state()) {
            case RUNNING -> 0;
            case QUEUED -> 1;
            default -> 2;
        };
    }

    private static Instant finishedOrMin(JobStatus status) {
        return status.finished() == null ? Instant.MIN : status.finished();
    }

    private static void add(List<String> parts, String part) {
        if (!part.isEmpty()) {
            parts.add(part);
        }
    }

    static String cut(String text, int limit) {
        return text.length() <= limit ? text : text.substring(0, limit - 1).stripTrailing() + "\u2026";
    }

    static String firstLine(String text) {
        String trimmed = text.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline).strip() + " \u2026";
    }
}
