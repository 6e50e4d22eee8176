package app.resa.contacts;

import app.resa.shared.BusinessRuleViolation;

/** A contact without the name that identifies it. */
public class ContactNameMissingException extends BusinessRuleViolation {

    ContactNameMissingException(Contact.Kind kind) {
        super("contact-name-missing", kind == Contact.Kind.COMPANY
                ? "A company needs a company name" : "A person needs a last name");
    }

    /** Bad input rather than a conflict with the current state. */
    @Override
    public int status() {
        return 400;
    }

    @Override
    public String field() {
        return getMessage().contains("company") ? "companyName" : "lastName";
    }
}
