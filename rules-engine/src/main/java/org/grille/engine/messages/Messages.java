package org.grille.engine.messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The engine's user-facing messages, bound to one language. French is the base file ({@code messages.properties});
 * English ({@code messages_en.properties}) overrides it key by key. The JVM's default locale never leaks in, so a
 * message is the same on every machine.
 *
 * <p>The files are read as resources of this class, not through {@code ResourceBundle.Control}, which a named
 * module may not use: the engine works the same on the class path and on the module path.
 */
public final class Messages {

    /**
     * For exceptions that only the developer who assembles an application sees (a missing catalog artifact, a reload
     * of the bundled catalog): always English, whatever the scorer's locale.
     */
    public static final Messages DEVELOPER = new Messages(Locale.ENGLISH);

    private final Locale locale;
    private final Map<String, String> texts;

    public Messages(Locale locale) {
        this.locale = locale;
        this.texts = load(Messages.class, "messages", locale);
    }

    public Locale locale() {
        return locale;
    }

    /** The message for {@code key}, with {@code arguments} in its {@code {0}} placeholders. */
    public String get(String key, Object... arguments) {
        String pattern = texts.get(key);
        if (pattern == null) {
            throw new IllegalStateException("Missing message key " + key + " for " + locale);
        }
        return new MessageFormat(pattern, locale).format(arguments);
    }

    /**
     * The texts of {@code baseName.properties} next to {@code owner}, overridden by {@code baseName_en.properties}
     * for English. UTF-8, like {@code ResourceBundle} reads properties files since Java 9.
     */
    static Map<String, String> load(Class<?> owner, String baseName, Locale locale) {
        Map<String, String> texts = new HashMap<>(read(owner, baseName + ".properties"));
        if ("en".equals(locale.getLanguage())) {
            texts.putAll(read(owner, baseName + "_en.properties"));
        }
        return Map.copyOf(texts);
    }

    private static Map<String, String> read(Class<?> owner, String file) {
        try (InputStream in = owner.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + file + " next to " + owner.getName());
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> texts = new HashMap<>();
            properties.forEach((key, value) -> texts.put((String) key, (String) value));
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + " next to " + owner.getName(), e);
        }
    }
}
