package io.relais.responses.boundary;

import io.relais.responses.control.StyleRules;
import io.relais.responses.entity.Brand;
import io.relais.responses.entity.LexiconRule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The brand's rules every variant and reply is checked against: vous or tu, SMS segments, chat
 * length, and the lexicon of words to avoid.
 */
@Stateless
public class BrandSettings {

    @PersistenceContext(unitName = "responses")
    EntityManager em;

    @Inject
    LibraryRows rows;

    public LibraryRecords.BrandRules brandRules() {
        Brand brand = em.find(Brand.class, Brand.DEFAULT_ID);
        return new LibraryRecords.BrandRules(brand.getName(), brand.getAddressForm(), brand.getSmsMaxSegments(),
                brand.getChatMaxLength(), rows.lexicon(brand.getId()).stream()
                .map(r -> new LibraryRecords.LexiconEntry(r.getForbidden(), r.getReplacement())).toList());
    }

    /** New house rules, as a whole; existing variants are judged by them from now on. */
    public void changeBrandRules(LibraryRecords.BrandRules rules) {
        if (rules == null) {
            throw LibraryRefusals.invalid("BRAND_RULES_MISSING");
        }
        describeBrand(rules.name(), rules.addressForm(), rules.smsMaxSegments(), rules.chatMaxLength());
        List<LibraryRecords.LexiconEntry> lexicon = rules.lexicon() == null ? List.of() : rules.lexicon();
        for (LibraryRecords.LexiconEntry entry : lexicon) {
            if (entry == null || LibraryRows.blank(entry.forbidden())) {
                throw LibraryRefusals.invalid("LEXICON_FORBIDDEN_MISSING");
            }
            if (entry.forbidden().strip().length() > LexiconRule.WORDS_LENGTH
                    || entry.replacement() != null && entry.replacement().strip().length() > LexiconRule.WORDS_LENGTH) {
                throw LibraryRefusals.invalid("LEXICON_LENGTH", LexiconRule.WORDS_LENGTH);
            }
        }
        replaceLexicon(lexicon.stream().map(e -> new StyleRules.LexiconRule(e.forbidden(), e.replacement())).toList());
    }

    public StyleRules styleRules() {
        return rows.rules(Brand.DEFAULT_ID);
    }

    public void replaceLexicon(List<StyleRules.LexiconRule> rules) {
        em.createQuery("delete from LexiconRule r where r.brandId = :brand").setParameter("brand", Brand.DEFAULT_ID).executeUpdate();
        rules.stream().filter(r -> !LibraryRows.blank(r.forbidden()))
                .collect(Collectors.toMap(r -> r.forbidden().strip().toLowerCase(Locale.FRENCH), r -> r, (a, b) -> b, LinkedHashMap::new))
                .forEach((forbidden, r) -> em.persist(new LexiconRule(Brand.DEFAULT_ID, forbidden,
                        r.replacement() == null ? "" : r.replacement().strip())));
    }

    public void describeBrand(String name, io.relais.responses.boundary.AddressForm addressForm, int smsMaxSegments, int chatMaxLength) {
        if (LibraryRows.blank(name) || addressForm == null || smsMaxSegments < 1 || smsMaxSegments > 10 || chatMaxLength < 40 || chatMaxLength > 2000) {
            throw LibraryRefusals.invalid("BRAND_INCOMPLETE");
        }
        em.find(Brand.class, Brand.DEFAULT_ID).describe(name.strip(), addressForm, smsMaxSegments, chatMaxLength);
    }
}
