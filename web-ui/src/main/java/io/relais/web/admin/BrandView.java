package io.relais.web.admin;

import io.relais.responses.boundary.AddressForm;
import io.relais.responses.boundary.BrandSettings;
import io.relais.responses.boundary.LibraryRecords.BrandRules;
import io.relais.responses.boundary.LibraryRecords.LexiconEntry;
import io.relais.shared.Refusal;
import io.relais.web.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The brand's house rules for the library, for administrators: vous or tu, the SMS segments and
 * chat length allowed, and the lexicon of words to avoid with what to write instead. Every
 * variant is judged by them from the next check on.
 */
@Named
@ViewScoped
public class BrandView implements Serializable {

    @Inject
    BrandSettings brandSettings;

    @Inject
    Messages messages;

    private String name;
    private AddressForm addressForm;
    private int smsMaxSegments;
    private int chatMaxLength;
    private final List<LexiconRow> lexicon = new ArrayList<>();

    /** A lexicon line as edited. */
    public static class LexiconRow implements Serializable {
        private String forbidden;
        private String replacement;

        LexiconRow(String forbidden, String replacement) {
            this.forbidden = forbidden;
            this.replacement = replacement;
        }

        public String getForbidden() {
            return forbidden;
        }

        public void setForbidden(String forbidden) {
            this.forbidden = forbidden;
        }

        public String getReplacement() {
            return replacement;
        }

        public void setReplacement(String replacement) {
            this.replacement = replacement;
        }
    }

    @PostConstruct
    void load() {
        BrandRules rules = brandSettings.brandRules();
        name = rules.name();
        addressForm = rules.addressForm();
        smsMaxSegments = rules.smsMaxSegments();
        chatMaxLength = rules.chatMaxLength();
        lexicon.clear();
        rules.lexicon().forEach(e -> lexicon.add(new LexiconRow(e.forbidden(), e.replacement())));
    }

    public void addWord() {
        lexicon.add(new LexiconRow("", ""));
    }

    public void removeWord(LexiconRow row) {
        lexicon.remove(row);
    }

    public void save() {
        try {
            brandSettings.changeBrandRules(new BrandRules(name, addressForm, smsMaxSegments, chatMaxLength,
                    lexicon.stream().filter(r -> r.getForbidden() != null && !r.getForbidden().isBlank())
                            .map(r -> new LexiconEntry(r.getForbidden(), r.getReplacement())).toList()));
            load();
            messages.info("brand.saved");
        } catch (Refusal e) {
            messages.error("library.refused", e.message(messages.locale()));
        }
    }

    public List<AddressForm> getAddressForms() {
        return List.of(AddressForm.values());
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public AddressForm getAddressForm() {
        return addressForm;
    }

    public void setAddressForm(AddressForm addressForm) {
        this.addressForm = addressForm;
    }

    public int getSmsMaxSegments() {
        return smsMaxSegments;
    }

    public void setSmsMaxSegments(int smsMaxSegments) {
        this.smsMaxSegments = smsMaxSegments;
    }

    public int getChatMaxLength() {
        return chatMaxLength;
    }

    public void setChatMaxLength(int chatMaxLength) {
        this.chatMaxLength = chatMaxLength;
    }

    public List<LexiconRow> getLexicon() {
        return lexicon;
    }
}
