package org.pactum.server.identity.internal;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import org.pactum.server.identity.Member;
import org.pactum.server.identity.Party;
import org.pactum.server.identity.PartyKind;
import org.pactum.server.identity.Role;
import org.pactum.server.reference.Country;
import org.pactum.server.reference.ReferenceCatalog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the administrator account on first start and, when demo data is on, the parties of the
 * demo (every state in the reference data that belongs to the EU, UNHCR, IOM, the European
 * Commission and an independent evaluator) with one account per role. The admin password comes
 * from {@code PACTUM_ADMIN_PASSWORD} or is generated and printed once; demo accounts share it.
 */
@Component
@Order(20)
class AccountBootstrap implements ApplicationRunner {

    private final AccountRepository accounts;
    private final PartyRepository parties;
    private final ReferenceCatalog reference;
    private final PasswordEncoder passwords;
    private final String initialPassword;
    private final boolean demo;

    AccountBootstrap(AccountRepository accounts, PartyRepository parties, ReferenceCatalog reference,
            PasswordEncoder passwords, @Value("${pactum.admin.initial-password:}") String initialPassword,
            @Value("${pactum.demo.enabled:true}") boolean demo) {
        this.accounts = accounts;
        this.parties = parties;
        this.reference = reference;
        this.passwords = passwords;
        this.initialPassword = initialPassword;
        this.demo = demo;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (demo && parties.isEmpty()) {
            createDemoParties();
        }
        if (accounts.exists("admin")) {
            return;
        }
        boolean generated = initialPassword == null || initialPassword.isBlank();
        String password = generated ? generatePassword() : initialPassword;
        String hash = passwords.encode(password);
        accounts.create(new Member("admin", Role.ADMIN, Optional.empty(), "Administrator"), hash);
        if (demo) {
            accounts.create(new Member("analyst.deu", Role.ANALYST, Optional.of("DEU"), "Analyst, Germany"), hash);
            accounts.create(new Member("analyst.fra", Role.ANALYST, Optional.of("FRA"), "Analyst, France"), hash);
            accounts.create(new Member("verifier", Role.VERIFIER, Optional.of("EVALUATOR"), "Independent verifier"), hash);
            accounts.create(new Member("grievance.officer", Role.GRIEVANCE_OFFICER, Optional.of("UNHCR"),
                    "Grievance officer"), hash);
            accounts.create(new Member("grievance.officer.deu", Role.GRIEVANCE_OFFICER, Optional.of("DEU"),
                    "Grievance officer, Germany"), hash);
            accounts.create(new Member("allocation.officer.deu", Role.ALLOCATION_OFFICER, Optional.of("DEU"),
                    "Allocation officer, Germany"), hash);
        }
        if (generated) {
            System.out.println();
            System.out.println("==================================================================");
            System.out.println(" Pactum administrator account created (shown only this once):");
            System.out.println("   user: admin      password: " + password);
            if (demo) {
                System.out.println(" Demo accounts with the same password: analyst.deu, analyst.fra,");
                System.out.println("   verifier, grievance.officer, grievance.officer.deu, allocation.officer.deu");
            }
            System.out.println(" Set PACTUM_ADMIN_PASSWORD before the first start to choose it.");
            System.out.println("==================================================================");
            System.out.println();
        }
    }

    private void createDemoParties() {
        for (Country country : reference.countries()) {
            if (country.euMember()) {
                parties.save(new Party(country.iso3(), country.name(), PartyKind.STATE, Optional.of(country.iso3()), "", ""));
            }
        }
        List.of(new Party("EC", "European Commission", PartyKind.INTERNATIONAL_ORGANISATION, Optional.empty(), "", ""),
                new Party("UNHCR", "UNHCR, the UN Refugee Agency", PartyKind.INTERNATIONAL_ORGANISATION, Optional.empty(), "", ""),
                new Party("IOM", "International Organization for Migration", PartyKind.INTERNATIONAL_ORGANISATION,
                        Optional.empty(), "", ""),
                new Party("EVALUATOR", "Independent Evaluation Office (demo)", PartyKind.EVALUATOR, Optional.empty(), "", ""))
                .forEach(parties::save);
    }

    private static String generatePassword() {
        String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }
}
