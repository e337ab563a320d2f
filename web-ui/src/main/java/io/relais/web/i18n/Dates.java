package io.relais.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Instants as people read them: in the reader's language, on the Paris clock (the contact
 * center's, until staff members carry a time zone of their own).
 */
@Named
@RequestScoped
public class Dates {

    public static final ZoneId CONTACT_CENTER_ZONE = ZoneId.of("Europe/Paris");

    @Inject
    LanguageChoice languageChoice;

    public String format(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(languageChoice.getLocale())
                .withZone(CONTACT_CENTER_ZONE)
                .format(instant);
    }
}
