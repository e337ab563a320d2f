package io.relais.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

import java.text.MessageFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.ResourceBundle;

/** Texts of the current person's language, and the messages shown to them. */
@RequestScoped
public class Messages {

    static final String BUNDLE = "io.relais.web.i18n.messages";

    @Inject
    LanguageChoice languageChoice;

    public Locale locale() {
        return languageChoice.getLocale();
    }

    public String text(String key, Object... arguments) {
        return format(languageChoice.getLocale(), key, arguments);
    }

    public void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /** "12 min", "3 h", "2 j": how long something has been waiting, at the precision people use. */
    public String age(Duration age) {
        return describeAge(languageChoice.getLocale(), age);
    }

    static String describeAge(Locale locale, Duration age) {
        Duration positive = age.isNegative() ? Duration.ZERO : age;
        if (positive.toMinutes() < 1) {
            return format(locale, "age.now");
        }
        if (positive.toHours() < 1) {
            return format(locale, "age.minutes", positive.toMinutes());
        }
        if (positive.toDays() < 1) {
            return format(locale, "age.hours", positive.toHours());
        }
        return format(locale, "age.days", positive.toDays());
    }

    static String format(Locale locale, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    private void add(FacesMessage.Severity severity, String key, Object... arguments) {
        String summary = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, summary, null));
    }
}
