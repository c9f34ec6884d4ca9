package org.dyad.store;

/**
 * A store operation that failed, with a message a user can act on: which file, what went wrong, and what
 * became of the data ("the batch was rolled back; nothing already stored was lost").
 */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
