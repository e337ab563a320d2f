package io.relais.timeline.boundary;

import jakarta.ejb.ApplicationException;

/** A merge or unmerge that cannot be done as asked, with the reason a supervisor can act on. */
@ApplicationException(rollback = true)
public class InvalidMergeException extends RefusedRequestException {

    /** @param key a key of {@code io/relais/timeline/refusals.properties}, said with these arguments */
    public InvalidMergeException(String key, Object... arguments) {
        super(key, arguments);
    }
}
