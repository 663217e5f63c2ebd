package org.grille.engine.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BesideTest {

    @Test
    void join_returns_what_the_work_returned_computed_on_another_thread() {
        Thread caller = Thread.currentThread();

        Beside<Thread> beside = Beside.start("grille-test", Thread::currentThread);

        Thread worker = beside.join();
        assertThat(worker).isNotSameAs(caller);
        assertThat(worker.getName()).isEqualTo("grille-test");
        assertThat(worker.isDaemon()).as("never keeps the JVM alive").isTrue();
    }

    @Test
    void join_throws_what_the_work_threw_as_if_it_had_run_on_the_callers_thread() {
        IllegalStateException failure = new IllegalStateException("the build failed");
        Beside<Object> failing = Beside.start("grille-test", () -> {
            throw failure;
        });

        assertThatThrownBy(failing::join).isSameAs(failure);

        StackOverflowError error = new StackOverflowError();
        Beside<Object> erring = Beside.start("grille-test", () -> {
            throw error;
        });
        assertThatThrownBy(erring::join).isSameAs(error);
    }
}
