package app.resa.carnets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import app.resa.billing.PaymentMethod;
import app.resa.contacts.Contact;
import app.resa.contacts.ContactDetails;
import app.resa.contacts.ContactManagement;
import app.resa.shared.Money;
import app.resa.support.ApiTest;
import app.resa.support.Tenants;

/** Coupons print carnet by carnet once the sale is closed, each with a QR code the scanner reads back. */
@ApiTest
class CouponPrintingTests {

    @Autowired
    Tenants tenants;

    @Autowired
    CarnetModelManagement models;

    @Autowired
    CarnetSelling selling;

    @Autowired
    CarnetPrinting printing;

    @Autowired
    ContactManagement contacts;

    @Test
    void aClosedSalesSecondCarnetPrintsItsCouponsEachWithTheQrCodeOfItsNumber() throws Exception {
        var tenant = tenants.open("Carnet printing");
        var caller = tenant.admin();
        var model = models.create(caller, new CarnetModelManagement.NewModel("Carnet 4", 4, 30, List.of(),
                List.of(new CarnetModelManagement.NewTariff("visitor", null, Money.of("40.00", "EUR")))));
        var contact = contacts.create(caller, Contact.Kind.PERSON, null, new ContactDetails("Ada", "Lovelace", null,
                null, null, null, null, null, null, null, null, null, null));
        var sale = selling.sell(caller, new CarnetSelling.NewSale(contact.id(), "visitor", model.id(), null, 2, null));

        assertThatThrownBy(() -> printing.carnet(caller, sale.id(), 1, Locale.FRENCH))
                .isInstanceOf(CarnetRefusedException.class).hasFieldOrPropertyWithValue("code", "sale-not-closed");
        selling.pay(caller, sale.id(), PaymentMethod.CASH);
        selling.close(caller, sale.id());

        byte[] pdf = printing.carnet(caller, sale.id(), 2, Locale.FRENCH);

        var second = sale.carnets().get(1);
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(4);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(second.number() + "-001", second.number() + "-004", "Carnet 4", "Billet 3 / 4")
                    .doesNotContain(sale.carnets().getFirst().number() + "-001");
            assertThat(qr(document, 2)).isEqualTo(second.number() + "-003");
        }
    }

    private static String qr(org.apache.pdfbox.pdmodel.PDDocument document, int page) throws IOException,
            com.google.zxing.NotFoundException, com.google.zxing.ChecksumException, com.google.zxing.FormatException {
        BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page, 150);
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(),
                pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}
