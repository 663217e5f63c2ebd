package org.grille.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The command line's own words, French first. */
final class Text {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;

    Text(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.grille.cli.messages", locale, NO_FALLBACK);
    }

    String get(String key, Object... arguments) {
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            // a value from an application (an id, a title) is shown, never acted on by the terminal
            if (shown[i] instanceof CharSequence value) {
                shown[i] = TerminalText.visible(value.toString());
            }
        }
        return new MessageFormat(bundle.getString(key), locale).format(shown);
    }

    /** Whether the messages have {@code key}. */
    boolean has(String key) {
        return bundle.containsKey(key);
    }

    Locale locale() {
        return locale;
    }
}
