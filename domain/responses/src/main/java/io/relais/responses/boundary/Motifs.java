package io.relais.responses.boundary;

import io.relais.responses.boundary.LibraryRecords.MotifDraft;
import io.relais.responses.boundary.LibraryRecords.MotifNode;
import io.relais.responses.entity.Answer;
import io.relais.responses.entity.Motif;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The motif tree (contact reasons): motifs created, renamed or moved (a motif's code, which
 * integrations may hold, never changes), their labels in the reader's language.
 */
@Stateless
public class Motifs {

    @PersistenceContext(unitName = "responses")
    EntityManager em;

    @Inject
    LibraryRows rows;

    private static final Pattern MOTIF_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

    public UUID createMotif(MotifDraft draft) {
        checkMotif(draft, null);
        if (!em.createQuery("select m.id from Motif m where m.code = :code", UUID.class)
                .setParameter("code", draft.code()).getResultList().isEmpty()) {
            throw LibraryRefusals.conflict("MOTIF_CODE_TAKEN", draft.code());
        }
        var motif = new Motif(draft.code(), draft.labelFr().strip(), draft.labelEn().strip(), draft.parentId());
        describe(motif, draft);
        em.persist(motif);
        return motif.getId();
    }

    /** Renames, moves or re-describes a motif; its code, which integrations may hold, stays. */
    public void updateMotif(UUID id, MotifDraft draft) {
        Motif motif = rows.motif(id);
        checkMotif(draft, id);
        if (!motif.getCode().equals(draft.code())) {
            throw LibraryRefusals.invalid("MOTIF_CODE_FIXED", motif.getCode());
        }
        describe(motif, draft);
    }

    private void describe(Motif motif, MotifDraft draft) {
        motif.describe(draft.labelFr().strip(), draft.labelEn().strip(), draft.parentId(),
                draft.keywords() == null ? List.of() : draft.keywords().stream().map(String::strip)
                        .filter(k -> !k.isEmpty()).map(k -> k.toLowerCase(Locale.FRENCH).replace(' ', '-')).toList(),
                draft.priority() == null ? Priority.NORMAL : draft.priority(),
                draft.channels() == null ? Set.of() : draft.channels());
    }

    private void checkMotif(MotifDraft draft, UUID id) {
        if (draft == null || draft.code() == null || !MOTIF_CODE.matcher(draft.code()).matches()) {
            throw LibraryRefusals.invalid("MOTIF_CODE_FORM");
        }
        if (LibraryRows.blank(draft.labelFr()) || LibraryRows.blank(draft.labelEn())) {
            throw LibraryRefusals.invalid("MOTIF_LABELS");
        }
        UUID parent = draft.parentId();
        while (parent != null) {
            if (parent.equals(id)) {
                throw LibraryRefusals.invalid("MOTIF_UNDER_ITSELF");
            }
            parent = rows.motif(parent).getParentId();
        }
    }

    /** The motif tree in the reader's language, each with its number of answers, by label. */
    public List<MotifNode> motifTree(Locale locale) {
        List<Motif> motifs = em.createQuery("select m from Motif m", Motif.class).getResultList();
        Map<UUID, Long> answers = em.createQuery(
                        "select a.motif.id, count(a) from Answer a where a.status <> :retired group by a.motif.id", Object[].class)
                .setParameter("retired", AnswerStatus.RETIRED)
                .getResultStream().collect(Collectors.toMap(r -> (UUID) r[0], r -> (Long) r[1]));
        Map<UUID, List<Motif>> byParent = new HashMap<>();
        motifs.forEach(m -> byParent.computeIfAbsent(m.getParentId(), k -> new ArrayList<>()).add(m));
        return nodes(null, byParent, answers, locale);
    }

    private List<MotifNode> nodes(UUID parent, Map<UUID, List<Motif>> byParent, Map<UUID, Long> answers, Locale locale) {
        return byParent.getOrDefault(parent, List.of()).stream()
                .sorted(Comparator.comparing(m -> m.label(locale)))
                .map(m -> new MotifNode(m.getId(), m.getCode(), m.label(locale), m.getLabelFr(), m.getLabelEn(),
                        m.getParentId(), m.keywords(), m.getDefaultPriority(), m.channels(),
                        answers.getOrDefault(m.getId(), 0L), nodes(m.getId(), byParent, answers, locale)))
                .toList();
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

    public Map<String, UUID> motifIdsByCode() {
        return em.createQuery("select m from Motif m", Motif.class).getResultStream()
                .collect(Collectors.toMap(Motif::getCode, Motif::getId));
    }
}
