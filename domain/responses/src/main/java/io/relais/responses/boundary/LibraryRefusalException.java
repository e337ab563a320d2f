package io.relais.responses.boundary;

import jakarta.ejb.ApplicationException;

import java.util.List;

/**
 * A library change refused as a whole (nothing saved): the findings say why, in the author's
 * language. Bad input, or a state that does not allow the step (then {@code conflict}).
 */
@ApplicationException(rollback = true)
public class LibraryRefusalException extends RuntimeException {

    private final transient List<LibraryRecords.FindingView> findings;
    private final boolean conflict;

    public LibraryRefusalException(String message, List<LibraryRecords.FindingView> findings, boolean conflict) {
        super(message);
        this.findings = List.copyOf(findings);
        this.conflict = conflict;
    }

    public static LibraryRefusalException badRequest(String message) {
        return new LibraryRefusalException(message, List.of(), false);
    }

    public static LibraryRefusalException conflict(String message) {
        return new LibraryRefusalException(message, List.of(), true);
    }

    public List<LibraryRecords.FindingView> findings() {
        return findings;
    }

    public boolean isConflict() {
        return conflict;
    }
}
