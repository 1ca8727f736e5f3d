package dev.ariadne.cli.internal.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import dev.ariadne.api.entities.EntityType;

/**
 * Scores predicted mentions against gold mentions.
 *
 * <p><b>Exact matching</b>: a predicted span is right when a gold span has the same start, end and type; each gold and
 * each predicted span is matched at most once. <b>Overlap matching</b>: a predicted span is right when it shares at
 * least one character with a gold span of the same type; first every exact pair is matched, then the remaining spans
 * of each type are matched one to one so that as many as possible are matched (maximum bipartite matching, trying the
 * largest overlaps first). Unmatched predictions are false positives, unmatched gold spans false negatives. Only the
 * {@link #TYPES} are scored; predictions of other types (e-mail, URL, phone, misc) are ignored. Totals are micro
 * averages: the counts of the five types added up. Precision, recall and F1 follow {@link Counts}; clustering follows
 * {@link Score.Clustering}.
 *
 * <p>Pure functions, callable from any thread.
 */
public final class Scorer {

    /** The types annotated in gold and scored, in the order they are reported. */
    public static final List<EntityType> TYPES = List.of(EntityType.PERSON, EntityType.ORGANIZATION,
            EntityType.LOCATION, EntityType.DATE, EntityType.QUANTITY);

    private static final Comparator<Span> BY_POSITION = Comparator.comparingInt(Span::start)
            .thenComparingInt(Span::end).thenComparing(Span::type);

    private Scorer() {
    }

    /** The harmonic mean of {@code precision} and {@code recall}, or 0 when both are 0. */
    static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** Scores every document and adds the counts up. */
    public static Score score(List<EvalDocument> documents) {
        Map<EntityType, Counts> exact = new EnumMap<>(EntityType.class);
        Map<EntityType, Counts> overlap = new EnumMap<>(EntityType.class);
        for (EntityType type : TYPES) {
            exact.put(type, Counts.ZERO);
            overlap.put(type, Counts.ZERO);
        }
        List<Score.Pair> matched = new ArrayList<>();
        List<Score.DocumentResult> results = new ArrayList<>();
        for (EvalDocument document : documents) {
            List<Span> missed = new ArrayList<>();
            List<Span> spurious = new ArrayList<>();
            List<Score.Pair> boundary = new ArrayList<>();
            for (EntityType type : TYPES) {
                List<Span> gold = ofType(document.gold(), type);
                List<Span> predicted = ofType(document.predicted(), type);
                int[] goldToPredicted = exactMatches(gold, predicted);
                int exactHits = (int) Arrays.stream(goldToPredicted).filter(p -> p >= 0).count();
                exact.merge(type, new Counts(exactHits, predicted.size() - exactHits, gold.size() - exactHits),
                        Counts::plus);
                extendByOverlap(gold, predicted, goldToPredicted);
                boolean[] predictedMatched = new boolean[predicted.size()];
                int overlapHits = 0;
                for (int g = 0; g < gold.size(); g++) {
                    int p = goldToPredicted[g];
                    if (p < 0) {
                        missed.add(gold.get(g));
                        continue;
                    }
                    overlapHits++;
                    predictedMatched[p] = true;
                    Score.Pair pair = new Score.Pair(gold.get(g), predicted.get(p));
                    matched.add(pair);
                    if (!gold.get(g).sameAs(predicted.get(p))) {
                        boundary.add(pair);
                    }
                }
                for (int p = 0; p < predicted.size(); p++) {
                    if (!predictedMatched[p]) {
                        spurious.add(predicted.get(p));
                    }
                }
                overlap.merge(type, new Counts(overlapHits, predicted.size() - overlapHits, gold.size() - overlapHits),
                        Counts::plus);
            }
            missed.sort(BY_POSITION);
            spurious.sort(BY_POSITION);
            boundary.sort(Comparator.comparing(Score.Pair::gold, BY_POSITION));
            results.add(new Score.DocumentResult(document.name(), document.documentId(), missed, spurious, boundary));
        }
        Map<EntityType, Score.Clustering> byType = new EnumMap<>(EntityType.class);
        for (EntityType type : TYPES) {
            byType.put(type, clustering(matched.stream().filter(pair -> pair.gold().type() == type).toList()));
        }
        return new Score(exact, overlap, total(exact), total(overlap), clustering(matched), byType, results);
    }

    /**
     * B-cubed clustering of matched pairs (see {@link Score.Clustering}): gold clusters are keyed by type and gold
     * entity name, predicted clusters by type and predicted entity name (the span's text when a name is missing).
     */
    public static Score.Clustering clustering(List<Score.Pair> pairs) {
        if (pairs.isEmpty()) {
            return new Score.Clustering(0, 1, 1, 1, 1);
        }
        Map<String, Integer> goldSizes = new HashMap<>();
        Map<String, Integer> predictedSizes = new HashMap<>();
        Map<List<String>, Integer> cells = new HashMap<>();
        int sameName = 0;
        for (Score.Pair pair : pairs) {
            String gold = key(pair.gold());
            String predicted = key(pair.predicted());
            goldSizes.merge(gold, 1, Integer::sum);
            predictedSizes.merge(predicted, 1, Integer::sum);
            cells.merge(List.of(gold, predicted), 1, Integer::sum);
            if (name(pair.gold()).equalsIgnoreCase(name(pair.predicted()))) {
                sameName++;
            }
        }
        // Every mention of a cell (g, p) shares n(g, p) mentions with its own two clusters: summing n(g, p) times
        // n(g, p) / |p| over the cells is summing the per-mention precision over the mentions.
        double precision = 0;
        double recall = 0;
        for (Map.Entry<List<String>, Integer> cell : cells.entrySet()) {
            double n = cell.getValue();
            precision += n * n / predictedSizes.get(cell.getKey().get(1));
            recall += n * n / goldSizes.get(cell.getKey().get(0));
        }
        precision /= pairs.size();
        recall /= pairs.size();
        return new Score.Clustering(pairs.size(), precision, recall, f1(precision, recall),
                (double) sameName / pairs.size());
    }

    private static String key(Span span) {
        return span.type() + "\u0000" + name(span).toLowerCase(Locale.ROOT);
    }

    private static String name(Span span) {
        return Objects.requireNonNullElse(span.entity(), span.text() == null ? "" : span.text());
    }

    private static Counts total(Map<EntityType, Counts> counts) {
        return counts.values().stream().reduce(Counts.ZERO, Counts::plus);
    }

    private static List<Span> ofType(List<Span> spans, EntityType type) {
        return spans.stream().filter(span -> span.type() == type).sorted(BY_POSITION).toList();
    }

    /** For each gold span, the index of the predicted span with the same start and end, or -1; one to one. */
    private static int[] exactMatches(List<Span> gold, List<Span> predicted) {
        Map<Long, List<Integer>> byBounds = new HashMap<>();
        for (int p = 0; p < predicted.size(); p++) {
            byBounds.computeIfAbsent(bounds(predicted.get(p)), k -> new ArrayList<>()).add(p);
        }
        int[] match = new int[gold.size()];
        for (int g = 0; g < gold.size(); g++) {
            List<Integer> same = byBounds.get(bounds(gold.get(g)));
            match[g] = same == null || same.isEmpty() ? -1 : same.remove(0);
        }
        return match;
    }

    private static long bounds(Span span) {
        return (long) span.start() << 32 | span.end();
    }

    /**
     * Adds overlap matches to {@code goldToPredicted} (exact matches stay as they are) along augmenting paths, so the
     * number of matched pairs is the largest possible. Spans are sorted by start, so the overlapping candidates of a
     * gold span are found from a sliding window.
     */
    private static void extendByOverlap(List<Span> gold, List<Span> predicted, int[] goldToPredicted) {
        int[] predictedToGold = new int[predicted.size()];
        Arrays.fill(predictedToGold, -1);
        boolean[] fixed = new boolean[predicted.size()];
        for (int g = 0; g < gold.size(); g++) {
            if (goldToPredicted[g] >= 0) {
                predictedToGold[goldToPredicted[g]] = g;
                fixed[goldToPredicted[g]] = true;
            }
        }
        List<List<Integer>> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            List<Integer> overlapping = new ArrayList<>();
            Span span = gold.get(g);
            if (goldToPredicted[g] < 0) {
                for (int p = 0; p < predicted.size() && predicted.get(p).start() < Math.max(span.end(),
                        span.start() + 1); p++) {
                    if (!fixed[p] && span.overlaps(predicted.get(p))) {
                        overlapping.add(p);
                    }
                }
                overlapping.sort(Comparator.comparingInt((Integer p) -> -span.overlap(predicted.get(p)))
                        .thenComparingInt(p -> Math.abs(predicted.get(p).start() - span.start())));
            }
            candidates.add(overlapping);
        }
        for (int g = 0; g < gold.size(); g++) {
            if (goldToPredicted[g] < 0 && !candidates.get(g).isEmpty()) {
                augment(g, candidates, goldToPredicted, predictedToGold, new boolean[predicted.size()]);
            }
        }
    }

    private static boolean augment(int g, List<List<Integer>> candidates, int[] goldToPredicted,
            int[] predictedToGold, boolean[] visited) {
        for (int p : candidates.get(g)) {
            if (visited[p]) {
                continue;
            }
            visited[p] = true;
            if (predictedToGold[p] < 0
                    || augment(predictedToGold[p], candidates, goldToPredicted, predictedToGold, visited)) {
                predictedToGold[p] = g;
                goldToPredicted[g] = p;
                return true;
            }
        }
        return false;
    }
}
