package io.relais.timeline.boundary;

import java.util.UUID;

/** A customer found by a search, and what matched: NAME, EMAIL, PHONE or CUSTOMER_NUMBER. */
public record CustomerMatch(UUID customerId, String displayName, String matchedBy) {
}
