package dev.ariadne.cli.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The verbs known right now, by their words. Fed by {@link CommandLineMain}'s whiteboard reference (DS threads) and
 * read by {@link Dispatcher} (the launcher's main thread); thread-safe, every read works on a snapshot.
 *
 * <p>When two services claim the same words, the one with the higher service ranking wins, then the older one.
 */
final class VerbRegistry {

    /** Gets and releases the verb object of one registration. */
    interface Handle {
        /** The verb, activating its component if needed; {@code null} when it is gone or failed to activate. */
        Verb get();

        /** Releases what {@link #get()} returned. */
        void release();
    }

    /**
     * One registered verb.
     *
     * @param verb its words, e.g. {@code "case info"}
     * @param synopsis the usage line after {@code ariadne}
     * @param summary one line about it
     * @param ranking the service ranking, higher wins
     * @param serviceId the service id, lower wins between equal rankings
     * @param handle how to get the verb object
     */
    record Entry(String verb, String synopsis, String summary, int ranking, long serviceId, Handle handle) {

        /** The first word of {@link #verb()}. */
        String group() {
            int space = verb.indexOf(' ');
            return space < 0 ? verb : verb.substring(0, space);
        }
    }

    /**
     * A verb found on a command line.
     *
     * @param entry the verb
     * @param rest the words after the verb's own
     */
    record Match(Entry entry, List<String> rest) {
    }

    private static final Comparator<Entry> PREFERENCE = Comparator.comparingInt(Entry::ranking).reversed()
            .thenComparingLong(Entry::serviceId);

    private final List<Entry> entries = new CopyOnWriteArrayList<>();

    void add(Entry entry) {
        entries.add(entry);
    }

    /** Removes the entry of {@code serviceId}; does nothing when there is none. */
    void remove(long serviceId) {
        entries.removeIf(e -> e.serviceId() == serviceId);
    }

    /** One entry per verb (the preferred one), sorted by words. */
    List<Entry> all() {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(Entry::verb).thenComparing(PREFERENCE));
        List<Entry> unique = new ArrayList<>();
        for (Entry e : sorted) {
            if (unique.isEmpty() || !unique.get(unique.size() - 1).verb().equals(e.verb())) {
                unique.add(e);
            }
        }
        return unique;
    }

    /** The preferred entry registered under exactly these words. */
    Optional<Entry> find(String verb) {
        return entries.stream().filter(e -> e.verb().equals(verb)).sorted(PREFERENCE).findFirst();
    }

    /** The verbs whose first word is {@code group}, sorted; a verb of one word is its own group. */
    List<Entry> group(String group) {
        return all().stream().filter(e -> e.group().equals(group)).toList();
    }

    /**
     * The verb a command line names: its first two words when a verb has them, else its first word.
     *
     * @param words the command line from the verb on
     */
    Optional<Match> match(List<String> words) {
        if (words.isEmpty()) {
            return Optional.empty();
        }
        if (words.size() >= 2) {
            Optional<Entry> two = find(words.get(0) + " " + words.get(1));
            if (two.isPresent()) {
                return Optional.of(new Match(two.get(), words.subList(2, words.size())));
            }
        }
        return find(words.get(0)).map(e -> new Match(e, words.subList(1, words.size())));
    }
}
