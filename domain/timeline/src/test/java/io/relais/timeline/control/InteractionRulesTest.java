package io.relais.timeline.control;

import io.relais.shared.Channel;
import io.relais.shared.Refusal;
import io.relais.timeline.boundary.Direction;
import io.relais.timeline.boundary.InteractionDetails;
import io.relais.timeline.boundary.InteractionKind;
import io.relais.timeline.boundary.NewInteraction;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class InteractionRulesTest {

    private static NewInteraction of(Channel channel, Direction direction, InteractionKind kind, String text,
                                     InteractionDetails details) {
        return new NewInteraction(UUID.randomUUID(), channel, direction, kind, null, Instant.now(), text, details);
    }

    private static InteractionDetails promiseDue(Instant due) {
        return new InteractionDetails("camille", null, null, null, null, null, null, due, null, null, List.of());
    }

    @Test
    void aPromiseNeedsItsDueTime() {
        var refused = assertThrows(Refusal.class, () -> InteractionRules.check(
                of(Channel.PHONE, Direction.INTERNAL, InteractionKind.PROMISE, "Rappel demain 10 h", promiseDue(null))));
        assertEquals("a promise needs its due time (promiseDueAt)", refused.getMessage());
        assertDoesNotThrow(() -> InteractionRules.check(of(Channel.PHONE, Direction.INTERNAL, InteractionKind.PROMISE,
                "Rappel demain 10 h", promiseDue(Instant.now().plusSeconds(86_400)))));
    }

    @Test
    void aNoteIsNeverSentToTheCustomer() {
        var refused = assertThrows(Refusal.class, () -> InteractionRules.check(
                of(Channel.EMAIL, Direction.OUTBOUND, InteractionKind.NOTE, "Client fâché", InteractionDetails.NONE)));
        assertEquals("a note is INTERNAL: customers never see it", refused.getMessage());
    }

    @Test
    void aSurveyScoreIsFromZeroToTen() {
        var details = new InteractionDetails(null, null, null, null, null, null, null, null, 11, null, List.of());
        assertThrows(Refusal.class, () -> InteractionRules.check(
                of(Channel.EMAIL, Direction.INBOUND, InteractionKind.SURVEY_ANSWER, null, details)));
    }

    @Test
    void aFaqViewNeedsAWebAddress() {
        var details = new InteractionDetails(null, null, null, null, null, null, null, null, null,
                "javascript:alert(1)", List.of());
        assertThrows(Refusal.class, () -> InteractionRules.check(
                of(Channel.FAQ, Direction.INBOUND, InteractionKind.FAQ_VIEW, null, details)));
    }

    @Test
    void aCallIsOnThePhone() {
        assertThrows(Refusal.class, () -> InteractionRules.check(
                of(Channel.CHAT, Direction.INBOUND, InteractionKind.CALL, null, InteractionDetails.NONE)));
    }

    @Test
    void anAttachmentHasANameAndAType() {
        var details = new InteractionDetails(null, null, null, null, null, null, null, null, null, null,
                List.of(new InteractionDetails.AttachmentInfo(" ", "application/pdf", 10, null)));
        assertThrows(Refusal.class, () -> InteractionRules.check(
                of(Channel.EMAIL, Direction.INBOUND, InteractionKind.MESSAGE, "pièce jointe", details)));
    }
}
