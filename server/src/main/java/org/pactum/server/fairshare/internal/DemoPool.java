package org.pactum.server.fairshare.internal;

import java.util.List;
import java.util.Map;
import org.pactum.server.fairshare.PoolCommand;
import org.pactum.server.fairshare.PoolService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The demo's 2026 Annual Solidarity Pool, as the Council set it: 21,000 relocations or EUR 420
 * million, shared over the EU Member States other than the four benefitting ones (Cyprus, Greece,
 * Italy, Spain) by the reference key of Article 66 on 2024 data, apportioned by largest remainder.
 * Austria, Bulgaria, Croatia, Czechia, Estonia and Poland may request deductions; none is granted
 * here, and the pledges are left for the user to enter.
 */
@Component
@Order(35)
class DemoPool implements ApplicationRunner {

    static final String ID = "asp-2026";
    static final List<String> BENEFITTING = List.of("CYP", "GRC", "ITA", "ESP");
    static final List<String> MAY_REQUEST_DEDUCTIONS = List.of("AUT", "BGR", "HRV", "CZE", "EST", "POL");

    private final PoolService pools;
    private final boolean demo;

    DemoPool(PoolService pools, @Value("${pactum.demo.enabled:true}") boolean demo) {
        this.pools = pools;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo || pools.poolIds().contains(ID)) {
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "system", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        try {
            pools.create(new PoolCommand(ID, "Annual Solidarity Pool 2026", 21_000L, 420_000_000L, 20_000L, "eu-ammr-2024",
                    2024, "hamilton", List.of(), BENEFITTING, Map.of()));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
