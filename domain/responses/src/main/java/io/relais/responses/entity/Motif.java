package io.relais.responses.entity;

import io.relais.responses.boundary.Priority;
import io.relais.shared.Channel;
import io.relais.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.UUID;

/** A contact reason ("motif"), e.g. Livraison &gt; Colis en retard. */
@Entity
@Table(name = "rs_motif")
public class Motif {

    @Id
    private UUID id;

    @Column(nullable = false, length = 64, unique = true)
    private String code;

    @Column(name = "label_fr", nullable = false, length = 200)
    @FullTextField(analyzer = "french")
    private String labelFr;

    @Column(name = "label_en", nullable = false, length = 200)
    @FullTextField(analyzer = "french")
    private String labelEn;

    @Column(name = "parent_id")
    private UUID parentId;

    /** Words customers use for this reason, space-separated; they weigh in search and suggestion. */
    @Column(nullable = false, length = 1000)
    @FullTextField(analyzer = "french")
    private String keywords = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "default_priority", nullable = false, length = 16)
    private Priority defaultPriority = Priority.NORMAL;

    /** The channels where this reason is handled, comma-separated. */
    @Column(nullable = false, length = 200)
    private String channels = "";

    protected Motif() {
    }

    public Motif(String code, String labelFr, String labelEn, UUID parentId) {
        this.id = Ids.newId();
        this.code = code;
        this.labelFr = labelFr;
        this.labelEn = labelEn;
        this.parentId = parentId;
    }

    public void describe(String labelFr, String labelEn, UUID parentId, List<String> keywords, Priority priority,
                         Set<Channel> channels) {
        this.labelFr = labelFr;
        this.labelEn = labelEn;
        this.parentId = parentId;
        this.keywords = String.join(" ", keywords);
        this.defaultPriority = priority;
        this.channels = channels.stream().map(Channel::name).sorted().collect(Collectors.joining(","));
    }

    public List<String> keywords() {
        return keywords.isBlank() ? List.of() : List.of(keywords.split(" "));
    }

    public Set<Channel> channels() {
        if (channels.isBlank()) {
            return EnumSet.noneOf(Channel.class);
        }
        return Arrays.stream(channels.split(",")).map(Channel::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Channel.class)));
    }

    public Priority getDefaultPriority() {
        return defaultPriority;
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : labelFr;
    }

    public UUID getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getLabelFr() {
        return labelFr;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public UUID getParentId() {
        return parentId;
    }
}
