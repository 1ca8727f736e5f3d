package dev.ariadne.extract.nlp4j.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectStreamClass;

/**
 * Reads NLP4J's serialized models resolving every class through this bundle's class loader, which holds NLP4J and
 * the libraries it uses privately: the default {@link ObjectInputStream} would look in the caller's "latest user
 * defined loader", which in OSGi may be a loader that cannot see them.
 *
 * <p>Used by {@link Nlp4jEngine} on its loading threads, one stream per model.
 */
final class BundleObjectInputStream extends ObjectInputStream {

    private final ClassLoader loader;

    BundleObjectInputStream(InputStream in, ClassLoader loader) throws IOException {
        super(in);
        this.loader = loader;
    }

    @Override
    protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
        try {
            return Class.forName(desc.getName(), false, loader);
        } catch (ClassNotFoundException e) {
            return super.resolveClass(desc);
        }
    }
}
