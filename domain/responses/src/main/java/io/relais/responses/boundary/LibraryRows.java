package io.relais.responses.boundary;

import io.relais.responses.boundary.LibraryRecords.AnswerView;
import io.relais.responses.boundary.LibraryRecords.CheckReport;
import io.relais.responses.boundary.LibraryRecords.FactDraft;
import io.relais.responses.boundary.LibraryRecords.VariantDraft;
import io.relais.responses.boundary.LibraryRecords.VariantView;
import io.relais.responses.control.AnswerTexts;
import io.relais.responses.control.StyleRules;
import io.relais.responses.control.VariantCheck;
import io.relais.responses.control.VariantText;
import io.relais.responses.entity.Answer;
import io.relais.responses.entity.Brand;
import io.relais.responses.entity.LexiconRule;
import io.relais.responses.entity.Motif;
import io.relais.responses.entity.Variant;
import io.relais.shared.Channel;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What the library's boundaries share: answers and motifs read (or locked for a change), the
 * brand's rules, and the views they return. Each call runs in its caller's transaction.
 */
@Dependent
public class LibraryRows {

    @PersistenceContext(unitName = "responses")
    EntityManager em;

    public static boolean offered(Answer answer, Variant variant, Instant now) {
        return answer.isEffective(now) && variant.getState() == VariantState.APPROVED;
    }

    public AnswerView view(Answer answer, Locale locale) {
        em.flush();
        StyleRules rules = rules(answer);
        Instant now = Instant.now();
        return new AnswerView(answer.getId(), answer.getMotif().getId(), answer.getMotif().label(locale), answer.getTitle(),
                answer.getReferenceText(), answer.getStatus(), answer.getVersion(), answer.getEffectiveFrom(),
                answer.getExpiresAt(), answer.getUpdatedBy(), answer.getUpdatedAt(), answer.getApprovedBy(),
                answer.getApprovedAt(), answer.getEditCount(),
                answer.getFacts().stream().map(f -> new FactDraft(f.getName(), f.getKind(), f.getValue())).toList(),
                answer.getVariants().stream().map(v -> variantView(answer, v, rules, locale, now)).toList(),
                formsNeeded(answer.getMotif()));
    }

    public VariantView variantView(Answer answer, Variant v, StyleRules rules, Locale locale, Instant now) {
        var report = VariantCheck.authoring(AnswerTexts.text(v), AnswerTexts.facts(answer), rules);
        return new VariantView(v.getId(), v.getForm(), v.getSubject(), v.getGreeting(), v.getBody(), v.getClosing(),
                v.getSignature(), v.getTemplateName(), v.getTemplateParameters(), v.getState(), v.getUses(),
                v.getNotSolved(), offered(answer, v, now), CheckReport.of(report, locale));
    }

    public static Set<VariantForm> formsNeeded(Motif motif) {
        Set<VariantForm> forms = EnumSet.noneOf(VariantForm.class);
        for (Channel channel : motif.channels()) {
            forms.add(VariantForm.forChannel(channel));
        }
        return forms;
    }

    public StyleRules rules(Answer answer) {
        return rules(answer.getBrandId());
    }

    public StyleRules rules(UUID brandId) {
        return AnswerTexts.rules(em.find(Brand.class, brandId), lexicon(brandId));
    }

    public List<LexiconRule> lexicon(UUID brandId) {
        return em.createQuery("select r from LexiconRule r where r.brandId = :brand order by r.forbidden", LexiconRule.class)
                .setParameter("brand", brandId).getResultList();
    }

    public static VariantText text(VariantForm form, VariantDraft draft) {
        if (form == null || draft == null) {
            throw LibraryRefusals.invalid("VARIANT_INCOMPLETE");
        }
        return new VariantText(form, trimmed(draft.subject()), trimmed(draft.greeting()), draft.body() == null ? "" : draft.body().strip(),
                trimmed(draft.closing()), trimmed(draft.signature()), trimmed(draft.templateName()),
                templateParameters(draft.templateParameters()));
    }

    /** A WhatsApp template's parameters, each a placeholder's words: none may be missing. */
    private static List<String> templateParameters(List<String> parameters) {
        if (parameters == null) {
            return List.of();
        }
        if (parameters.stream().anyMatch(Objects::isNull)) {
            throw LibraryRefusals.invalid("TEMPLATE_PARAMETER_MISSING");
        }
        return parameters.stream().map(String::strip).toList();
    }

    public static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Motif motif(UUID id) {
        Motif motif = id == null ? null : em.find(Motif.class, id);
        if (motif == null) {
            throw LibraryRefusals.notFound("NO_MOTIF", id);
        }
        return motif;
    }

    public Answer answer(UUID id) {
        Answer answer = id == null ? null : em.find(Answer.class, id);
        if (answer == null) {
            throw LibraryRefusals.notFound("NO_ANSWER", id);
        }
        return answer;
    }

    /** The answer, locked until the transaction ends, so two reviewers or authors take turns. */
    public Answer lockedAnswer(UUID id) {
        em.flush();
        Answer answer = id == null ? null : em.find(Answer.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (answer == null) {
            throw LibraryRefusals.notFound("NO_ANSWER", id);
        }
        return answer;
    }

    /** The answer, refused when someone saved it since the author read it. */
    public Answer answerForEdit(UUID id, Long editCountRead) {
        Answer answer = lockedAnswer(id);
        if (editCountRead != null && editCountRead != answer.getEditCount()) {
            throw LibraryRefusals.conflict("SAVED_MEANWHILE", answer.getUpdatedBy());
        }
        return answer;
    }

    public static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
