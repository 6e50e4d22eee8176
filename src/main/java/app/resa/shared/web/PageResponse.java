package app.resa.shared.web;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list in the API: {@code items}, the page asked for, and the totals.
 * Pages are numbered from 0; {@code size} is capped by {@link PageRequest}.
 */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <T> PageResponse<T> of(List<T> items, PageRequest request, long totalItems) {
        int pages = (int) ((totalItems + request.size() - 1) / request.size());
        return new PageResponse<>(items, request.page(), request.size(), totalItems, pages);
    }

    public <R> PageResponse<R> map(Function<T, R> mapper) {
        return new PageResponse<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
