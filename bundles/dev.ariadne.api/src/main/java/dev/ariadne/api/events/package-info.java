/**
 * EventAdmin topics and property names that Ariadne posts, for headless listeners (an {@code EventHandler} service
 * with {@code event.topics=ariadne/*}). Events are posted asynchronously; handlers run on EventAdmin's thread.
 */
@Export
@Version("1.0.0")
package dev.ariadne.api.events;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
