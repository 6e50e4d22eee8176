package app.resa.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

class LoadSheddingTests {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final LoadShedding shedding = new LoadShedding(1, 0, JsonMapper.builder().build(), meters);

    @Test
    void aRequestBeyondTheBulkheadIsToldToRetryInsteadOfQueueing() throws Exception {
        var second = new MockHttpServletResponse();
        var first = new MockHttpServletResponse();
        // While the first request is being served, a second one arrives.
        shedding.doFilter(api(), first, new MockFilterChain(new HttpServlet() {
            @Override
            protected void service(HttpServletRequest request, HttpServletResponse response) {
                try {
                    shedding.doFilter(api(), second, new MockFilterChain());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }));
        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(second.getStatus()).isEqualTo(503);
        assertThat(second.getHeader("Retry-After")).isEqualTo("1");
        assertThat(second.getContentAsString()).contains("\"code\":\"busy\"");
        assertThat(second.getContentType()).isEqualTo("application/problem+json");
        assertThat(meters.counter("resa.api.shed", "request", "opening").count()).isEqualTo(1);
    }

    @Test
    void thePermitIsGivenBackSoTheNextRequestIsServed() throws Exception {
        shedding.doFilter(api(), new MockHttpServletResponse(), new MockFilterChain());
        var next = new MockHttpServletResponse();
        shedding.doFilter(api(), next, new MockFilterChain());
        assertThat(next.getStatus()).isEqualTo(200);
    }

    @Test
    void screensAreNotShed() throws Exception {
        var outer = new MockHttpServletResponse();
        var screen = new MockHttpServletResponse();
        shedding.doFilter(api(), outer, new MockFilterChain(new HttpServlet() {
            @Override
            protected void service(HttpServletRequest request, HttpServletResponse response) {
                try {
                    shedding.doFilter(new MockHttpServletRequest("GET", "/dossiers"), screen, new MockFilterChain());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }));
        assertThat(screen.getStatus()).isEqualTo(200);
    }

    @Test
    void newDossiersAreTurnedAwayBeforeBuyersWhoAlreadyHaveOne() throws Exception {
        var twoPlaces = new LoadShedding(2, 0, JsonMapper.builder().build(), meters);
        var secondOpening = new MockHttpServletResponse();
        var hold = new MockHttpServletResponse();
        // One dossier is being opened: the other half of the places is kept for work in progress.
        twoPlaces.doFilter(api(), new MockHttpServletResponse(), new MockFilterChain(new HttpServlet() {
            @Override
            protected void service(HttpServletRequest request, HttpServletResponse response) {
                try {
                    twoPlaces.doFilter(api(), secondOpening, new MockFilterChain());
                    twoPlaces.doFilter(new MockHttpServletRequest("POST", "/api/v1/dossiers/42/lines"), hold,
                            new MockFilterChain());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }));
        assertThat(secondOpening.getStatus()).isEqualTo(503);
        assertThat(hold.getStatus()).isEqualTo(200);
    }

    @Test
    void anOpeningNeverTakesThePlaceABuyerIsWaitingFor() throws Exception {
        var onePlace = new LoadShedding(1, 5_000, JsonMapper.builder().build(), meters);
        var hold = new MockHttpServletResponse();
        var opening = new MockHttpServletResponse();
        var openingTried = new CountDownLatch(1);
        var holder = new AtomicReference<Thread>();
        // While a dossier is being opened, a buyer's hold arrives and waits for the only place.
        onePlace.doFilter(api(), new MockHttpServletResponse(), new MockFilterChain(new HttpServlet() {
            @Override
            protected void service(HttpServletRequest request, HttpServletResponse response) {
                holder.set(Thread.ofPlatform().start(() -> {
                    try {
                        onePlace.doFilter(new MockHttpServletRequest("POST", "/api/v1/dossiers/42/lines"), hold,
                                new MockFilterChain(new HttpServlet() {
                                    @Override
                                    protected void service(HttpServletRequest r, HttpServletResponse s) {
                                        await(openingTried);
                                    }
                                }));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }));
                while (holder.get().getState() != Thread.State.TIMED_WAITING) {
                    Thread.onSpinWait();
                }
            }
        }));
        // The place just freed belongs to the waiting buyer, not to a new opening arriving now.
        onePlace.doFilter(api(), opening, new MockFilterChain());
        openingTried.countDown();
        holder.get().join(5_000);
        assertThat(opening.getStatus()).isEqualTo(503);
        assertThat(hold.getStatus()).isEqualTo(200);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static MockHttpServletRequest api() {
        return new MockHttpServletRequest("POST", "/api/v1/dossiers");
    }
}
