package org.grille.spring;

import java.util.List;
import java.util.Locale;

/**
 * The language a request asks for in its {@code Accept-Language} header, among the two Grille speaks. Read from the
 * header itself rather than from the server's locale, so that a request without the header gets {@code grille.locale}
 * whatever the machine's default language.
 */
final class RequestLanguage {

    private RequestLanguage() {
    }

    /**
     * The first of French or English in the header's order of preference.
     *
     * @param acceptLanguage the header's value, or null
     * @param fallback       the language when the header is absent, unreadable, or names neither
     * @return {@code fr-CA}, {@code en-CA}, or {@code fallback}
     */
    static Locale of(String acceptLanguage, Locale fallback) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return fallback;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage); // sorted by weight, weight 0 left out
        } catch (IllegalArgumentException e) {
            return fallback;
        }
        for (Locale.LanguageRange range : ranges) {
            String tag = range.getRange();
            String language = tag.contains("-") ? tag.substring(0, tag.indexOf('-')) : tag;
            switch (language) {
                case "fr":
                    return Locale.CANADA_FRENCH;
                case "en":
                    return Locale.CANADA;
                case "*":
                    return fallback;
                default:
                    break;
            }
        }
        return fallback;
    }
}
