package io.relais.responses.control;

import io.relais.responses.boundary.VariantForm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of a variant, part by part. Only email and letter use greeting, closing and
 * signature (email also a subject); WhatsApp adds its approved template's name and parameters.
 */
public record VariantText(VariantForm form, String subject, String greeting, String body, String closing,
                          String signature, String templateName, List<String> templateParameters) {

    public VariantText {
        templateParameters = templateParameters == null ? List.of() : List.copyOf(templateParameters);
    }

    public static VariantText body(VariantForm form, String body) {
        return new VariantText(form, null, null, body, null, null, null, List.of());
    }

    /** The parts that carry words, by name, in reading order; absent parts are left out. */
    public Map<String, String> parts() {
        Map<String, String> parts = new LinkedHashMap<>();
        put(parts, "subject", subject);
        put(parts, "greeting", greeting);
        put(parts, "body", body);
        put(parts, "closing", closing);
        put(parts, "signature", signature);
        return parts;
    }

    /** What the customer reads, as one text (the subject apart). */
    public String message() {
        List<String> blocks = new ArrayList<>();
        for (String part : new String[] {greeting, body, closing, signature}) {
            if (part != null && !part.isBlank()) {
                blocks.add(part.strip());
            }
        }
        return String.join(form.isFramed() ? "\n\n" : "\n", blocks);
    }

    public VariantText withParts(Map<String, String> parts) {
        return new VariantText(form, parts.getOrDefault("subject", subject), parts.getOrDefault("greeting", greeting),
                parts.getOrDefault("body", body), parts.getOrDefault("closing", closing),
                parts.getOrDefault("signature", signature), templateName, templateParameters);
    }

    private static void put(Map<String, String> parts, String name, String value) {
        if (value != null) {
            parts.put(name, value);
        }
    }
}
