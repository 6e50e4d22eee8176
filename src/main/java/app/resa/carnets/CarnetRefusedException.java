package app.resa.carnets;

import org.jspecify.annotations.Nullable;

import app.resa.shared.BusinessRuleViolation;

/** The carnet desk's expected refusals, each with its stable code (decision 65). */
public class CarnetRefusedException extends BusinessRuleViolation {

    private CarnetRefusedException(String code, String message, int status, @Nullable String field) {
        super(code, message, status, field);
    }

    static CarnetRefusedException couponUsed(String number) {
        return new CarnetRefusedException("coupon-used", "Coupon " + number + " was already used", 409, null);
    }

    static CarnetRefusedException couponExpired(String number) {
        return new CarnetRefusedException("coupon-expired", "Coupon " + number + " has expired", 409, null);
    }

    static CarnetRefusedException couponCancelled(String number) {
        return new CarnetRefusedException("coupon-cancelled", "Coupon " + number + " was cancelled", 409, null);
    }

    /** An unknown coupon is a 404, as any number of another organisation: nothing is learnt from it. */
    static CarnetRefusedException couponUnknown(String number) {
        return new CarnetRefusedException("coupon-unknown", "No coupon " + number, 404, null);
    }

    static CarnetRefusedException couponNotValidHere(String number) {
        return new CarnetRefusedException("coupon-not-valid-here",
                "Coupon " + number + " is not exchanged for this event", 409, null);
    }

    static CarnetRefusedException couponNotPaid(String number) {
        return new CarnetRefusedException("coupon-not-paid", "The sale of coupon " + number + " is not paid", 409, null);
    }

    static CarnetRefusedException noTariff(String beneficiaryType) {
        return new CarnetRefusedException("no-tariff-for-beneficiary",
                "The carnet has no tariff for " + beneficiaryType, 409, "tariffId");
    }

    static CarnetRefusedException tariffOfOtherBeneficiary(String beneficiaryType) {
        return new CarnetRefusedException("tariff-of-other-beneficiary",
                "The tariff chosen is not one of " + beneficiaryType, 400, "tariffId");
    }

    static CarnetRefusedException currencyOfOrganisation(String given, String expected, String field) {
        return new CarnetRefusedException("currency-mismatch",
                "Carnets are sold in the organisation's currency " + expected + ", not " + given, 400, field);
    }

    static CarnetRefusedException unknownBeneficiary(String beneficiaryType, String field) {
        return new CarnetRefusedException("unknown-beneficiary-type",
                "No contact type " + beneficiaryType + " in the organisation", 400, field);
    }

    static CarnetRefusedException saleNotOpen(long number) {
        return new CarnetRefusedException("sale-not-open", "Carnet sale " + number + " is already paid", 409, null);
    }

    static CarnetRefusedException saleNotPaid(long number) {
        return new CarnetRefusedException("sale-not-paid", "Carnet sale " + number + " is not paid yet", 409, null);
    }

    static CarnetRefusedException saleNotClosed(long number) {
        return new CarnetRefusedException("sale-not-closed",
                "Coupons of carnet sale " + number + " print once the sale is closed", 409, null);
    }

    static CarnetRefusedException nothingToCancel(String number) {
        return new CarnetRefusedException("nothing-to-cancel", "Carnet " + number + " has no unused coupon", 409, null);
    }

    static CarnetRefusedException notLater(String number) {
        return new CarnetRefusedException("validity-not-later",
                "The new last day of carnet " + number + " must come after its current one", 400, "until");
    }
}
