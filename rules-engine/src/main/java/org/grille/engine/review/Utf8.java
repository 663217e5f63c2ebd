package org.grille.engine.review;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Where a file stops being UTF-8. */
final class Utf8 {

    private Utf8() {
    }

    /** The offset of the first byte that is not UTF-8, or -1. */
    static int firstBadByte(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, CharBuffer.allocate(bytes.length), true);
        return result.isError() ? in.position() : -1;
    }

    /** Line and column, from 1, of byte {@code offset}. */
    static int[] lineAndColumn(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = -1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i;
            }
        }
        return new int[] {line, offset - lineStart};
    }
}
