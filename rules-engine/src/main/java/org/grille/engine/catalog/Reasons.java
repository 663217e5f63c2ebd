package org.grille.engine.catalog;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A catalog's reason texts in French and English, read from its properties files. Texts are plain: no
 * placeholders, so an apostrophe needs no escaping.
 */
public final class Reasons {

    private final Map<String, String> french;
    private final Map<String, String> english;
    private final boolean frenchLoaded;
    private final boolean englishLoaded;

    Reasons(Map<String, String> french, Map<String, String> english, boolean frenchLoaded, boolean englishLoaded) {
        this.french = Map.copyOf(french);
        this.english = Map.copyOf(english);
        this.frenchLoaded = frenchLoaded;
        this.englishLoaded = englishLoaded;
    }

    /** The French file was found (when it is missing, that is one problem, not one per rule). */
    boolean frenchLoaded() {
        return frenchLoaded;
    }

    boolean englishLoaded() {
        return englishLoaded;
    }

    /** The reason in this language, falling back to French, then to the key itself. */
    public String text(String key, Locale locale) {
        if (key == null) {
            return "";
        }
        Map<String, String> first = "en".equals(locale.getLanguage()) ? english : french;
        return Optional.ofNullable(first.get(key)).or(() -> Optional.ofNullable(french.get(key))).orElse(key);
    }

    java.util.Set<String> frenchKeys() {
        return french.keySet();
    }

    java.util.Set<String> englishKeys() {
        return english.keySet();
    }

    boolean hasFrench(String key) {
        return french.containsKey(key);
    }

    boolean hasEnglish(String key) {
        return english.containsKey(key);
    }
}
