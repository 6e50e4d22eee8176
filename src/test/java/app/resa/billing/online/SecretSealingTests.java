package app.resa.billing.online;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class SecretSealingTests {

    static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    @Test
    void aSealedSecretShowsNothingOfItselfAndOpensWithTheSameKeyOnly() {
        String key = newKey();
        var sealing = new SecretSealing(key);

        String sealed = sealing.seal("sk_live_verySecretKey1234");

        assertThat(sealed).startsWith("aesgcm:").doesNotContain("verySecret").doesNotContain("1234");
        assertThat(sealing.seal("sk_live_verySecretKey1234")).as("a fresh nonce each time").isNotEqualTo(sealed);
        assertThat(new SecretSealing(key).open(sealed)).isEqualTo("sk_live_verySecretKey1234");
        assertThatThrownBy(() -> new SecretSealing(newKey()).open(sealed)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new SecretSealing((String) null).open(sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withoutAKeySecretsAreKeptAsEnteredAndStillReadOnceAKeyIsSet() {
        String plain = new SecretSealing((String) null).seal("whsec_entered");

        assertThat(plain).isEqualTo("whsec_entered");
        assertThat(new SecretSealing(newKey()).open(plain)).isEqualTo("whsec_entered");
        assertThatThrownBy(() -> new SecretSealing(Base64.getEncoder().encodeToString(new byte[16])))
                .isInstanceOf(IllegalStateException.class);
    }
}
