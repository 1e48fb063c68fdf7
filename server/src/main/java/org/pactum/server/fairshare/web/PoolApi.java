package org.pactum.server.fairshare.web;

import java.util.List;
import org.pactum.server.fairshare.FairShareRejected;
import org.pactum.server.fairshare.PledgeCommand;
import org.pactum.server.fairshare.PoolCommand;
import org.pactum.server.fairshare.PoolService;
import org.pactum.server.fairshare.PoolView;
import org.pactum.server.support.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Solidarity pools: create (administrators and analysts), read (everyone), pledge (the state's analysts), gaps. */
@RestController
@RequestMapping("/api/v1/pools")
class PoolApi {

    private final PoolService pools;

    PoolApi(PoolService pools) {
        this.pools = pools;
    }

    /** The gaps of a pool: per state and at Union level, and the Article 63 thresholds met. */
    record Gaps(String pool, long relocationReference, long relocationsPledged, long unionGapMinor,
            java.math.BigDecimal unionGapRelocations, boolean unionRelocationThresholdMet,
            List<String> statesMeetingOffsetThreshold, List<StateGap> states) {
    }

    record StateGap(String state, long due, long dueMoneyMinor, long pledgedValueMinor, long gapMinor,
            java.math.BigDecimal gapRelocations, boolean offsetThresholdMet) {
    }

    @GetMapping
    List<String> pools() {
        return pools.poolIds();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    PoolView create(@RequestBody PoolCommand command) {
        return pools.create(command);
    }

    @GetMapping("/{id}")
    PoolView pool(@PathVariable String id) {
        return pools.pool(id).orElseThrow(() -> new NotFoundException("pool", id));
    }

    @PutMapping("/{id}/pledges/{state}")
    PoolView pledge(@PathVariable String id, @PathVariable String state, @RequestBody PledgeCommand pledge) {
        return pools.pledge(id, state, pledge);
    }

    @GetMapping("/{id}/gaps")
    Gaps gaps(@PathVariable String id) {
        PoolView pool = pool(id);
        return new Gaps(pool.id(), pool.relocationReference(), pool.relocationsPledged(), pool.unionGapMinor(),
                pool.unionGapRelocations(), pool.unionRelocationThresholdMet(), pool.statesMeetingOffsetThreshold(),
                pool.states().stream().map(s -> new StateGap(s.state(), s.due(), s.dueMoneyMinor(), s.pledgedValueMinor(),
                        s.gapMinor(), s.gapRelocations(), s.offsetThresholdMet())).toList());
    }

    @ExceptionHandler(FairShareRejected.class)
    ProblemDetail rejected(FairShareRejected e) {
        return FairShareApi.problem(e);
    }
}
