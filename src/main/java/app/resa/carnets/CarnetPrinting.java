package app.resa.carnets;

import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Service;

import app.resa.shared.Caller;
import app.resa.shared.NotFoundException;

/** The coupons of a closed sale, carnet by carnet, as a PDF; any carnet may be printed again. */
@Service
public class CarnetPrinting {

    private final CarnetSelling selling;
    private final CouponPdf pdf;

    CarnetPrinting(CarnetSelling selling, CouponPdf pdf) {
        this.selling = selling;
        this.pdf = pdf;
    }

    /** The coupons of carnet {@code position} (1 the first) of the sale; 409 {@code sale-not-closed} before closing. */
    public byte[] carnet(Caller caller, UUID saleId, int position, Locale locale) {
        var sale = selling.get(caller, saleId);
        if (sale.state() != CarnetSale.State.CLOSED) {
            throw CarnetRefusedException.saleNotClosed(sale.number());
        }
        var carnet = sale.carnets().stream().filter(c -> c.position() == position).findFirst()
                .orElseThrow(() -> NotFoundException.of("Carnet", position));
        return pdf.render(sale, carnet, locale);
    }
}
