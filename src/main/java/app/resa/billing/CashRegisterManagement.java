package app.resa.billing;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.resa.organisation.Organisations;
import app.resa.shared.Caller;
import app.resa.shared.Money;
import app.resa.shared.NotFoundException;
import app.resa.shared.web.PageRequest;
import app.resa.shared.web.PageResponse;

/**
 * The seed's "Caisses": registers per point of sale, a session opened with a float, the desk's
 * payments linked to it (V11's trigger, decision 52), closed with what was counted per method,
 * and the closing report: expected, counted and the difference per method.
 */
@Service
public class CashRegisterManagement {

    /** The methods a drawer always reports, even with nothing taken. */
    private static final EnumSet<PaymentMethod> AT_THE_DESK = EnumSet.of(PaymentMethod.CASH, PaymentMethod.CARD,
            PaymentMethod.CHEQUE);

    private final CashRegisters registers;
    private final Organisations organisations;
    private final Clock clock;

    CashRegisterManagement(CashRegisters registers, Organisations organisations, Clock clock) {
        this.registers = registers;
        this.organisations = organisations;
        this.clock = clock;
    }

    @Transactional
    public CashRegister create(Caller caller, UUID pointOfSaleId, String name) {
        organisations.pointOfSale(caller.organisationId(), pointOfSaleId)
                .orElseThrow(() -> NotFoundException.of("Point of sale", pointOfSaleId));
        var register = new CashRegister(UUID.randomUUID(), pointOfSaleId, name.strip(), clock.instant());
        if (!registers.insert(caller, register)) {
            throw AccountingRefusedException.registerNameTaken(register.name());
        }
        return register;
    }

    public List<CashRegister> registers(Caller caller) {
        return registers.all(caller.organisationId());
    }

    /** Opens a session with the float put in the drawer; 409 {@code cash-session-open} if one is open there. */
    @Transactional
    public CashSession open(Caller caller, UUID registerId, Money openingFloat) {
        var register = registers.find(caller.organisationId(), registerId)
                .orElseThrow(() -> NotFoundException.of("Cash register", registerId));
        requireOrganisationCurrency(caller, openingFloat, "openingFloat.currency");
        if (openingFloat.isNegative()) {
            throw AccountingRefusedException.negativeAmount("openingFloat.amount");
        }
        UUID id = UUID.randomUUID();
        if (!registers.open(caller, id, register, openingFloat, clock.instant())) {
            throw AccountingRefusedException.sessionAlreadyOpen();
        }
        return registers.session(caller.organisationId(), id).orElseThrow();
    }

    /**
     * Closes the session with what was counted per method (a method not given counts as
     * nothing). The session is locked first, so a payment being recorded at the desk is either
     * in the report or refused the session.
     */
    @Transactional
    public CashSession close(Caller caller, UUID sessionId, Map<PaymentMethod, Money> counted, @Nullable String note) {
        var session = registers.session(caller.organisationId(), sessionId)
                .orElseThrow(() -> NotFoundException.of("Cash session", sessionId));
        counted.forEach((method, amount) -> {
            requireOrganisationCurrency(caller, amount, "counted." + method + ".currency");
            if (amount.isNegative()) {
                throw AccountingRefusedException.negativeAmount("counted." + method + ".amount");
            }
        });
        if (registers.lockOpen(caller.organisationId(), sessionId).isEmpty()) {
            throw AccountingRefusedException.sessionClosed();
        }
        var currency = session.openingFloat().currency();
        var counts = expected(caller, session).stream()
                .map(line -> new CashSession.Count(line.method(), line.expected(),
                        counted.getOrDefault(line.method(), Money.zero(currency))))
                .toList();
        var lines = new ArrayList<CashSession.Count>(counts);
        counted.forEach((method, amount) -> {
            if (counts.stream().noneMatch(c -> c.method() == method)) {
                lines.add(new CashSession.Count(method, Money.zero(currency), amount));
            }
        });
        registers.close(caller, sessionId, lines, note == null || note.isBlank() ? null : note.strip(),
                clock.instant());
        return registers.session(caller.organisationId(), sessionId).orElseThrow();
    }

    /** The closing report: as counted once closed; while open, what is expected so far (nothing counted). */
    public CashSession report(Caller caller, UUID sessionId) {
        var session = registers.session(caller.organisationId(), sessionId)
                .orElseThrow(() -> NotFoundException.of("Cash session", sessionId));
        if (!session.open()) {
            return session;
        }
        return new CashSession(session.id(), session.registerId(), session.registerName(), session.pointOfSaleId(),
                session.openingFloat(), session.openedAt(), session.openedBy(), null, null, null,
                expected(caller, session));
    }

    public PageResponse<CashSession> sessions(Caller caller, PageRequest page) {
        return registers.sessions(caller.organisationId(), page);
    }

    /** The open session of the caller's point of sale, where the desk's payments go now. */
    public Optional<CashSession> openHere(Caller caller) {
        return caller.pointOfSaleId() == null ? Optional.empty()
                : registers.openAt(caller.organisationId(), caller.pointOfSaleId());
    }

    /** Per method: the float (cash only) plus the session's payments less its refunds. */
    private List<CashSession.Count> expected(Caller caller, CashSession session) {
        var currency = session.openingFloat().currency();
        var takings = registers.takings(caller.organisationId(), session.id());
        var methods = EnumSet.copyOf(AT_THE_DESK);
        methods.addAll(takings.keySet());
        var lines = new ArrayList<CashSession.Count>();
        for (PaymentMethod method : methods) {
            BigDecimal sum = takings.getOrDefault(method, BigDecimal.ZERO);
            Money expected = Folios.money(sum, currency);
            if (method == PaymentMethod.CASH) {
                expected = expected.plus(session.openingFloat());
            }
            lines.add(new CashSession.Count(method, expected, null));
        }
        return lines;
    }

    private void requireOrganisationCurrency(Caller caller, Money amount, String field) {
        String currency = organisations.find(caller.organisationId()).orElseThrow().currency();
        if (!amount.currency().equals(Currency.getInstance(currency))) {
            throw AccountingRefusedException.currencyMismatch(currency, field);
        }
    }
}
