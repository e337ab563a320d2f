package io.relais.timeline.boundary;

import jakarta.ejb.ApplicationException;

/** A merge or unmerge that cannot be done as asked, with the reason a supervisor can act on. */
@ApplicationException(rollback = true)
public class InvalidMergeException extends RuntimeException {

    public InvalidMergeException(String message) {
        super(message);
    }
}
