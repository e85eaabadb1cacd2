package uk.sosafe.assistant.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Commits the writes of concurrent turns together. Each caller hands its write to one writer thread,
 * which runs whatever is waiting in one transaction, each write in a savepoint of its own, and commits
 * once. A caller returns only when the transaction holding its write has committed; otherwise it gets
 * an exception: its own write's (the rest of the batch still commits) or the commit's, which every
 * write in the batch gets. Writes are run in the order they were handed over.
 */
@Component
class GroupCommit implements SmartLifecycle {

	/** The most writes committed together. */
	static final int MAX_BATCH = 64;

	private final BlockingQueue<Write> waiting = new LinkedBlockingQueue<>();

	private final TransactionTemplate batch;

	private final TransactionTemplate each;

	private final Object handOver = new Object();

	private volatile boolean running;

	private volatile Thread writer;

	GroupCommit(PlatformTransactionManager transactionManager) {
		this.batch = new TransactionTemplate(transactionManager);
		this.each = new TransactionTemplate(transactionManager);
		this.each.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/**
	 * Runs {@code work} in a transaction and returns once it committed, rethrowing what it threw. Inside a
	 * transaction already (or before the writer started) the work joins or starts a transaction here.
	 */
	void write(Runnable work) {
		Write write = new Write(work);
		synchronized (this.handOver) {
			if (this.running && !TransactionSynchronizationManager.isActualTransactionActive()
					&& Thread.currentThread() != this.writer) {
				this.waiting.add(write);
			}
			else {
				write = null;
			}
		}
		if (write == null) {
			this.batch.executeWithoutResult(status -> work.run());
			return;
		}
		write.awaitCommit();
	}

	@Override
	public void start() {
		synchronized (this.handOver) {
			this.running = true;
			Thread thread = new Thread(this::commitWhileRunning, "group-commit");
			thread.setDaemon(true);
			this.writer = thread;
			thread.start();
		}
	}

	/** Stops taking writes; what was handed over already is committed first. */
	@Override
	public void stop() {
		synchronized (this.handOver) {
			this.running = false;
		}
		Thread thread = this.writer;
		if (thread != null) {
			try {
				thread.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** How many writes are waiting for the writer. */
	int waiting() {
		return this.waiting.size();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Starts early and stops late (after the web server); a write after it stopped runs on its caller's thread. */
	@Override
	public int getPhase() {
		return Integer.MIN_VALUE + 1000;
	}

	private void commitWhileRunning() {
		List<Write> writes = new ArrayList<>(MAX_BATCH);
		while (this.running || !this.waiting.isEmpty()) {
			try {
				Write first = this.waiting.poll(100, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				writes.add(first);
				this.waiting.drainTo(writes, MAX_BATCH - 1);
				commit(writes);
			}
			catch (InterruptedException ex) {
				// keep going until stopped: a waiting caller must get an answer
			}
			finally {
				writes.clear();
			}
		}
	}

	/** One transaction for all of {@code writes}; each write's own failure rolls back only its savepoint. */
	void commit(List<Write> writes) {
		try {
			this.batch.executeWithoutResult(status -> {
				for (Write write : writes) {
					try {
						this.each.executeWithoutResult(savepoint -> write.work.run());
					}
					catch (RuntimeException ex) {
						write.failure = ex;
					}
				}
			});
		}
		catch (RuntimeException | Error ex) {
			writes.forEach(write -> write.done.completeExceptionally(write.failure != null ? write.failure : ex));
			return;
		}
		writes.forEach(write -> {
			if (write.failure != null) {
				write.done.completeExceptionally(write.failure);
			}
			else {
				write.done.complete(null);
			}
		});
	}

	/** A write handed over, and how it ended. */
	static final class Write {

		private final Runnable work;

		private final CompletableFuture<Void> done = new CompletableFuture<>();

		private RuntimeException failure;

		Write(Runnable work) {
			this.work = work;
		}

		void awaitCommit() {
			try {
				this.done.join();
			}
			catch (CompletionException ex) {
				if (ex.getCause() instanceof RuntimeException runtime) {
					throw runtime;
				}
				if (ex.getCause() instanceof Error error) {
					throw error;
				}
				throw ex;
			}
		}
	}
}
