package io.relais.responses.control;

import io.relais.responses.entity.Answer;
import io.relais.responses.entity.Brand;
import io.relais.responses.entity.Fact;
import io.relais.responses.entity.LexiconRule;
import io.relais.responses.entity.Variant;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.util.List;

/** The bridge between stored answers and the checks, and the snapshot kept at each approval. */
public final class AnswerTexts {

    private AnswerTexts() {
    }

    public static List<KeyFact> facts(Answer answer) {
        return answer.getFacts().stream().map(AnswerTexts::fact).toList();
    }

    public static KeyFact fact(Fact fact) {
        return new KeyFact(fact.getName(), fact.getKind(), fact.getValue());
    }

    public static VariantText text(Variant variant) {
        return new VariantText(variant.getForm(), variant.getSubject(), variant.getGreeting(), variant.getBody(),
                variant.getClosing(), variant.getSignature(), variant.getTemplateName(), variant.getTemplateParameters());
    }

    public static StyleRules rules(Brand brand, List<LexiconRule> lexicon) {
        return new StyleRules(brand.getAddressForm(), lexicon.stream()
                .map(rule -> new StyleRules.LexiconRule(rule.getForbidden(), rule.getReplacement())).toList(),
                brand.getSmsMaxSegments(), brand.getChatMaxLength());
    }

    /** Everything that was approved, as JSON: title, reference, facts and every variant's words. */
    public static String snapshot(Answer answer) {
        JsonArrayBuilder facts = Json.createArrayBuilder();
        answer.getFacts().forEach(f -> facts.add(Json.createObjectBuilder()
                .add("name", f.getName()).add("kind", f.getKind().name()).add("value", f.getValue())));
        JsonArrayBuilder variants = Json.createArrayBuilder();
        for (Variant v : answer.getVariants()) {
            JsonObjectBuilder variant = Json.createObjectBuilder().add("form", v.getForm().name());
            addIfPresent(variant, "subject", v.getSubject());
            addIfPresent(variant, "greeting", v.getGreeting());
            addIfPresent(variant, "body", v.getBody());
            addIfPresent(variant, "closing", v.getClosing());
            addIfPresent(variant, "signature", v.getSignature());
            addIfPresent(variant, "templateName", v.getTemplateName());
            if (!v.getTemplateParameters().isEmpty()) {
                variant.add("templateParameters", Json.createArrayBuilder(v.getTemplateParameters()));
            }
            variants.add(variant);
        }
        return Json.createObjectBuilder()
                .add("title", answer.getTitle())
                .add("reference", answer.getReferenceText())
                .add("facts", facts)
                .add("variants", variants)
                .build().toString();
    }

    private static void addIfPresent(JsonObjectBuilder builder, String name, String value) {
        if (value != null && !value.isEmpty()) {
            builder.add(name, value);
        }
    }
}
