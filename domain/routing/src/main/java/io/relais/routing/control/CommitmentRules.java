package io.relais.routing.control;

import io.relais.shared.Channel;
import io.relais.shared.Reason;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Which commitment applies, and which sets of rules are refused. The most specific rule covering a
 * conversation wins. Two rules that cover some conversations in common without one including the
 * other (e-mail for Gold customers, e-mail about billing) would leave that choice open, so such a
 * pair is accepted only when a rule for their common part exists: then every conversation has
 * exactly one most specific rule.
 */
public final class CommitmentRules {

    private CommitmentRules() {
    }

    /** Why a set of rules cannot stand: the rule in conflict and the reason, for the admin to read. */
    public record Conflict<R>(R rule, Reason why) {
    }

    /** The most specific of the rules covering a conversation, if any covers it. */
    public static <R> Optional<R> applicable(Collection<R> rules, Function<R, CommitmentScope> scopeOf,
                                             Channel channel, UUID motifId, String segment) {
        List<R> covering = rules.stream().filter(r -> scopeOf.apply(r).covers(channel, motifId, segment)).toList();
        return covering.stream()
                .filter(r -> covering.stream().allMatch(other -> scopeOf.apply(other).includes(scopeOf.apply(r))))
                .findFirst();
    }

    /**
     * The first conflict in a set of rules: two rules with the same scope, or two rules whose
     * common part has no rule of its own. {@code rules} is the whole set as it would be after the
     * change, the rule being added or changed first: the conflict then holds the other rule.
     */
    public static <R> Optional<Conflict<R>> firstConflict(List<R> rules, Function<R, CommitmentScope> scopeOf,
                                                          Function<R, String> nameOf) {
        for (int i = 0; i < rules.size(); i++) {
            CommitmentScope a = scopeOf.apply(rules.get(i));
            for (int j = i + 1; j < rules.size(); j++) {
                CommitmentScope b = scopeOf.apply(rules.get(j));
                if (a.equals(b)) {
                    return Optional.of(new Conflict<>(rules.get(j), RoutingRefusals.reason("conflict.sameScope",
                            nameOf.apply(rules.get(j)), nameOf.apply(rules.get(i)))));
                }
                if (a.includes(b) || b.includes(a)) {
                    continue;
                }
                Optional<CommitmentScope> common = a.intersection(b);
                if (common.isPresent() && rules.stream().noneMatch(r -> scopeOf.apply(r).equals(common.get()))) {
                    return Optional.of(new Conflict<>(rules.get(j), RoutingRefusals.reason("conflict.ambiguous",
                            nameOf.apply(rules.get(i)), nameOf.apply(rules.get(j)), describe(common.get()))));
                }
            }
        }
        return Optional.empty();
    }

    /** "channel EMAIL, motif any, segment GOLD", in the reader's language. */
    private static Reason describe(CommitmentScope scope) {
        Reason any = RoutingRefusals.reason("scope.any");
        return RoutingRefusals.reason("scope", scope.channel() == null ? any : scope.channel().name(),
                scope.motifId() == null ? any : scope.motifId(), scope.segment() == null ? any : scope.segment());
    }
}
