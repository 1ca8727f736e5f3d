/**
 * Rules and gazetteer EntityExtractor: dates, times, durations and ranges normalised to ISO values, quantities with units, e-mail, URL, phone, and a gazetteer of places, organisations and demonyms.
 */
package dev.ariadne.extract.rules.internal;
