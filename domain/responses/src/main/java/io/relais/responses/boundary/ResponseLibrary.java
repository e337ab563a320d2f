package io.relais.responses.boundary;

import io.relais.responses.boundary.LibraryRecords.AnswerDraft;
import io.relais.responses.boundary.LibraryRecords.AnswerLine;
import io.relais.responses.boundary.LibraryRecords.AnswerView;
import io.relais.responses.boundary.LibraryRecords.CheckReport;
import io.relais.responses.boundary.LibraryRecords.FactDraft;
import io.relais.responses.boundary.LibraryRecords.VariantDraft;
import io.relais.responses.boundary.LibraryRecords.VariantView;
import io.relais.responses.control.AnswerLines;
import io.relais.responses.control.AnswerTexts;
import io.relais.responses.control.Finding;
import io.relais.responses.control.KeyFact;
import io.relais.responses.control.StyleGuide;
import io.relais.responses.control.StyleRules;
import io.relais.responses.control.VariantCheck;
import io.relais.responses.control.VariantText;
import io.relais.responses.entity.Answer;
import io.relais.responses.entity.AnswerEvent;
import io.relais.responses.entity.Brand;
import io.relais.responses.entity.Fact;
import io.relais.responses.entity.Motif;
import io.relais.responses.entity.Variant;
import io.relais.shared.Refusal;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The library's reference answers: an answer with its key facts, and a checked variant per
 * channel form. Every write is checked as a whole before anything is stored, so nothing is saved
 * half-way; an answer saved meanwhile by someone else is refused rather than overwritten.
 */
@Stateless
public class ResponseLibrary {

    @PersistenceContext(unitName = "responses")
    EntityManager em;

    @Inject
    AnswerLines answerLines;

    @Inject
    LibraryRows rows;

    public UUID createAnswer(AnswerDraft draft, String author, Locale locale) {
        Motif motif = rows.motif(draft.motifId());
        List<Fact> facts = checkedFacts(draft, locale);
        Instant now = Instant.now();
        Answer answer = new Answer(motif, Brand.DEFAULT_ID, draft.title().strip(), draft.reference().strip(), author, now);
        answer.rewrite(motif, draft.title().strip(), draft.reference().strip(), facts, draft.effectiveFrom(),
                draft.expiresAt(), author, now);
        em.persist(answer);
        em.persist(new AnswerEvent(answer.getId(), 0, AnswerEvent.Action.CREATED, author, now, null, null));
        return answer.getId();
    }

    /**
     * Rewrites the reference answer, its facts or its dates. A changed reference or fact marks the
     * approved variants stale: agents stop getting them until the answer is approved again.
     */
    public AnswerView updateAnswer(UUID id, AnswerDraft draft, String author, Locale locale) {
        Answer answer = rows.answerForEdit(id, draft.editCount());
        List<Fact> facts = checkedFacts(draft, locale);
        Instant now = Instant.now();
        answer.rewrite(rows.motif(draft.motifId()), draft.title().strip(), draft.reference().strip(), facts,
                draft.effectiveFrom(), draft.expiresAt(), author, now);
        em.persist(new AnswerEvent(id, answer.getVersion(), AnswerEvent.Action.EDITED, author, now, null, null));
        return rows.view(answer, locale);
    }

    private List<Fact> checkedFacts(AnswerDraft draft, Locale locale) {
        if (draft == null || draft.motifId() == null || LibraryRows.blank(draft.title()) || LibraryRows.blank(draft.reference())) {
            throw LibraryRefusals.invalid("ANSWER_INCOMPLETE");
        }
        if (draft.effectiveFrom() != null && draft.expiresAt() != null && !draft.expiresAt().isAfter(draft.effectiveFrom())) {
            throw LibraryRefusals.invalid("ANSWER_EXPIRES_BEFORE_EFFECT");
        }
        List<FactDraft> drafts = draft.facts() == null ? List.of() : draft.facts();
        if (drafts.stream().anyMatch(f -> f == null || f.kind() == null)) {
            throw LibraryRefusals.invalid("FACT_INCOMPLETE");
        }
        List<KeyFact> keyFacts = drafts.stream().map(f -> new KeyFact(f.name(), f.kind(), f.value() == null ? null : f.value().strip())).toList();
        if (keyFacts.stream().map(KeyFact::name).distinct().count() != keyFacts.size()) {
            throw LibraryRefusals.invalid("FACT_NAME_TWICE");
        }
        List<Finding> findings = new ArrayList<>(VariantCheck.checkFacts(keyFacts));
        if (findings.isEmpty()) {
            findings.addAll(io.relais.responses.control.FactConsistency.contradictions(keyFacts, draft.reference(), "reference"));
        }
        if (!findings.isEmpty()) {
            throw LibraryRefusals.found(Refusal.Kind.INVALID, findings, locale);
        }
        return keyFacts.stream().map(f -> Fact.stated(f.name(), f.kind(), f.value())).toList();
    }

    /** Checks a variant without saving it: the live counters and warnings of the editor. */
    public CheckReport check(UUID answerId, VariantForm form, VariantDraft draft, Locale locale) {
        Answer answer = rows.answer(answerId);
        return CheckReport.of(VariantCheck.authoring(LibraryRows.text(form, draft), AnswerTexts.facts(answer), rows.rules(answer)), locale);
    }

    /** Saves a variant when nothing refuses it; anything that only blocks approval is reported. */
    public VariantView saveVariant(UUID answerId, VariantForm form, VariantDraft draft, String author, Locale locale) {
        Answer answer = rows.answerForEdit(answerId, null);
        VariantText text = LibraryRows.text(form, draft);
        StyleRules rules = rows.rules(answer);
        var report = VariantCheck.authoring(text, AnswerTexts.facts(answer), rules);
        if (report.refused()) {
            throw LibraryRefusals.found(Refusal.Kind.INVALID, report.refusals(), locale);
        }
        Variant variant = answer.variant(form).orElseGet(() -> answer.addVariant(form));
        Instant now = Instant.now();
        if (variant.write(text.subject(), text.greeting(), text.body(), text.closing(), text.signature(),
                text.templateName(), text.templateParameters(), now)) {
            answer.touched(author, now);
            em.persist(new AnswerEvent(answerId, answer.getVersion(), AnswerEvent.Action.EDITED, author, now,
                    form.name(), null));
        }
        em.flush();
        return rows.variantView(answer, variant, rules, locale, now);
    }

    /** A one-click correction applied to a draft, not saved: the author sees it and saves it. */
    public VariantDraft fix(UUID answerId, VariantDraft draft, OneClickFix fix) {
        StyleRules rules = rows.rules(rows.answer(answerId));
        return new VariantDraft(StyleGuide.fix(fix, draft.subject(), rules), StyleGuide.fix(fix, draft.greeting(), rules),
                StyleGuide.fix(fix, draft.body(), rules), StyleGuide.fix(fix, draft.closing(), rules),
                StyleGuide.fix(fix, draft.signature(), rules), draft.templateName(), draft.templateParameters());
    }

    public AnswerView answerView(UUID id, Locale locale) {
        return rows.view(rows.answer(id), locale);
    }

    /** Answers by status (all when null), most recently changed first. */
    public List<AnswerLine> answers(AnswerStatus status, UUID motifId, Locale locale, int limit) {
        var query = em.createQuery("select a from Answer a join fetch a.motif where (:status is null or a.status = :status)"
                        + " and (:motif is null or a.motif.id = :motif) order by a.updatedAt desc", Answer.class)
                .setParameter("status", status)
                .setParameter("motif", motifId)
                .setMaxResults(Math.max(1, Math.min(limit, 500)));
        return answerLines.of(query.getResultList(), locale);
    }
}
