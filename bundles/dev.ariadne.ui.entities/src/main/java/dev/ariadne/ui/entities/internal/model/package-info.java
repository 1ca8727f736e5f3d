/**
 * The non-graphical logic of the entity views: the colour of each entity type, keyword-in-context lines and the
 * paging cache of the Entities table. Plain Java, unit-tested without a display.
 */
package dev.ariadne.ui.entities.internal.model;
