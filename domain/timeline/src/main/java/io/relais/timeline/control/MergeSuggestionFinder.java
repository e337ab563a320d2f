package io.relais.timeline.control;

import io.relais.shared.Ids;
import io.relais.timeline.boundary.IdentityKind;
import io.relais.timeline.boundary.MergeSuggestion;
import io.relais.timeline.entity.MergeReason;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Finds customers who may be one person, from what the database holds (identities, names) and
 * from hints found in messages, and scores each pair: reasons combine as independent chances,
 * 1 − Π(1 − weight), so two weak reasons make a stronger suggestion than either.
 * Customers merged away or erased, and pairs a supervisor dismissed, are left out.
 */
@Dependent
public class MergeSuggestionFinder {

    /** Enough pairs for a supervisor's day; a common name must not flood the list. */
    static final int MAX_PAIRS_PER_REASON = 2_000;

    @PersistenceContext(unitName = "timeline")
    EntityManager em;

    /** @param customerId null for every customer */
    public List<MergeSuggestion> find(UUID customerId, int limit) {
        Map<Pair, List<MergeSuggestion.Evidence>> evidence = new LinkedHashMap<>();
        String onlyFor = customerId == null ? "" : " and (a.customerId = :customer or b.customerId = :customer)";
        collect(evidence, MergeReason.SAME_PHONE, query("""
                select a.customerId, b.customerId, a.value from CustomerIdentity a, CustomerIdentity b
                where a.kind = :phone and b.kind = :whatsapp and a.value = b.value and a.customerId <> b.customerId
                  and a.valid = true and b.valid = true""" + onlyFor, customerId)
                .setParameter("phone", IdentityKind.PHONE)
                .setParameter("whatsapp", IdentityKind.WHATSAPP));
        String namesFor = customerId == null ? "" : " and (ca.id = :customer or cb.id = :customer)";
        collect(evidence, MergeReason.SAME_NAME_AND_EMAIL_LOCAL_PART, query("""
                select ca.id, cb.id, a.value from Customer ca, Customer cb, CustomerIdentity a, CustomerIdentity b
                where ca.nameKey = cb.nameKey and ca.id <> cb.id
                  and ca.mergedInto is null and cb.mergedInto is null and ca.erasedAt is null and cb.erasedAt is null
                  and a.customerId = ca.id and b.customerId = cb.id and a.kind = :email and b.kind = :email
                  and a.value <> b.value
                  and substring(a.value, 1, locate('@', a.value)) = substring(b.value, 1, locate('@', b.value))"""
                + namesFor, customerId)
                .setParameter("email", IdentityKind.EMAIL));
        collect(evidence, MergeReason.SAME_NAME, query("""
                select ca.id, cb.id, ca.displayName from Customer ca, Customer cb
                where ca.nameKey = cb.nameKey and ca.id <> cb.id and locate(' ', ca.nameKey) > 0
                  and ca.mergedInto is null and cb.mergedInto is null and ca.erasedAt is null and cb.erasedAt is null"""
                + namesFor, customerId));
        String hintsFor = customerId == null ? "" : " and (h.customerId = :customer or h.otherCustomerId = :customer)";
        collect(evidence, MergeReason.QUOTED_CUSTOMER_NUMBER, query("""
                select h.customerId, h.otherCustomerId, h.evidence from MergeHint h, Customer ca, Customer cb
                where ca.id = h.customerId and cb.id = h.otherCustomerId
                  and ca.mergedInto is null and cb.mergedInto is null and ca.erasedAt is null and cb.erasedAt is null"""
                + hintsFor, customerId));
        if (evidence.isEmpty()) {
            return List.of();
        }
        Set<Pair> dismissed = dismissed();
        Map<UUID, String> names = names(evidence.keySet());
        List<MergeSuggestion> suggestions = new ArrayList<>();
        evidence.forEach((pair, reasons) -> {
            if (!dismissed.contains(pair)) {
                suggestions.add(new MergeSuggestion(pair.first(), names.get(pair.first()), pair.second(),
                        names.get(pair.second()), confidence(reasons), List.copyOf(reasons)));
            }
        });
        suggestions.sort(Comparator.comparingDouble(MergeSuggestion::confidence).reversed()
                .thenComparing(MergeSuggestion::customerName, Comparator.nullsLast(Comparator.naturalOrder())));
        return suggestions.size() <= limit ? suggestions : List.copyOf(suggestions.subList(0, limit));
    }

    /** Independent chances: 1 − Π(1 − weight), each reason counted once. */
    public static double confidence(List<MergeSuggestion.Evidence> evidence) {
        double none = 1;
        Set<MergeReason> counted = new HashSet<>();
        for (MergeSuggestion.Evidence item : evidence) {
            if (counted.add(item.reason())) {
                none *= 1 - item.reason().weight();
            }
        }
        return Math.round((1 - none) * 1000) / 1000.0;
    }

    private TypedQuery<Object[]> query(String jpql, UUID customerId) {
        TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class).setMaxResults(MAX_PAIRS_PER_REASON);
        if (customerId != null) {
            query.setParameter("customer", customerId);
        }
        return query;
    }

    private static void collect(Map<Pair, List<MergeSuggestion.Evidence>> evidence, MergeReason reason,
                                TypedQuery<Object[]> query) {
        for (Object[] row : query.getResultList()) {
            Pair pair = Pair.of((UUID) row[0], (UUID) row[1]);
            List<MergeSuggestion.Evidence> known = evidence.computeIfAbsent(pair, p -> new ArrayList<>());
            if (known.stream().noneMatch(e -> e.reason() == reason)) {
                known.add(new MergeSuggestion.Evidence(reason, (String) row[2]));
            }
        }
    }

    private Set<Pair> dismissed() {
        Set<Pair> pairs = new HashSet<>();
        for (Object row : em.createNativeQuery("select first_customer_id, second_customer_id from tl_merge_dismissal")
                .getResultList()) {
            Object[] ids = (Object[]) row;
            pairs.add(Pair.of(Ids.fromColumn(ids[0]), Ids.fromColumn(ids[1])));
        }
        return pairs;
    }

    private Map<UUID, String> names(Set<Pair> pairs) {
        Set<UUID> ids = new HashSet<>();
        pairs.forEach(pair -> {
            ids.add(pair.first());
            ids.add(pair.second());
        });
        Map<UUID, String> names = new LinkedHashMap<>();
        em.createQuery("select c.id, c.displayName from Customer c where c.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .forEach(row -> names.put((UUID) row[0], (String) row[1]));
        return names;
    }

    /** An unordered pair, kept in one order (by text) so that (a, b) and (b, a) are one suggestion. */
    public record Pair(UUID first, UUID second) {
        public static Pair of(UUID a, UUID b) {
            return a.toString().compareTo(b.toString()) <= 0 ? new Pair(a, b) : new Pair(b, a);
        }
    }
}
