/**
 * Scoring of extracted mentions against hand-annotated gold mentions, for the {@code eval} verb: precision, recall
 * and F1 per entity type for exact and overlap matching, and B-cubed entity clustering over the matched mentions.
 * Plain Java with no OSGi or Ariadne service in sight, so unit tests feed it hand-made lists.
 *
 * <p>{@link dev.ariadne.cli.internal.eval.Scorer} matches and counts, {@link dev.ariadne.cli.internal.eval.GoldFiles}
 * reads an evaluation folder, {@link dev.ariadne.cli.internal.eval.Score} holds the numbers. Private to the
 * command-line bundle.
 */
package dev.ariadne.cli.internal.eval;
