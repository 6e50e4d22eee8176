package app.resa.booking.api;

import java.io.IOException;
import java.time.Instant;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.resa.booking.DossierCsv;
import app.resa.booking.DossierList;
import app.resa.booking.DossierSearch;
import app.resa.booking.DossierStatus;
import app.resa.booking.PrintStatus;
import app.resa.shared.Caller;
import app.resa.shared.web.PageRequest;
import app.resa.shared.web.PageResponse;

/** The dossier list with the seed's filters, as JSON pages or as a CSV export. */
@RestController
@RequestMapping("/api/v1/dossiers")
@PreAuthorize("hasRole('VIEWER')")
class DossierListApi {

    private final DossierList list;
    private final DossierCsv csv;

    DossierListApi(DossierList list, DossierCsv csv) {
        this.list = list;
        this.csv = csv;
    }

    @GetMapping(produces = "application/json")
    PageResponse<DossierList.Item> list(Caller caller, @ParameterObject @Valid Filters filters,
                                        @RequestParam(defaultValue = "CREATED_DESC") DossierSearch.Sort sort,
                                        @ParameterObject @Valid PageRequest page) {
        return list.page(caller, filters.toFilter(), sort, page);
    }

    @GetMapping(produces = "text/csv")
    void export(Caller caller, @ParameterObject @Valid Filters filters,
                @RequestParam(defaultValue = "CREATED_DESC") DossierSearch.Sort sort, HttpServletResponse response)
            throws IOException {
        csv.write(caller, filters.toFilter(), sort, response);
    }

    /**
     * The query parameters of the list; dates are ISO instants. {@code contact} is a text (name,
     * e-mail, phone, number); dossiers of closed seasons show only with {@code includeClosedSeasons}.
     */
    record Filters(@Nullable Long number, @Nullable DossierStatus status, @Nullable PrintStatus printStatus,
                   @Nullable UUID contactId,
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant createdFrom,
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant createdTo,
                   @Nullable UUID createdBy, @Nullable UUID createdOn,
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant modifiedFrom,
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant modifiedTo,
                   @Nullable UUID modifiedBy, @Nullable UUID modifiedOn, @Nullable UUID product,
                   @Size(max = 200) @Nullable String contact, @Nullable UUID contactTypeId,
                   @Nullable Boolean includeClosedSeasons) {

        DossierSearch.DossierFilter toFilter() {
            return new DossierSearch.DossierFilter(number, status, printStatus, contactId, createdFrom, createdTo,
                    createdBy, createdOn, modifiedFrom, modifiedTo, modifiedBy, modifiedOn, product, contact, contactTypeId,
                    Boolean.TRUE.equals(includeClosedSeasons));
        }
    }
}
