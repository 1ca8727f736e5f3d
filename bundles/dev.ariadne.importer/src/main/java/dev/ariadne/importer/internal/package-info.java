/**
 * The importer's implementation; nothing here is exported.
 *
 * <p><b>Services.</b> {@link dev.ariadne.importer.internal.ImportServiceImpl} (configuration PID
 * {@code dev.ariadne.importer}) turns each import into an {@link dev.ariadne.importer.internal.ImportRun} job;
 * {@link dev.ariadne.importer.internal.store.DocumentStoreImpl} reads what it stored;
 * {@link dev.ariadne.importer.internal.store.DocumentsSchema} owns the tables of area {@code documents}. The built-in
 * formats of {@code .formats} are ordinary {@code DocumentImporter} services at ranking {@code -10}, so a plugin of
 * the same type at its default ranking replaces them.
 *
 * <p><b>One file.</b> Empty files fail ("empty file"). A file the registry of imported files knows with the same
 * size and modification time is skipped as unchanged. Otherwise its bytes are copied into the content-addressed blob
 * store ({@code blobs/ab/cd/<sha256>}, written to a temporary file in the same folder and moved into place) while
 * they are hashed; the hash is the document id, and bytes already stored add a source to their document (a
 * duplicate). The media type comes from Tika's detector (content first, the name as a hint), and the importer from
 * the whiteboard by type, walking up the type hierarchy. Parsing runs on a parse thread within the per-file time
 * limit. Text, metadata, source, registry entry and stage {@code imported} are committed in one transaction, then
 * {@code DOCUMENT_ADDED} is posted and every {@code DocumentStage} runs, each recorded with its version (the stage
 * marks are written in batches of up to 64 or every 250 ms, and at the end of the job: a killed import loses at most
 * those, and the next import runs those stages again).
 *
 * <p><b>Decisions worth knowing.</b>
 * <ul>
 * <li>Text longer than {@code maxTextChars} (32 Mi characters by default) is cut there. The document is imported
 * with the first part of its text, and the cut is reported in the job's item errors and in
 * {@code ImportSummary.failed} as "text truncated at 32 MB (N characters kept; the document is imported)", so the
 * analyst sees it; the full original stays in the blob store. The failure list therefore holds problems, not only
 * files that are missing.</li>
 * <li>A stage that throws is reported the same way ("stage 'index' failed: …") and stays pending, so the next import
 * of the case, or {@code importPaths(case, List.of(), options)}, runs it again.</li>
 * <li>PDF is read with PDFBox directly, not through Tika, so it runs at PDFBox's own speed and page starts come from
 * the text stripper's page callbacks. The other office formats go through Tika's parsers, embedded privately.</li>
 * <li>Archives and mailboxes are expanded to temporary files before their members are imported, counting every
 * byte: a zip bomb (ratio over {@code ImportOptions.maxExpansionRatio}, above a 1 MB floor), an archive that expands
 * past {@code maxExpandedMegabytes} or has more than {@code maxArchiveMembers} members is refused as a whole with the
 * reason. Members and attachments are child documents (source {@code archive!/member}); nesting deeper than
 * {@code ImportOptions.maxArchiveDepth} is reported and not expanded.</li>
 * <li>The language is guessed from function words for ten common languages when they leave no doubt, else by the
 * optimaize n-gram detector on the first thousand characters; {@code und} when neither can tell.</li>
 * </ul>
 */
package dev.ariadne.importer.internal;
