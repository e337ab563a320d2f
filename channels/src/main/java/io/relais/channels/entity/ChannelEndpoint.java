package io.relais.channels.entity;

import io.relais.shared.Channel;
import io.relais.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One address where customers reach the company on one channel: a mailbox, a chat site, a number. */
@Entity
@Table(name = "ch_endpoint")
public class ChannelEndpoint {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Channel channel;

    @Column(nullable = false, length = 200)
    private String name;

    /** The address customers use: an email address, a website origin, an E.164 number, a page id. */
    @Column(nullable = false, length = 320)
    private String address;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ChannelEndpoint() {
    }

    public ChannelEndpoint(Channel channel, String name, String address, boolean enabled, Instant createdAt) {
        this.id = Ids.newId();
        this.channel = channel;
        this.name = name;
        this.address = address;
        this.enabled = enabled;
        this.createdAt = createdAt;
    }

    public UUID getId() {
        return id;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
