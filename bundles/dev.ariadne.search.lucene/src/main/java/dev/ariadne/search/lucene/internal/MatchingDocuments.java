package dev.ariadne.search.lucene.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Collects the index-wide doc ids of the documents a query matches, up to a limit, in index order; for the
 * {@code entity} facet, whose counts come from the entity service by document id.
 *
 * <p>Made per search by {@link LuceneSearchService}; each collector is used by one searching thread, as Lucene's
 * {@link CollectorManager} contract says. {@link #reduce} returns the sorted doc ids, at most {@code limit}.
 */
final class MatchingDocuments implements CollectorManager<MatchingDocuments.Docs, int[]> {

    private final int limit;

    /** Keeps at most {@code limit} documents. */
    MatchingDocuments(int limit) {
        this.limit = Math.max(0, limit);
    }

    @Override
    public Docs newCollector() {
        return new Docs();
    }

    @Override
    public int[] reduce(Collection<Docs> collectors) {
        int total = 0;
        for (Docs docs : collectors) {
            total += docs.size;
        }
        int[] all = new int[total];
        int at = 0;
        for (Docs docs : collectors) {
            System.arraycopy(docs.docs, 0, all, at, docs.size);
            at += docs.size;
        }
        Arrays.sort(all);
        return all.length <= limit ? all : Arrays.copyOf(all, limit);
    }

    /** The documents one searching thread matched. */
    final class Docs implements Collector {
        int[] docs = new int[64];
        int size;

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) {
            int base = context.docBase;
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                    // ids need no scores
                }

                @Override
                public void collect(int doc) {
                    if (size >= limit) {
                        return;
                    }
                    if (size == docs.length) {
                        docs = Arrays.copyOf(docs, Math.min(limit, docs.length * 2));
                    }
                    docs[size++] = base + doc;
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
