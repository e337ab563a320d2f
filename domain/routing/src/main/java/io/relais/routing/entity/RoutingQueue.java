package io.relais.routing.entity;

import io.relais.shared.Channel;
import io.relais.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Objects;
import java.util.UUID;

/**
 * A queue of conversations: those of a channel, motif and language (each optional; the most specific
 * queue takes a conversation), served by agents who have its skill, when it names one.
 */
@Entity
@Table(name = "rt_queue")
public class RoutingQueue {

    @Id
    private UUID id;

    @Column(nullable = false, length = 100, unique = true)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private Channel channel;

    @Column(name = "motif_id")
    private UUID motifId;

    @Column(length = 8)
    private String language;

    @Column(length = 64)
    private String skill;

    @Column(name = "scope_key", nullable = false, length = 120, unique = true)
    private String scopeKey;

    @Version
    private long version;

    protected RoutingQueue() {
    }

    public RoutingQueue(String name) {
        this.id = Ids.newId();
        this.name = name;
    }

    public void define(String name, Channel channel, UUID motifId, String language, String skill) {
        this.name = name;
        this.channel = channel;
        this.motifId = motifId;
        this.language = language;
        this.skill = skill;
        this.scopeKey = Objects.toString(channel, "*") + "|" + Objects.toString(motifId, "*") + "|"
                + Objects.toString(language, "*");
    }

    public boolean covers(Channel channel, UUID motifId, String language) {
        return (this.channel == null || this.channel == channel)
                && (this.motifId == null || this.motifId.equals(motifId))
                && (this.language == null || this.language.equals(language));
    }

    public int specificity() {
        return (channel == null ? 0 : 1) + (motifId == null ? 0 : 1) + (language == null ? 0 : 1);
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Channel getChannel() {
        return channel;
    }

    public UUID getMotifId() {
        return motifId;
    }

    public String getLanguage() {
        return language;
    }

    public String getSkill() {
        return skill;
    }
}
