package io.relais.routing.boundary;

import io.relais.shared.Channel;

import java.util.UUID;

/** A queue as an admin writes it; channel, motif and language left empty mean "any". */
public record QueueDefinition(String name, Channel channel, UUID motifId, String language, String skill) {
}
