package dev.ariadne.search.lucene.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

import dev.ariadne.api.search.SearchResult.Snippet;

/**
 * Snippets of the body for a page of hits, with highlight ranges as offsets, from Lucene's unified highlighter.
 *
 * <p>The body is not stored in the index, so the texts are handed in (read from the case's text cache or the
 * document store by the caller) and must be exactly the indexed text: offsets come from the postings, where they
 * were recorded at indexing time, for every kind of query (see {@link #getOptimizedOffsetSource}). Passages are
 * sentences or lines ({@link PassageBreaks}), grown or cut to about {@code snippetChars}.
 *
 * <p>Made per search on the searching thread and used once; not thread-safe.
 */
final class SnippetHighlighter extends UnifiedHighlighter {

    private final Map<Integer, String> texts;

    /**
     * A highlighter for the documents of {@code texts}.
     *
     * @param texts the body text by Lucene document number
     * @param snippetChars about how long a passage is
     */
    SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer, Map<Integer, String> texts, int snippetChars) {
        super(builder(searcher, analyzer)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(new PassageBreaks(),
                        snippetChars, 0.3f))
                .withFormatter(new SnippetFormatter(snippetChars))
                .withScorer(new LeanScorer())
                .withMaxLength(Integer.MAX_VALUE - 1)
                .withMaxNoHighlightPassages(1)
                .withFieldMatcher(IndexFields.BODY::equals));
        this.texts = texts;
    }

    /**
     * The snippets of each document.
     *
     * @param docIds Lucene document numbers, in any order
     * @return the snippets of each, parallel to {@code docIds}; an empty list when it has no text
     */
    List<List<Snippet>> snippets(Query query, int[] docIds, int maxPassages) throws IOException {
        Object[] formatted = highlightFieldsAsObjects(new String[] {IndexFields.BODY}, bodyQuery(query), docIds,
                new int[] {maxPassages}).get(IndexFields.BODY);
        List<List<Snippet>> result = new ArrayList<>(docIds.length);
        for (int i = 0; i < docIds.length; i++) {
            Object snippets = formatted == null ? null : formatted[i];
            result.add(snippets instanceof SnippetList list ? list.snippets() : List.of());
        }
        return result;
    }

    /**
     * The parts of a (rewritten) query that can match the body, as optional clauses: what the highlighter needs. The
     * highlighter builds the weight of its query again for every hit; without the title, author and metadata clauses
     * (and the structure that only decides whether a document matches, which every hit already does) that costs a
     * third. Clauses that exclude documents are left out: they match no highlighted text.
     */
    static Query bodyQuery(Query query) {
        List<Query> parts = new ArrayList<>();
        collectBodyParts(query, parts);
        if (parts.isEmpty()) {
            return new MatchNoDocsQuery("no clause on the body");
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        if (parts.size() > IndexSearcher.getMaxClauseCount()) {
            return query;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        parts.forEach(part -> any.add(part, BooleanClause.Occur.SHOULD));
        return any.build();
    }

    private static void collectBodyParts(Query query, List<Query> parts) {
        if (query instanceof BoostQuery boost) {
            collectBodyParts(boost.getQuery(), parts);
        } else if (query instanceof BooleanQuery bool) {
            for (BooleanClause clause : bool.clauses()) {
                if (clause.getOccur() != BooleanClause.Occur.MUST_NOT) {
                    collectBodyParts(clause.getQuery(), parts);
                }
            }
        } else if (query instanceof DisjunctionMaxQuery max) {
            max.getDisjuncts().forEach(disjunct -> collectBodyParts(disjunct, parts));
        } else {
            Set<String> fields = new HashSet<>();
            query.visit(new QueryVisitor() {
                @Override
                public boolean acceptField(String field) {
                    fields.add(field);
                    return false;
                }
            });
            if (fields.contains(IndexFields.BODY)) {
                parts.add(query);
            }
        }
    }

    /**
     * The field's information from the first segment that has it, instead of Lucene's merge of every segment's field
     * infos, which it makes again for each highlighter (so each search): the body has the same options in every
     * segment.
     */
    @Override
    protected FieldInfo getFieldInfo(String field) {
        IndexSearcher searcher = getIndexSearcher();
        if (searcher == null) {
            return null;
        }
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            FieldInfo info = leaf.reader().getFieldInfos().fieldInfo(field);
            if (info != null) {
                return info;
            }
        }
        return null;
    }

    /**
     * Keeps offsets from the postings for wildcard, fuzzy and other multi-term queries too. Lucene would analyze each
     * hit's whole text again for those; with weight matches (on by default) the postings answer them for the hit's
     * document alone, which costs the same whatever the length of the text.
     */
    @Override
    protected OffsetSource getOptimizedOffsetSource(UHComponents components) {
        OffsetSource source = super.getOptimizedOffsetSource(components);
        if (source == OffsetSource.ANALYSIS && getOffsetSource(components.getField()) == OffsetSource.POSTINGS
                && components.getHighlightFlags().contains(HighlightFlag.WEIGHT_MATCHES)) {
            return OffsetSource.POSTINGS;
        }
        return source;
    }

    /** Matches every hit with one weight made for the whole page instead of one made again for each hit. */
    @Override
    protected FieldOffsetStrategy getOffsetStrategy(OffsetSource offsetSource, UHComponents components) {
        if (offsetSource == OffsetSource.POSTINGS
                && components.getHighlightFlags().contains(HighlightFlag.WEIGHT_MATCHES)) {
            return new SharedWeightOffsets(components, getIndexSearcher());
        }
        return super.getOffsetStrategy(offsetSource, components);
    }

    /**
     * Offsets from the postings through {@link Weight#matches}, like Lucene's own postings strategy with weight
     * matches, but with one weight created on the page's searcher and reused for each hit. Lucene's strategy creates a
     * searcher, rewrites the query and builds its weight (seeking every term) for each hit, which for a fuzzy term
     * expanded to fifty terms cost more than the search itself.
     */
    static final class SharedWeightOffsets extends FieldOffsetStrategy {

        private final IndexSearcher searcher;
        private Weight weight;

        SharedWeightOffsets(UHComponents components, IndexSearcher searcher) {
            super(components);
            this.searcher = searcher;
        }

        @Override
        public OffsetSource getOffsetSource() {
            return OffsetSource.POSTINGS;
        }

        @Override
        public OffsetsEnum getOffsetsEnum(LeafReader reader, int docId, String content) throws IOException {
            LeafReaderContext context = null;
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                if (leaf.reader() == reader) {
                    context = leaf;
                    break;
                }
            }
            if (context == null) {
                return createOffsetsEnumFromReader(reader, docId);
            }
            if (weight == null) {
                weight = searcher.createWeight(searcher.rewrite(components.getQuery()), ScoreMode.COMPLETE_NO_SCORES,
                        1f);
            }
            Matches matches = weight.matches(context, docId);
            if (matches == null) {
                return OffsetsEnum.EMPTY;
            }
            List<OffsetsEnum> enums = new ArrayList<>();
            for (String field : matches) {
                if (components.getFieldMatcher().test(field)) {
                    MatchesIterator iterator = matches.getMatches(field);
                    if (iterator != null) {
                        enums.add(new OffsetsEnum.OfMatchesIteratorWithSubs(iterator));
                    }
                }
            }
            return switch (enums.size()) {
                case 0 -> OffsetsEnum.EMPTY;
                case 1 -> enums.get(0);
                default -> new OffsetsEnum.MultiOffsetsEnum(enums);
            };
        }
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
            int cacheCharsThreshold) throws IOException {
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
            CharSequence[] byField = new CharSequence[fields.length];
            for (int f = 0; f < fields.length; f++) {
                byField[f] = IndexFields.BODY.equals(fields[f]) ? texts.get(doc) : null;
            }
            values.add(byField);
        }
        return values;
    }

    /**
     * Scores passages like Lucene's BM25-style {@link PassageScorer} (rarer terms and earlier passages first) without
     * the hash table that one makes for every candidate passage: on a long text with a frequent term that allocation
     * dominated the cost of a page of snippets. A term repeated within a passage counts a third for each repetition.
     */
    static final class LeanScorer extends PassageScorer {

        @Override
        public float score(Passage passage, int contentLength) {
            int matches = passage.getNumMatches();
            BytesRef[] terms = passage.getMatchTerms();
            int[] frequencies = passage.getMatchTermFreqsInDoc();
            float score = 0;
            for (int i = 0; i < matches; i++) {
                boolean repeated = false;
                for (int j = 0; j < i && !repeated; j++) {
                    repeated = terms[i] != null && terms[i].equals(terms[j]);
                }
                float weight = weight(contentLength, Math.max(1, frequencies[i]));
                score += repeated ? weight / 3 : weight;
            }
            return score * norm(passage.getStartOffset());
        }
    }

    /** What the formatter returns for one document. */
    record SnippetList(List<Snippet> snippets) {
    }

    /**
     * Turns passages into {@link Snippet}s: the exact text of each passage (cut around its matches when longer than
     * the goal, without splitting surrogate pairs, trimmed of surrounding white space) and its match ranges relative to
     * the passage, sorted and merged where they overlap.
     */
    static final class SnippetFormatter extends PassageFormatter {

        private final int maxChars;

        SnippetFormatter(int snippetChars) {
            this.maxChars = Math.max(40, snippetChars + snippetChars / 2);
        }

        @Override
        public Object format(Passage[] passages, String content) {
            List<Snippet> snippets = new ArrayList<>(passages.length);
            for (Passage passage : passages) {
                Snippet snippet = snippet(passage, content);
                if (snippet != null) {
                    snippets.add(snippet);
                }
            }
            return new SnippetList(List.copyOf(snippets));
        }

        Snippet snippet(Passage passage, String content) {
            int start = Math.max(0, passage.getStartOffset());
            int end = Math.min(content.length(), passage.getEndOffset());
            int matches = passage.getNumMatches();
            int[][] ranges = new int[matches][];
            for (int i = 0; i < matches; i++) {
                ranges[i] = new int[] {passage.getMatchStarts()[i], passage.getMatchEnds()[i]};
            }
            Arrays.sort(ranges, (a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
            if (end - start > maxChars) {
                int first = matches > 0 ? Math.max(start, ranges[0][0]) : start;
                int firstEnd = matches > 0 ? Math.min(end, ranges[0][1]) : start;
                int windowStart = Math.max(start, first - maxChars / 4);
                int windowEnd = Math.min(end, Math.max(windowStart + maxChars, firstEnd));
                windowStart = wordStart(content, windowStart, first);
                windowEnd = wordEnd(content, windowEnd, firstEnd);
                start = windowStart;
                end = windowEnd;
            }
            while (start < end && Character.isWhitespace(content.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(content.charAt(end - 1))) {
                end--;
            }
            if (start < end && Character.isLowSurrogate(content.charAt(start))) {
                start++;
            }
            if (end > start && Character.isHighSurrogate(content.charAt(end - 1))) {
                end--;
            }
            if (start >= end) {
                return null;
            }
            return new Snippet(start, content.substring(start, end), highlights(ranges, start, end));
        }

        /** Moves a cut start forward to the next word, unless that passes {@code limit} or goes far. */
        private static int wordStart(String content, int from, int limit) {
            if (from == 0 || Character.isWhitespace(content.charAt(from - 1))) {
                return from;
            }
            for (int i = from; i < limit && i < from + 30; i++) {
                if (Character.isWhitespace(content.charAt(i))) {
                    return i + 1;
                }
            }
            return from;
        }

        /** Moves a cut end back to the end of a word, unless that passes {@code limit} or goes far. */
        private static int wordEnd(String content, int to, int limit) {
            if (to >= content.length() || Character.isWhitespace(content.charAt(to))) {
                return to;
            }
            for (int i = to; i > limit && i > to - 30; i--) {
                if (Character.isWhitespace(content.charAt(i - 1))) {
                    return i - 1;
                }
            }
            return to;
        }

        /** Flattened {@code [start, end)} pairs relative to {@code start}, clipped to the passage and merged. */
        private static int[] highlights(int[][] ranges, int start, int end) {
            int[] flat = new int[ranges.length * 2];
            int size = 0;
            for (int[] range : ranges) {
                int from = Math.max(range[0], start) - start;
                int to = Math.min(range[1], end) - start;
                if (from >= to) {
                    continue;
                }
                if (size > 0 && from <= flat[size - 1]) {
                    flat[size - 1] = Math.max(flat[size - 1], to);
                } else {
                    flat[size++] = from;
                    flat[size++] = to;
                }
            }
            return Arrays.copyOf(flat, size);
        }
    }
}
