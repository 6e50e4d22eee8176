package app.resa.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.stream.LongStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import app.resa.contacts.Contact;
import app.resa.contacts.ContactDetails;
import app.resa.contacts.ContactManagement;
import app.resa.shared.Caller;
import app.resa.shared.Money;
import app.resa.support.ApiTest;
import app.resa.support.Tenants;

/** Invoices and credit notes on the real database: numbers without gap or duplicate, snapshots, PDFs. */
@ApiTest
class InvoiceTests {

    @Autowired
    Tenants tenants;

    @Autowired
    Sales sales;

    @Autowired
    InvoiceManagement invoices;

    @Autowired
    InvoicePrinting printing;

    @Autowired
    FolioManagement folios;

    @Autowired
    TaxRates taxRates;

    @Autowired
    ContactManagement contacts;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    Caller admin;

    @BeforeEach
    void openOrganisation() {
        admin = tenants.open("Invoicing").admin();
    }

    @Test
    void concurrentIssuesAreNumberedOneToNWithoutGapOrDuplicate() throws Exception {
        var show = sales.show(admin, "Tartuffe", "30.00", "EUR");
        int count = 24;
        var dossiers = new ArrayList<UUID>();
        for (int i = 0; i < count; i++) {
            dossiers.add(sales.sold(admin, null, show, 1).id());
        }
        var start = new CountDownLatch(1);
        var tasks = new ArrayList<Callable<Invoice>>();
        for (UUID dossier : dossiers) {
            tasks.add(() -> {
                start.await();
                return invoices.issue(admin, dossier, null);
            });
        }
        List<Invoice> issued;
        try (var pool = Executors.newFixedThreadPool(count)) {
            var futures = tasks.stream().map(pool::submit).toList();
            start.countDown();
            issued = new ArrayList<>();
            for (var future : futures) {
                issued.add(future.get());
            }
        }

        int year = issued.getFirst().year();
        assertThat(issued).extracting(Invoice::sequence)
                .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, count).boxed().toList());
        assertThat(issued).extracting(Invoice::number).doesNotHaveDuplicates()
                .contains(year + "-000001", year + "-0000" + count);
        assertThat(jdbc.sql("select count(distinct number) from billing.invoice where organisation_id = :org")
                .param("org", admin.organisationId()).query(Long.class).single()).isEqualTo(count);
    }

    @Test
    void aRolledBackIssueGivesItsNumberBack() {
        var show = sales.show(admin, "Phèdre", "20.00", "EUR");
        var first = sales.sold(admin, null, show, 1);
        var second = sales.sold(admin, null, show, 1);

        transaction.executeWithoutResult(status -> {
            assertThat(invoices.issue(admin, first.id(), null).sequence()).isEqualTo(1);
            status.setRollbackOnly();
        });
        var issued = invoices.issue(admin, second.id(), null);
        var again = invoices.issue(admin, first.id(), null);

        assertThat(issued.sequence()).isEqualTo(1);
        assertThat(again.sequence()).isEqualTo(2);
    }

    @Test
    void anInvoiceCopiesTheUninvoicedChargesWithTaxesPerRateAndTheBuyer() {
        taxRates.create(admin, "TVA 5.5 %", new BigDecimal("5.5"), true, true);
        var show = sales.show(admin, "Ondine", "30.00", "EUR");
        UUID buyer = sales.contact(admin, "Lovelace");
        var dossier = sales.sold(admin, buyer, show, 2);
        folios.addService(admin, dossier.id(), null, "Programme", 1, Money.of("5.00", "EUR"), null, null);

        var invoice = invoices.issue(admin, dossier.id(), null);

        assertThat(invoice.kind()).isEqualTo(InvoiceKind.INVOICE);
        assertThat(invoice.dossierNumber()).isEqualTo(dossier.number());
        assertThat(invoice.lines()).hasSize(2);
        assertThat(invoice.gross()).isEqualTo(Money.of("65.00", "EUR"));
        assertThat(invoice.net().plus(invoice.tax())).isEqualTo(invoice.gross());
        assertThat(invoice.taxes()).singleElement().satisfies(tax -> {
            assertThat(tax.name()).isEqualTo("TVA 5.5 %");
            assertThat(tax.gross()).isEqualTo(Money.of("65.00", "EUR"));
        });
        assertThat(invoice.buyer().name()).isEqualTo("Lovelace Ada");
        assertThat(invoice.seller().name()).isEqualTo("Invoicing");

        assertThatThrownBy(() -> invoices.issue(admin, dossier.id(), null))
                .extracting("code").isEqualTo("nothing-to-invoice");
        folios.addService(admin, dossier.id(), null, "Cloakroom", 1, Money.of("2.00", "EUR"), null, null);
        var next = invoices.issue(admin, dossier.id(), null);
        assertThat(next.lines()).singleElement().extracting(InvoiceLine::description).isEqualTo("Cloakroom");
        assertThat(next.sequence()).isEqualTo(invoice.sequence() + 1);
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnIssuedInvoice() {
        var show = sales.show(admin, "Cyrano", "18.00", "EUR");
        var invoice = invoices.issue(admin, sales.sold(admin, null, show, 1).id(), null);

        assertThatThrownBy(() -> jdbc.sql("update billing.invoice set gross = 0, net = 0, tax = 0 where id = :id")
                .param("id", invoice.id()).update()).hasMessageContaining("never changed");
        assertThatThrownBy(() -> jdbc.sql("delete from billing.invoice_line where invoice_id = :id")
                .param("id", invoice.id()).update()).hasMessageContaining("never changed");
        assertThat(invoices.get(admin, invoice.id()).gross()).isEqualTo(Money.of("18.00", "EUR"));
    }

    @Test
    void aCreditNoteHasItsOwnSeriesTakesTheChargesBackAndCreditsALineOnce() {
        var show = sales.show(admin, "Britannicus", "10.00", "EUR");
        var dossier = sales.sold(admin, null, show, 3);
        folios.addService(admin, dossier.id(), null, "Parking", 1, Money.of("4.00", "EUR"), null, null);
        var invoice = invoices.issue(admin, dossier.id(), null);
        var parking = invoice.lines().stream().filter(l -> l.description().equals("Parking")).findFirst().orElseThrow();

        var note = invoices.credit(admin, invoice.id(), List.of(parking.id()), "no parking after all");

        assertThat(note.kind()).isEqualTo(InvoiceKind.CREDIT_NOTE);
        assertThat(note.number()).isEqualTo("CN-" + invoice.year() + "-000001");
        assertThat(note.creditedInvoiceId()).isEqualTo(invoice.id());
        assertThat(note.gross()).isEqualTo(Money.of("4.00", "EUR"));
        assertThat(note.buyer()).isEqualTo(invoice.buyer());
        assertThat(folios.of(admin, dossier.id()).balances()).containsExactly(Money.of("30.00", "EUR"));
        assertThatThrownBy(() -> invoices.credit(admin, invoice.id(), List.of(parking.id()), null))
                .extracting("code").isEqualTo("nothing-to-credit");
        assertThatThrownBy(() -> invoices.credit(admin, note.id(), List.of(), null))
                .extracting("code").isEqualTo("not-an-invoice");

        var rest = invoices.credit(admin, invoice.id(), List.of(), "cancelled");
        assertThat(rest.sequence()).isEqualTo(2);
        assertThat(rest.lines()).hasSize(1);
        assertThat(folios.of(admin, dossier.id()).balances()).containsExactly(Money.of("0.00", "EUR"));
    }

    @Test
    void cancellingAnInvoicedLineIssuesItsCreditNote() {
        var show = sales.show(admin, "Andromaque", "12.00", "EUR");
        var dossier = sales.sold(admin, null, show, 2);
        var invoice = invoices.issue(admin, dossier.id(), null);

        sales.cancel(admin, dossier.id(), List.of());

        var documents = invoices.ofDossier(admin, dossier.id());
        assertThat(documents).hasSize(2);
        var note = documents.get(1);
        assertThat(note.kind()).isEqualTo(InvoiceKind.CREDIT_NOTE);
        assertThat(note.creditedInvoiceId()).isEqualTo(invoice.id());
        assertThat(note.gross()).isEqualTo(invoice.gross());
        assertThat(note.reason()).isEqualTo("line cancelled");
    }

    @Test
    void thePdfNamesTheNumberTheBuyerInCyrillicAndTheTotals() throws Exception {
        taxRates.create(admin, "ДДС 20 %", new BigDecimal("20"), false, true);
        var show = sales.show(admin, "Лебедово езеро", "50.00", "EUR");
        UUID buyer = contacts.create(admin, Contact.Kind.PERSON, null, new ContactDetails("Мария", "Иванова", null, null,
                null, "ул. Витоша 1", "1000", "София", "BG", null, null, "BG123456789", null)).id();
        var dossier = sales.sold(admin, buyer, show, 2);
        var invoice = invoices.issue(admin, dossier.id(), null);

        byte[] pdf = printing.pdf(admin, invoice.id(), Locale.forLanguageTag("bg"));

        String text;
        try (var document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains(invoice.number()).contains("Иванова Мария").contains("София")
                .contains("BG123456789").contains("Лебедово езеро")
                .contains("100.00").contains("20.00").contains("120.00 EUR");
        assertThat(printing.pdf(admin, invoice.id(), Locale.forLanguageTag("bg"))).as("a reprint is the same file")
                .isEqualTo(pdf);

        var note = invoices.credit(admin, invoice.id(), List.of(), "refund");
        try (var document = Loader.loadPDF(printing.pdf(admin, note.id(), Locale.ENGLISH))) {
            assertThat(new PDFTextStripper().getText(document)).contains("Credit note").contains(note.number())
                    .contains(invoice.number()).contains("120.00 EUR");
        }
    }
}
