package app.resa.shell.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The screens speak English, French, Russian and Bulgarian. {@code ?lang=fr} on any page switches
 * and a cookie remembers it; without one, the browser's language decides.
 */
@Configuration(proxyBeanMethods = false)
class Languages implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("ru"),
            Locale.forLanguageTag("bg"));

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("resa-lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> {
            var preferred = request.getLocale();
            return SUPPORTED.stream().filter(l -> l.getLanguage().equals(preferred.getLanguage())).findFirst()
                    .orElse(Locale.ENGLISH);
        });
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change).excludePathPatterns("/api/**");
    }
}
