/**
 * Reports whose every claim cites its source: sections contributed by services, rendered by exporters (PDF, HTML).
 */
@Export
@Version("1.0.0")
package dev.ariadne.api.reports;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
