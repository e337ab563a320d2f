package io.relais.channels.boundary;

import io.relais.shared.Channel;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The adapters that can send, by channel; a reply on another channel is recorded without being sent. */
@ApplicationScoped
public class ChannelSenders {

    @Inject
    @Any
    Instance<ChannelSender> adapters;

    private final Map<Channel, ChannelSender> byChannel = new EnumMap<>(Channel.class);

    @PostConstruct
    void collect() {
        for (ChannelSender adapter : adapters) {
            ChannelSender before = byChannel.put(adapter.channel(), adapter);
            if (before != null) {
                throw new IllegalStateException("two adapters send on " + adapter.channel());
            }
        }
    }

    public Optional<ChannelSender> of(Channel channel) {
        return Optional.ofNullable(byChannel.get(channel));
    }

    public boolean canSend(Channel channel) {
        return byChannel.containsKey(channel);
    }
}
