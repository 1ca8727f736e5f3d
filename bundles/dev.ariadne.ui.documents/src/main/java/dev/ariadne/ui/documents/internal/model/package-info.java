/**
 * The widget-free logic of the documents views: {@link dev.ariadne.ui.documents.internal.model.RowCache} and
 * {@link dev.ariadne.ui.documents.internal.model.RowOrder} for the virtual Documents table,
 * {@link dev.ariadne.ui.documents.internal.model.HitPages}, {@link dev.ariadne.ui.documents.internal.model.SnippetRuns}
 * and {@link dev.ariadne.ui.documents.internal.model.FacetQuery} for the Search view,
 * {@link dev.ariadne.ui.documents.internal.model.QueryTerms} and
 * {@link dev.ariadne.ui.documents.internal.model.TextHighlights} for the Reader's highlights, and the small formatters
 * they share. Plain Java without SWT; each class says which threads may use it.
 */
package dev.ariadne.ui.documents.internal.model;
