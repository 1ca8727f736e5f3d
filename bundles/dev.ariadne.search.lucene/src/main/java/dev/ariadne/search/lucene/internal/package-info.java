/**
 * Full-text search of a case with Lucene; private to the bundle (not exported), as is Lucene itself, which is
 * embedded unchanged on the Bundle-ClassPath so that its ServiceLoader finds codecs and analysis factories.
 *
 * <h2>Components</h2>
 * <ul>
 * <li>{@link dev.ariadne.search.lucene.internal.CaseIndexes}: one {@link dev.ariadne.search.lucene.internal.CaseIndex}
 * (IndexWriter, near-real-time SearcherManager, text cache) per open case under {@code Case.area("index")}; the
 * maintenance thread refreshes and commits; closes an index when its case closes. Configured by PID
 * {@code dev.ariadne.search} ({@link dev.ariadne.search.lucene.internal.SearchConfig}).</li>
 * <li>{@link dev.ariadne.search.lucene.internal.IndexStage}: the {@code index} document stage (order 100).</li>
 * <li>{@link dev.ariadne.search.lucene.internal.LuceneSearchService}: the {@code SearchService}.</li>
 * <li>{@link dev.ariadne.search.lucene.internal.SearchSchema}: the tables of history and saved searches, area
 * {@code search}.</li>
 * </ul>
 *
 * <h2>Design</h2>
 * <p>The fields are listed in {@link dev.ariadne.search.lucene.internal.IndexFields}. Only the id and the title are
 * stored, so a page of hits decompresses small blocks; the body is indexed with offsets in the postings and never
 * stored. Snippets re-read the text of the page's hits only (from the case's cache of recent texts, else the
 * importer's {@code DocumentStore}) and take the highlight offsets from the postings with one weight for the whole
 * page. Commits are batched: periodically while documents arrive, when a job ends and when the case closes; commit
 * user data marks an index closed cleanly, and an index found unclean is checked against the document store.
 *
 * <p>The query language is described on {@link dev.ariadne.search.lucene.internal.CaseQueryParser}.
 */
package dev.ariadne.search.lucene.internal;
