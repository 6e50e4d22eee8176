package app.resa.inventory;

import app.resa.shared.BusinessRuleViolation;

/** The unit is taken (over that time), blocked, or not in the caller's organisation. */
public class UnitUnavailableException extends BusinessRuleViolation {

    private UnitUnavailableException(String code, UnitId unit) {
        super(code, "Unit " + unit.value() + " is not available");
    }

    /** @param code the caller's word for a unit, such as {@code seat-unavailable} */
    public static UnitUnavailableException of(String code, UnitId unit) {
        return new UnitUnavailableException(code, unit);
    }
}
