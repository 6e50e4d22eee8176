package app.resa.carnets;

/**
 * The types the desk offers with their keys (A, V, P): the contacts' type codes every
 * organisation starts with (decision 62). Other contact type codes are accepted by the API too.
 */
public enum BeneficiaryType {
    SUBSCRIBER("subscriber", 'A'), VISITOR("visitor", 'V'), PARTNER("partner", 'P');

    private final String code;
    private final char key;

    BeneficiaryType(String code, char key) {
        this.code = code;
        this.key = key;
    }

    public String code() {
        return code;
    }

    public char key() {
        return key;
    }
}
