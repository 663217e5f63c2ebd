package org.grille.engine.json;

import org.grille.engine.messages.Messages;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Jackson's problems told in the reader's words, for every JSON file Grille reads: applications, scenario tables,
 * manifests. Jackson's own text (markers, sources, byte offsets) goes to the debug log.
 */
public final class JsonErrors {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(JsonErrors.class);

    private JsonErrors() {
    }

    /** One plain sentence for what is wrong. */
    public static String plain(JacksonException e, Messages messages) {
        if (e instanceof UnrecognizedPropertyException u) {
            return messages.get("json.unknownField", u.getPropertyName(), u.getKnownPropertyIds() == null ? ""
                    : String.join(", ", u.getKnownPropertyIds().stream().map(Object::toString).sorted().toList()));
        }
        if (e instanceof StreamReadException) {
            return malformed(String.valueOf(e.getOriginalMessage()), messages);
        }
        LOG.debug("Jackson said: {}", e.getOriginalMessage());
        return messages.get("json.invalid");
    }

    /**
     * A syntax mistake in the reader's words, from the parser's own text of it: what {@link #plain} says for a
     * {@link StreamReadException}, for a reader that uses the streaming parser alone.
     *
     * @param original the parser's message ({@link JacksonException#getOriginalMessage()})
     * @param messages the reader's language
     * @return one plain sentence
     */
    public static String malformed(String original, Messages messages) {
        return messages.get("json.malformed", syntax(original, messages));
    }

    /**
     * An unknown field in the reader's words: what {@link #plain} says for an unrecognized property.
     *
     * @param name     the field
     * @param known    the fields allowed there, in any order
     * @param messages the reader's language
     * @return one plain sentence naming the allowed fields in alphabetical order
     */
    public static String unknownField(String name, java.util.Collection<String> known, Messages messages) {
        return messages.get("json.unknownField", name, String.join(", ", known.stream().sorted().toList()));
    }

    private static final java.util.regex.Pattern UNEXPECTED_CHARACTER = java.util.regex.Pattern.compile("Unexpected character \\('(.+?)'");
    private static final java.util.regex.Pattern UNRECOGNIZED_TOKEN = java.util.regex.Pattern.compile("Unrecognized token '(.+?)'");

    /**
     * What is wrong with the JSON's syntax, in the reader's words: Jackson's own text speaks of markers, sources and
     * byte offsets. It goes to the debug log instead.
     */
    static String syntax(String original, Messages messages) {
        LOG.debug("Jackson said: {}", original);
        java.util.regex.Matcher m;
        if (original.contains("end-of-input")) {
            return messages.get("json.syntax.end");
        }
        if (original.contains("close marker")) {
            return messages.get("json.syntax.close");
        }
        if ((m = UNRECOGNIZED_TOKEN.matcher(original)).find()) {
            return messages.get("json.syntax.token", m.group(1));
        }
        if (original.contains("Illegal unquoted character")) {
            return messages.get("json.syntax.control");
        }
        if (original.contains("numeric value") || original.contains("Leading zeroes") || original.contains("Leading zero")) {
            return messages.get("json.syntax.number");
        }
        if ((m = UNEXPECTED_CHARACTER.matcher(original)).find()) {
            return messages.get("json.syntax.character", m.group(1));
        }
        return messages.get("json.syntax.other");
    }
}
