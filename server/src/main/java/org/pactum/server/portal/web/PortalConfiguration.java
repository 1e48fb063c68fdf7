package org.pactum.server.portal.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.pactum.server.identity.CurrentMember;
import org.pactum.server.portal.Capability;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.ui.Model;

/** English and French pages: {@code ?lang=fr} switches and a cookie remembers the choice. */
@Configuration
class PortalConfiguration implements WebMvcConfigurer {

    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH);

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("pactum-lang");
        resolver.setDefaultLocale(Locale.ENGLISH);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    /** What every page's layout needs: the navigation and who is signed in. */
    @ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
    static class LayoutModel {

        private final CurrentMember currentMember;

        LayoutModel(CurrentMember currentMember) {
            this.currentMember = currentMember;
        }

        @ModelAttribute
        void layout(Model model) {
            model.addAttribute("navigation", List.of(Capability.values()));
            model.addAttribute("member", currentMember.get().orElse(null));
        }
    }
}
