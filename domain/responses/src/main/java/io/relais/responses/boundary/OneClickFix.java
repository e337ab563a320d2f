package io.relais.responses.boundary;

/** A correction the library applies to a draft in one click: the brand's lexicon, vous or tu, French typography, GSM 7-bit characters. */
public enum OneClickFix {
    LEXICON,
    TONE,
    TYPOGRAPHY,
    GSM_CHARACTERS
}
