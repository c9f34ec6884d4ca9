package org.dyad.ingest;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An iterator over what a reader yields one at a time: {@link #read} gives the next element, or null to
 * read on (a record that gives no element), and calls {@link #end} when the source is exhausted.
 */
public abstract class ReadAhead<T> implements Iterator<T> {

    private T next;
    private boolean ended;

    /** The next element, or null: to read on, or after {@link #end} was called. */
    protected abstract T read();

    /** No more elements after those already read. */
    protected final void end() {
        ended = true;
    }

    @Override
    public final boolean hasNext() {
        while (next == null && !ended) {
            next = read();
        }
        return next != null;
    }

    @Override
    public final T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T t = next;
        next = null;
        return t;
    }
}
