package org.grille.api;

/**
 * The limits a {@link JsonCodec} puts on what it reads, so that a hostile or broken file cannot exhaust memory or
 * slip an absurd value through. Set them with {@link JsonCodec#builder()}; {@link #DEFAULTS} suits real applications
 * with a wide margin (the 47 sample applications are at most 5.5 KB, 4 levels deep, with texts of at most 305 characters).
 *
 * <p>What happens past a limit:
 * <ul>
 *   <li>{@code maxEntryBytes}, {@code maxStringLength}, {@code maxNestingDepth}: that entry is rejected with the JSON
 *       path, line and column of the first value past the limit; the other entries of the batch are still read
 *       ({@link JsonCodec#readEach} too).</li>
 *   <li>{@code maxDocumentBytes}: the whole input of {@link JsonCodec#readApplication} or {@link JsonCodec#readBatch}
 *       is refused before it is parsed. {@link JsonCodec#readEach} reads batches of any size, one entry at a time,
 *       so this limit does not apply to it; each of its entries still has {@code maxEntryBytes}.</li>
 * </ul>
 * Two safety nets stay below the parser whatever the settings: nesting deeper than {@link #PARSER_MAX_NESTING_DEPTH}
 * and a single string longer than {@link #PARSER_MAX_STRING_LENGTH} characters make the whole input unusable, since
 * the parser cannot skip past them without holding them.
 *
 * @param maxDocumentBytes the largest input, in bytes, that {@code readApplication} and {@code readBatch} accept
 * @param maxEntryBytes    the largest single application, in bytes of JSON text
 * @param maxStringLength  the longest string value or field name, in characters (an {@code id}, a summary)
 * @param maxNestingDepth  the deepest nesting of objects and arrays inside one application (the application itself is 1)
 */
public record JsonLimits(long maxDocumentBytes, int maxEntryBytes, int maxStringLength, int maxNestingDepth) {

    /** Nesting past this depth stops the parser for the whole input, whatever {@code maxNestingDepth} says. */
    public static final int PARSER_MAX_NESTING_DEPTH = 10_000;

    /** A string longer than this stops the parser for the whole input, whatever {@code maxStringLength} says. */
    public static final int PARSER_MAX_STRING_LENGTH = 20_000_000;

    /** 64 MiB per document, 1 MiB per application, 20 000 characters per string, 32 levels. */
    public static final JsonLimits DEFAULTS = new JsonLimits(64L * 1024 * 1024, 1024 * 1024, 20_000, 32);

    /**
     * Checks every limit.
     *
     * @param maxDocumentBytes at least 1
     * @param maxEntryBytes    at least 1
     * @param maxStringLength  between 1 and {@link #PARSER_MAX_STRING_LENGTH}
     * @param maxNestingDepth  between 1 and {@link #PARSER_MAX_NESTING_DEPTH} - 2
     * @throws IllegalArgumentException naming the limit when one is out of its range
     */
    public JsonLimits {
        if (maxDocumentBytes < 1) {
            throw new IllegalArgumentException("maxDocumentBytes: must be at least 1, was " + maxDocumentBytes);
        }
        if (maxEntryBytes < 1) {
            throw new IllegalArgumentException("maxEntryBytes: must be at least 1, was " + maxEntryBytes);
        }
        if (maxStringLength < 1 || maxStringLength > PARSER_MAX_STRING_LENGTH) {
            throw new IllegalArgumentException("maxStringLength: must be between 1 and " + PARSER_MAX_STRING_LENGTH
                    + ", was " + maxStringLength);
        }
        if (maxNestingDepth < 1 || maxNestingDepth > PARSER_MAX_NESTING_DEPTH - 2) {
            throw new IllegalArgumentException("maxNestingDepth: must be between 1 and " + (PARSER_MAX_NESTING_DEPTH - 2)
                    + ", was " + maxNestingDepth);
        }
    }
}
