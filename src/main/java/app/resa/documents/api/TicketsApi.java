package app.resa.documents.api;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;

import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.resa.documents.TicketList;
import app.resa.documents.TicketPrinting;
import app.resa.documents.TicketStatus;
import app.resa.shared.Caller;
import app.resa.shared.web.PageRequest;
import app.resa.shared.web.PageResponse;

/** Printing a dossier's tickets, and the ticket list. */
@RestController
class TicketsApi {

    private final TicketPrinting printing;
    private final TicketList list;

    TicketsApi(TicketPrinting printing, TicketList list) {
        this.printing = printing;
        this.list = list;
    }

    /**
     * The dossier's tickets as a PDF, one page per ticket: every confirmed line, or the
     * {@code lineIds} given. Printing marks the dossier printed (then reprinted): it is a counter's
     * act, hence AGENT, although it is a GET so that a browser or a printer can fetch it.
     */
    @GetMapping("/api/v1/dossiers/{id}/tickets.pdf")
    @PreAuthorize("hasRole('AGENT')")
    ResponseEntity<byte[]> print(Caller caller, @PathVariable UUID id,
                                 @RequestParam(required = false) @Nullable List<UUID> lineIds, Locale locale) {
        var printed = printing.print(caller, id, lineIds == null ? List.of() : lineIds, locale);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("tickets-" + printed.dossierNumber() + ".pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Ticket-Count", String.valueOf(printed.count()))
                .body(printed.pdf());
    }

    /** Tickets newest first, by session or event, dossier number, status, checked in or not. */
    @GetMapping("/api/v1/tickets")
    @PreAuthorize("hasRole('VIEWER')")
    PageResponse<TicketResponse> list(Caller caller, @RequestParam(required = false) @Nullable UUID sessionId,
                                      @RequestParam(required = false) @Nullable UUID eventId,
                                      @RequestParam(required = false) @Positive @Nullable Long dossierNumber,
                                      @RequestParam(required = false) @Nullable TicketStatus status,
                                      @RequestParam(required = false) @Nullable Boolean checkedIn,
                                      @ParameterObject @Valid PageRequest page) {
        return list.page(caller, new TicketList.Filter(sessionId, eventId, dossierNumber, status, checkedIn), page)
                .map(TicketResponse::of);
    }
}
