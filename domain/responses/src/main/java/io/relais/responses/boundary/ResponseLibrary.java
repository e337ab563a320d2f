package io.relais.responses.boundary;

import io.relais.responses.entity.Motif;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Motifs and, as the library grows, the approved answers for each channel. */
@Stateless
public class ResponseLibrary {

    @PersistenceContext(unitName = "responses")
    EntityManager em;

    public UUID createMotif(String code, String labelFr, String labelEn, UUID parentId) {
        var motif = new Motif(code, labelFr, labelEn, parentId);
        em.persist(motif);
        return motif.getId();
    }

    /** Labels for the given motifs in the reader's language, for lists that show many at once. */
    public Map<UUID, String> labels(Collection<UUID> motifIds, Locale locale) {
        if (motifIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select m from Motif m where m.id in :ids", Motif.class)
                .setParameter("ids", motifIds)
                .getResultStream()
                .collect(Collectors.toMap(Motif::getId, m -> m.label(locale)));
    }
}
