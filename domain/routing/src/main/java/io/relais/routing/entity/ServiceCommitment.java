package io.relais.routing.entity;

import io.relais.routing.boundary.Counting;
import io.relais.routing.control.CommitmentScope;
import io.relais.shared.Channel;
import io.relais.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A service commitment ("engagement de service"): how fast the company answers conversations of
 * a scope (channel × motif × segment, each optional), counted on a calendar, with the words it
 * publishes to customers. Targets are kept in seconds; next response and resolution may be absent.
 */
@Entity
@Table(name = "rt_commitment")
public class ServiceCommitment {

    @Id
    private UUID id;

    @Column(nullable = false, length = 100, unique = true)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private Channel channel;

    @Column(name = "motif_id")
    private UUID motifId;

    @Column(length = 32)
    private String segment;

    @Column(name = "scope_key", nullable = false, length = 120, unique = true)
    private String scopeKey;

    @Column(name = "first_response_seconds", nullable = false)
    private long firstResponseSeconds;

    @Column(name = "next_response_seconds")
    private Long nextResponseSeconds;

    @Column(name = "resolution_seconds")
    private Long resolutionSeconds;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Counting counting;

    @Column(name = "calendar_id", nullable = false)
    private UUID calendarId;

    @Column(name = "warning_percent", nullable = false)
    private int warningPercent;

    @Column(name = "wording_fr", length = 500)
    private String wordingFr;

    @Column(name = "wording_en", length = 500)
    private String wordingEn;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ServiceCommitment() {
    }

    public ServiceCommitment(String name) {
        this.id = Ids.newId();
        this.name = name;
    }

    public void define(String name, CommitmentScope scope, Duration firstResponse, Duration nextResponse,
                       Duration resolution, Counting counting, UUID calendarId, int warningPercent, String wordingFr,
                       String wordingEn, boolean published, Instant at) {
        this.name = name;
        this.channel = scope.channel();
        this.motifId = scope.motifId();
        this.segment = scope.segment();
        this.scopeKey = scope.key();
        this.firstResponseSeconds = firstResponse.toSeconds();
        this.nextResponseSeconds = nextResponse == null ? null : nextResponse.toSeconds();
        this.resolutionSeconds = resolution == null ? null : resolution.toSeconds();
        this.counting = counting;
        this.calendarId = calendarId;
        this.warningPercent = warningPercent;
        this.wordingFr = wordingFr;
        this.wordingEn = wordingEn;
        this.published = published;
        this.updatedAt = at;
    }

    public CommitmentScope scope() {
        return new CommitmentScope(channel, motifId, segment);
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Duration firstResponse() {
        return Duration.ofSeconds(firstResponseSeconds);
    }

    public Duration nextResponse() {
        return nextResponseSeconds == null ? null : Duration.ofSeconds(nextResponseSeconds);
    }

    public Duration resolution() {
        return resolutionSeconds == null ? null : Duration.ofSeconds(resolutionSeconds);
    }

    public Counting getCounting() {
        return counting;
    }

    public UUID getCalendarId() {
        return calendarId;
    }

    public int getWarningPercent() {
        return warningPercent;
    }

    public String getWordingFr() {
        return wordingFr;
    }

    public String getWordingEn() {
        return wordingEn;
    }

    public boolean isPublished() {
        return published;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
