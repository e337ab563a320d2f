package io.relais.channels.boundary;

import io.relais.shared.Channel;

import java.util.UUID;

public record EndpointView(UUID id, Channel channel, String name, String address, boolean enabled) {
}
