package app.resa.billing;

import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import app.resa.booking.DossierLinesCancelled;
import app.resa.booking.DossierLinesConfirmed;
import app.resa.booking.DossierLinesSplit;
import app.resa.shared.Caller;
import app.resa.shared.Money;

/**
 * Keeps folios in step with what is sold. Plain synchronous listeners, not
 * {@code @ApplicationModuleListener}s: the charges are posted in the very transaction that
 * confirms (cancels, splits) the lines, so a folio is never behind its dossier — a settlement
 * just after a confirmation sees the charges, and if posting fails the confirmation is rolled
 * back rather than left uncharged. The work is a few inserts in billing's own tables.
 */
@Component
class ChargePosting {

    private final Folios folios;
    private final TaxRates taxRates;
    private final Clock clock;

    ChargePosting(Folios folios, TaxRates taxRates, Clock clock) {
        this.folios = folios;
        this.taxRates = taxRates;
        this.clock = clock;
    }

    /** Each sold line becomes a charge, at the default tax, on its main folio or where a rule routes it. */
    @EventListener
    void on(DossierLinesConfirmed event) {
        Instant now = clock.instant();
        var taxation = taxRates.defaultTaxation(event.organisationId());
        var rules = folios.rules(event.organisationId(), event.dossierId());
        // One main folio per currency, opened and locked once however many lines are sold.
        var mains = new HashMap<Currency, UUID>();
        for (var line : event.lines()) {
            var main = mains.computeIfAbsent(line.unitPrice().currency(),
                    currency -> folios.lockMain(event.by(), event.dossierId(), currency, now));
            var charge = Charge.post(main, event.dossierId(), line.lineId(), line.eventId(), line.product(),
                    line.quantity(), line.unitPrice(), Money.zero(line.unitPrice().currency()), taxation, now,
                    event.by().userId());
            var routed = rules.stream().filter(rule -> rule.matches(charge)).findFirst()
                    .flatMap(rule -> folios.folio(event.organisationId(), rule.folioId()))
                    .filter(folio -> folio.currency().equals(charge.unitPrice().currency()));
            folios.insert(event.organisationId(), routed.map(folio -> charge.on(folio.id())).orElse(charge),
                    event.by().pointOfSaleId());
        }
    }

    /** A cancelled sale's charge is voided, never deleted: the folio shows it was charged and taken back. */
    @EventListener
    void on(DossierLinesCancelled event) {
        Instant now = clock.instant();
        for (Charge charge : folios.liveChargesOfLines(event.organisationId(), event.lineIds())) {
            folios.markVoided(event.organisationId(), charge.voidedBy(event.by().userId(), now, "line cancelled"));
        }
    }

    /**
     * The charges follow their lines to the new dossier's main folio (the new dossier is what is
     * now owed for them); payments stay where they were made — money is moved by a refund or
     * the credit balance, never silently. Charges already routed to another folio stay there.
     */
    @EventListener
    void on(DossierLinesSplit event) {
        Instant now = clock.instant();
        List<Charge> charges = folios.liveChargesOfLines(event.organisationId(), event.lineIds());
        Caller by = event.by();
        for (Charge charge : charges) {
            var from = folios.folio(event.organisationId(), charge.folioId()).orElseThrow();
            if (from.kind() != FolioKind.MAIN || !from.dossierId().equals(event.fromDossierId())) {
                continue;
            }
            var to = folios.lockMain(by, event.toDossierId(), charge.unitPrice().currency(), now);
            folios.moveWithDossier(by, charge, to, event.toDossierId(), "dossier split", now);
        }
    }
}
