package dev.ariadne.search.lucene.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

import dev.ariadne.api.search.SearchResult.FacetValue;

/**
 * Counts, over every document a query matches, the values of facet fields indexed as sorted-set doc values
 * ({@link IndexFields#FACETS}). Per segment it counts ordinals in an array and turns them into values once at the
 * end, so the cost is one array increment per matching document and field.
 *
 * <p>Made per search; its collectors are used by one searching thread each, as Lucene's {@link CollectorManager}
 * contract says. The result lists, per field, the {@code maxValues} largest counts, ties by value.
 */
final class FacetCounts implements CollectorManager<FacetCounts.FacetCollector, Map<String, List<FacetValue>>> {

    private final List<String> fields;
    private final int maxValues;

    /** Counts {@code fields}, keeping {@code maxValues} values for each. */
    FacetCounts(List<String> fields, int maxValues) {
        this.fields = List.copyOf(fields);
        this.maxValues = Math.max(1, maxValues);
    }

    @Override
    public FacetCollector newCollector() {
        return new FacetCollector();
    }

    @Override
    public Map<String, List<FacetValue>> reduce(Collection<FacetCollector> collectors) throws IOException {
        List<Map<String, Long>> totals = new ArrayList<>();
        for (int f = 0; f < fields.size(); f++) {
            totals.add(new HashMap<>());
        }
        for (FacetCollector collector : collectors) {
            for (SegmentCounts segment : collector.segments) {
                segment.addTo(totals);
            }
        }
        Map<String, List<FacetValue>> result = new LinkedHashMap<>();
        Comparator<FacetValue> order = Comparator.comparingLong(FacetValue::count).reversed()
                .thenComparing(FacetValue::value);
        for (int f = 0; f < fields.size(); f++) {
            result.put(fields.get(f), totals.get(f).entrySet().stream()
                    .map(entry -> new FacetValue(entry.getKey(), entry.getValue()))
                    .sorted(order)
                    .limit(maxValues)
                    .toList());
        }
        return result;
    }

    /** The counts of one segment: per field its doc values and a count per ordinal. */
    private static final class SegmentCounts {
        final SortedSetDocValues[] values;
        final int[][] counts;

        SegmentCounts(SortedSetDocValues[] values) {
            this.values = values;
            this.counts = new int[values.length][];
            for (int f = 0; f < values.length; f++) {
                counts[f] = new int[Math.toIntExact(values[f].getValueCount())];
            }
        }

        void count(int doc) throws IOException {
            for (int f = 0; f < values.length; f++) {
                SortedSetDocValues fieldValues = values[f];
                if (counts[f].length > 0 && fieldValues.advanceExact(doc)) {
                    int[] fieldCounts = counts[f];
                    for (int i = fieldValues.docValueCount(); i > 0; i--) {
                        fieldCounts[(int) fieldValues.nextOrd()]++;
                    }
                }
            }
        }

        void addTo(List<Map<String, Long>> totals) throws IOException {
            for (int f = 0; f < values.length; f++) {
                int[] fieldCounts = counts[f];
                for (int ord = 0; ord < fieldCounts.length; ord++) {
                    if (fieldCounts[ord] > 0) {
                        totals.get(f).merge(values[f].lookupOrd(ord).utf8ToString(), (long) fieldCounts[ord],
                                Long::sum);
                    }
                }
            }
        }
    }

    /** Collects the matching documents of the segments one searching thread visits. */
    final class FacetCollector implements Collector {
        final List<SegmentCounts> segments = new ArrayList<>();

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            SortedSetDocValues[] values = new SortedSetDocValues[fields.size()];
            for (int f = 0; f < values.length; f++) {
                values[f] = DocValues.getSortedSet(context.reader(), fields.get(f));
            }
            SegmentCounts segment = new SegmentCounts(values);
            segments.add(segment);
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                    // counts need no scores
                }

                @Override
                public void collect(int doc) throws IOException {
                    segment.count(doc);
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
