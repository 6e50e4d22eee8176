package app.resa.billing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.resa.booking.DossierStatus;
import app.resa.contacts.ContactManagement;
import app.resa.shared.Caller;
import app.resa.shared.Money;
import app.resa.shared.NotFoundException;

/**
 * A dossier's folios and their charges: reading them, opening another folio (a company's, a
 * transfer folio), extra services, voids, moves and routing rules. Charges of sold lines are
 * posted by {@link ChargePosting}.
 */
@Service
public class FolioManagement {

    private final Folios folios;
    private final BilledDossiers dossiers;
    private final TaxRates taxRates;
    private final ContactManagement contacts;
    private final Clock clock;

    FolioManagement(Folios folios, BilledDossiers dossiers, TaxRates taxRates, ContactManagement contacts, Clock clock) {
        this.folios = folios;
        this.dossiers = dossiers;
        this.taxRates = taxRates;
        this.contacts = contacts;
        this.clock = clock;
    }

    /** The dossier's folios with their charges, payments and balances (none yet: an empty list). */
    public DossierFolios of(Caller caller, UUID dossierId) {
        dossiers.get(caller, dossierId);
        return folios.ofDossier(caller.organisationId(), dossierId);
    }

    /** The currency the dossier is paid in: its lines', else its folios', else the organisation's. */
    public java.util.Currency currencyOf(Caller caller, UUID dossierId) {
        var dossier = dossiers.get(caller, dossierId);
        return dossiers.currencies(caller, dossier, folios.ofDossier(caller.organisationId(), dossierId)).getFirst();
    }

    /** Another folio for the dossier, in its currency, paid by the contact named (a company) or by its purchase contact. */
    @Transactional
    public Folio open(Caller caller, UUID dossierId, FolioKind kind, @Nullable String name,
                      @Nullable UUID payerContactId) {
        var dossier = dossiers.get(caller, dossierId);
        if (kind == FolioKind.MAIN) {
            throw new IllegalArgumentException("a dossier's main folio opens by itself; choose COMPANY, TRANSFER or OTHER");
        }
        if (payerContactId != null) {
            contacts.get(caller, payerContactId);
        }
        var currency = dossiers.currencies(caller, dossier, folios.ofDossier(caller.organisationId(), dossierId))
                .getFirst();
        UUID id = UUID.randomUUID();
        folios.insert(caller, id, dossierId, kind, name, currency, payerContactId, clock.instant());
        return folios.folio(caller.organisationId(), id).orElseThrow();
    }

    /**
     * An extra service (a manual charge) on the dossier's main folio, or the folio named; taxed at
     * the rate named or the organisation's default.
     */
    @Transactional
    public Charge addService(Caller caller, UUID dossierId, @Nullable UUID folioId, String description, int quantity,
                             Money unitPrice, @Nullable Money discount, @Nullable UUID taxRateId) {
        var dossier = dossiers.get(caller, dossierId);
        if (dossier.status() == DossierStatus.CANCELLED) {
            throw BillingRefusedException.dossierCancelled(dossier.number());
        }
        var taxation = taxRateId == null ? taxRates.defaultTaxation(caller.organisationId())
                : taxRates.find(caller.organisationId(), taxRateId)
                        .orElseThrow(() -> NotFoundException.of("Tax rate", taxRateId)).taxation();
        var current = folios.ofDossier(caller.organisationId(), dossierId);
        var currencies = dossiers.currencies(caller, dossier, current);
        if (!currencies.contains(unitPrice.currency())) {
            throw BillingRefusedException.currencyMismatch(unitPrice.currency(), currencies.getFirst())
                    .about("unitPrice.currency");
        }
        UUID target;
        Instant now = clock.instant();
        if (folioId != null) {
            var folio = current.folio(folioId).orElseThrow(() -> NotFoundException.of("Folio", folioId));
            if (!folio.currency().equals(unitPrice.currency())) {
                throw BillingRefusedException.otherCurrency(folioId);
            }
            target = folios.lock(caller.organisationId(), folioId).orElseThrow();
        } else {
            target = folios.lockMain(caller, dossierId, unitPrice.currency(), now);
        }
        var charge = Charge.post(target, dossierId, null, null, description, quantity, unitPrice,
                discount == null ? Money.zero(unitPrice.currency()) : discount, taxation, now, caller.userId());
        folios.insert(caller.organisationId(), charge, caller.pointOfSaleId());
        return charge;
    }

    /** Voids a charge of the dossier: it stays on its folio, marked, and no longer counts. */
    @Transactional
    public Charge voidCharge(Caller caller, UUID dossierId, UUID chargeId, String reason) {
        var charge = chargeOf(caller, dossierId, chargeId);
        folios.lock(caller.organisationId(), charge.folioId());
        var voided = charge.voidedBy(caller.userId(), clock.instant(), reason);
        folios.markVoided(caller.organisationId(), voided);
        return voided;
    }

    /** Moves live charges of the dossier to another folio of the organisation (this dossier's or a transfer folio). */
    @Transactional
    public List<Charge> move(Caller caller, UUID dossierId, Collection<UUID> chargeIds, UUID toFolioId, String reason) {
        dossiers.get(caller, dossierId);
        var to = folios.folio(caller.organisationId(), toFolioId)
                .orElseThrow(() -> NotFoundException.of("Folio", toFolioId));
        var moved = new ArrayList<Charge>();
        for (UUID chargeId : chargeIds.stream().distinct().sorted().toList()) {
            var charge = chargeOf(caller, dossierId, chargeId);
            if (!charge.live()) {
                throw BillingRefusedException.chargeVoided(chargeId);
            }
            if (!charge.unitPrice().currency().equals(to.currency())) {
                throw BillingRefusedException.otherCurrency(toFolioId);
            }
            if (!charge.folioId().equals(toFolioId)) {
                folios.move(caller, charge, toFolioId, reason, clock.instant());
                moved.add(charge.on(toFolioId));
            }
        }
        return moved;
    }

    /**
     * Routes the dossier's charges of a line or of a product (an event) to a folio, from now on
     * and for the live charges already on its main folios ("split by company").
     */
    @Transactional
    public RoutingRule route(Caller caller, UUID dossierId, UUID folioId, @Nullable UUID lineId,
                             @Nullable UUID eventId) {
        dossiers.get(caller, dossierId);
        var folio = folios.folio(caller.organisationId(), folioId)
                .orElseThrow(() -> NotFoundException.of("Folio", folioId));
        var rule = new RoutingRule(UUID.randomUUID(), dossierId, folio.id(), lineId, eventId);
        Instant now = clock.instant();
        folios.insert(caller, rule, now);
        for (Folio main : folios.ofDossier(caller.organisationId(), dossierId).folios()) {
            if (main.kind() != FolioKind.MAIN || !main.currency().equals(folio.currency())) {
                continue;
            }
            for (Charge charge : main.charges()) {
                if (charge.live() && rule.matches(charge)) {
                    folios.move(caller, charge, folio.id(), "routing rule", now);
                }
            }
        }
        return rule;
    }

    public List<RoutingRule> rules(Caller caller, UUID dossierId) {
        dossiers.get(caller, dossierId);
        return folios.rules(caller.organisationId(), dossierId);
    }

    /** A charge of the dossier (posted on it, or sitting on one of its folios); 404 otherwise. */
    private Charge chargeOf(Caller caller, UUID dossierId, UUID chargeId) {
        dossiers.get(caller, dossierId);
        var charge = folios.charge(caller.organisationId(), chargeId)
                .orElseThrow(() -> NotFoundException.of("Charge", chargeId));
        boolean onItsFolio = folios.folio(caller.organisationId(), charge.folioId())
                .map(f -> f.dossierId().equals(dossierId)).orElse(false);
        if (!charge.dossierId().equals(dossierId) && !onItsFolio) {
            throw NotFoundException.of("Charge", chargeId);
        }
        return charge;
    }
}
