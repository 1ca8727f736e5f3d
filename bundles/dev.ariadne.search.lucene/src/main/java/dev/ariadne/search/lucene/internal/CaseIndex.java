package dev.ariadne.search.lucene.internal;

import java.io.IOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.ariadne.api.documents.Document;
import dev.ariadne.api.documents.DocumentText;

/**
 * The Lucene index of one open case: one {@link IndexWriter}, a near-real-time {@link SearcherManager} on it, and the
 * {@link TextCache} of recent texts.
 *
 * <p>Made and owned by {@link CaseIndexes}. Thread-safe: index workers call {@link #index} concurrently, searches
 * call {@link #search} concurrently, the maintenance thread calls {@link #maintain}; {@link #close} waits for all of
 * them. Documents are replaced by id, so indexing one again is harmless.
 *
 * <p>New documents become searchable at the maintenance thread's next {@link #maintain} while someone searches the
 * index, and at the first search after it was left unsearched for {@link #SEARCH_IDLE_NANOS}: a refresh writes the
 * documents indexed so far as a new small segment, which later merges rewrite, so an import nobody searches meanwhile
 * is not cut into hundreds of them. A search therefore always sees what was indexed until a moment before it.
 *
 * <p>Commits carry user data: {@value #CLEAN} is {@code false} in every commit made while the index is open and
 * {@code true} only in the one made by a clean {@link #close}. An index found unclean was not closed properly (the
 * process was killed between commits), so documents the importer recorded as indexed may be missing from it:
 * {@link #openedClean()} tells the owner to check them. The first change commits the unclean mark before it is made,
 * so an index only searched is opened and closed without writing (and without waiting for the disk).
 */
final class CaseIndex {

    private static final Logger LOG = LoggerFactory.getLogger(CaseIndex.class);

    /** Commit user data: whether the index was closed cleanly after its last change. */
    static final String CLEAN = "ariadne.clean";
    /** Commit user data: the version of the field layout of {@link IndexFields}. */
    static final String FORMAT = "ariadne.index.format";
    /** The field layout version written now. */
    static final String FORMAT_VERSION = "1";

    /** How long after the last search the index counts as unsearched, and periodic refreshes stop. */
    static final long SEARCH_IDLE_NANOS = 30_000_000_000L;

    /** Runs against a searcher. */
    @FunctionalInterface
    interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private final String name;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final TextCache texts;
    private final boolean openedClean;
    private final boolean existed;
    private final Clock clock;
    private final ReentrantReadWriteLock lifecycle = new ReentrantReadWriteLock();
    private final AtomicLong changes = new AtomicLong();
    private volatile boolean closed;
    private volatile int maxIndexedChars;
    /** The change count the current searcher reflects; written by the refreshing thread. */
    private volatile long refreshedChanges;
    /** When {@link #search} was last called; starts idle. */
    private volatile long lastSearchNanos = System.nanoTime() - SEARCH_IDLE_NANOS - 1;
    /** The change count of the last commit. Guarded by {@link #commitLock}. */
    private long committedChanges;
    private long lastCommitNanos;
    private final Object commitLock = new Object();
    /** Whether a check of this index against the document store is under way or failed to finish. */
    private volatile boolean repairPending;
    /** Whether a check against the document store finished while this index was open. */
    private volatile boolean repaired;
    /** Whether the unclean mark was committed, before the first change. Guarded by {@link #commitLock}. */
    private boolean markedUnclean;

    private CaseIndex(String name, Directory directory, IndexWriter writer, boolean existed, boolean openedClean,
            IndexSettings settings, Clock clock) throws IOException {
        this.name = name;
        this.directory = directory;
        this.writer = writer;
        this.existed = existed;
        this.openedClean = openedClean;
        this.clock = clock;
        this.maxIndexedChars = settings.maxIndexedChars();
        this.texts = new TextCache(settings.textCacheChars());
        this.searchers = new SearcherManager(writer, true, false, null);
        this.lastCommitNanos = System.nanoTime();
    }

    /**
     * Opens (or creates) the index in {@code directory}, without writing anything yet.
     *
     * @param name the case, for messages
     * @param directory the index folder; closed by {@link #close}, or here when opening fails
     */
    static CaseIndex open(String name, Directory directory, Analyzer analyzer, IndexSettings settings, Clock clock)
            throws IOException {
        boolean done = false;
        IndexWriter writer = null;
        try {
            boolean existed = DirectoryReader.indexExists(directory);
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(settings.ramBufferMB())
                    .setCommitOnClose(false);
            writer = new IndexWriter(directory, config);
            Map<String, String> last = new HashMap<>();
            Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
            if (data != null) {
                data.forEach(entry -> last.put(entry.getKey(), entry.getValue()));
            }
            boolean clean = existed && "true".equals(last.get(CLEAN));
            CaseIndex index = new CaseIndex(name, directory, writer, existed, clean, settings, clock);
            done = true;
            LOG.debug("Opened the index of {} ({} documents, {})", name, writer.getDocStats().numDocs,
                    existed ? (clean ? "closed cleanly before" : "not closed cleanly before") : "new");
            return index;
        } finally {
            if (!done) {
                closeAfterFailure(writer, directory);
            }
        }
    }

    private static void closeAfterFailure(IndexWriter writer, Directory directory) {
        try {
            if (writer != null) {
                writer.rollback();
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not roll back an index writer that failed to open", e);
        }
        try {
            directory.close();
        } catch (IOException e) {
            LOG.warn("Could not close the index folder after a failure", e);
        }
    }

    /** The case this index belongs to, for messages. */
    String name() {
        return name;
    }

    /** Whether an index existed on disk when this one was opened. */
    boolean existed() {
        return existed;
    }

    /** Whether the index on disk had been closed cleanly when it was opened. */
    boolean openedClean() {
        return openedClean;
    }

    /** The recent texts of this case, for snippets. */
    TextCache texts() {
        return texts;
    }

    /** Applies settings that can change while the index is open. */
    void apply(IndexSettings settings) {
        maxIndexedChars = settings.maxIndexedChars();
        texts.budget(settings.textCacheChars());
        if (!closed) {
            writer.getConfig().setRAMBufferSizeMB(settings.ramBufferMB());
        }
    }

    /** Marks that this index is being checked against the document store; a clean close waits for the end of it. */
    void repairPending(boolean pending) {
        repairPending = pending;
        if (!pending) {
            repaired = true;
        }
    }

    /** Whether this index can still be used: not closed, and its writer did not fail. */
    boolean usable() {
        return !closed && writer.isOpen() && writer.getTragicException() == null;
    }

    /**
     * Adds or replaces a document. Its date is the one it declares, else the one it was indexed with before, else
     * now (the import time).
     *
     * @param text its text, or {@code null} to index the metadata only
     * @throws AlreadyClosedException when the index was closed
     */
    void index(Document document, DocumentText text) throws IOException {
        lifecycle.readLock().lock();
        try {
            ensureOpen();
            String body = text == null ? "" : prefix(text.text(), maxIndexedChars);
            if (text != null && body.length() < text.text().length()) {
                LOG.warn("Document {} of {} has {} chars of text; only the first {} are searchable", document.id(),
                        name, text.text().length(), body.length());
            }
            long date = IndexFields.declaredDate(document.metadata()).map(java.time.Instant::toEpochMilli)
                    .orElseGet(() -> indexedDate(document.id()).orElseGet(clock::millis));
            markUnclean();
            writer.updateDocument(new Term(IndexFields.ID, document.id()),
                    IndexFields.toLucene(document, body, date));
            texts.put(document.id(), body);
            changes.incrementAndGet();
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    /** Commits the unclean mark once, before the first change, so a process killed from then on leaves it. */
    private void markUnclean() throws IOException {
        synchronized (commitLock) {
            if (!markedUnclean) {
                writer.setLiveCommitData(Map.of(CLEAN, "false", FORMAT, FORMAT_VERSION).entrySet(), true);
                writer.commit();
                markedUnclean = true;
                lastCommitNanos = System.nanoTime();
            }
        }
    }

    /** The date of an indexed document without a declared date, so that indexing it again keeps its date. */
    private OptionalLong indexedDate(String documentId) {
        try {
            return read(searcher -> {
                TopDocs top = searcher.search(new TermQuery(new Term(IndexFields.ID, documentId)), 1);
                if (top.scoreDocs.length == 0) {
                    return OptionalLong.empty();
                }
                int doc = top.scoreDocs[0].doc;
                List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                NumericDocValues dates = leaf.reader().getNumericDocValues(IndexFields.DATE);
                return dates != null && dates.advanceExact(doc - leaf.docBase) ? OptionalLong.of(dates.longValue())
                        : OptionalLong.empty();
            });
        } catch (IOException e) {
            LOG.warn("Cannot read the indexed date of {} in {}; using the import time", documentId, name, e);
            return OptionalLong.empty();
        }
    }

    /** The text indexed for a document: all of it, or its first {@code max} chars without splitting a pair. */
    static String prefix(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }

    /**
     * Runs a search: {@code work} on the near-real-time searcher, refreshed first when the index was unsearched for
     * a while and documents were indexed since the last refresh. {@code work} must not keep the searcher.
     *
     * @throws AlreadyClosedException when the index was closed
     */
    <T> T search(SearcherWork<T> work) throws IOException {
        long now = System.nanoTime();
        boolean wasIdle = now - lastSearchNanos > SEARCH_IDLE_NANOS;
        lastSearchNanos = now;
        if (wasIdle && changes.get() != refreshedChanges) {
            refresh();
        }
        return read(work);
    }

    /** Runs {@code work} on the searcher as of the last refresh, for the index's own look-ups (not a search). */
    private <T> T read(SearcherWork<T> work) throws IOException {
        lifecycle.readLock().lock();
        try {
            ensureOpen();
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    /** Whether a document is in the index, as of the last refresh. */
    boolean contains(String documentId) throws IOException {
        return read(searcher -> searcher.count(new TermQuery(new Term(IndexFields.ID, documentId))) > 0);
    }

    /** Makes every document indexed so far searchable now, waiting for a refresh under way. */
    void refresh() throws IOException {
        lifecycle.readLock().lock();
        try {
            ensureOpen();
            long seen = changes.get();
            searchers.maybeRefreshBlocking();
            refreshedChanges = seen;
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    /**
     * Called periodically by the maintenance thread: makes new documents searchable while the index is searched, and
     * commits when documents have waited {@code commitIntervalNanos} uncommitted.
     */
    void maintain(long commitIntervalNanos) throws IOException {
        if (closed) {
            return;
        }
        if (changes.get() != refreshedChanges && System.nanoTime() - lastSearchNanos <= SEARCH_IDLE_NANOS) {
            refresh();
        }
        boolean due;
        synchronized (commitLock) {
            due = changes.get() != committedChanges && System.nanoTime() - lastCommitNanos >= commitIntervalNanos;
        }
        if (due) {
            commit();
        }
    }

    /** Whether documents were indexed since the last commit. */
    boolean uncommitted() {
        synchronized (commitLock) {
            return changes.get() != committedChanges;
        }
    }

    /** Commits the documents indexed so far (still marked unclean), when there are any. */
    void commit() throws IOException {
        lifecycle.readLock().lock();
        try {
            ensureOpen();
            synchronized (commitLock) {
                long seen = changes.get();
                if (seen == committedChanges) {
                    return;
                }
                long started = System.nanoTime();
                writer.commit();
                committedChanges = seen;
                lastCommitNanos = System.nanoTime();
                LOG.debug("Committed the index of {} in {} ms", name, (lastCommitNanos - started) / 1_000_000);
            }
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    /** The number of documents in the index, as of the last refresh. */
    int count() throws IOException {
        return read(searcher -> searcher.getIndexReader().numDocs());
    }

    /** How many changes were made; for tests and logs. */
    long changes() {
        return changes.get();
    }

    /**
     * Commits, marking the index clean unless a repair is pending, and closes it; waits for running searches and
     * indexing. Nothing is written when nothing changed (and no repair finished). A writer that failed is rolled back
     * instead. Later calls do nothing.
     */
    void close() {
        lifecycle.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            closeSearchers();
            if (writer.isOpen() && writer.getTragicException() == null) {
                try {
                    boolean changed;
                    synchronized (commitLock) {
                        changed = markedUnclean || changes.get() > 0;
                    }
                    if (changed || !openedClean && repaired) {
                        writer.setLiveCommitData(Map.of(CLEAN, Boolean.toString(!repairPending), FORMAT,
                                FORMAT_VERSION).entrySet(), true);
                        writer.commit();
                    }
                    writer.close();
                    LOG.debug("Closed the index of {}{}", name, repairPending ? " (repair still pending)" : "");
                } catch (IOException | RuntimeException e) {
                    LOG.error("Could not commit the index of {} on close; it will be checked when opened again",
                            name, e);
                    rollback();
                }
            } else {
                LOG.warn("The index writer of {} had failed; rolling back to its last commit", name,
                        writer.getTragicException());
                rollback();
            }
            closeDirectory();
            texts.clear();
        } finally {
            lifecycle.writeLock().unlock();
        }
    }

    /** Closes without committing, dropping what was indexed since the last commit, as a killed process would. */
    void rollbackAndClose() {
        lifecycle.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            closeSearchers();
            rollback();
            closeDirectory();
            texts.clear();
        } finally {
            lifecycle.writeLock().unlock();
        }
    }

    private void closeSearchers() {
        try {
            searchers.close();
        } catch (IOException e) {
            LOG.warn("Could not close the searchers of {}", name, e);
        }
    }

    private void rollback() {
        try {
            writer.rollback();
        } catch (IOException | RuntimeException e) {
            LOG.error("Could not roll back the index writer of {}", name, e);
        }
    }

    private void closeDirectory() {
        try {
            directory.close();
        } catch (IOException e) {
            LOG.warn("Could not close the index folder of {}", name, e);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new AlreadyClosedException("The index of " + name + " is closed");
        }
    }

    @Override
    public String toString() {
        return "CaseIndex[" + name + (closed ? ", closed" : "") + "]";
    }
}
