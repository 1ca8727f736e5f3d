/**
 * Full-text search over the documents of a case: a query language with fields, phrases, proximity, wildcards, fuzzy
 * terms and date ranges; highlighted snippets; facets; saved searches and history.
 */
@Export
@Version("1.0.0")
package dev.ariadne.api.search;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
