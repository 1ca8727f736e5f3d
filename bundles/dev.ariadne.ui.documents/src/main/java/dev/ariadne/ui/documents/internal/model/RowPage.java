package dev.ariadne.ui.documents.internal.model;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import dev.ariadne.api.documents.Document;
import dev.ariadne.api.documents.DocumentMetadata;

/**
 * One page of the Documents table's rows: the columns of {@code size} consecutive documents in import order,
 * starting at {@code offset}, kept as arrays (no object per row). Immutable once made; made on a worker thread and
 * read from any thread.
 */
final class RowPage {

    /** The date of a document that declares none. */
    static final long NO_DATE = Long.MIN_VALUE;

    final int offset;
    final int size;
    final String[] ids;
    final String[] titles;
    final String[] types;
    final long[] dates;
    final String[] languages;
    final int[] pageCounts;
    final long[] sizes;
    final int[] sourceCounts;
    final String[] firstSources;
    /** Every source path, one per line (the same string as the first source when there is one). */
    final String[] sourceText;
    final boolean[] children;

    /**
     * Takes the columns of {@code documents}.
     *
     * @param intern shares equal short strings (type names, languages) between rows
     */
    RowPage(int offset, List<Document> documents, UnaryOperator<String> intern) {
        this.offset = offset;
        this.size = documents.size();
        ids = new String[size];
        titles = new String[size];
        types = new String[size];
        dates = new long[size];
        languages = new String[size];
        pageCounts = new int[size];
        sizes = new long[size];
        sourceCounts = new int[size];
        firstSources = new String[size];
        sourceText = new String[size];
        children = new boolean[size];
        for (int i = 0; i < size; i++) {
            Document document = documents.get(i);
            DocumentMetadata metadata = document.metadata();
            ids[i] = document.id();
            titles[i] = metadata.title() == null ? "" : metadata.title();
            types[i] = intern.apply(TypeNames.shortName(metadata.mediaType()));
            dates[i] = date(metadata);
            languages[i] = intern.apply(metadata.language() == null ? "und" : metadata.language());
            pageCounts[i] = metadata.pages();
            sizes[i] = metadata.sizeBytes();
            List<String> sources = document.sources();
            sourceCounts[i] = sources.size();
            firstSources[i] = sources.isEmpty() ? "" : sources.get(0);
            sourceText[i] = sources.size() <= 1 ? firstSources[i] : String.join("\n", sources);
            children[i] = document.parentId().isPresent();
        }
    }

    private RowPage(RowPage from, int keep) {
        offset = from.offset;
        size = keep;
        ids = Arrays.copyOf(from.ids, keep);
        titles = Arrays.copyOf(from.titles, keep);
        types = Arrays.copyOf(from.types, keep);
        dates = Arrays.copyOf(from.dates, keep);
        languages = Arrays.copyOf(from.languages, keep);
        pageCounts = Arrays.copyOf(from.pageCounts, keep);
        sizes = Arrays.copyOf(from.sizes, keep);
        sourceCounts = Arrays.copyOf(from.sourceCounts, keep);
        firstSources = Arrays.copyOf(from.firstSources, keep);
        sourceText = Arrays.copyOf(from.sourceText, keep);
        children = Arrays.copyOf(from.children, keep);
    }

    /** The first {@code keep} rows of this page. */
    RowPage head(int keep) {
        return new RowPage(this, keep);
    }

    /** The date a document declares: when it was created, else when it was modified, else {@link #NO_DATE}. */
    static long date(DocumentMetadata metadata) {
        Optional<Instant> when = metadata.created().or(metadata::modified);
        return when.map(Instant::toEpochMilli).orElse(NO_DATE);
    }
}
