package app.resa.billing.online;

import java.util.List;

import org.springframework.stereotype.Component;

/** The adapters of the {@link PaymentProvider} port, by the name an account stores. */
@Component
class PaymentProviders {

    private final List<PaymentProvider> providers;

    PaymentProviders(List<PaymentProvider> providers) {
        this.providers = List.copyOf(providers);
    }

    PaymentProvider of(ProviderAccount account) {
        return providers.stream().filter(p -> p.name().equals(account.provider())).findFirst()
                .orElseThrow(() -> new IllegalStateException("No adapter for provider " + account.provider()));
    }
}
