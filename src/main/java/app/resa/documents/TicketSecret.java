package app.resa.documents;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * What a ticket's QR code carries: 160 random bits from {@link SecureRandom}, base64url without
 * padding (27 characters, URL-safe, easy for a hand scanner to type). Only its SHA-256 is stored:
 * like an API key's secret (decision 7), a long random value needs no slow salted hash, and a
 * copy of the database then lets nobody make a ticket that scans.
 */
record TicketSecret(String value) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 20;

    static TicketSecret generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return new TicketSecret(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The stored form of a scanned or printed secret; blanks around what a scanner typed are ignored. */
    static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.strip().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    byte[] hash() {
        return hash(value);
    }

    @Override
    public String toString() {
        return "TicketSecret[…]";
    }
}
