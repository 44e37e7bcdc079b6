package io.newsflow.runtime;

import java.util.Objects;

/**
 * Thrown by a processor when a record can never be processed, with a stable reason code. The
 * Streams exception handlers turn it into a dead letter and go on with the next record; this is
 * the only way a Newsflow processor rejects input.
 */
public class RejectedRecordException extends RuntimeException {
    private final String reason;
    private final String sourcePath;

    public RejectedRecordException(String reason, String message, String sourcePath) {
        super(message, null, false, false);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.sourcePath = sourcePath;
    }

    /** Stable, documented reason code such as {@code NOT_UTF8}. */
    public String reason() {
        return reason;
    }

    /** Where the rejected record came from, when known. */
    public String sourcePath() {
        return sourcePath;
    }
}
