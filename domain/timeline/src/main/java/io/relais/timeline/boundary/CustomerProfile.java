package io.relais.timeline.boundary;

import io.relais.shared.Channel;

import java.util.Map;

/**
 * What is known of a customer beyond his identities: language, segment attributes (null when not
 * known) and consent per channel (a channel left out keeps its earlier answer).
 */
public record CustomerProfile(String preferredLanguage, CustomerType customerType, AgeBand ageBand,
                              ValueTier valueTier, String region, Map<Channel, Boolean> consents) {

    public CustomerProfile {
        consents = consents == null ? Map.of() : Map.copyOf(consents);
    }
}
