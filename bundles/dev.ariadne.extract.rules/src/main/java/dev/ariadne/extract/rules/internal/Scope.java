package dev.ariadne.extract.rules.internal;

import java.time.LocalDate;

/**
 * What the rule families know of the document besides the part of its text they scan: the whole text, the date
 * relative dates are resolved against, and whether ambiguous numeric dates read month first.
 *
 * <p>Made once per call of {@link RulesExtractor#extract} and passed to every rule family on that worker thread.
 *
 * @param text the whole document text
 * @param documentDate the date the document speaks from, or {@code null} when unknown
 * @param monthFirst whether "3/4/2026" means March 4 (the text writes "March 4, 2026" elsewhere) rather than 3 April
 */
record Scope(String text, LocalDate documentDate, boolean monthFirst) {
}
