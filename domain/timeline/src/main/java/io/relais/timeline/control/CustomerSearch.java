package io.relais.timeline.control;

import io.relais.shared.PhoneNumbers;
import io.relais.timeline.boundary.CustomerMatch;
import io.relais.timeline.boundary.IdentityKind;
import io.relais.timeline.entity.SearchKeys;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Finds customers from what an agent types: a phone number in any format, an email address (or
 * its beginning), a customer number, or part of a name, without case or accents. Exact identity
 * matches come first.
 */
@Dependent
public class CustomerSearch {

    @PersistenceContext(unitName = "timeline")
    EntityManager em;

    public List<CustomerMatch> find(String typed, int limit) {
        String query = typed == null ? "" : typed.strip();
        if (query.length() < 2) {
            return List.of();
        }
        Map<UUID, CustomerMatch> found = new LinkedHashMap<>();
        phone(query).ifPresent(e164 -> byIdentity(Set.of(IdentityKind.PHONE, IdentityKind.WHATSAPP), e164, "PHONE", found));
        byIdentity(Set.of(IdentityKind.CUSTOMER_NUMBER), query.toUpperCase(Locale.ROOT), "CUSTOMER_NUMBER", found);
        if (query.contains("@")) {
            em.createQuery("""
                            select new io.relais.timeline.boundary.CustomerMatch(c.id, c.displayName, 'EMAIL')
                            from CustomerIdentity i join Customer c on c.id = i.customerId
                            where i.kind = :kind and i.value like :prefix escape '\\'
                            order by i.value""", CustomerMatch.class)
                    .setParameter("kind", IdentityKind.EMAIL)
                    .setParameter("prefix", likeEscaped(query.toLowerCase(Locale.ROOT)) + "%")
                    .setMaxResults(limit)
                    .getResultStream()
                    .forEach(m -> found.putIfAbsent(m.customerId(), m));
        } else {
            em.createQuery("""
                            select new io.relais.timeline.boundary.CustomerMatch(c.id, c.displayName, 'NAME')
                            from Customer c where c.nameKey like :part escape '\\'
                              and c.mergedInto is null and c.erasedAt is null
                            order by c.nameKey""", CustomerMatch.class)
                    .setParameter("part", "%" + likeEscaped(SearchKeys.of(query)) + "%")
                    .setMaxResults(limit)
                    .getResultStream()
                    .forEach(m -> found.putIfAbsent(m.customerId(), m));
        }
        return found.values().stream().limit(limit).toList();
    }

    private void byIdentity(Set<IdentityKind> kinds, String value, String matchedBy, Map<UUID, CustomerMatch> found) {
        em.createQuery("""
                        select c.id, c.displayName from CustomerIdentity i join Customer c on c.id = i.customerId
                        where i.kind in :kinds and i.value = :value""", Object[].class)
                .setParameter("kinds", kinds)
                .setParameter("value", value)
                .getResultStream()
                .forEach(row -> found.putIfAbsent((UUID) row[0],
                        new CustomerMatch((UUID) row[0], (String) row[1], matchedBy)));
    }

    private static Optional<String> phone(String query) {
        if (query.chars().filter(Character::isDigit).count() < 6) {
            return Optional.empty();
        }
        try {
            return Optional.of(PhoneNumbers.toE164(query));
        } catch (IllegalArgumentException notAPhoneNumber) {
            return Optional.empty();
        }
    }

    static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
