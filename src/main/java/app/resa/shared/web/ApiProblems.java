package app.resa.shared.web;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import app.resa.shared.BusinessRuleViolation;
import tools.jackson.databind.DatabindException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every failure of an API call into an RFC 9457 problem detail with a stable {@code code}
 * and, for bad input, the offending {@code fields}. Nothing escapes as a 500 except a real bug,
 * which is logged with the caller's request so an operator can find it.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler
    ProblemDetail on(BusinessRuleViolation e) {
        var field = e.field();
        return problem(HttpStatus.valueOf(e.status()), e.code(), e.getMessage(),
                field == null ? List.of() : List.of(new FieldProblem(field, e.getMessage())));
    }

    @ExceptionHandler
    ProblemDetail on(OptimisticLockingFailureException e) {
        return problem(HttpStatus.PRECONDITION_FAILED, "stale-version",
                "The resource was changed by someone else; read it again and retry", List.of());
    }

    /**
     * No database connection within the pool's wait: the service is saturated. Say so with a 503
     * and a hint when to retry, rather than a 500 (DESIGN.md §4b).
     */
    @ExceptionHandler({CannotGetJdbcConnectionException.class, CannotCreateTransactionException.class})
    ResponseEntity<ProblemDetail> onSaturated(Exception e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                .body(busy());
    }

    /** A unique or foreign key refused the write: a conflict with existing data, never a 500. */
    @ExceptionHandler
    ProblemDetail on(DataIntegrityViolationException e) {
        return problem(HttpStatus.CONFLICT, "conflict",
                "This conflicts with existing data (a duplicate name or a record still in use)", List.of());
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ProblemDetail onDenied(Exception e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Your role does not allow this", List.of());
    }

    @ExceptionHandler
    ProblemDetail on(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-parameter",
                "Invalid value for " + e.getName(), List.of(new FieldProblem(e.getName(), "invalid value")));
    }

    @ExceptionHandler
    ProblemDetail on(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", e.getMessage(), List.of());
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var fields = ex.getBindingResult().getFieldErrors().stream()
                .map(ApiProblems::fieldProblem).toList();
        var global = ex.getBindingResult().getGlobalErrors().stream()
                .map(error -> new FieldProblem(error.getObjectName(), error.getDefaultMessage())).toList();
        var all = new ArrayList<>(fields);
        all.addAll(global);
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "invalid-request",
                "Invalid " + all.stream().map(FieldProblem::field).distinct().collect(Collectors.joining(", ")), all));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var fields = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(
                                error instanceof FieldError field ? field.getField()
                                        : result.getMethodParameter().getParameterName(),
                                error.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "invalid-request",
                "Invalid " + fields.stream().map(FieldProblem::field).distinct().collect(Collectors.joining(", ")), fields));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(unreadable(ex));
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getProperties() == null) {
            String code = codeFor(statusCode);
            problem.setType(URI.create("urn:resa:problem:" + code));
            problem.setProperty("code", code);
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    @ExceptionHandler
    ProblemDetail on(Exception e, WebRequest request) {
        log.error("Unexpected failure on {}", request.getDescription(true), e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "Something went wrong on our side; it has been logged", List.of());
    }

    private static ProblemDetail unreadable(HttpMessageNotReadableException ex) {
        Throwable cause = ex.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            return problem(HttpStatus.BAD_REQUEST, "unknown-field", "Unknown field " + field,
                    List.of(new FieldProblem(field, "unknown field")));
        }
        if (cause instanceof DatabindException mapping && !mapping.getPath().isEmpty()) {
            String field = path(mapping);
            return problem(HttpStatus.BAD_REQUEST, "invalid-value", "Invalid value for " + field,
                    List.of(new FieldProblem(field, "invalid value")));
        }
        if (cause instanceof JacksonException) {
            return problem(HttpStatus.BAD_REQUEST, "malformed-json", "The request body is not valid JSON", List.of());
        }
        return problem(HttpStatus.BAD_REQUEST, "unreadable-body", "The request body is missing or unreadable", List.of());
    }

    private static String path(DatabindException e) {
        return e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static FieldProblem fieldProblem(FieldError error) {
        return new FieldProblem(error.getField(), error.getDefaultMessage());
    }

    private static String codeFor(HttpStatusCode status) {
        var resolved = HttpStatus.resolve(status.value());
        return resolved == null ? "http-" + status.value() : resolved.name().toLowerCase().replace('_', '-');
    }

    /**
     * Writes a problem where no controller runs (servlet filters, security entry points), so
     * those answers have the same shape as every other.
     */
    public static void write(HttpServletResponse response, JsonMapper json, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }

    /** The service is saturated: come back in a second (pair it with {@code Retry-After: 1}). */
    public static ProblemDetail busy() {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "busy", "Too many requests at once; retry in a second", List.of());
    }

    public static ProblemDetail problem(HttpStatus status, String code, @Nullable String detail, List<FieldProblem> fields) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:resa:problem:" + code));
        problem.setProperty("code", code);
        if (!fields.isEmpty()) {
            problem.setProperty("fields", fields);
        }
        return problem;
    }

    /** One offending input: its JSON path or parameter name, and what is wrong with it. */
    public record FieldProblem(String field, @Nullable String message) {
    }
}
