package io.relais.routing.control;

import io.relais.shared.Channel;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What a service commitment applies to: a channel, a motif and a customer segment, each of which
 * may be left open ("any"). A scope that fixes more of them is more specific.
 */
public record CommitmentScope(Channel channel, UUID motifId, String segment) {

    public static final CommitmentScope EVERYTHING = new CommitmentScope(null, null, null);

    public int specificity() {
        return (channel == null ? 0 : 1) + (motifId == null ? 0 : 1) + (segment == null ? 0 : 1);
    }

    public boolean covers(Channel channel, UUID motifId, String segment) {
        return (this.channel == null || this.channel == channel)
                && (this.motifId == null || this.motifId.equals(motifId))
                && (this.segment == null || this.segment.equals(segment));
    }

    /** Whether every conversation that {@code other} covers is covered by this scope too. */
    public boolean includes(CommitmentScope other) {
        return (channel == null || channel == other.channel)
                && (motifId == null || motifId.equals(other.motifId))
                && (segment == null || segment.equals(other.segment));
    }

    /** The conversations both scopes cover, if any. */
    public Optional<CommitmentScope> intersection(CommitmentScope other) {
        if (channel != null && other.channel != null && channel != other.channel
                || motifId != null && other.motifId != null && !motifId.equals(other.motifId)
                || segment != null && other.segment != null && !segment.equals(other.segment)) {
            return Optional.empty();
        }
        return Optional.of(new CommitmentScope(channel != null ? channel : other.channel,
                motifId != null ? motifId : other.motifId, segment != null ? segment : other.segment));
    }

    /** A stable text of the scope, unique per scope, for the database's uniqueness check. */
    public String key() {
        return Objects.toString(channel, "*") + "|" + Objects.toString(motifId, "*") + "|"
                + Objects.toString(segment, "*");
    }
}
