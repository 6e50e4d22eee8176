package app.resa.booking;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

import app.resa.shared.Caller;

/** The dossier list as a CSV file, for the screen's export button and the API alike. */
@Component
public class DossierCsv {

    /** An export holds at most this many rows; narrow the filters for more. */
    public static final int LIMIT = 50_000;

    private final DossierList list;

    DossierCsv(DossierList list) {
        this.list = list;
    }

    public void write(Caller caller, DossierSearch.DossierFilter filter, DossierSearch.Sort sort,
                      HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"dossiers.csv\"");
        try (var csv = new CSVPrinter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setHeader("dossier", "status", "print_status", "purchase_contact",
                        "products", "created_at", "created_on", "created_by", "modified_at", "modified_on",
                        "modified_by").get())) {
            list.each(caller, filter, sort, LIMIT, item -> {
                try {
                    csv.printRecord(item.number(), item.status(), item.printStatus(), item.contactName(),
                            item.products(), item.createdAt(), item.createdOn(), item.createdBy(), item.modifiedAt(),
                            item.modifiedOn(), item.modifiedBy());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
