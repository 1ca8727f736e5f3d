/**
 * The ExtractionService and extraction stage, the merging of mentions, the EntityResolver and the EntityService with its correction ledger, stored in the case database.
 */
package dev.ariadne.extract.internal;
