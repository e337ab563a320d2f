package io.relais.responses.control;

import io.relais.responses.boundary.LibraryRecords.AnswerLine;
import io.relais.responses.boundary.VariantState;
import io.relais.responses.entity.Answer;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Answers as lines of a list (browser, review queue, search results), with the number of variants
 * waiting for review counted in one query for the whole list rather than one per answer. The
 * answers come with their motif already fetched.
 */
@Dependent
public class AnswerLines {

    @PersistenceContext(unitName = "responses")
    EntityManager em;

    public List<AnswerLine> of(List<Answer> answers, Locale locale) {
        if (answers.isEmpty()) {
            return List.of();
        }
        Map<UUID, Long> toReview = new HashMap<>();
        em.createQuery("select v.answer.id, count(v) from Variant v where v.answer.id in :ids and v.state <> :approved"
                        + " group by v.answer.id", Object[].class)
                .setParameter("ids", answers.stream().map(Answer::getId).toList())
                .setParameter("approved", VariantState.APPROVED)
                .getResultStream().forEach(r -> toReview.put((UUID) r[0], (Long) r[1]));
        return answers.stream().map(a -> new AnswerLine(a.getId(), a.getMotif().getId(), a.getMotif().label(locale),
                a.getTitle(), a.getStatus(), a.getVersion(), a.getUpdatedAt(), a.getUpdatedBy(),
                toReview.getOrDefault(a.getId(), 0L))).toList();
    }
}
