package app.resa.billing;

/**
 * A dossier's main folio (one per currency, opened with its first charge or payment), a
 * company's folio (it pays the lines or products routed to it: "split by company"), a transfer
 * folio, or any other account the counter opens.
 */
public enum FolioKind {
    MAIN, COMPANY, TRANSFER, OTHER
}
