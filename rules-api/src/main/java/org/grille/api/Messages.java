package org.grille.api;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The api's own user-facing messages. French is the base bundle; English is the other one shipped. */
final class Messages {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    static String get(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.grille.api.messages", locale, NO_FALLBACK);
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
