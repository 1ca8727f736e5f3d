package dev.ariadne.search.lucene.internal;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The one analyzer of the search bundle, used both to index and to parse queries, so the two always agree.
 *
 * <p>Text fields ({@code body}, {@code title}, {@code author}) are split by Unicode word boundaries, lower-cased and
 * folded to ASCII ({@code Müller} finds {@code muller}); no stemming and no stop words, since a case mixes languages
 * and analysts search for exact phrases. Keyword fields ({@link IndexFields#isKeyword}) are one lower-cased token.
 * Offsets of every token are UTF-16 offsets into the string given, which is what the highlighter reports.
 *
 * <p>Made once per component and shared; Lucene analyzers are thread-safe (components are reused per thread).
 */
final class SearchAnalyzer extends Analyzer {

    /** Positions between the values of a multi-valued text field, so a phrase never spans two authors. */
    static final int POSITION_GAP = 100;

    SearchAnalyzer() {
        super(PER_FIELD_REUSE_STRATEGY);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        if (IndexFields.isKeyword(fieldName)) {
            Tokenizer keyword = new KeywordTokenizer();
            return new TokenStreamComponents(keyword, new LowerCaseFilter(keyword));
        }
        Tokenizer words = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(words);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(words, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        TokenStream stream = new LowerCaseFilter(in);
        return IndexFields.isKeyword(fieldName) ? stream : new ASCIIFoldingFilter(stream);
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return POSITION_GAP;
    }
}
