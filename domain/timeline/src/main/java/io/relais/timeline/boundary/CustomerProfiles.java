package io.relais.timeline.boundary;

import io.relais.shared.Channel;
import io.relais.shared.Refusal;
import io.relais.timeline.control.CustomerRecords;
import io.relais.timeline.control.IdentityNormaliser;
import io.relais.timeline.control.TimelineRefusals;
import io.relais.timeline.entity.Customer;
import io.relais.timeline.entity.CustomerConsent;
import io.relais.timeline.entity.CustomerIdentity;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Customers as the timeline knows them: registered with their identities (normalised), an
 * identity added, the segment and the consents per channel changed (each change of consent kept).
 */
@Stateless
public class CustomerProfiles {

    static final int MAX_REGION_LENGTH = 64;
    static final String DEFAULT_LANGUAGE = "fr";
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    @PersistenceContext(unitName = "timeline")
    EntityManager em;

    @Inject
    CustomerRecords customerRecords;

    public UUID registerCustomer(String displayName, String preferredLanguage, List<NewIdentity> identities) {
        var customer = new Customer(displayName, preferredLanguage, Instant.now());
        em.persist(customer);
        for (NewIdentity identity : identities) {
            IdentityNormaliser.normalise(identity.kind(), identity.value());
            em.persist(identityOf(customer.getId(), identity));
        }
        return customer.getId();
    }

    /**
     * Adds a way of recognising a known customer (a new number he gave on the phone).
     *
     * @throws Refusal invalid, when the value cannot be an identity of that kind
     * @throws Refusal conflict (with the holder's id), when another customer already has it: a case for a merge
     */
    public void addIdentity(UUID customerId, NewIdentity identity) {
        customerRecords.changeable(customerId, LockModeType.NONE);
        String value = IdentityNormaliser.normalise(identity.kind(), identity.value());
        Optional<CustomerIdentity> holder = identity(identity.kind(), value);
        if (holder.isPresent()) {
            if (holder.get().getCustomerId().equals(customerId)) {
                return;
            }
            throw TimelineRefusals.identityTaken(identity.kind(), value, holder.get().getCustomerId());
        }
        em.persist(identityOf(customerId, identity));
    }

    private static CustomerIdentity identityOf(UUID customerId, NewIdentity identity) {
        IdentityNormaliser.Normalised read = IdentityNormaliser.read(identity.kind(), identity.value());
        return new CustomerIdentity(customerId, identity.kind(), read.value(), read.valid(), read.line());
    }

    private Optional<CustomerIdentity> identity(IdentityKind kind, String value) {
        return em.createQuery("select i from CustomerIdentity i where i.kind = :kind and i.value = :value",
                        CustomerIdentity.class)
                .setParameter("kind", kind)
                .setParameter("value", value)
                .getResultStream()
                .findFirst();
    }

    /** @throws Refusal invalid, when a value cannot be kept as it is */
    public void updateProfile(UUID customerId, CustomerProfile profile) {
        Customer customer = customerRecords.changeable(customerId, LockModeType.NONE);
        String language = profile.preferredLanguage() == null ? customer.getPreferredLanguage()
                : profile.preferredLanguage().strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGE.matcher(language).matches()) {
            throw TimelineRefusals.invalid("LANGUAGE_CODE");
        }
        String region = profile.region() == null || profile.region().isBlank() ? null : profile.region().strip();
        if (region != null && region.length() > MAX_REGION_LENGTH) {
            throw TimelineRefusals.invalid("REGION_LENGTH", MAX_REGION_LENGTH);
        }
        customer.segment(language, profile.customerType(), profile.ageBand(), profile.valueTier(), region);
        Instant now = Instant.now();
        Map<Channel, CustomerConsent> known = em.createQuery(
                        "select c from CustomerConsent c where c.customerId = :customer", CustomerConsent.class)
                .setParameter("customer", customerId)
                .getResultStream()
                .collect(Collectors.toMap(CustomerConsent::getChannel, c -> c));
        profile.consents().forEach((channel, granted) -> {
            CustomerConsent consent = known.get(channel);
            if (consent == null) {
                em.persist(new CustomerConsent(customerId, channel, granted, now));
            } else {
                consent.record(granted, now);
            }
        });
    }
}
