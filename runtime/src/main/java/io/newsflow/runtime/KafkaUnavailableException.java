package io.newsflow.runtime;

/** The cluster could not be reached or refused an administrative request; the message says which. */
public class KafkaUnavailableException extends RuntimeException {
    public KafkaUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * What went wrong, for a message: the error's own words, and its root cause's when they add
     * something. Kafka's "SSL handshake failed" says nothing of why; the root cause ("unable to find
     * valid certification path", "Connection refused") tells the user what to fix.
     */
    public static String reason(Throwable error) {
        Throwable root = error;
        for (int depth = 0; depth < 20 && root.getCause() != null && root.getCause() != root; depth++) {
            root = root.getCause(); // bounded: a cycle of causes must not hang the error report
        }
        String own = error.getMessage() != null ? error.getMessage() : error.getClass().getSimpleName();
        if (root == error || root.getMessage() == null || own.contains(root.getMessage())) {
            return own;
        }
        return own + " (" + root.getMessage() + ")";
    }
}
