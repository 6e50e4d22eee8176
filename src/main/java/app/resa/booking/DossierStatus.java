package app.resa.booking;

/** Where a dossier stands, derived from its lines (see {@link Dossier#status()}). */
public enum DossierStatus {
    CART, RESERVED, OPTION, CONFIRMED, CANCELLED, SUSPENDED
}
