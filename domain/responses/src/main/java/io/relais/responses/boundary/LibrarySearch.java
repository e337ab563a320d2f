package io.relais.responses.boundary;

import io.relais.responses.boundary.LibraryRecords.AnswerLine;
import io.relais.responses.boundary.LibraryRecords.SuggestedAnswer;
import io.relais.responses.control.AnswerLines;
import io.relais.responses.entity.Answer;
import io.relais.responses.entity.Variant;
import io.relais.shared.Channel;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Full-text search in the library (French analysis: elisions, stemming, accents folded) and,
 * for an inbound message, the most likely approved answers for its channel. Motif keywords weigh
 * most, then titles and motif labels, then the reference text and the variants' words.
 */
@Stateless
public class LibrarySearch {

    /** Hits read before keeping those that have an offered variant for the channel. */
    private static final int SUGGESTION_WINDOW = 12;
    private static final int MAX_QUERY_LENGTH = 2000;

    @PersistenceContext(unitName = "responses")
    EntityManager em;

    @Inject
    AnswerLines answerLines;

    /** Answers matching the words, any status (or the given one), best first. */
    public List<AnswerLine> search(String words, AnswerStatus status, int limit, Locale locale) {
        String text = cleaned(words);
        if (text.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = Search.session(em).search(Answer.class)
                .select(f -> f.id(UUID.class))
                .where(f -> status == null ? matching(f, text)
                        : f.bool().must(matching(f, text)).filter(f.match().field("status").matching(status)))
                .fetchHits(Math.max(1, Math.min(limit, 100)));
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Answer> answers = new HashMap<>();
        em.createQuery("select a from Answer a join fetch a.motif where a.id in :ids", Answer.class)
                .setParameter("ids", ids).getResultStream().forEach(a -> answers.put(a.getId(), a));
        return answerLines.of(ids.stream().filter(answers::containsKey).map(answers::get).toList(), locale);
    }

    /**
     * The answers most likely to answer this message, each with its offered variant for the
     * message's channel (approved, effective, not stale), best first.
     */
    public List<SuggestedAnswer> suggest(String message, Channel channel, int limit, Locale locale) {
        String text = cleaned(message);
        if (text.isEmpty() || channel == null) {
            return List.of();
        }
        VariantForm form = VariantForm.forChannel(channel);
        var result = Search.session(em).search(Answer.class)
                .select(f -> f.composite().from(f.id(UUID.class), f.score()).asList())
                .where(f -> f.bool().must(matching(f, text)).filter(f.match().field("status").matching(AnswerStatus.APPROVED)))
                .fetchHits(SUGGESTION_WINDOW);
        if (result.isEmpty()) {
            return List.of();
        }
        Map<UUID, Float> scores = new HashMap<>();
        List<UUID> order = new ArrayList<>();
        for (List<?> hit : result) {
            order.add((UUID) hit.get(0));
            scores.put((UUID) hit.get(0), (Float) hit.get(1));
        }
        Instant now = Instant.now();
        Map<UUID, Variant> offered = new HashMap<>();
        em.createQuery("select v from Variant v join fetch v.answer a join fetch a.motif where a.id in :ids and v.form = :form"
                        + " and v.state = :approved and a.status = :answerApproved"
                        + " and (a.effectiveFrom is null or a.effectiveFrom <= :now) and (a.expiresAt is null or a.expiresAt > :now)",
                        Variant.class)
                .setParameter("ids", order).setParameter("form", form).setParameter("approved", VariantState.APPROVED)
                .setParameter("answerApproved", AnswerStatus.APPROVED).setParameter("now", now)
                .getResultStream().forEach(v -> offered.put(v.getAnswer().getId(), v));
        return order.stream().filter(offered::containsKey).limit(Math.max(1, Math.min(limit, 10)))
                .map(id -> {
                    Variant v = offered.get(id);
                    Answer a = v.getAnswer();
                    return new SuggestedAnswer(a.getId(), v.getId(), a.getMotif().getId(), a.getMotif().label(locale),
                            a.getTitle(), form, preview(v.getBody()), scores.get(id));
                }).toList();
    }

    private static PredicateFinalStep matching(SearchPredicateFactory f, String text) {
        return f.match()
                .field("motif.keywords").boost(3f)
                .field("title").boost(2f)
                .field("motif.labelFr").boost(2f)
                .field("motif.labelEn")
                .field("referenceText")
                .field("variants.body")
                .field("variants.subject")
                .matching(text);
    }

    /** A message can be long and full of punctuation; words are all the analyser needs. */
    static String cleaned(String words) {
        if (words == null) {
            return "";
        }
        String text = words.length() > MAX_QUERY_LENGTH ? words.substring(0, MAX_QUERY_LENGTH) : words;
        return text.replaceAll("[^\\p{L}\\p{N}'’\\s-]", " ").strip();
    }

    private static String preview(String body) {
        String flat = body.replaceAll("\\s+", " ").strip();
        return flat.length() <= 160 ? flat : flat.substring(0, 159) + "…";
    }
}
