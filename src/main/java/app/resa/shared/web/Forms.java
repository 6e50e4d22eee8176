package app.resa.shared.web;

import org.springframework.validation.BindingResult;

import app.resa.shared.BusinessRuleViolation;

/** Screens show a refusal of the domain on the form, next to its field when it names one. */
public final class Forms {

    private Forms() {
    }

    public static void reject(BindingResult result, BusinessRuleViolation e) {
        if (e.field() != null) {
            result.rejectValue(e.field(), "error." + e.code(), e.getMessage());
        } else {
            result.reject("error." + e.code(), e.getMessage());
        }
    }
}
