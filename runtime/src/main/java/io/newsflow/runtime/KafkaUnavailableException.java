package io.newsflow.runtime;

/** The cluster could not be reached or refused an administrative request; the message says which. */
public class KafkaUnavailableException extends RuntimeException {
    public KafkaUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
