/**
 * Entity extraction and the entities of a case; nothing here is exported.
 *
 * <p><b>Services.</b> {@link dev.ariadne.extract.internal.ExtractionEngine} (configuration PID
 * {@code dev.ariadne.extract}: {@code timeBudgetSeconds}, {@code chunkChars}) tracks the {@code EntityExtractor} and
 * {@code LanguageAnalyzer} whiteboards and registers the {@code entities} {@code DocumentStage} (order 200) whose
 * version is derived from the set of extractors and their versions, so the importer re-runs only this stage when an
 * extractor changes. {@link dev.ariadne.extract.internal.ExtractionServiceImpl} re-runs extraction over a case as a
 * job. {@link dev.ariadne.extract.internal.EntityServiceImpl} reads entities and mentions and applies corrections.
 * {@link dev.ariadne.extract.internal.EntityStore} owns the SQL of the area {@code entities}, whose tables
 * {@link dev.ariadne.extract.internal.EntitiesSchema} declares.
 *
 * <p><b>One document.</b> Its date is the creation date of its metadata, else a {@code Date: YYYY-MM-DD} line near
 * its top. Texts longer than the chunk size go to the extractors in pieces cut at sentence ends; each piece has its
 * own context (sentences from the analyzer for the document's language, else the built-in
 * {@link dev.ariadne.extract.internal.SentenceSplitter}, computed once when an extractor first asks). Every
 * extractor runs on an extraction thread while the worker waits with the time left of the budget; when it runs out
 * the extractor is interrupted, what the finished calls found is kept, and the document is recorded as partial with
 * the number of chars covered ({@code entity_documents}). Then {@link dev.ariadne.extract.internal.MentionMerger}
 * brings every span to the house conventions and resolves overlaps (ranking, then confidence, then length),
 * {@link dev.ariadne.extract.internal.NamePropagation} adds the repeats of found names,
 * {@link dev.ariadne.extract.internal.EntityResolver} gives each mention its canonical name, and the store writes
 * them with the corrections in force applied, in one transaction under the case's write lock, and posts
 * {@code ENTITY_CHANGED}.
 *
 * <p><b>Corrections.</b> Every mention keeps its raw resolution (type and canonical name before corrections); its
 * current entity is {@link dev.ariadne.extract.internal.LedgerFold#fold} of the raw state and the ledger in force.
 * Applying, undoing or redoing a correction therefore recomputes, in one transaction, only the mentions whose raw
 * names it can reach, and a document imported later is stored already corrected: a deleted name stays hidden, a
 * renamed or merged one lands on its new entity, a hand-added mention hides the extracted ones it overlaps and
 * survives re-extraction. Entity ids are a hash of type and canonical name ({@link
 * dev.ariadne.extract.internal.EntityIds}), stable across cases and restarts.
 *
 * <p><b>Decisions worth knowing.</b>
 * <ul>
 * <li>The ranking of the extractors decides overlaps before confidence, as the extractor API says; a gazetteer
 * ranked above a statistical tagger therefore wins "Washington" inside "Washington Post".</li>
 * <li>Entity counts of a new document are added in place; a document extracted again, and every correction,
 * recount the entities they touch from their mentions.</li>
 * <li>DATE and QUANTITY entities are named by their text (the normalised value stays on the mention), as the
 * evaluation set names them.</li>
 * </ul>
 */
package dev.ariadne.extract.internal;
