/**
 * Processing stages run on each document after import (index, extract, relate, and plugins' own analyses).
 */
@Export
@Version("1.0.0")
package dev.ariadne.api.pipeline;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
