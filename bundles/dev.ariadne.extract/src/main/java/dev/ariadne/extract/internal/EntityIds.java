package dev.ariadne.extract.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import dev.ariadne.api.entities.EntityType;

/**
 * Stable entity ids: the type's initial, a dash and 16 hex digits of the SHA-256 of the type and the look-up key of
 * the canonical name ({@link Names#key}), so the same entity has the same id in every case and after every restart,
 * and a rename onto an existing name lands on that entity. Stateless; any thread.
 */
final class EntityIds {

    private EntityIds() {
    }

    /** The id of the entity of this type and canonical name. */
    static String of(EntityType type, String name) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest((type.name() + "|" + Names.key(name)).getBytes(StandardCharsets.UTF_8));
            return type.name().charAt(0) + "-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
