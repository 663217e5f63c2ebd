package org.grille.engine;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The engine's user-facing messages, bound to one language. French is the base bundle. The JVM's default
 * locale never leaks in, so a message is the same on every machine.
 */
public final class Messages {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.grille.engine.messages", locale, NO_FALLBACK);
    }

    public Locale locale() {
        return locale;
    }

    /** The message for {@code key}, with {@code arguments} in its {@code {0}} placeholders. */
    public String get(String key, Object... arguments) {
        try {
            return new MessageFormat(bundle.getString(key), locale).format(arguments);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("Missing message key " + key + " for " + locale, e);
        }
    }
}
