package io.newsflow.schema;

import org.apache.avro.util.ClassSecurityValidator;

/**
 * Tells Avro that the generated classes of this package may be instantiated when decoding. Avro
 * 1.12 refuses to decode into classes outside its default trusted set, and the system property
 * that would allow them is read only once, so the serdes call this before decoding.
 */
public final class AvroTrust {
    private static final String PACKAGE_PREFIX = RawArticle.class.getPackageName() + ".";
    private static volatile boolean installed;

    private AvroTrust() {}

    /** Adds this package to Avro's trusted classes; safe to call any number of times. */
    public static void install() {
        if (installed) {
            return;
        }
        synchronized (AvroTrust.class) {
            if (!installed) {
                ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(
                        ClassSecurityValidator.getGlobal(),
                        type -> type.getName().startsWith(PACKAGE_PREFIX)));
                installed = true;
            }
        }
    }
}
