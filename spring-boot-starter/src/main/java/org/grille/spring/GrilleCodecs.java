package org.grille.spring;

import java.util.Locale;
import java.util.Objects;
import org.grille.api.JsonCodec;
import org.grille.api.JsonLimits;

/**
 * Grille's JSON codec in each language it speaks, with the same limits, so that a request's problems come back in the
 * language it asked for. Immutable and thread-safe.
 */
public final class GrilleCodecs {

    private final JsonCodec french;
    private final JsonCodec english;
    private final Locale defaultLocale;

    /**
     * Builds both codecs.
     *
     * @param limits        the limits of reading
     * @param defaultLocale the language used when a request does not ask for one: French or English
     */
    public GrilleCodecs(JsonLimits limits, Locale defaultLocale) {
        Objects.requireNonNull(limits, "limits");
        this.french = JsonCodec.builder().limits(limits).locale(Locale.CANADA_FRENCH).build();
        this.english = JsonCodec.builder().limits(limits).locale(Locale.CANADA).build();
        this.defaultLocale = Objects.requireNonNull(defaultLocale, "defaultLocale");
    }

    /**
     * The codec speaking this language.
     *
     * @param locale any locale; English for {@code en}, French otherwise
     * @return the codec
     */
    public JsonCodec codec(Locale locale) {
        return "en".equals(locale.getLanguage()) ? english : french;
    }

    /**
     * The codec of the configured language ({@code grille.locale}).
     *
     * @return the codec
     */
    public JsonCodec defaultCodec() {
        return codec(defaultLocale);
    }

    /**
     * The configured language.
     *
     * @return {@code grille.locale}
     */
    public Locale defaultLocale() {
        return defaultLocale;
    }
}
