package org.pactum.server.portal.web;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the person who started Pactum where to find it and how to sign in. */
@Component
class StartupNotice {

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
            int port = web.getWebServer().getPort();
            System.out.println();
            System.out.println("Pactum is running on http://localhost:" + port + "/");
            System.out.println("Sign in as 'admin' with the password printed at first start "
                    + "(or PACTUM_ADMIN_PASSWORD if you set it then). Stop with Ctrl+C.");
            System.out.println();
        }
    }
}
