package app.resa.carnets;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import app.resa.shared.Money;

/**
 * What a carnet is: its coupons, how long it is valid by default, what a coupon is exchanged
 * for (the events listed; none: anything) and its price per beneficiary type.
 */
public record CarnetModel(UUID id, UUID organisationId, String name, int couponsPerCarnet, int validityDays,
                          List<UUID> eventIds, List<Tariff> tariffs, Instant createdAt) {

    public record Tariff(UUID id, String beneficiaryType, @Nullable String name, Money price) {
    }

    public Optional<Tariff> tariff(UUID tariffId) {
        return tariffs.stream().filter(t -> t.id().equals(tariffId)).findFirst();
    }

    /** The tariff of a beneficiary type when the desk chose none: its first. */
    public Optional<Tariff> tariffFor(String beneficiaryType) {
        return tariffs.stream().filter(t -> t.beneficiaryType().equals(beneficiaryType)).findFirst();
    }
}
