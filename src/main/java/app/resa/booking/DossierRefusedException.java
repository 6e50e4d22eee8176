package app.resa.booking;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import app.resa.shared.BusinessRuleViolation;

/**
 * What a dossier refuses, each with its stable code: a factory per refusal says what happened.
 * Conflicts with the dossier's state are 409; input that can never be right is 400 and names
 * its field; a line that is not there is 404.
 */
public final class DossierRefusedException extends BusinessRuleViolation {

    private DossierRefusedException(String code, String message, int status, @Nullable String field) {
        super(code, message, status, field);
    }

    static DossierRefusedException lineNotFound(UUID lineId) {
        return new DossierRefusedException("line-not-found", "Line " + lineId + " is not in this dossier", 404, "lineIds");
    }

    static DossierRefusedException lineStatus(DossierLine line) {
        return conflict("line-status", "Line " + line.id() + " is " + line.status() + " and does not allow this");
    }

    static DossierRefusedException nothingChosen() {
        return conflict("no-lines", "No line of the dossier allows this");
    }

    static DossierRefusedException splitLeavesNothing() {
        return conflict("split-leaves-nothing", "A split must leave at least one line in the dossier");
    }

    static DossierRefusedException closed(Dossier dossier) {
        return conflict("dossier-closed", "Dossier " + dossier.number() + " is " + dossier.status());
    }

    static DossierRefusedException suspended(Dossier dossier) {
        return conflict("dossier-suspended", "Dossier " + dossier.number() + " is suspended; take it back first");
    }

    static DossierRefusedException notACart(Dossier dossier) {
        return conflict("not-a-cart", "Dossier " + dossier.number() + " is " + dossier.status()
                + "; only a dossier whose lines are all in the cart can be suspended");
    }

    static DossierRefusedException notSuspended(Dossier dossier) {
        return conflict("not-suspended", "Dossier " + dossier.number() + " is not suspended");
    }

    static DossierRefusedException otherEvent() {
        return new DossierRefusedException("other-event", "A line is exchanged only for a session of its own event",
                400, "sessionId");
    }

    static DossierRefusedException placesForASeat(DossierLine line) {
        return new DossierRefusedException("places-for-a-seat",
                "Line " + line.id() + " has " + line.quantity() + " places; a seat replaces one", 400, "seatId");
    }

    static DossierRefusedException samePlace() {
        return new DossierRefusedException("same-place", "The line already has this place", 400, "seatId");
    }

    /** Reserved lines are blocked but their tickets are not printable (the seed's rule). */
    static DossierRefusedException notPrintable(DossierLine line) {
        return new DossierRefusedException("not-printable", "Line " + line.id() + " is " + line.status()
                + "; only confirmed lines have printable tickets", 409, "lineIds");
    }

    static DossierRefusedException optionDeadlinePassed() {
        return new DossierRefusedException("option-deadline-passed", "An option's deadline must be in the future",
                400, "until");
    }

    static DossierRefusedException noChanges() {
        return new DossierRefusedException("no-changes", "A change set needs at least one operation", 400, "add");
    }

    static DossierRefusedException quantity(int quantity) {
        return new DossierRefusedException("invalid-quantity", quantity + " places: give 1 to 100", 400, "quantity");
    }

    static DossierRefusedException changedTwice(UUID lineId) {
        return new DossierRefusedException("line-changed-twice",
                "Line " + lineId + " is removed or exchanged twice in one change set", 400, "lineId");
    }

    private static DossierRefusedException conflict(String code, String message) {
        return new DossierRefusedException(code, message, 409, null);
    }
}
