package uk.sosafe.assistant.conversation;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** Wakes a waiting worker the moment there is work, so an idle system reacts at once. */
final class WakeUp {

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition rung = this.lock.newCondition();

	private boolean pending;

	void ring() {
		this.lock.lock();
		try {
			this.pending = true;
			this.rung.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	/** Waits until rung or until the timeout passes; returns at once if rung since the last wait. */
	void await(long millis) throws InterruptedException {
		this.lock.lock();
		try {
			if (!this.pending) {
				this.rung.await(millis, TimeUnit.MILLISECONDS);
			}
			this.pending = false;
		}
		finally {
			this.lock.unlock();
		}
	}
}
