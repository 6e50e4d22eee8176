package app.resa.shared.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.jspecify.annotations.Nullable;

/**
 * {@code ?page=0&size=20}: which page of a list to return. Sizes above 200 are refused rather than
 * silently capped, so an integrator never believes it has everything when it has not.
 */
public record PageRequest(@Min(0) @Max(100_000) @Nullable Integer page, @Min(1) @Max(200) @Nullable Integer size) {

    public static final int DEFAULT_SIZE = 20;

    public PageRequest {
        page = page == null ? 0 : page;
        size = size == null ? DEFAULT_SIZE : size;
    }

    public static PageRequest first(int size) {
        return new PageRequest(0, size);
    }

    public int offset() {
        return page() * size();
    }
}
