package org.pactum.server.allocation.internal;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.pactum.server.allocation.AllocationSettings;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The bounded executor that solves runs in the background: a fixed number of workers and a short
 * queue; a run that finds both full is refused rather than left to pile up. Stopping the node
 * interrupts the runs in hand; they are marked failed later by {@link Retention}.
 */
@Component
public class RunQueue implements DisposableBean {

    private final ThreadPoolExecutor executor;

    RunQueue(AllocationSettings settings) {
        AtomicInteger count = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(settings.workers(), settings.workers(), 0, TimeUnit.MILLISECONDS,
                settings.queue() == 0 ? new java.util.concurrent.SynchronousQueue<>() : new ArrayBlockingQueue<>(settings.queue()), work -> {
                    Thread thread = new Thread(work, "allocation-run-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.AbortPolicy());
    }

    /** Whether a new run would be accepted now. */
    public boolean hasRoom() {
        return executor.getActiveCount() < executor.getMaximumPoolSize() || executor.getQueue().remainingCapacity() > 0;
    }

    /** @throws RejectedExecutionException when every worker is busy and the queue is full */
    public void submit(Runnable run) {
        executor.execute(run);
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
