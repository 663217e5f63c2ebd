package org.grille.engine.funding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The neutral tie-break key: the first 16 hex digits of SHA-256(seed, newline, application id). It depends on
 * nothing an applicant controls in a useful way, nor on submission order, size or any protected attribute,
 * and anyone with the published seed can recompute it.
 */
public final class TieBreak {

    private TieBreak() {
    }

    public static String key(String seed, String applicationId) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest((seed + "\n" + applicationId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
