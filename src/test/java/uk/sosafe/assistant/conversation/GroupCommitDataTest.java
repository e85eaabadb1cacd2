package uk.sosafe.assistant.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import uk.sosafe.assistant.system.SqliteDataTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Group commit on the test database (SQLite, or PostgreSQL in the postgres run): writes handed over
 * while the writer is busy commit together, in the order handed over; a caller returns only after its
 * write committed; one write's failure is its caller's alone; a failed commit fails every caller.
 */
@SqliteDataTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class GroupCommitDataTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	private CountingTransactions transactions;

	private GroupCommit groupCommit;

	private final ExecutorService callers = Executors.newCachedThreadPool();

	private final AtomicInteger sequence = new AtomicInteger();

	@BeforeEach
	void start() {
		this.jdbc.sql("CREATE TABLE IF NOT EXISTS group_commit_probe (seq INTEGER NOT NULL, label TEXT NOT NULL)").update();
		this.jdbc.sql("DELETE FROM group_commit_probe").update();
		this.transactions = new CountingTransactions(this.transactionManager);
		this.groupCommit = new GroupCommit(this.transactions);
		this.groupCommit.start();
	}

	@AfterEach
	void stop() {
		this.groupCommit.stop();
		this.callers.shutdownNow();
	}

	@Test
	void writesHandedOverWhileTheWriterIsBusyCommitTogetherInTheOrderHandedOver() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		Future<?> first = handOver(() -> {
			insert("first");
			await(release);
		});
		awaitWaiting(0);
		List<Future<?>> rest = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			String label = "w" + i;
			rest.add(handOver(() -> insert(label)));
			awaitWaiting(i + 1);
		}
		int commitsBefore = this.transactions.commits.get();

		release.countDown();
		first.get(10, TimeUnit.SECONDS);
		for (Future<?> write : rest) {
			write.get(10, TimeUnit.SECONDS);
		}

		assertThat(this.transactions.commits.get() - commitsBefore).as("the first batch, then the twenty together").isEqualTo(2);
		List<String> expected = new ArrayList<>(List.of("first"));
		for (int i = 0; i < 20; i++) {
			expected.add("w" + i);
		}
		assertThat(labels()).containsExactlyElementsOf(expected);
	}

	@Test
	void everyCallerReturnsOnlyOnceItsOwnWriteIsCommitted() throws Exception {
		List<Future<Boolean>> seen = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			String label = "c" + i;
			seen.add(this.callers.submit(() -> {
				this.groupCommit.write(() -> insert(label));
				return this.jdbc.sql("SELECT COUNT(*) FROM group_commit_probe WHERE label = :label").param("label", label)
					.query(Integer.class).single() == 1;
			}));
		}
		for (Future<Boolean> visible : seen) {
			assertThat(visible.get(30, TimeUnit.SECONDS)).as("visible to another connection on return").isTrue();
		}
		assertThat(labels()).hasSize(200);
	}

	@Test
	void aWriteThatFailsFailsOnlyItsOwnCallerAndLeavesNothingBehind() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		Future<?> first = handOver(() -> await(release));
		awaitWaiting(0);
		IllegalStateException broken = new IllegalStateException("this write is broken");
		Future<?> before = handOver(() -> insert("before"));
		awaitWaiting(1);
		Future<?> failing = handOver(() -> {
			insert("half-done");
			throw broken;
		});
		awaitWaiting(2);
		Future<?> after = handOver(() -> insert("after"));
		awaitWaiting(3);

		release.countDown();

		first.get(10, TimeUnit.SECONDS);
		before.get(10, TimeUnit.SECONDS);
		after.get(10, TimeUnit.SECONDS);
		assertThatThrownBy(() -> failing.get(10, TimeUnit.SECONDS)).cause().isSameAs(broken);
		assertThat(labels()).containsExactly("before", "after");
	}

	@Test
	void whenTheCommitFailsEveryCallerInTheBatchGetsTheErrorAndNothingIsKept() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		Future<?> first = handOver(() -> await(release));
		awaitWaiting(0);
		List<Future<?>> batch = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			String label = "lost" + i;
			batch.add(handOver(() -> insert(label)));
			awaitWaiting(i + 1);
		}
		this.transactions.failCommitsFrom(this.transactions.commits.get() + 2);

		release.countDown();

		first.get(10, TimeUnit.SECONDS);
		for (Future<?> write : batch) {
			assertThatThrownBy(() -> write.get(10, TimeUnit.SECONDS)).cause().isInstanceOf(TransactionSystemException.class);
		}
		assertThat(labels()).isEmpty();
	}

	@Test
	void anErrorInOneWriteFailsTheWholeBatchRatherThanCommittingPartOfIt() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		Future<?> first = handOver(() -> await(release));
		awaitWaiting(0);
		Future<?> fine = handOver(() -> insert("fine"));
		awaitWaiting(1);
		AssertionError fatal = new AssertionError("not an ordinary failure");
		Future<?> broken = handOver(() -> {
			throw fatal;
		});
		awaitWaiting(2);

		release.countDown();

		first.get(10, TimeUnit.SECONDS);
		assertThatThrownBy(() -> fine.get(10, TimeUnit.SECONDS)).cause().isSameAs(fatal);
		assertThatThrownBy(() -> broken.get(10, TimeUnit.SECONDS)).cause().isSameAs(fatal);
		assertThat(labels()).isEmpty();
	}

	@Test
	void insideATransactionAWriteJoinsItInsteadOfWaitingForTheWriter() {
		TransactionTemplate outer = new TransactionTemplate(this.transactionManager);
		AtomicBoolean ran = new AtomicBoolean();

		outer.executeWithoutResult(status -> {
			this.groupCommit.write(() -> {
				insert("joined");
				ran.set(true);
			});
			status.setRollbackOnly();
		});

		assertThat(ran).isTrue();
		assertThat(labels()).as("rolled back with the caller's transaction").isEmpty();
	}

	@Test
	void afterStoppingWritesStillCommitOnTheCallersThread() {
		this.groupCommit.stop();

		this.groupCommit.write(() -> insert("late"));

		assertThat(labels()).containsExactly("late");
	}

	private Future<?> handOver(Runnable work) {
		return this.callers.submit(() -> this.groupCommit.write(work));
	}

	private void insert(String label) {
		this.jdbc.sql("INSERT INTO group_commit_probe (seq, label) VALUES (:seq, :label)")
			.param("seq", this.sequence.incrementAndGet())
			.param("label", label)
			.update();
	}

	private List<String> labels() {
		return this.jdbc.sql("SELECT label FROM group_commit_probe ORDER BY seq").query(String.class).list();
	}

	/** Waits until exactly {@code count} writes wait (the one being run is not among them). */
	private void awaitWaiting(int count) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (this.groupCommit.waiting() != count || (count == 0 && this.transactions.active.get() == 0)) {
			assertThat(System.nanoTime()).as("writes waiting: %d", count).isLessThan(deadline);
			Thread.sleep(2);
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Counts commits and open transactions; can be told to fail commits. */
	static final class CountingTransactions implements PlatformTransactionManager {

		private final PlatformTransactionManager delegate;

		final AtomicInteger commits = new AtomicInteger();

		final AtomicInteger active = new AtomicInteger();

		private volatile int failFrom = Integer.MAX_VALUE;

		CountingTransactions(PlatformTransactionManager delegate) {
			this.delegate = delegate;
		}

		void failCommitsFrom(int commit) {
			this.failFrom = commit;
		}

		@Override
		public TransactionStatus getTransaction(TransactionDefinition definition) {
			TransactionStatus status = this.delegate.getTransaction(definition);
			if (status.isNewTransaction() && !status.hasSavepoint()) {
				this.active.incrementAndGet();
			}
			return status;
		}

		@Override
		public void commit(TransactionStatus status) {
			boolean outer = status.isNewTransaction() && !status.hasSavepoint();
			if (outer && this.commits.get() + 1 >= this.failFrom) {
				this.active.decrementAndGet();
				this.delegate.rollback(status);
				throw new TransactionSystemException("the commit failed");
			}
			this.delegate.commit(status);
			if (outer) {
				this.active.decrementAndGet();
				this.commits.incrementAndGet();
			}
		}

		@Override
		public void rollback(TransactionStatus status) {
			if (status.isNewTransaction() && !status.hasSavepoint()) {
				this.active.decrementAndGet();
			}
			this.delegate.rollback(status);
		}
	}
}
