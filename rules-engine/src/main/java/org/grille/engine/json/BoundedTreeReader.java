package org.grille.engine.json;

import java.util.ArrayDeque;
import java.util.Deque;
import org.grille.api.FieldViolation;
import org.grille.api.JsonLimits;
import org.grille.engine.messages.Messages;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads one batch entry from a parser into a tree, checking {@link JsonLimits} and the rules Jackson would let
 * through (a key given twice, a number too large to be finite) token by token. Past the first violation it keeps
 * reading to the end of the entry without building anything, so the parser stands at the next entry and the rest of
 * the batch can still be read.
 */
final class BoundedTreeReader {

    /** A tree, or the first problem found in the entry (then {@code node} is null). */
    record Entry(JsonNode node, FieldViolation violation) {
    }

    private final JsonLimits limits;
    private final Messages messages;
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    BoundedTreeReader(JsonLimits limits, Messages messages) {
        this.limits = limits;
        this.messages = messages;
    }

    /**
     * Reads the value at the parser's current token. With {@code insideObject}, the current token is the first
     * {@code PROPERTY_NAME} of an object whose start was already read (or its {@code END_OBJECT}), at {@code start}.
     * Returns with the parser on the entry's last token.
     */
    Entry read(JsonParser parser, boolean insideObject, TokenStreamLocation start) {
        long startOffset = offset(start);
        Deque<JsonNode> open = new ArrayDeque<>();
        JsonNode root = null;
        String name = null;
        FieldViolation violation = null;
        if (insideObject) {
            root = nodes.objectNode();
            open.push(root);
        }
        JsonToken token = parser.currentToken();
        while (true) {
            if (violation == null && offset(parser.currentLocation()) - startOffset > limits.maxEntryBytes()) {
                violation = at(parser, messages.get("json.entryTooLarge", limits.maxEntryBytes()));
            }
            switch (token) {
                case START_OBJECT, START_ARRAY -> {
                    if (violation == null && open.size() + 1 > limits.maxNestingDepth()) {
                        violation = at(parser, messages.get("json.tooDeep", limits.maxNestingDepth()));
                    }
                    JsonNode container = token == JsonToken.START_OBJECT ? nodes.objectNode() : nodes.arrayNode();
                    if (violation == null) {
                        root = attach(open, name, container, root);
                    }
                    open.push(container);
                }
                case END_OBJECT, END_ARRAY -> open.pop();
                case PROPERTY_NAME -> {
                    name = parser.currentName();
                    if (violation == null && name.length() > limits.maxStringLength()) {
                        violation = at(parser, messages.get("json.stringTooLong", name.length(), limits.maxStringLength()));
                    } else if (violation == null && ((ObjectNode) open.peek()).has(name)) {
                        violation = at(parser, messages.get("json.duplicateKey", name));
                    }
                }
                default -> {
                    if (violation == null) {
                        violation = scalarProblem(parser, token);
                    }
                    if (violation == null) {
                        root = attach(open, name, scalar(parser, token), root);
                    }
                }
            }
            if (open.isEmpty()) {
                return violation == null ? new Entry(root, null) : new Entry(null, violation);
            }
            token = parser.nextToken();
        }
    }

    private FieldViolation scalarProblem(JsonParser parser, JsonToken token) {
        if (token == JsonToken.VALUE_STRING && parser.getStringLength() > limits.maxStringLength()) {
            return at(parser, messages.get("json.stringTooLong", parser.getStringLength(), limits.maxStringLength()));
        }
        if (token == JsonToken.VALUE_NUMBER_FLOAT && !Double.isFinite(parser.getDoubleValue())) {
            return at(parser, messages.get("json.notFinite", parser.getText()));
        }
        return null;
    }

    private JsonNode scalar(JsonParser parser, JsonToken token) {
        return switch (token) {
            case VALUE_STRING -> nodes.stringNode(parser.getString());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> nodes.numberNode(parser.getIntValue());
                case LONG -> nodes.numberNode(parser.getLongValue());
                default -> nodes.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> nodes.numberNode(parser.getDoubleValue());
            case VALUE_TRUE -> nodes.booleanNode(true);
            case VALUE_FALSE -> nodes.booleanNode(false);
            case VALUE_NULL -> nodes.nullNode();
            default -> nodes.pojoNode(parser.getEmbeddedObject());
        };
    }

    /** Adds {@code value} to the innermost open container (under {@code name} in an object); returns the root. */
    private static JsonNode attach(Deque<JsonNode> open, String name, JsonNode value, JsonNode root) {
        JsonNode parent = open.peek();
        if (parent == null) {
            return value;
        }
        if (parent instanceof ObjectNode object) {
            object.set(name, value);
        } else {
            ((ArrayNode) parent).add(value);
        }
        return root;
    }

    private static FieldViolation at(JsonParser parser, String message) {
        TokenStreamLocation location = parser.currentTokenLocation();
        return new FieldViolation(path(parser.streamReadContext()), message,
                Math.max(0, location.getLineNr()), Math.max(0, location.getColumnNr()));
    }

    /** The JSON path of the parser's position from the document's root: {@code $.applications[3].budget.totalCost}. */
    static String path(TokenStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                if (c.hasCurrentIndex()) { // an array just opened has no element yet
                    path.insert(0, "[" + c.getCurrentIndex() + "]");
                }
            } else if (c.currentName() != null) {
                path.insert(0, "." + c.currentName());
            }
        }
        return "$" + path;
    }

    private static long offset(TokenStreamLocation location) {
        return location.getByteOffset() >= 0 ? location.getByteOffset() : location.getCharOffset();
    }
}
