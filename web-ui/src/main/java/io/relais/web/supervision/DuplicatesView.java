package io.relais.web.supervision;

import io.relais.timeline.boundary.CustomerMerges;
import io.relais.timeline.boundary.MergeSuggestion;
import io.relais.web.i18n.Messages;
import io.relais.web.security.CurrentStaff;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.UUID;

/** The supervisor's list of customers who may be one person, most likely first. */
@Named
@RequestScoped
public class DuplicatesView {

    static final int SHOWN = 100;

    @Inject
    CustomerMerges customerMerges;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    Messages messages;

    private List<MergeSuggestion> suggestions;

    public List<MergeSuggestion> getSuggestions() {
        if (suggestions == null) {
            suggestions = customerMerges.suggestions(SHOWN);
        }
        return suggestions;
    }

    public void dismiss(UUID customerId, UUID otherCustomerId) {
        customerMerges.dismiss(customerId, otherCustomerId, currentStaff.getUsername());
        suggestions = null;
        messages.info("duplicates.dismissed");
    }

    public long percent(double confidence) {
        return Math.round(confidence * 100);
    }
}
