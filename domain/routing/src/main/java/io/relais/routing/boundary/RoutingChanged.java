package io.relais.routing.boundary;

import io.relais.shared.Channel;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Something changed that may allow an assignment: the dispatcher runs once it is committed, and
 * first reads again the presence and load of the agents named (none when only a queue changed).
 * {@code linesMoved}: the channels where a conversation joined the waiting line or took another
 * place in it (a new message, another deadline, a raised priority, conversations given back); the
 * heads of those lines, as the dispatcher keeps them, are then out of date.
 */
public record RoutingChanged(Instant at, Set<UUID> agentIds, Set<Channel> linesMoved) {

    public RoutingChanged {
        agentIds = Set.copyOf(agentIds);
        linesMoved = Set.copyOf(linesMoved);
    }
}
