package org.pactum.server.finance;

import java.time.LocalDate;

/**
 * A ledger entry to record. {@code type} is an IATI 2.03 transaction type, by code ("3") or name
 * ("DISBURSEMENT"); or {@code REVERSAL} with {@code reverses} naming the corrected transaction and
 * {@code reason} saying why. {@code amount} is a positive decimal string in major units; expenditure
 * names its {@code finalUse}; a disbursement beyond what was committed needs an {@code overrideReason}.
 */
public record TransactionRequest(String id, String instrumentId, String type, String amount, String currency, LocalDate date,
        String finalUse, String overrideReason, String reverses, String reason, String description) {
}
