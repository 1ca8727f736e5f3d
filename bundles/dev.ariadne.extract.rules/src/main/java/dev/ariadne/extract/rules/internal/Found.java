package dev.ariadne.extract.rules.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

import dev.ariadne.api.entities.EntityType;
import dev.ariadne.api.entities.Mention;

/**
 * The candidate spans one call of {@link RulesExtractor#extract} collects from its rule families, and the choice
 * among overlapping ones.
 *
 * <p>Made per call on the calling worker thread and never shared, so it needs no locking. Rules {@link #add} spans
 * in any order; {@link #resolve} keeps, among overlapping candidates, the one of higher priority, then the longer,
 * then the earlier, and returns them as mentions in text order.
 */
final class Found {

    /** Priority of e-mail addresses and URLs, which hide everything inside them. */
    static final int CONTACT = 5;
    /** Priority of phone numbers. */
    static final int PHONE = 4;
    /** Priority of dates, times, durations and quantities. */
    static final int MEASURE = 3;
    /** Priority of gazetteer entries. */
    static final int GAZETTEER = 2;
    /** Priority of organisation names found by pattern. */
    static final int PATTERN = 1;

    /** One candidate span. */
    record Candidate(int start, int end, EntityType type, double confidence, String normalized, int priority) {
    }

    private final List<Candidate> candidates = new ArrayList<>();

    /** Adds a candidate, trimmed of surrounding white space; empty spans are ignored. */
    void add(CharSequence text, int start, int end, EntityType type, double confidence, String normalized,
            int priority) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            candidates.add(new Candidate(start, end, type, confidence, normalized, priority));
        }
    }

    /** The candidates added so far, in the order added (for rules that look at what others found). */
    List<Candidate> candidates() {
        return candidates;
    }

    /** Chooses among overlapping candidates and returns mentions in text order. */
    List<Mention> resolve(String text, String documentId, String source) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(Candidate::priority).reversed()
                .thenComparing(Comparator.comparingInt((Candidate c) -> c.end() - c.start()).reversed())
                .thenComparingInt(Candidate::start));
        BitSet taken = new BitSet();
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : sorted) {
            int next = taken.nextSetBit(c.start());
            if (next >= 0 && next < c.end()) {
                continue;
            }
            taken.set(c.start(), c.end());
            kept.add(c);
        }
        kept.sort(Comparator.comparingInt(Candidate::start));
        List<Mention> mentions = new ArrayList<>(kept.size());
        for (Candidate c : kept) {
            mentions.add(new Mention(documentId, c.start(), c.end(), text.substring(c.start(), c.end()), c.type(),
                    c.confidence(), c.normalized(), source));
        }
        return mentions;
    }
}
