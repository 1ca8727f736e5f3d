/**
 * The Entities and Entity (dossier) views of the workbench and the entity commands, written against the public APIs.
 */
package dev.ariadne.ui.entities.internal;
