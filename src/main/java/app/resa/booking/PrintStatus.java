package app.resa.booking;

/** Whether a dossier's tickets were printed: not printed, printed, reprinted. */
public enum PrintStatus {
    NOT_PRINTED, PRINTED, REPRINTED
}
