package io.relais.channels.boundary;

import io.relais.channels.control.ChannelRefusals;
import io.relais.channels.control.EndpointAddresses;
import io.relais.channels.entity.ChannelEndpoint;
import io.relais.shared.Channel;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.UUID;

/** The endpoints customers use to reach the company, per channel. */
@Stateless
public class ChannelEndpoints {

    @PersistenceContext(unitName = "channels")
    EntityManager em;

    public UUID register(Channel channel, String name, String address, boolean enabled) {
        if (name == null || name.isBlank()) {
            throw ChannelRefusals.invalid("endpoint.name");
        }
        String normalised = EndpointAddresses.normalise(channel, address);
        var endpoint = new ChannelEndpoint(channel, name.strip(), normalised, enabled, Instant.now());
        em.persist(endpoint);
        return endpoint.getId();
    }
}
