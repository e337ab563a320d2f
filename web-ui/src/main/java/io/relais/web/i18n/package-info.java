/**
 * Languages. French is the default and the fallback, English the alternative; every text a
 * person reads comes from the {@code messages} bundles in this package, never from code.
 */
package io.relais.web.i18n;
