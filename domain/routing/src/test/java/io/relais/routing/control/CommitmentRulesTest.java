package io.relais.routing.control;

import io.relais.shared.Channel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommitmentRulesTest {

    private record Rule(String name, CommitmentScope scope) {
    }

    private static final UUID BILLING = UUID.randomUUID();
    private static final UUID DELIVERY = UUID.randomUUID();

    private static final Rule ANYTHING = new Rule("Tout", CommitmentScope.EVERYTHING);
    private static final Rule EMAIL = new Rule("E-mail", new CommitmentScope(Channel.EMAIL, null, null));
    private static final Rule EMAIL_BILLING = new Rule("E-mail facturation", new CommitmentScope(Channel.EMAIL, BILLING, null));
    private static final Rule EMAIL_GOLD = new Rule("E-mail Gold", new CommitmentScope(Channel.EMAIL, null, "GOLD"));
    private static final Rule EMAIL_BILLING_GOLD = new Rule("E-mail facturation Gold",
            new CommitmentScope(Channel.EMAIL, BILLING, "GOLD"));
    private static final Rule GOLD = new Rule("Gold", new CommitmentScope(null, null, "GOLD"));

    private static Optional<Rule> applicable(List<Rule> rules, Channel channel, UUID motif, String segment) {
        return CommitmentRules.applicable(rules, Rule::scope, channel, motif, segment);
    }

    private static Optional<CommitmentRules.Conflict<Rule>> conflict(Rule... rules) {
        return CommitmentRules.firstConflict(List.of(rules), Rule::scope, Rule::name);
    }

    @Test
    void the_most_specific_rule_covering_a_conversation_wins() {
        List<Rule> rules = List.of(ANYTHING, EMAIL, EMAIL_BILLING, EMAIL_GOLD, EMAIL_BILLING_GOLD);
        assertEquals(EMAIL_BILLING_GOLD, applicable(rules, Channel.EMAIL, BILLING, "GOLD").orElseThrow());
        assertEquals(EMAIL_BILLING, applicable(rules, Channel.EMAIL, BILLING, "SILVER").orElseThrow());
        assertEquals(EMAIL_GOLD, applicable(rules, Channel.EMAIL, DELIVERY, "GOLD").orElseThrow());
        assertEquals(EMAIL, applicable(rules, Channel.EMAIL, null, null).orElseThrow());
        assertEquals(ANYTHING, applicable(rules, Channel.CHAT, BILLING, "GOLD").orElseThrow());
        assertTrue(applicable(List.of(EMAIL, EMAIL_GOLD), Channel.SMS, null, "GOLD").isEmpty());
    }

    @Test
    void nested_and_separate_rules_stand_together() {
        assertTrue(conflict(ANYTHING, EMAIL, EMAIL_BILLING, EMAIL_BILLING_GOLD).isEmpty());
        assertTrue(conflict(EMAIL_GOLD, new Rule("Chat", new CommitmentScope(Channel.CHAT, null, null)),
                new Rule("Chat facturation", new CommitmentScope(Channel.CHAT, BILLING, null))).isEmpty());
    }

    @Test
    void two_rules_for_the_same_conversations_are_refused_naming_the_other() {
        var again = new Rule("Mails", new CommitmentScope(Channel.EMAIL, null, null));
        var refused = conflict(again, ANYTHING, EMAIL).orElseThrow();
        assertEquals(EMAIL, refused.rule());
        String reason = refused.why().inEnglish();
        assertTrue(reason.contains("« E-mail »") && reason.contains("« Mails »"), reason);
    }

    @Test
    void two_rules_that_share_conversations_without_one_winning_are_refused_until_their_common_part_has_a_rule() {
        var refused = conflict(EMAIL_GOLD, EMAIL, EMAIL_BILLING).orElseThrow();
        assertEquals(EMAIL_BILLING, refused.rule());
        String reason = refused.why().inEnglish();
        assertTrue(reason.contains("channel EMAIL, motif " + BILLING + ", segment GOLD"), reason);

        assertTrue(conflict(EMAIL_GOLD, EMAIL, EMAIL_BILLING, EMAIL_BILLING_GOLD).isEmpty());
        // Gold on any channel against e-mail about billing: they meet on e-mail, billing, Gold.
        assertEquals(EMAIL_BILLING, conflict(GOLD, EMAIL_BILLING).orElseThrow().rule());
    }
}
