package org.grille.spring;

import java.util.Locale;
import java.util.ResourceBundle;

/** The starter's own words, French first ({@code messages.properties}), English beside it. */
final class ProblemTitles {

    private static final String BUNDLE = "org.grille.spring.messages";
    // Without this, a French request on a JVM whose default language is English would get the English titles.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ProblemTitles() {
    }

    static String get(String key, Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, ProblemTitles.class.getClassLoader(), NO_FALLBACK).getString(key);
    }
}
