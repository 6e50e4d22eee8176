package app.resa.documents;

import java.util.UUID;

import app.resa.shared.BusinessRuleViolation;

/** Only confirmed lines have printable tickets: a reserved line's places are blocked, not sold. */
public final class NotPrintableException extends BusinessRuleViolation {

    private NotPrintableException(String message) {
        super("not-printable", message);
    }

    static NotPrintableException line(UUID lineId, String status) {
        return new NotPrintableException("Line " + lineId + " is " + status + "; only confirmed lines have printable tickets");
    }

    static NotPrintableException nothingConfirmed(long dossierNumber) {
        return new NotPrintableException("Dossier " + dossierNumber + " has no confirmed line to print");
    }

    @Override
    public String field() {
        return "lineIds";
    }
}
