package io.relais.timeline.boundary;

import io.relais.timeline.control.CustomerHistory;
import io.relais.timeline.control.CustomerRecords;
import io.relais.timeline.control.CustomerSearch;
import io.relais.timeline.entity.Customer;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.UUID;

/**
 * Finding customers and reading what is known of them: the customer 360 and its timeline. Reads
 * run in a transaction: without one, Liberty logs a failed connection reassociation each time
 * Hibernate closes its session after the call.
 */
@Stateless
public class CustomerDirectory {

    public static final int MAX_PAGE_SIZE = 200;

    @PersistenceContext(unitName = "timeline")
    EntityManager em;

    @Inject
    CustomerSearch customerSearch;

    @Inject
    CustomerHistory customerHistory;

    @Inject
    CustomerMerges customerMerges;

    @Inject
    CustomerRecords customerRecords;

    public List<CustomerMatch> search(String typed, int limit) {
        return customerSearch.find(typed, Math.max(1, Math.min(limit, MAX_PAGE_SIZE)));
    }

    /** @throws UnknownRecordException when there is no such customer */
    public CustomerSummary summary(UUID customerId) {
        Customer customer = customerRecords.existing(customerId, LockModeType.NONE);
        var segments = new CustomerSummary.Segments(customer.getCustomerType(), customer.getAgeBand(),
                customer.getValueTier(), customer.getRegion());
        return new CustomerSummary(customer.getId(), customer.getDisplayName(), customer.getPreferredLanguage(),
                segments, customerHistory.consents(customerId), customerHistory.identities(customerId),
                customerHistory.openConversations(customerId), customerHistory.openPromises(customerId),
                customerHistory.lastContactPerChannel(customerId), customerMerges.history(customerId), customer.getMergedInto());
    }

    /**
     * A customer's interactions on every channel, newest first.
     *
     * @param after null for the newest page, else the {@code next} of the previous page
     * @throws UnknownRecordException when there is no such customer
     */
    public TimelinePage timeline(UUID customerId, TimelineFilter filter, PageCursor after, int limit) {
        customerRecords.existing(customerId, LockModeType.NONE);
        int size = Math.max(1, Math.min(limit, MAX_PAGE_SIZE));
        List<TimelineEntry> entries = customerHistory.page(customerId, filter, after, size + 1);
        if (entries.size() > size) {
            TimelineEntry last = entries.get(size - 1);
            return new TimelinePage(List.copyOf(entries.subList(0, size)), new PageCursor(last.occurredAt(), last.interactionId()));
        }
        return new TimelinePage(entries, null);
    }
}
