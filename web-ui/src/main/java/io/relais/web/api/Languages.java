package io.relais.web.api;

import jakarta.ws.rs.core.HttpHeaders;

import java.util.Locale;

/** The language of messages meant for people (findings, refusals): French unless English is asked first. */
final class Languages {

    private Languages() {
    }

    static Locale of(HttpHeaders headers) {
        if (headers != null) {
            for (Locale locale : headers.getAcceptableLanguages()) {
                if ("en".equals(locale.getLanguage())) {
                    return Locale.ENGLISH;
                }
                if ("fr".equals(locale.getLanguage())) {
                    return Locale.FRENCH;
                }
            }
        }
        return Locale.FRENCH;
    }
}
