package io.relais.responses.boundary;

import io.relais.responses.boundary.LibraryRecords.AnswerDraft;
import io.relais.responses.boundary.LibraryRecords.AnswerLine;
import io.relais.responses.boundary.LibraryRecords.AnswerView;
import io.relais.responses.boundary.LibraryRecords.CheckReport;
import io.relais.responses.boundary.LibraryRecords.FactDraft;
import io.relais.responses.boundary.LibraryRecords.FindingView;
import io.relais.responses.boundary.LibraryRecords.HistoryEntry;
import io.relais.responses.boundary.LibraryRecords.MotifDraft;
import io.relais.responses.boundary.LibraryRecords.MotifNode;
import io.relais.responses.boundary.LibraryRecords.RenderedReply;
import io.relais.responses.boundary.LibraryRecords.VariantDraft;
import io.relais.responses.boundary.LibraryRecords.VariantView;
import io.relais.responses.control.AnswerLines;
import io.relais.responses.control.AnswerTexts;
import io.relais.responses.control.Finding;
import io.relais.responses.control.KeyFact;
import io.relais.responses.control.Placeholders;
import io.relais.responses.control.StarterLibrary;
import io.relais.responses.control.StyleGuide;
import io.relais.responses.control.StyleRules;
import io.relais.responses.control.VariantCheck;
import io.relais.responses.control.VariantText;
import io.relais.responses.entity.Answer;
import io.relais.responses.entity.AnswerEvent;
import io.relais.responses.entity.Brand;
import io.relais.responses.entity.Fact;
import io.relais.responses.entity.Feedback;
import io.relais.responses.entity.LexiconRule;
import io.relais.responses.entity.Motif;
import io.relais.responses.entity.Variant;
import io.relais.shared.Channel;
import io.relais.shared.Refusal;
import io.relais.shared.Wording;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The response library: motifs, reference answers with their key facts, and a checked variant
 * per channel form; their review and approval; and what agents get from it (the approved,
 * effective variants, filled in for a conversation). Every write is checked as a whole before
 * anything is stored, so nothing is saved half-way.
 */
@Stateless
public class ResponseLibrary {

    private static final Pattern MOTIF_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

    @PersistenceContext(unitName = "responses")
    EntityManager em;

    @Inject
    AnswerLines answerLines;

    // ---- motifs

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
        Motif motif = motif(id);
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
        if (blank(draft.labelFr()) || blank(draft.labelEn())) {
            throw LibraryRefusals.invalid("MOTIF_LABELS");
        }
        UUID parent = draft.parentId();
        while (parent != null) {
            if (parent.equals(id)) {
                throw LibraryRefusals.invalid("MOTIF_UNDER_ITSELF");
            }
            parent = motif(parent).getParentId();
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

    // ---- answers

    public UUID createAnswer(AnswerDraft draft, String author, Locale locale) {
        Motif motif = motif(draft.motifId());
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
        Answer answer = answerForEdit(id, draft.editCount());
        List<Fact> facts = checkedFacts(draft, locale);
        Instant now = Instant.now();
        answer.rewrite(motif(draft.motifId()), draft.title().strip(), draft.reference().strip(), facts,
                draft.effectiveFrom(), draft.expiresAt(), author, now);
        em.persist(new AnswerEvent(id, answer.getVersion(), AnswerEvent.Action.EDITED, author, now, null, null));
        return view(answer, locale);
    }

    private List<Fact> checkedFacts(AnswerDraft draft, Locale locale) {
        if (draft == null || draft.motifId() == null || blank(draft.title()) || blank(draft.reference())) {
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
        Answer answer = answer(answerId);
        return CheckReport.of(VariantCheck.authoring(text(form, draft), AnswerTexts.facts(answer), rules(answer)), locale);
    }

    /** Saves a variant when nothing refuses it; anything that only blocks approval is reported. */
    public VariantView saveVariant(UUID answerId, VariantForm form, VariantDraft draft, String author, Locale locale) {
        Answer answer = answerForEdit(answerId, null);
        VariantText text = text(form, draft);
        StyleRules rules = rules(answer);
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
        return variantView(answer, variant, rules, locale, now);
    }

    /** A one-click correction applied to a draft, not saved: the author sees it and saves it. */
    public VariantDraft fix(UUID answerId, VariantDraft draft, OneClickFix fix) {
        StyleRules rules = rules(answer(answerId));
        return new VariantDraft(StyleGuide.fix(fix, draft.subject(), rules), StyleGuide.fix(fix, draft.greeting(), rules),
                StyleGuide.fix(fix, draft.body(), rules), StyleGuide.fix(fix, draft.closing(), rules),
                StyleGuide.fix(fix, draft.signature(), rules), draft.templateName(), draft.templateParameters());
    }

    public AnswerView answerView(UUID id, Locale locale) {
        return view(answer(id), locale);
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

    /** What a reviewer has to look at: answers in review, and approved answers with changed variants. */
    public List<AnswerLine> reviewQueue(Locale locale) {
        return answerLines.of(em.createQuery("select distinct a from Answer a join fetch a.motif left join a.variants v"
                        + " where a.status = :review or (a.status = :approved and v.state <> :ok) order by a.updatedAt", Answer.class)
                .setParameter("review", AnswerStatus.IN_REVIEW)
                .setParameter("approved", AnswerStatus.APPROVED)
                .setParameter("ok", VariantState.APPROVED)
                .getResultList(), locale);
    }

    // ---- lifecycle

    /**
     * Asks for a review. A draft goes into review (and out of agents' reach until approved); an
     * approved answer with changed or stale variants stays approved and offered while it waits.
     */
    public AnswerView submit(UUID id, String author, Locale locale) {
        Answer answer = lockedAnswer(id);
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
        return view(answer, locale);
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
        Answer answer = lockedAnswer(id);
        if (!underReview(answer)) {
            throw LibraryRefusals.conflict("NOT_TO_APPROVE", answer.getStatus());
        }
        StyleRules rules = rules(answer);
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
        Set<VariantForm> missing = formsNeeded(answer.getMotif());
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
        return view(answer, locale);
    }

    /** Sends the changes back with a note; an approved answer stays approved in the meantime. */
    public AnswerView returnToAuthor(UUID id, String reviewer, String note, Locale locale) {
        Answer answer = lockedAnswer(id);
        if (!underReview(answer)) {
            throw LibraryRefusals.conflict("NOT_TO_RETURN");
        }
        if (blank(note)) {
            throw LibraryRefusals.invalid("RETURN_NOTE_MISSING");
        }
        if (answer.getStatus() == AnswerStatus.IN_REVIEW) {
            answer.returnToDraft();
        }
        em.persist(new AnswerEvent(id, answer.getVersion(), AnswerEvent.Action.RETURNED, reviewer, Instant.now(), note.strip(), null));
        return view(answer, locale);
    }

    public AnswerView retire(UUID id, String reviewer, String note, Locale locale) {
        Answer answer = lockedAnswer(id);
        if (answer.getStatus() == AnswerStatus.RETIRED) {
            throw LibraryRefusals.conflict("ALREADY_RETIRED");
        }
        answer.retire();
        em.persist(new AnswerEvent(id, answer.getVersion(), AnswerEvent.Action.RETIRED, reviewer, Instant.now(), note, null));
        return view(answer, locale);
    }

    public List<HistoryEntry> history(UUID id) {
        answer(id);
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

    // ---- for agents

    /** The variant of this answer agents may use on this form now, if there is one. */
    public Optional<UUID> offeredVariant(UUID answerId, VariantForm form) {
        Answer answer = answer(answerId);
        Instant now = Instant.now();
        return answer.variant(form).filter(v -> offered(answer, v, now)).map(Variant::getId);
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
        if (!offered(answer, variant, Instant.now())) {
            throw LibraryRefusals.conflict("VARIANT_NOT_OFFERED", answer.getStatus(), variant.getState());
        }
        List<KeyFact> facts = AnswerTexts.facts(answer);
        VariantText text = AnswerTexts.text(variant);
        var report = VariantCheck.sending(text, facts, rules(answer), values);
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
        var report = VariantCheck.sending(reply, List.of(), styleRules(), Map.of());
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

    // ---- starter library

    /**
     * Installs the starter library (brand rules, lexicon, motifs, answers, every variant) and
     * approves it, through the same checks as any answer; does nothing when answers exist.
     *
     * @return the motif ids by code
     */
    public Map<String, UUID> installStarterLibrary(String installer) {
        if (em.createQuery("select count(a) from Answer a", Long.class).getSingleResult() > 0) {
            return motifIdsByCode();
        }
        var contents = StarterLibrary.read();
        var brand = contents.brand();
        describeBrand(brand.name(), brand.addressForm(), brand.smsMaxSegments(), brand.chatMaxLength());
        replaceLexicon(brand.lexicon());
        em.flush();
        Map<String, UUID> existing = motifIdsByCode();
        install(contents.motifs(), null, existing, installer);
        return motifIdsByCode();
    }

    /**
     * Stores each motif and its approved answers directly: the same checks as an author's, run
     * once per variant, rather than the save-submit-approve round of the API (four times the
     * checks and a lock per variant), which would slow every first start.
     */
    private void install(List<StarterLibrary.StarterMotif> motifs, UUID parent, Map<String, UUID> existing, String installer) {
        StyleRules rules = styleRules();
        Instant now = Instant.now();
        for (var motif : motifs) {
            var draft = new MotifDraft(motif.code(), motif.labelFr(), motif.labelEn(), parent, motif.keywords(),
                    motif.priority(), motif.channels());
            UUID id = existing.get(motif.code());
            if (id == null) {
                id = createMotif(draft);
            } else {
                updateMotif(id, draft);
            }
            Motif stored = motif(id);
            for (var starter : motif.answers()) {
                Answer answer = new Answer(stored, Brand.DEFAULT_ID, starter.title(), starter.reference(), installer, now);
                answer.rewrite(stored, starter.title(), starter.reference(), starter.facts().stream()
                        .map(f -> Fact.stated(f.name(), f.kind(), f.value())).toList(), null, null, installer, now);
                starter.variants().forEach((form, text) -> {
                    var report = VariantCheck.authoring(text, starter.facts(), rules);
                    if (report.blocksApproval()) {
                        throw new IllegalStateException("the starter library's " + motif.code() + " " + form
                                + " variant does not pass its checks: " + report.describe(Locale.ENGLISH));
                    }
                    answer.addVariant(form).write(text.subject(), text.greeting(), text.body(), text.closing(),
                            text.signature(), text.templateName(), text.templateParameters(), now);
                });
                answer.submit();
                answer.approve(installer, now);
                em.persist(answer);
                em.persist(new AnswerEvent(answer.getId(), 0, AnswerEvent.Action.CREATED, installer, now, null, null));
                em.persist(new AnswerEvent(answer.getId(), answer.getVersion(), AnswerEvent.Action.APPROVED, installer, now,
                        "Bibliothèque de départ", AnswerTexts.snapshot(answer)));
            }
            install(motif.children(), id, existing, installer);
        }
    }

    public Map<String, UUID> motifIdsByCode() {
        return em.createQuery("select m from Motif m", Motif.class).getResultStream()
                .collect(Collectors.toMap(Motif::getCode, Motif::getId));
    }

    // ---- brand

    public LibraryRecords.BrandRules brandRules() {
        Brand brand = em.find(Brand.class, Brand.DEFAULT_ID);
        return new LibraryRecords.BrandRules(brand.getName(), brand.getAddressForm(), brand.getSmsMaxSegments(),
                brand.getChatMaxLength(), lexicon(brand.getId()).stream()
                .map(r -> new LibraryRecords.LexiconEntry(r.getForbidden(), r.getReplacement())).toList());
    }

    /** New house rules, as a whole; existing variants are judged by them from now on. */
    public void changeBrandRules(LibraryRecords.BrandRules rules) {
        if (rules == null) {
            throw LibraryRefusals.invalid("BRAND_RULES_MISSING");
        }
        describeBrand(rules.name(), rules.addressForm(), rules.smsMaxSegments(), rules.chatMaxLength());
        replaceLexicon(rules.lexicon() == null ? List.of() : rules.lexicon().stream()
                .map(e -> new StyleRules.LexiconRule(e.forbidden(), e.replacement())).toList());
    }

    public StyleRules styleRules() {
        return rules(Brand.DEFAULT_ID);
    }

    public void replaceLexicon(List<StyleRules.LexiconRule> rules) {
        em.createQuery("delete from LexiconRule r where r.brandId = :brand").setParameter("brand", Brand.DEFAULT_ID).executeUpdate();
        rules.stream().filter(r -> !blank(r.forbidden()))
                .collect(Collectors.toMap(r -> r.forbidden().strip().toLowerCase(Locale.FRENCH), r -> r, (a, b) -> b, LinkedHashMap::new))
                .forEach((forbidden, r) -> em.persist(new LexiconRule(Brand.DEFAULT_ID, forbidden,
                        r.replacement() == null ? "" : r.replacement().strip())));
    }

    public void describeBrand(String name, io.relais.responses.boundary.AddressForm addressForm, int smsMaxSegments, int chatMaxLength) {
        if (blank(name) || addressForm == null || smsMaxSegments < 1 || smsMaxSegments > 10 || chatMaxLength < 40 || chatMaxLength > 2000) {
            throw LibraryRefusals.invalid("BRAND_INCOMPLETE");
        }
        em.find(Brand.class, Brand.DEFAULT_ID).describe(name.strip(), addressForm, smsMaxSegments, chatMaxLength);
    }

    // ---- helpers

    private static boolean offered(Answer answer, Variant variant, Instant now) {
        return answer.isEffective(now) && variant.getState() == VariantState.APPROVED;
    }

    private AnswerView view(Answer answer, Locale locale) {
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

    private VariantView variantView(Answer answer, Variant v, StyleRules rules, Locale locale, Instant now) {
        var report = VariantCheck.authoring(AnswerTexts.text(v), AnswerTexts.facts(answer), rules);
        return new VariantView(v.getId(), v.getForm(), v.getSubject(), v.getGreeting(), v.getBody(), v.getClosing(),
                v.getSignature(), v.getTemplateName(), v.getTemplateParameters(), v.getState(), v.getUses(),
                v.getNotSolved(), offered(answer, v, now), CheckReport.of(report, locale));
    }

    static Set<VariantForm> formsNeeded(Motif motif) {
        Set<VariantForm> forms = EnumSet.noneOf(VariantForm.class);
        for (Channel channel : motif.channels()) {
            forms.add(VariantForm.forChannel(channel));
        }
        return forms;
    }

    private StyleRules rules(Answer answer) {
        return rules(answer.getBrandId());
    }

    private StyleRules rules(UUID brandId) {
        return AnswerTexts.rules(em.find(Brand.class, brandId), lexicon(brandId));
    }

    private List<LexiconRule> lexicon(UUID brandId) {
        return em.createQuery("select r from LexiconRule r where r.brandId = :brand order by r.forbidden", LexiconRule.class)
                .setParameter("brand", brandId).getResultList();
    }

    private static VariantText text(VariantForm form, VariantDraft draft) {
        if (form == null || draft == null) {
            throw LibraryRefusals.invalid("VARIANT_INCOMPLETE");
        }
        return new VariantText(form, trimmed(draft.subject()), trimmed(draft.greeting()), draft.body() == null ? "" : draft.body().strip(),
                trimmed(draft.closing()), trimmed(draft.signature()), trimmed(draft.templateName()),
                draft.templateParameters() == null ? List.of() : draft.templateParameters().stream().map(String::strip).toList());
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private Motif motif(UUID id) {
        Motif motif = id == null ? null : em.find(Motif.class, id);
        if (motif == null) {
            throw LibraryRefusals.notFound("NO_MOTIF", id);
        }
        return motif;
    }

    private Answer answer(UUID id) {
        Answer answer = id == null ? null : em.find(Answer.class, id);
        if (answer == null) {
            throw LibraryRefusals.notFound("NO_ANSWER", id);
        }
        return answer;
    }

    /** The answer, locked until the transaction ends, so two reviewers or authors take turns. */
    private Answer lockedAnswer(UUID id) {
        em.flush();
        Answer answer = id == null ? null : em.find(Answer.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (answer == null) {
            throw LibraryRefusals.notFound("NO_ANSWER", id);
        }
        return answer;
    }

    /** The answer, refused when someone saved it since the author read it. */
    private Answer answerForEdit(UUID id, Long editCountRead) {
        Answer answer = lockedAnswer(id);
        if (editCountRead != null && editCountRead != answer.getEditCount()) {
            throw LibraryRefusals.conflict("SAVED_MEANWHILE", answer.getUpdatedBy());
        }
        return answer;
    }


    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
