package app.resa.ticketing;

import org.jspecify.annotations.Nullable;

import app.resa.shared.BusinessRuleViolation;

/** A refusal of the box office's rules, naming the input field it is about when there is one. */
public class TicketingRuleException extends BusinessRuleViolation {

    private final int status;
    private final @Nullable String field;

    private TicketingRuleException(String code, String message, int status, @Nullable String field) {
        super(code, message);
        this.status = status;
        this.field = field;
    }

    static TicketingRuleException nothingToSell() {
        return new TicketingRuleException("session-without-capacity",
                "A session needs at least one quota or a seating plan", 400, "quotas");
    }

    static TicketingRuleException duplicateQuota(String name) {
        return new TicketingRuleException("duplicate-quota", "Two quotas are named " + name, 400, "quotas");
    }

    static TicketingRuleException seasonClosed(String season) {
        return new TicketingRuleException("season-closed", "The season " + season + " is closed", 409, null);
    }

    static TicketingRuleException emptyPlan() {
        return new TicketingRuleException("seating-plan-empty",
                "A seating plan needs sections with seats, or rows and seatsPerRow", 400, "sections");
    }

    static TicketingRuleException invalidPrice(String field, String message) {
        return new TicketingRuleException("invalid-price", message, 400, field);
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public @Nullable String field() {
        return field;
    }
}
