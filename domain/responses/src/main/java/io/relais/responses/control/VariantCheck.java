package io.relais.responses.control;

import io.relais.responses.boundary.OneClickFix;
import io.relais.responses.boundary.VariantForm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Every check a variant goes through, when its author saves it and again when an agent sends
 * it: template, channel limits, key facts, lexicon, tone and typography. When saving, the
 * placeholders are counted with sample values as long as real ones; when sending, with the
 * conversation's own values.
 */
public final class VariantCheck {

    /** Stand-ins, as long as common real values, to count an unsent variant's characters. */
    public static final Map<String, String> SAMPLE_VALUES = Map.of(
            "customer.firstName", "Jean-Baptiste",
            "customer.lastName", "Martin-Dupont",
            "conversation.reference", "C-2026-000123",
            "agent.firstName", "Marie-Claire");

    private static final Set<String> PERSONAL = Set.of("customer.lastName", "conversation.reference");
    private static final Pattern TEMPLATE_NAME = Pattern.compile("[a-z0-9_]{1,60}");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…]+(?=\\s|$)");
    private static final Pattern FORMAL_CLOSING = Pattern.compile("(?iu)agréer|salutations distinguées|sentiments");
    private static final Pattern FACT_NAME = Pattern.compile("[a-z][a-z0-9_]{0,59}");

    private VariantCheck() {
    }

    /** What was found, and the counters an author watches while typing. */
    public record Report(List<Finding> findings, String renderedMessage, int characters,
                         SmsSegments.Count sms, Integer postLength) {

        public boolean refused() {
            return findings.stream().anyMatch(Finding::refused);
        }

        public boolean blocksApproval() {
            return findings.stream().anyMatch(Finding::blocksApproval);
        }

        public List<Finding> refusals() {
            return findings.stream().filter(Finding::refused).toList();
        }

        public String describe(Locale locale) {
            return findings.stream().map(f -> f.message(locale)).collect(Collectors.joining(" "));
        }
    }

    /** Checks a variant as its author wrote it. */
    public static Report authoring(VariantText text, List<KeyFact> facts, StyleRules rules) {
        Map<String, String> values = new HashMap<>(SAMPLE_VALUES);
        facts.forEach(f -> values.put(Placeholders.FACT_PREFIX + f.name(), f.value()));
        return check(text, facts, rules, values, false);
    }

    /** Checks what an agent is about to send, with the conversation's values. */
    public static Report sending(VariantText text, List<KeyFact> facts, StyleRules rules, Map<String, String> values) {
        Map<String, String> all = new HashMap<>(values);
        facts.forEach(f -> all.put(Placeholders.FACT_PREFIX + f.name(), f.value()));
        return check(text, facts, rules, all, true);
    }

    /** A fact that would make every check meaningless: a bad name, or a value of the wrong shape. */
    public static List<Finding> checkFacts(List<KeyFact> facts) {
        List<Finding> findings = new ArrayList<>();
        for (KeyFact fact : facts) {
            if (fact.name() == null || !FACT_NAME.matcher(fact.name()).matches()) {
                findings.add(Finding.of(Finding.Code.FACT_NAME, Finding.Severity.REFUSED, "facts", fact.name()));
            } else if (fact.value() == null || fact.value().isBlank()
                    || (fact.kind() != io.relais.responses.boundary.FactKind.STEPS
                    && fact.kind() != io.relais.responses.boundary.FactKind.TEXT
                    && FactValues.comparable(fact) == null)) {
                findings.add(Finding.of(Finding.Code.FACT_MALFORMED, Finding.Severity.REFUSED, "facts",
                        fact.name(), Finding.WORD + "kind." + fact.kind(), fact.value()));
            }
        }
        return findings;
    }

    private static Report check(VariantText text, List<KeyFact> facts, StyleRules rules,
                                Map<String, String> values, boolean sending) {
        List<Finding> findings = new ArrayList<>();
        Set<String> known = Placeholders.known(facts.stream().map(KeyFact::name).collect(Collectors.toSet()));
        Map<String, String> rendered = new java.util.LinkedHashMap<>();
        Set<String> used = new LinkedHashSet<>();
        for (var part : text.parts().entrySet()) {
            try {
                Set<String> names = Placeholders.parse(part.getValue()).names();
                used.addAll(names);
                for (String name : names) {
                    if (!known.contains(name)) {
                        findings.add(Finding.of(Finding.Code.UNKNOWN_PLACEHOLDER, Finding.Severity.REFUSED, part.getKey(),
                                name, String.join(", ", known)));
                    }
                }
                var rendering = Placeholders.render(part.getValue(), values, false);
                if (rendering.complete()) {
                    rendered.put(part.getKey(), rendering.text());
                } else {
                    rendering.missing().stream().filter(known::contains).forEach(name -> findings.add(
                            Finding.of(Finding.Code.MISSING_VALUE, Finding.Severity.REFUSED, part.getKey(), name)));
                    rendered.put(part.getKey(), Placeholders.fillKnown(part.getValue(), values));
                }
            } catch (Placeholders.TemplateException e) {
                findings.add(Finding.of(Finding.Code.valueOf(e.code()), Finding.Severity.REFUSED, part.getKey(), e.detail()));
                rendered.put(part.getKey(), part.getValue());
            }
        }
        VariantText filled = text.withParts(rendered);
        String message = filled.message();
        if (text.body() == null || text.body().isBlank()) {
            findings.add(Finding.of(Finding.Code.EMPTY_BODY, Finding.Severity.REFUSED, "body"));
        }
        int characters = message.codePointCount(0, message.length());
        SmsSegments.Count sms = null;
        Integer postLength = null;
        switch (text.form()) {
            case SMS -> {
                sms = SmsSegments.count(message);
                if (sms.segments() > rules.smsMaxSegments()) {
                    findings.add(Finding.of(Finding.Code.SMS_TOO_LONG, Finding.Severity.REFUSED, "body", sms.segments(),
                            sms.encoding() == SmsSegments.Encoding.GSM_7 ? "GSM 7 bits" : "UCS-2", sms.length(), rules.smsMaxSegments()));
                }
                if (sms.encoding() == SmsSegments.Encoding.UCS_2) {
                    findings.add(Finding.fixable(Finding.Code.SMS_UCS2, Finding.Severity.ADVICE, "body",
                            OneClickFix.GSM_CHARACTERS, String.join(" ", sms.charactersOutsideGsm())));
                }
            }
            case SOCIAL_PUBLIC -> {
                postLength = PublicPostLength.of(message);
                if (postLength > PublicPostLength.MAXIMUM) {
                    findings.add(Finding.of(Finding.Code.POST_TOO_LONG, Finding.Severity.REFUSED, "body", postLength, PublicPostLength.MAXIMUM));
                }
                used.stream().filter(PERSONAL::contains).forEach(name -> findings.add(
                        Finding.of(Finding.Code.PUBLIC_PERSONAL_DATA, Finding.Severity.REFUSED, "body", name)));
            }
            case CHAT -> {
                if (characters > rules.chatMaxLength()) {
                    findings.add(Finding.of(Finding.Code.CHAT_TOO_LONG, Finding.Severity.REFUSED, "body", characters, rules.chatMaxLength()));
                }
                String stripped = message.strip();
                long sentences = SENTENCE_END.matcher(stripped).results().count();
                if (!stripped.isEmpty() && !stripped.matches("(?s).*[.!?…]$")) {
                    sentences++;
                }
                if (sentences > StyleRules.CHAT_MAX_SENTENCES) {
                    findings.add(Finding.of(Finding.Code.CHAT_TOO_MANY_SENTENCES, Finding.Severity.BLOCKS_APPROVAL, "body",
                            sentences, StyleRules.CHAT_MAX_SENTENCES));
                }
            }
            case SOCIAL_PRIVATE -> {
                if (characters > StyleRules.PRIVATE_MESSAGE_MAX_LENGTH) {
                    findings.add(Finding.of(Finding.Code.PRIVATE_TOO_LONG, Finding.Severity.REFUSED, "body",
                            characters, StyleRules.PRIVATE_MESSAGE_MAX_LENGTH));
                }
            }
            case WHATSAPP -> {
                if (text.templateName() == null || !TEMPLATE_NAME.matcher(text.templateName()).matches()) {
                    findings.add(Finding.of(Finding.Code.WHATSAPP_TEMPLATE_NAME, Finding.Severity.REFUSED, "templateName",
                            text.templateName() == null ? "" : text.templateName()));
                }
                if (characters > StyleRules.WHATSAPP_MAX_LENGTH) {
                    findings.add(Finding.of(Finding.Code.WHATSAPP_TOO_LONG, Finding.Severity.REFUSED, "body",
                            characters, StyleRules.WHATSAPP_MAX_LENGTH));
                }
                List<String> inOrder = new ArrayList<>(used);
                if (!inOrder.equals(text.templateParameters())) {
                    findings.add(Finding.of(Finding.Code.WHATSAPP_PARAMETERS, Finding.Severity.REFUSED, "templateParameters",
                            inOrder.isEmpty() ? "—" : String.join(", ", inOrder)));
                }
            }
            case EMAIL -> {
                if (blank(text.subject())) {
                    findings.add(Finding.of(Finding.Code.EMAIL_NO_SUBJECT, Finding.Severity.BLOCKS_APPROVAL, "subject"));
                } else if (text.subject().length() > StyleRules.EMAIL_SUBJECT_MAX_LENGTH) {
                    findings.add(Finding.of(Finding.Code.EMAIL_SUBJECT_TOO_LONG, Finding.Severity.REFUSED, "subject",
                            text.subject().length(), StyleRules.EMAIL_SUBJECT_MAX_LENGTH));
                }
                if (blank(text.greeting())) {
                    findings.add(Finding.of(Finding.Code.EMAIL_NO_GREETING, Finding.Severity.BLOCKS_APPROVAL, "greeting"));
                }
                if (blank(text.closing())) {
                    findings.add(Finding.of(Finding.Code.EMAIL_NO_CLOSING, Finding.Severity.BLOCKS_APPROVAL, "closing"));
                }
                if (blank(text.signature())) {
                    findings.add(Finding.of(Finding.Code.EMAIL_NO_SIGNATURE, Finding.Severity.ADVICE, "signature"));
                }
            }
            case LETTER -> {
                if (blank(text.greeting())) {
                    findings.add(Finding.of(Finding.Code.LETTER_NO_GREETING, Finding.Severity.BLOCKS_APPROVAL, "greeting"));
                }
                if (blank(text.closing()) || !FORMAL_CLOSING.matcher(text.closing()).find()) {
                    findings.add(Finding.of(Finding.Code.LETTER_NO_FORMAL_CLOSING, Finding.Severity.BLOCKS_APPROVAL, "closing"));
                }
            }
            case PHONE_SCRIPT -> {
            }
        }
        String everything = (filled.subject() == null ? "" : filled.subject() + "\n") + message;
        findings.addAll(FactConsistency.check(facts, everything, text.form(), "body"));
        if (!sending) {
            for (var part : text.parts().entrySet()) {
                findings.addAll(StyleGuide.check(part.getValue(), part.getKey(), rules, text.form() != VariantForm.SMS));
            }
        }
        return new Report(List.copyOf(findings), message, characters, sms, postLength);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
