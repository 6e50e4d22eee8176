package app.resa.billing.online;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Encrypts the providers' secrets at rest with AES-GCM under a key from the environment
 * ({@code resa.online-payments.secrets-key}: 32 bytes, base64), so a copy of the database alone
 * does not give away an organisation's Stripe account. Without a key (a laptop, the tests) the
 * secrets are stored as entered, with a warning; both forms are read back, so setting the key
 * later and re-saving the settings seals them.
 */
@Component
class SecretSealing {

    static final String KEY = "resa.online-payments.secrets-key";
    private static final String SEALED = "aesgcm:";
    private static final Logger log = LoggerFactory.getLogger(SecretSealing.class);

    private final @Nullable SecretKey key;
    private final SecureRandom random = new SecureRandom();
    private final AtomicBoolean warned = new AtomicBoolean();

    @Autowired
    SecretSealing(Environment environment) {
        this(environment.getProperty(KEY));
    }

    /** With the key given (base64), or none. */
    SecretSealing(@Nullable String base64Key) {
        if (base64Key == null || base64Key.isBlank()) {
            this.key = null;
            return;
        }
        byte[] bytes = Base64.getDecoder().decode(base64Key.strip());
        if (bytes.length != 32) {
            throw new IllegalStateException(KEY + " must be 32 bytes in base64 (openssl rand -base64 32)");
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    String seal(String secret) {
        if (key == null) {
            if (warned.compareAndSet(false, true)) {
                log.warn("Payment-provider secrets are stored unencrypted: set {} to encrypt them", KEY);
            }
            return secret;
        }
        try {
            byte[] iv = new byte[12];
            random.nextBytes(iv);
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return SEALED + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a secret", e);
        }
    }

    String open(String stored) {
        if (!stored.startsWith(SEALED)) {
            return stored;
        }
        if (key == null) {
            throw new IllegalStateException("A payment-provider secret is encrypted and " + KEY + " is not set");
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(SEALED.length()));
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, 12));
            return new String(cipher.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt a payment-provider secret: wrong " + KEY + "?", e);
        }
    }
}
