package app.resa.runtime;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Housekeeping jobs (forgotten idempotency keys, and later expiring holds) run on a schedule. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class Scheduling {
}
