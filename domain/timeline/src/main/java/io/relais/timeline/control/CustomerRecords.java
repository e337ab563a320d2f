package io.relais.timeline.control;

import io.relais.timeline.entity.Customer;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.UUID;

/** Loads a customer that may still be changed: known, not erased, not merged into another. */
@Dependent
public class CustomerRecords {

    @PersistenceContext(unitName = "timeline")
    EntityManager em;

    public Customer changeable(UUID customerId, LockModeType lock) {
        Customer customer = existing(customerId, lock);
        if (customer.getMergedInto() != null) {
            throw TimelineRefusals.conflict("CUSTOMER_MERGED_INTO", customerId, customer.getMergedInto());
        }
        return customer;
    }

    /** Known and not erased; may be merged into another. */
    public Customer existing(UUID customerId, LockModeType lock) {
        Customer customer = em.find(Customer.class, customerId, lock);
        if (customer == null) {
            throw TimelineRefusals.notFound("NO_CUSTOMER", customerId);
        }
        if (customer.isErased()) {
            throw TimelineRefusals.gone("CUSTOMER_ERASED", customerId);
        }
        return customer;
    }
}
