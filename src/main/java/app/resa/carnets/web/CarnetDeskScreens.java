package app.resa.carnets.web;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.resa.billing.PaymentMethod;
import app.resa.carnets.Amounts;
import app.resa.carnets.BeneficiaryType;
import app.resa.carnets.CarnetModelManagement;
import app.resa.carnets.CarnetPrinting;
import app.resa.carnets.CarnetSale;
import app.resa.carnets.CarnetSelling;
import app.resa.contacts.ContactSearch;
import app.resa.organisation.Organisations;
import app.resa.shared.BusinessRuleViolation;
import app.resa.shared.Caller;
import app.resa.shared.Money;
import app.resa.shared.web.PageRequest;
import app.resa.shared.web.Screen;

/**
 * "Ventes de Carnets" (Alt+A): type A, V or P for the beneficiary, find the client, pick a carnet
 * and a tariff, type the quantity and the validity (the last day shown as it is typed), sell;
 * then validate the payment, close, and print carnet by carnet.
 */
@Screen
@RequestMapping("/carnets")
@PreAuthorize("hasRole('AGENT')")
class CarnetDeskScreens {

    private final CarnetModelManagement models;
    private final CarnetSelling selling;
    private final CarnetPrinting printing;
    private final ContactSearch contacts;
    private final Organisations organisations;
    private final Clock clock;

    CarnetDeskScreens(CarnetModelManagement models, CarnetSelling selling, CarnetPrinting printing,
                      ContactSearch contacts, Organisations organisations, Clock clock) {
        this.models = models;
        this.selling = selling;
        this.printing = printing;
        this.contacts = contacts;
        this.organisations = organisations;
        this.clock = clock;
    }

    @GetMapping
    String desk(Caller caller, Locale locale, Model model) {
        model.addAttribute("types", BeneficiaryType.values());
        model.addAttribute("models", models.all(caller));
        model.addAttribute("today", clock.instant().atZone(organisations.zoneOf(caller.organisationId())).toLocalDate());
        model.addAttribute("sales", selling.latest(caller, 30));
        model.addAttribute("amounts", new Shown(locale));
        return "carnets/desk";
    }

    /** The clients matching what is typed, as the options of the desk's client list (htmx). */
    @GetMapping("/contacts")
    String contactOptions(Caller caller, @RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("contacts", q.isBlank() ? List.of() : contacts.find(caller.organisationId(),
                ContactSearch.ContactFilter.text(q.strip()), PageRequest.first(20)).items());
        return "carnets/desk :: contactOptions";
    }

    @PostMapping("/sales")
    String sell(Caller caller, @RequestParam(defaultValue = "") String beneficiary,
                @RequestParam(required = false) @Nullable UUID contactId,
                @RequestParam(required = false) @Nullable UUID modelId,
                @RequestParam(required = false) @Nullable UUID tariffId,
                @RequestParam(defaultValue = "1") int quantity,
                @RequestParam(required = false) @Nullable Integer validityDays, RedirectAttributes flash) {
        String type = beneficiaryCode(beneficiary);
        if (type == null || contactId == null || modelId == null || quantity < 1 || quantity > 100
                || validityDays != null && (validityDays < 1 || validityDays > 3660)) {
            flash.addFlashAttribute("error", "carnets.incomplete");
            return "redirect:/carnets";
        }
        try {
            var sale = selling.sell(caller, new CarnetSelling.NewSale(contactId, type, modelId, tariffId, quantity,
                    validityDays));
            return "redirect:/carnets/sales/" + sale.id();
        } catch (BusinessRuleViolation e) {
            flash.addFlashAttribute("error", "error." + e.code());
            return "redirect:/carnets";
        }
    }

    @GetMapping("/sales/{id}")
    String sale(Caller caller, @PathVariable UUID id, @RequestParam(required = false) @Nullable Integer printing,
                Locale locale, Model model) {
        var sale = selling.get(caller, id);
        model.addAttribute("sale", sale);
        model.addAttribute("amounts", new Shown(locale));
        model.addAttribute("methods", List.of(PaymentMethod.CASH, PaymentMethod.CARD, PaymentMethod.CHEQUE,
                PaymentMethod.BANK_TRANSFER));
        if (printing != null && printing >= 1 && printing <= sale.carnets().size()) {
            model.addAttribute("printing", sale.carnets().get(printing - 1));
        }
        int next = printing == null ? 1 : printing + 1;
        model.addAttribute("next", next <= sale.carnets().size() ? next : null);
        return "carnets/sale";
    }

    @PostMapping("/sales/{id}/payment")
    String pay(Caller caller, @PathVariable UUID id, @RequestParam(defaultValue = "CASH") String method,
               RedirectAttributes flash) {
        try {
            selling.pay(caller, id, PaymentMethod.named(method));
            flash.addFlashAttribute("message", "carnets.paid");
        } catch (BusinessRuleViolation e) {
            flash.addFlashAttribute("error", "error." + e.code());
        }
        return "redirect:/carnets/sales/" + id;
    }

    @PostMapping("/sales/{id}/close")
    String close(Caller caller, @PathVariable UUID id, RedirectAttributes flash) {
        try {
            selling.close(caller, id);
            flash.addFlashAttribute("message", "carnets.closed");
        } catch (BusinessRuleViolation e) {
            flash.addFlashAttribute("error", "error." + e.code());
        }
        return "redirect:/carnets/sales/" + id;
    }

    /** "Print the 1st carnet?" — yes: the page then shows which carnet is printing and loads its PDF. */
    @PostMapping("/sales/{id}/print")
    String print(@PathVariable UUID id, @RequestParam int carnet) {
        return "redirect:/carnets/sales/" + id + "?printing=" + carnet;
    }

    @GetMapping("/sales/{id}/carnets/{position}.pdf")
    @Nullable String pdf(Caller caller, @PathVariable UUID id, @PathVariable int position, Locale locale,
                         HttpServletResponse response, RedirectAttributes flash) throws IOException {
        byte[] pdf;
        try {
            pdf = printing.carnet(caller, id, position, locale);
        } catch (BusinessRuleViolation e) {
            if (e.status() == 404) {
                throw e;
            }
            flash.addFlashAttribute("error", "error." + e.code());
            return "redirect:/carnets/sales/" + id;
        }
        response.setContentType(MediaType.APPLICATION_PDF_VALUE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                .filename("carnet-" + id + "-" + position + ".pdf").build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
        return null;
    }

    /** A, V or P (the desk's keys) or a contact type code typed in full. */
    private static @Nullable String beneficiaryCode(String typed) {
        String text = typed.strip();
        for (BeneficiaryType type : BeneficiaryType.values()) {
            if (text.length() == 1 && Character.toUpperCase(text.charAt(0)) == type.key()
                    || text.equalsIgnoreCase(type.code())) {
                return type.code();
            }
        }
        return text.isEmpty() || text.length() == 1 ? null : text.toLowerCase(Locale.ROOT);
    }

    /** Amounts in the user's language, for the templates. */
    record Shown(Locale locale) {
        public String of(Money money) {
            return Amounts.format(money, locale);
        }
    }
}
