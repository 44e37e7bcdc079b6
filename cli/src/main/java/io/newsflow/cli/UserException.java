package io.newsflow.cli;

/** An error the user can fix; printed as one line without a stack trace. */
final class UserException extends RuntimeException {
    UserException(String message) {
        super(message);
    }
}
