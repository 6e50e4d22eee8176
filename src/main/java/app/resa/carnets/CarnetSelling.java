package app.resa.carnets;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.resa.billing.PaymentMethod;
import app.resa.booking.CartManagement;
import app.resa.contacts.ContactTypes;
import app.resa.organisation.Organisations;
import app.resa.shared.Caller;
import app.resa.shared.NotFoundException;

/**
 * The desk's flow (decision 61): a sale opens a dossier for the contact and posts one charge per
 * carnet on its main folio; "validate the payment" settles that folio; the sale is paid when it
 * owes nothing, and closed by the operator.
 */
@Service
public class CarnetSelling {

    private final CarnetModels models;
    private final CarnetSales sales;
    private final ContactTypes contactTypes;
    private final CartManagement carts;
    private final SaleFolio money;
    private final Organisations organisations;
    private final Clock clock;

    CarnetSelling(CarnetModels models, CarnetSales sales, ContactTypes contactTypes, CartManagement carts, SaleFolio money,
                  Organisations organisations, Clock clock) {
        this.models = models;
        this.sales = sales;
        this.contactTypes = contactTypes;
        this.carts = carts;
        this.money = money;
        this.organisations = organisations;
        this.clock = clock;
    }

    public record NewSale(UUID contactId, String beneficiaryType, UUID modelId, @Nullable UUID tariffId, int quantity,
                          @Nullable Integer validityDays) {
    }

    @Transactional
    public CarnetSale sell(Caller caller, NewSale request) {
        UUID org = caller.organisationId();
        money.contacts.get(caller, request.contactId());
        if (contactTypes.findByCode(org, request.beneficiaryType()).isEmpty()) {
            throw CarnetRefusedException.unknownBeneficiary(request.beneficiaryType(), "beneficiaryType");
        }
        var model = models.find(org, request.modelId())
                .orElseThrow(() -> NotFoundException.of("Carnet model", request.modelId()));
        var tariff = request.tariffId() == null
                ? model.tariffFor(request.beneficiaryType())
                        .orElseThrow(() -> CarnetRefusedException.noTariff(request.beneficiaryType()))
                : model.tariff(request.tariffId())
                        .orElseThrow(() -> NotFoundException.of("Carnet tariff", request.tariffId()));
        if (!tariff.beneficiaryType().equals(request.beneficiaryType())) {
            throw CarnetRefusedException.tariffOfOtherBeneficiary(request.beneficiaryType());
        }
        int days = request.validityDays() == null ? model.validityDays() : request.validityDays();
        Instant now = clock.instant();
        var zone = organisations.zoneOf(org);
        LocalDate saleDate = now.atZone(zone).toLocalDate();
        var validity = Validity.of(saleDate, days, zone);

        var dossier = carts.open(caller, request.contactId());
        UUID saleId = UUID.randomUUID();
        boolean free = tariff.price().amount().signum() == 0;
        long number = sales.insertNumbered(caller, saleId, saleDate, request.contactId(), request.beneficiaryType(),
                model.id(), tariff.id(), request.quantity(), days, tariff.price(), dossier.id(),
                free ? CarnetSale.State.PAID : CarnetSale.State.OPEN, now);
        for (int i = 0; i < request.quantity(); i++) {
            var carnet = new CarnetSale.Carnet(UUID.randomUUID(), saleId, i + 1, CarnetNumbers.carnet(saleDate, number, i),
                    validity.lastDay(), validity.expiresAt(), null,
                    List.of());
            sales.insert(org, carnet, model.couponsPerCarnet());
            if (!free) {
                var charge = money.folios.addService(caller, dossier.id(), null,
                        "Carnet " + model.name() + " " + carnet.number(), 1, tariff.price(), null, null);
                sales.setCharge(org, carnet.id(), charge.id());
            }
        }
        return get(caller, saleId);
    }

    /** Validates the payment: settles what the sale's folio still owes, then the sale is paid. */
    @Transactional
    public CarnetSale pay(Caller caller, UUID saleId, PaymentMethod method) {
        var sale = sales.lock(caller.organisationId(), saleId).orElseThrow(() -> NotFoundException.of("Carnet sale", saleId));
        if (sale.state() != CarnetSale.State.OPEN) {
            throw CarnetRefusedException.saleNotOpen(sale.number());
        }
        if (money.due(caller, sale.dossierId()).amount().signum() > 0) {
            money.payments.settle(caller, sale.dossierId(), method, "Carnet sale " + sale.number(), null);
        }
        sales.changeState(caller.organisationId(), saleId, CarnetSale.State.PAID, null, clock.instant());
        return get(caller, saleId);
    }

    /** Closes a paid sale (one paid on its folio directly counts as paid); its coupons then print. */
    @Transactional
    public CarnetSale close(Caller caller, UUID saleId) {
        var sale = sales.lock(caller.organisationId(), saleId).orElseThrow(() -> NotFoundException.of("Carnet sale", saleId));
        if (sale.state() == CarnetSale.State.CLOSED) {
            return sale;
        }
        if (sale.state() == CarnetSale.State.OPEN && money.due(caller, sale.dossierId()).amount().signum() > 0) {
            throw CarnetRefusedException.saleNotPaid(sale.number());
        }
        sales.changeState(caller.organisationId(), saleId, CarnetSale.State.CLOSED, caller, clock.instant());
        return get(caller, saleId);
    }

    public CarnetSale get(Caller caller, UUID saleId) {
        return sales.find(caller.organisationId(), saleId).orElseThrow(() -> NotFoundException.of("Carnet sale", saleId));
    }

    public List<CarnetSale> latest(Caller caller, int limit) {
        return new ArrayList<>(sales.latest(caller.organisationId(), Math.clamp(limit, 1, 200)));
    }
}
