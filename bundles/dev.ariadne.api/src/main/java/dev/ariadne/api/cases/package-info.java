/**
 * Cases: the folder in which an analyst keeps one investigation.
 *
 * <p>A case folder holds {@code case.json} (identity and schema version), {@code store/} (the case database),
 * {@code index/}, {@code blobs/} and {@code reports/}. {@link dev.ariadne.api.cases.CaseService} creates, opens and
 * closes cases; an open {@link dev.ariadne.api.cases.Case} is locked against other processes until it is closed.
 * Bundles that keep their own tables in the case database contribute a {@link dev.ariadne.api.cases.CaseSchema};
 * plugins that only need to keep a few values use {@link dev.ariadne.api.cases.CaseRecords}.
 */
@Export
@Version("1.0.0")
package dev.ariadne.api.cases;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
