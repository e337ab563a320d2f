package io.relais.timeline.boundary;

import io.relais.timeline.entity.MergeReason;

import java.util.List;
import java.util.UUID;

/**
 * Two customers who may be one person, with a confidence between 0 and 1 and the evidence.
 * Both are listed by id and name; which one survives a merge is the supervisor's choice.
 */
public record MergeSuggestion(UUID customerId, String customerName, UUID otherCustomerId, String otherCustomerName,
                              double confidence, List<Evidence> evidence) {

    /** One reason, with what shows it ("+33612345678", "C-100042"). */
    public record Evidence(MergeReason reason, String detail) {
    }
}
