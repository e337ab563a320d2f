package io.relais.responses.boundary;

import io.relais.responses.boundary.LibraryRecords.CheckReport;
import io.relais.responses.boundary.LibraryRecords.FindingView;
import io.relais.responses.boundary.LibraryRecords.RenderedReply;
import io.relais.responses.control.AnswerTexts;
import io.relais.responses.control.Finding;
import io.relais.responses.control.KeyFact;
import io.relais.responses.control.Placeholders;
import io.relais.responses.control.VariantCheck;
import io.relais.responses.control.VariantText;
import io.relais.responses.entity.Answer;
import io.relais.responses.entity.Feedback;
import io.relais.responses.entity.Variant;
import io.relais.shared.Channel;
import io.relais.shared.Refusal;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What agents get from the library when they reply: the approved, effective variant of an answer
 * for a channel, filled in for a conversation, and the checks of a reply as it is about to leave.
 */
@Stateless
public class ReplyRendering {

    @PersistenceContext(unitName = "responses")
    EntityManager em;

    @Inject
    BrandSettings brand;

    @Inject
    LibraryRows rows;

    /** The variant of this answer agents may use on this form now, if there is one. */
    public Optional<UUID> offeredVariant(UUID answerId, VariantForm form) {
        Answer answer = rows.answer(answerId);
        Instant now = Instant.now();
        return answer.variant(form).filter(v -> LibraryRows.offered(answer, v, now)).map(Variant::getId);
    }

    /**
     * Fills a variant in for one conversation. Only an approved, effective, up-to-date variant is
     * offered; a value the conversation lacks is reported, never sent as a raw tag.
     */
    public RenderedReply render(UUID variantId, Map<String, String> values, Locale locale) {
        Variant variant = em.find(Variant.class, variantId);
        if (variant == null) {
            throw LibraryRefusals.notFound("NO_VARIANT", variantId);
        }
        Answer answer = variant.getAnswer();
        if (!LibraryRows.offered(answer, variant, Instant.now())) {
            throw LibraryRefusals.conflict("VARIANT_NOT_OFFERED", answer.getStatus(), variant.getState());
        }
        List<KeyFact> facts = AnswerTexts.facts(answer);
        VariantText text = AnswerTexts.text(variant);
        var report = VariantCheck.sending(text, facts, rows.rules(answer), values);
        List<String> missing = report.findings().stream().filter(f -> f.code() == Finding.Code.MISSING_VALUE)
                .map(f -> f.arguments().get(0)).distinct().toList();
        List<FindingView> refusals = report.refusals().stream().map(f -> FindingView.of(f, locale)).toList();
        if (report.refused()) {
            return new RenderedReply(variantId, variant.getForm(), null, null, null, missing, refusals, false);
        }
        Map<String, String> all = new HashMap<>(values);
        facts.forEach(f -> all.put(Placeholders.FACT_PREFIX + f.name(), f.value()));
        String subject = text.subject() == null ? null : Placeholders.render(text.subject(), all, false).text();
        String html = variant.getForm() == VariantForm.EMAIL ? html(text, all) : null;
        return new RenderedReply(variantId, variant.getForm(), subject, report.renderedMessage(), html, List.of(), List.of(), true);
    }

    private static String html(VariantText text, Map<String, String> values) {
        StringBuilder html = new StringBuilder();
        for (String part : new String[] {text.greeting(), text.body(), text.closing(), text.signature()}) {
            if (part == null || part.isBlank()) {
                continue;
            }
            String rendered = Placeholders.render(escapeOutsideTags(part.strip()), values, true).text();
            html.append("<p>").append(rendered.replace("\n", "<br>")).append("</p>");
        }
        return html.toString();
    }

    /** The author's own words are text too: escaped, while the tags stay for jmustache to fill (escaped). */
    private static String escapeOutsideTags(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /**
     * Checks a reply as the agent is about to send it (inserted from the library, then perhaps
     * edited): the channel's limits on the final words, with the brand's house rules.
     */
    public CheckReport checkReply(Channel channel, String subject, String text, Locale locale) {
        return CheckReport.of(replyCheck(channel, subject, text), locale);
    }

    private VariantCheck.Report replyCheck(Channel channel, String subject, String text) {
        VariantForm form = VariantForm.forChannel(channel);
        VariantText reply = new VariantText(form, form == VariantForm.EMAIL ? subject : null, null,
                text == null ? "" : text, null, null, form == VariantForm.WHATSAPP ? "reply" : null, List.of());
        var report = VariantCheck.sending(reply, List.of(), brand.styleRules(), Map.of());
        return new VariantCheck.Report(report.findings().stream()
                .filter(f -> f.code() != Finding.Code.WHATSAPP_PARAMETERS && f.code() != Finding.Code.EMAIL_NO_GREETING
                        && f.code() != Finding.Code.EMAIL_NO_CLOSING && f.code() != Finding.Code.LETTER_NO_GREETING
                        && f.code() != Finding.Code.LETTER_NO_FORMAL_CLOSING)
                .toList(), report.renderedMessage(), report.characters(), report.sms(), report.postLength());
    }

    /**
     * The same check, as a gate: a reply its channel cannot carry is refused with the refusing
     * findings (unprocessable), whatever door it came through (the composer, the chat console, the API).
     *
     * @throws Refusal unprocessable when a finding refuses the reply, invalid when it is empty
     */
    public void ensureSendable(Channel channel, String subject, String text, Locale locale) {
        if (text == null || text.isBlank()) {
            throw LibraryRefusals.invalid("REPLY_EMPTY");
        }
        VariantCheck.Report report = replyCheck(channel, subject, text);
        if (report.refused()) {
            throw LibraryRefusals.found(Refusal.Kind.UNPROCESSABLE, report.findings().stream()
                    .filter(Finding::refused).toList(), locale);
        }
    }

    /** An agent used this variant in a reply. */
    public void recordUse(UUID variantId) {
        if (em.createQuery("update Variant v set v.uses = v.uses + 1 where v.id = :id")
                .setParameter("id", variantId).executeUpdate() == 0) {
            throw LibraryRefusals.notFound("NO_VARIANT", variantId);
        }
    }

    /** An agent says this variant did not solve the customer's question. */
    public void flagNotSolved(UUID variantId, String agent, UUID interactionId, String comment) {
        if (em.createQuery("update Variant v set v.notSolved = v.notSolved + 1 where v.id = :id")
                .setParameter("id", variantId).executeUpdate() == 0) {
            throw LibraryRefusals.notFound("NO_VARIANT", variantId);
        }
        em.persist(new Feedback(variantId, agent, Instant.now(), interactionId,
                comment == null || comment.isBlank() ? null : comment.strip()));
    }
}
