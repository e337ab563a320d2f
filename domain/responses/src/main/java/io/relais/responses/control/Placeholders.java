package io.relais.responses.control;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Placeholders in answers, with jmustache: logic-less, one small jar, a visitor that lists the
 * variables a template uses. Only plain variables are allowed (no sections, partials or unescaped
 * output), so a template is text plus named holes, and every hole is known before anything is sent.
 */
public final class Placeholders {

    public static final Set<String> CONTEXT_NAMES = Set.of(
            "customer.firstName", "customer.lastName", "conversation.reference", "agent.firstName");
    public static final String FACT_PREFIX = "facts.";

    private static final Mustache.Compiler PLAIN = Mustache.compiler().escapeHTML(false).strictSections(true);
    private static final Mustache.Compiler HTML = Mustache.compiler().escapeHTML(true).strictSections(true);
    private static final Pattern COMPLETE_TAG = Pattern.compile("\\{\\{[^{}]*}}");
    private static final Pattern UNESCAPED = Pattern.compile("\\{\\{\\{|\\{\\{\\s*&");

    private Placeholders() {
    }

    /** A template that could be read, with the variables it uses in order of appearance. */
    public record Parsed(Set<String> names) {
    }

    /** Why a template cannot be used. */
    public static class TemplateException extends RuntimeException {
        private final String code;
        private final String detail;

        TemplateException(String code, String detail) {
            super(code + ": " + detail);
            this.code = code;
            this.detail = detail;
        }

        public String code() {
            return code;
        }

        public String detail() {
            return detail;
        }
    }

    /** The text with its values, or the values that were missing (then no text at all). */
    public record Rendering(String text, List<String> missing) {
        public boolean complete() {
            return missing.isEmpty();
        }
    }

    public static Parsed parse(String text) {
        if (text == null || text.isEmpty()) {
            return new Parsed(Set.of());
        }
        if (UNESCAPED.matcher(text).find()) {
            throw new TemplateException(Finding.Code.TEMPLATE_NOT_ALLOWED.name(), "{{{ }}}");
        }
        String outsideTags = COMPLETE_TAG.matcher(text).replaceAll("");
        if (outsideTags.contains("{{") || outsideTags.contains("}}")) {
            throw new TemplateException(Finding.Code.TEMPLATE_SYNTAX.name(),
                    outsideTags.contains("{{") ? "{{ sans }}" : "}} sans {{");
        }
        Template template;
        try {
            template = PLAIN.compile(text);
        } catch (MustacheException e) {
            throw new TemplateException(Finding.Code.TEMPLATE_SYNTAX.name(), e.getMessage());
        }
        Set<String> names = new LinkedHashSet<>();
        List<String> refused = new ArrayList<>();
        template.visit(new Mustache.Visitor() {
            @Override
            public void visitText(String text) {
            }

            @Override
            public void visitVariable(String name) {
                names.add(name);
            }

            @Override
            public boolean visitInclude(String name) {
                refused.add("{{>" + name + "}}");
                return false;
            }

            @Override
            public boolean visitSection(String name) {
                refused.add("{{#" + name + "}}");
                return false;
            }

            @Override
            public boolean visitInvertedSection(String name) {
                refused.add("{{^" + name + "}}");
                return false;
            }
        });
        if (!refused.isEmpty()) {
            throw new TemplateException(Finding.Code.TEMPLATE_NOT_ALLOWED.name(), refused.get(0));
        }
        return new Parsed(names);
    }

    /** The names this answer knows: the conversation's and its own facts'. */
    public static SortedSet<String> known(Set<String> factNames) {
        SortedSet<String> known = new TreeSet<>(CONTEXT_NAMES);
        factNames.forEach(name -> known.add(FACT_PREFIX + name));
        return known;
    }

    /**
     * Renders with the given values ("customer.firstName" → "Léa"); when one is missing or blank,
     * nothing is rendered, so a raw tag never reaches a customer.
     */
    public static Rendering render(String text, Map<String, String> values, boolean html) {
        Parsed parsed = parse(text);
        List<String> missing = parsed.names().stream()
                .filter(name -> values.get(name) == null || values.get(name).isBlank())
                .toList();
        if (!missing.isEmpty()) {
            return new Rendering(null, missing);
        }
        return new Rendering((html ? HTML : PLAIN).compile(text).execute(nest(values)), List.of());
    }

    /**
     * Fills the values it has and leaves the other tags as written: only to measure and check a
     * text that cannot be rendered yet, never to send it.
     */
    public static String fillKnown(String text, Map<String, String> values) {
        return COMPLETE_TAG.matcher(text).replaceAll(match -> {
            String name = match.group().substring(2, match.group().length() - 2).strip();
            String value = values.get(name);
            return java.util.regex.Matcher.quoteReplacement(value == null || value.isBlank() ? match.group() : value);
        });
    }

    /** jmustache resolves "a.b" through nested maps. */
    static Map<String, Object> nest(Map<String, String> values) {
        Map<String, Object> root = new java.util.HashMap<>();
        values.forEach((name, value) -> {
            String[] parts = name.split("\\.");
            Map<String, Object> node = root;
            for (int i = 0; i < parts.length - 1; i++) {
                @SuppressWarnings("unchecked")
                Map<String, Object> child = (Map<String, Object>) node.computeIfAbsent(parts[i], k -> new java.util.HashMap<String, Object>());
                node = child;
            }
            node.put(parts[parts.length - 1], value);
        });
        return root;
    }
}
