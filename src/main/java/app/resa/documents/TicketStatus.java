package app.resa.documents;

/** Where a printed ticket stands: good for entry, used at the door, or cancelled (voided). */
public enum TicketStatus {
    VALID, USED, CANCELLED
}
