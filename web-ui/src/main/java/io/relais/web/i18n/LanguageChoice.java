package io.relais.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** The language a person chose for this session; French until they switch. */
@Named
@SessionScoped
public class LanguageChoice implements Serializable {

    public static final Locale DEFAULT = Locale.FRENCH;
    static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.ENGLISH);

    private Locale locale = DEFAULT;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public void switchTo(String language) {
        locale = SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst().orElse(DEFAULT);
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }
}
