/**
 * The Documents, Search and Reader views and the Import Files and Import Folder commands (not exported).
 *
 * <p>{@link dev.ariadne.ui.documents.internal.DocumentServices} is the bundle's hub: it tracks the optional
 * {@code DocumentStore}, {@code ImportService} and {@code SearchService}, hears document and import events, and
 * keeps what the views share (the last query of each case, the document last asked for in the Reader). The views
 * ({@link dev.ariadne.ui.documents.internal.DocumentsView}, {@link dev.ariadne.ui.documents.internal.SearchView},
 * {@link dev.ariadne.ui.documents.internal.ReaderView}) are prototype-scope {@code WorkbenchView} services that run
 * on the UI thread and hand every read of the case to a {@code JobService} job. They meet only through the hub and
 * the workbench selection: a view never calls another.
 *
 * <p>The logic that needs no widgets (row paging, sorting and filtering, facet clauses, query terms and highlight
 * ranges, snippet runs) lives in {@link dev.ariadne.ui.documents.internal.model} and is tested without a display.
 */
package dev.ariadne.ui.documents.internal;
