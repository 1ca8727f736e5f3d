package dev.ariadne.extract.nlp4j.internal;

import java.util.Collection;
import java.util.Iterator;

import edu.emory.mathcs.nlp.common.constant.StringConst;
import edu.emory.mathcs.nlp.component.template.node.NLPNode;

/**
 * NLP4J's token node, joining a token's ambiguity classes and word clusters for the feature templates with a plain
 * loop.
 *
 * <p>NLP4J joins them each time a template asks, through a stream with a collector: a sixth of all it allocates while
 * decoding, and in the product, where many other streams run through the same JDK code, none of that code is inlined.
 * The joined value is the same string.
 *
 * <p>Made by {@link Nlp4jEngine} for each token of a sentence, on the extracting thread; used by that thread only.
 */
final class TokenNode extends NLPNode {

    private static final long serialVersionUID = 1L;

    /** The root node of a sentence. */
    TokenNode() {
        toRoot();
    }

    /** The token {@code id} (from 1) of a sentence, with its word form. */
    TokenNode(int id, String form) {
        super(id, form);
    }

    @Override
    protected String getCollectionValue(Collection<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        Iterator<String> it = values.iterator();
        String first = it.next().toString();
        if (!it.hasNext()) {
            return first;
        }
        StringBuilder joined = new StringBuilder(first);
        while (it.hasNext()) {
            joined.append(StringConst.UNDERSCORE).append(it.next().toString());
        }
        return joined.toString();
    }
}
