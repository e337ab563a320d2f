package io.relais.responses.control;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PlaceholdersTest {

    @Test
    void listsTheVariablesInOrder() {
        var parsed = Placeholders.parse("Bonjour {{customer.firstName}}, dossier {{conversation.reference}} : {{facts.refund_delay}}.");
        assertEquals(List.of("customer.firstName", "conversation.reference", "facts.refund_delay"), List.copyOf(parsed.names()));
    }

    @Test
    void refusesBrokenSyntaxWithTheReason() {
        var error = assertThrows(Placeholders.TemplateException.class, () -> Placeholders.parse("Bonjour {{customer.firstName"));
        assertEquals("TEMPLATE_SYNTAX", error.code());
        assertFalse(error.detail().isBlank());
    }

    @Test
    void refusesSectionsPartialsAndUnescapedOutput() {
        assertEquals("TEMPLATE_NOT_ALLOWED", assertThrows(Placeholders.TemplateException.class,
                () -> Placeholders.parse("{{#customer}}x{{/customer}}")).code());
        assertEquals("TEMPLATE_NOT_ALLOWED", assertThrows(Placeholders.TemplateException.class,
                () -> Placeholders.parse("{{>footer}}")).code());
        assertEquals("TEMPLATE_NOT_ALLOWED", assertThrows(Placeholders.TemplateException.class,
                () -> Placeholders.parse("{{{customer.firstName}}}")).code());
    }

    @Test
    void rendersNestedNamesAndEscapesHtmlOnlyForEmail() {
        var values = Map.of("customer.firstName", "Zoé <b>", "agent.firstName", "Nadia");
        assertEquals("Bonjour Zoé &lt;b&gt;, Nadia", Placeholders.render("Bonjour {{customer.firstName}}, {{agent.firstName}}", values, true).text());
        assertEquals("Bonjour Zoé <b>, Nadia", Placeholders.render("Bonjour {{customer.firstName}}, {{agent.firstName}}", values, false).text());
    }

    @Test
    void aMissingValueIsReportedAndNothingIsRendered() {
        var rendering = Placeholders.render("Bonjour {{customer.firstName}}, votre dossier {{conversation.reference}}",
                Map.of("customer.firstName", "Léa", "conversation.reference", " "), false);
        assertFalse(rendering.complete());
        assertNull(rendering.text(), "never a raw tag to a customer");
        assertEquals(List.of("conversation.reference"), rendering.missing());
    }

    @Test
    void knownNamesAreTheContextAndTheAnswersFacts() {
        var known = Placeholders.known(Set.of("refund_delay"));
        assertEquals(Set.of("customer.firstName", "customer.lastName", "conversation.reference", "agent.firstName",
                "facts.refund_delay"), known);
    }
}
