package app.resa.shell.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;

import app.resa.shared.BusinessRuleViolation;

/** Screens show a refusal as a page in the user's language, with the same status the API uses. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class ScreenProblems {

    private static final Logger log = LoggerFactory.getLogger(ScreenProblems.class);

    @ExceptionHandler
    ModelAndView on(BusinessRuleViolation e) {
        return page(HttpStatus.valueOf(e.status()), e.code());
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ModelAndView onDenied(Exception e) {
        return page(HttpStatus.FORBIDDEN, "forbidden");
    }

    @ExceptionHandler
    ModelAndView on(MethodArgumentTypeMismatchException e) {
        return page(HttpStatus.BAD_REQUEST, "invalid-parameter");
    }

    @ExceptionHandler
    ModelAndView on(OptimisticLockingFailureException e) {
        return page(HttpStatus.PRECONDITION_FAILED, "stale-version");
    }

    @ExceptionHandler({CannotGetJdbcConnectionException.class, CannotCreateTransactionException.class})
    ModelAndView onSaturated(Exception e) {
        return page(HttpStatus.SERVICE_UNAVAILABLE, "busy");
    }

    @ExceptionHandler
    ModelAndView on(DataIntegrityViolationException e) {
        return page(HttpStatus.CONFLICT, "conflict");
    }

    @ExceptionHandler
    ModelAndView on(Exception e, HttpServletRequest request) {
        // Spring's own refusals (a missing parameter, a wrong method) keep their 4xx status.
        if (e instanceof ErrorResponse refusal && refusal.getStatusCode().is4xxClientError()) {
            var status = HttpStatus.resolve(refusal.getStatusCode().value());
            return page(status == null ? HttpStatus.BAD_REQUEST : status, "generic");
        }
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error");
    }

    private static ModelAndView page(HttpStatus status, String code) {
        var page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("code", code);
        return page;
    }
}
