package app.resa.carnets;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.resa.contacts.ContactTypes;
import app.resa.organisation.Organisations;
import app.resa.shared.Caller;
import app.resa.shared.Money;
import app.resa.shared.NotFoundException;
import app.resa.ticketing.EventManagement;

/** Creating and reading carnet models. */
@Service
public class CarnetModelManagement {

    private final CarnetModels models;
    private final ContactTypes contactTypes;
    private final EventManagement events;
    private final Organisations organisations;
    private final Clock clock;

    CarnetModelManagement(CarnetModels models, ContactTypes contactTypes, EventManagement events,
                          Organisations organisations, Clock clock) {
        this.organisations = organisations;
        this.models = models;
        this.contactTypes = contactTypes;
        this.events = events;
        this.clock = clock;
    }

    public record NewModel(String name, int couponsPerCarnet, int validityDays, List<UUID> eventIds,
                           List<NewTariff> tariffs) {
    }

    public record NewTariff(String beneficiaryType, @Nullable String name, Money price) {
    }

    /** A model; every beneficiary type must be one of the organisation's contact type codes, every event its own. */
    @Transactional
    public CarnetModel create(Caller caller, NewModel request) {
        UUID org = caller.organisationId();
        // A sale is paid through its dossier's folio, in the organisation's currency: a tariff in
        // another currency could never be sold, so it is refused here rather than at the desk.
        String currency = organisations.find(org).orElseThrow().currency();
        var tariffs = new ArrayList<CarnetModel.Tariff>();
        for (int i = 0; i < request.tariffs().size(); i++) {
            var tariff = request.tariffs().get(i);
            if (contactTypes.findByCode(org, tariff.beneficiaryType()).isEmpty()) {
                throw CarnetRefusedException.unknownBeneficiary(tariff.beneficiaryType(),
                        "tariffs[" + i + "].beneficiaryType");
            }
            if (!tariff.price().currency().getCurrencyCode().equals(currency)) {
                throw CarnetRefusedException.currencyOfOrganisation(tariff.price().currency().getCurrencyCode(), currency,
                        "tariffs[" + i + "].price.currency");
            }
            tariffs.add(new CarnetModel.Tariff(UUID.randomUUID(), tariff.beneficiaryType(),
                    tariff.name() == null || tariff.name().isBlank() ? null : tariff.name().strip(), tariff.price()));
        }
        for (UUID eventId : request.eventIds()) {
            if (events.find(org, eventId).isEmpty()) {
                throw NotFoundException.of("Event", eventId);
            }
        }
        var model = new CarnetModel(UUID.randomUUID(), org, request.name().strip(), request.couponsPerCarnet(),
                request.validityDays(), List.copyOf(request.eventIds()), List.copyOf(tariffs), clock.instant());
        models.insert(model, caller.userId());
        return model;
    }

    public List<CarnetModel> all(Caller caller) {
        return models.all(caller.organisationId());
    }

    public CarnetModel get(Caller caller, UUID id) {
        return models.find(caller.organisationId(), id).orElseThrow(() -> NotFoundException.of("Carnet model", id));
    }
}
