package uk.sosafe.assistant.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * A component with background threads that repeat a step while there is work and otherwise wait to be
 * woken (or for a second). A failed step is logged and the loop carries on. Threads start with the
 * application context, late (after everything else is ready), and stop early; a context that is stopped
 * and started again (as the test framework does with contexts it is not using) restarts its loops.
 */
abstract class Workers implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(Workers.class);

	private static final long IDLE_WAIT_MILLIS = 1_000;

	private final List<Thread> threads = new ArrayList<>();

	private volatile boolean running;

	/** Starts {@code count} threads named {@code name-N} running {@code step}, which says whether it found work. */
	protected final void startThreads(String name, int count, BooleanSupplier step, WakeUp wakeUp) {
		startLoops(name, count, () -> step.getAsBoolean() ? 0 : IDLE_WAIT_MILLIS, wakeUp);
	}

	/**
	 * Starts one thread running {@code step}, which returns zero when it found work and otherwise how many
	 * milliseconds the thread may wait before looking again (it is woken sooner when there is work).
	 */
	protected final void startPacedThreads(String name, LongSupplier step, WakeUp wakeUp) {
		startLoops(name, 1, step, wakeUp);
	}

	/** Starts this component's loops, with {@link #startThreads} or {@link #startPacedThreads}, or none. */
	protected abstract void beginWork();

	private void startLoops(String name, int count, LongSupplier step, WakeUp wakeUp) {
		for (int i = 0; i < count; i++) {
			Thread thread = new Thread(() -> loop(step, wakeUp), name + "-" + i);
			thread.setDaemon(true);
			this.threads.add(thread);
			thread.start();
		}
	}

	@Override
	public synchronized void start() {
		if (this.running) {
			return;
		}
		this.running = true;
		beginWork();
	}

	@Override
	public synchronized void stop() {
		this.running = false;
		this.threads.forEach(Thread::interrupt);
		for (Thread thread : this.threads) {
			try {
				thread.join(2_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		this.threads.clear();
	}

	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 1_000;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void loop(LongSupplier step, WakeUp wakeUp) {
		while (this.running) {
			try {
				long wait = step.getAsLong();
				if (wait > 0) {
					wakeUp.await(wait);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				log.error("{} failed a step; carrying on", Thread.currentThread().getName(), ex);
			}
		}
	}
}
