package io.relais.shared;

import java.util.Locale;

/**
 * Words that can be said in the reader's language: a {@link Reason}, or what a module's checks
 * found. A reason's argument that is a wording is said in the reason's language.
 */
@FunctionalInterface
public interface Wording {

    String in(Locale locale);
}
