package app.resa.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.stereotype.Controller;

/**
 * A controller of screens (HTML pages), as opposed to the API's {@code @RestController}s. The
 * screens' frame and error pages apply to these only: a {@code @ControllerAdvice(annotations =
 * Controller.class)} also matches every REST controller, and its model attributes were computed
 * on every API request (the on-sale profile found them at 6 % of Resa's time).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface Screen {
}
