package io.relais.responses.boundary;

import io.relais.responses.boundary.LibraryRecords.AnswerLine;
import io.relais.responses.boundary.LibraryRecords.AnswerView;
import io.relais.responses.boundary.LibraryRecords.HistoryEntry;
import io.relais.responses.control.AnswerLines;
import io.relais.responses.control.AnswerTexts;
import io.relais.responses.control.Finding;
import io.relais.responses.control.StyleRules;
import io.relais.responses.control.VariantCheck;
import io.relais.responses.entity.Answer;
import io.relais.responses.entity.AnswerEvent;
import io.relais.responses.entity.Variant;
import io.relais.shared.Refusal;
import io.relais.shared.Wording;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The review of answers: submitted, approved (every variant its motif's channels need, each
 * passing its checks; the approved words kept as a version), returned to the author, retired.
 */
@Stateless
public class AnswerReview {

    @PersistenceContext(unitName = "responses")
    EntityManager em;

    @Inject
    AnswerLines answerLines;

    @Inject
    LibraryRows rows;

    /** What a reviewer has to look at: answers in review, and approved answers with changed variants. */
    public List<AnswerLine> reviewQueue(Locale locale) {
        return answerLines.of(em.createQuery("select distinct a from Answer a join fetch a.motif left join a.variants v"
                        + " where a.status = :review or (a.status = :approved and v.state <> :ok) order by a.updatedAt", Answer.class)
                .setParameter("review", AnswerStatus.IN_REVIEW)
                .setParameter("approved", AnswerStatus.APPROVED)
                .setParameter("ok", VariantState.APPROVED)
                .getResultList(), locale);
    }

    /**
     * Asks for a review. A draft goes into review (and out of agents' reach until approved); an
     * approved answer with changed or stale variants stays approved and offered while it waits.
     */
    public AnswerView submit(UUID id, String author, Locale locale) {
        Answer answer = rows.lockedAnswer(id);
        if (answer.getStatus() == AnswerStatus.IN_REVIEW) {
            throw LibraryRefusals.conflict("ALREADY_IN_REVIEW");
        }
        if (answer.getStatus() == AnswerStatus.APPROVED) {
            if (!hasChanges(answer)) {
                throw LibraryRefusals.conflict("APPROVED_UNCHANGED");
            }
        } else {
            answer.submit();
        }
        em.persist(new AnswerEvent(id, answer.getVersion(), AnswerEvent.Action.SUBMITTED, author, Instant.now(), null, null));
        return rows.view(answer, locale);
    }

    private static boolean hasChanges(Answer answer) {
        return answer.getVariants().stream().anyMatch(v -> v.getState() != VariantState.APPROVED);
    }

    /** What a reviewer may act on: an answer in review, or an approved one whose variants changed. */
    private static boolean underReview(Answer answer) {
        return answer.getStatus() == AnswerStatus.IN_REVIEW
                || (answer.getStatus() == AnswerStatus.APPROVED && hasChanges(answer));
    }

    /**
     * Approves the answer as it stands: every variant its motif's channels need must exist and
     * pass every check; the approved words are kept as a new version.
     */
    public AnswerView approve(UUID id, String approver, String note, Locale locale) {
        Answer answer = rows.lockedAnswer(id);
        if (!underReview(answer)) {
            throw LibraryRefusals.conflict("NOT_TO_APPROVE", answer.getStatus());
        }
        StyleRules rules = rows.rules(answer);
        List<Finding> blocking = new ArrayList<>();
        for (Variant variant : answer.getVariants()) {
            var report = VariantCheck.authoring(AnswerTexts.text(variant), AnswerTexts.facts(answer), rules);
            report.findings().stream().filter(Finding::blocksApproval)
                    .map(f -> new Finding(f.code(), f.severity(), variant.getForm().name() + "." + f.field(), f.fix(),
                            f.arguments()))
                    .forEach(blocking::add);
        }
        // Each finding names its variant: "SMS : …".
        Function<Finding, Wording> saidWithForm = finding -> language -> finding.field()
                .substring(0, finding.field().indexOf('.')) + " : " + finding.message(language);
        Set<VariantForm> missing = LibraryRows.formsNeeded(answer.getMotif());
        answer.getVariants().forEach(v -> missing.remove(v.getForm()));
        if (!missing.isEmpty()) {
            throw LibraryRefusals.found(Refusal.Kind.CONFLICT, blocking, saidWithForm, locale, "VARIANTS_MISSING", missing);
        }
        if (!blocking.isEmpty()) {
            throw LibraryRefusals.found(Refusal.Kind.CONFLICT, blocking, saidWithForm, locale);
        }
        Instant now = Instant.now();
        answer.approve(approver, now);
        em.persist(new AnswerEvent(id, answer.getVersion(), AnswerEvent.Action.APPROVED, approver, now, note,
                AnswerTexts.snapshot(answer)));
        return rows.view(answer, locale);
    }

    /** Sends the changes back with a note; an approved answer stays approved in the meantime. */
    public AnswerView returnToAuthor(UUID id, String reviewer, String note, Locale locale) {
        Answer answer = rows.lockedAnswer(id);
        if (!underReview(answer)) {
            throw LibraryRefusals.conflict("NOT_TO_RETURN");
        }
        if (LibraryRows.blank(note)) {
            throw LibraryRefusals.invalid("RETURN_NOTE_MISSING");
        }
        if (answer.getStatus() == AnswerStatus.IN_REVIEW) {
            answer.returnToDraft();
        }
        em.persist(new AnswerEvent(id, answer.getVersion(), AnswerEvent.Action.RETURNED, reviewer, Instant.now(), note.strip(), null));
        return rows.view(answer, locale);
    }

    public AnswerView retire(UUID id, String reviewer, String note, Locale locale) {
        Answer answer = rows.lockedAnswer(id);
        if (answer.getStatus() == AnswerStatus.RETIRED) {
            throw LibraryRefusals.conflict("ALREADY_RETIRED");
        }
        answer.retire();
        em.persist(new AnswerEvent(id, answer.getVersion(), AnswerEvent.Action.RETIRED, reviewer, Instant.now(), note, null));
        return rows.view(answer, locale);
    }

    public List<HistoryEntry> history(UUID id) {
        rows.answer(id);
        return em.createQuery("select e from AnswerEvent e where e.answerId = :id order by e.happenedAt", AnswerEvent.class)
                .setParameter("id", id).getResultStream()
                .map(e -> new HistoryEntry(e.getVersion(), e.getAction().name(), e.getActor(), e.getHappenedAt(), e.getNote()))
                .toList();
    }

    /** The words approved as a given version, as JSON. */
    public String approvedVersion(UUID id, int version) {
        return em.createQuery("select e.snapshot from AnswerEvent e where e.answerId = :id and e.version = :version"
                        + " and e.action = :approved", String.class)
                .setParameter("id", id).setParameter("version", version).setParameter("approved", AnswerEvent.Action.APPROVED)
                .getResultStream().findFirst()
                .orElseThrow(() -> LibraryRefusals.notFound("NO_APPROVED_VERSION", version, id));
    }
}
