package dev.ariadne.search.lucene.internal;

import java.time.Duration;

/**
 * The index settings in force, read from {@link SearchConfig} (and made directly by tests).
 *
 * @param ramBufferMB the indexing buffer of each case's writer before it writes a segment
 * @param maxIndexedChars the longest text indexed per document; the rest of a longer text is not searchable
 * @param textCacheChars the chars of document text each open case keeps for snippets
 * @param refreshInterval how often new documents become searchable while documents are being indexed
 * @param commitInterval the longest time indexed documents stay uncommitted while documents are being indexed
 */
record IndexSettings(double ramBufferMB, int maxIndexedChars, long textCacheChars, Duration refreshInterval,
        Duration commitInterval) {

    /** The defaults of {@link SearchConfig}. */
    static final IndexSettings DEFAULTS = new IndexSettings(64, 32 * 1024 * 1024, 4 * 1024 * 1024,
            Duration.ofMillis(500), Duration.ofSeconds(10));

    IndexSettings {
        ramBufferMB = Math.max(1, ramBufferMB);
        maxIndexedChars = Math.max(1, maxIndexedChars);
        textCacheChars = Math.max(0, textCacheChars);
        refreshInterval = refreshInterval.compareTo(Duration.ofMillis(10)) < 0 ? Duration.ofMillis(10)
                : refreshInterval;
        commitInterval = commitInterval.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : commitInterval;
    }

    /** The settings a configuration asks for. */
    static IndexSettings of(SearchConfig config) {
        return new IndexSettings(config.ramBufferMB(), config.maxIndexedChars(), config.textCacheChars(),
                Duration.ofMillis(config.refreshMillis()), Duration.ofSeconds(config.commitSeconds()));
    }
}
