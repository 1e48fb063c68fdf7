package org.pactum.server.allocation;

/** Every worker is solving a run and the queue is full: the client should try again in a minute. Nothing was stored. */
public class AllocationBusy extends RuntimeException {

    public AllocationBusy() {
        super("Every allocation worker is busy and the queue is full; nothing was stored: try again in a minute");
    }
}
