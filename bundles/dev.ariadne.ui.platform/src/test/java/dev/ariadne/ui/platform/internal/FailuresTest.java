package dev.ariadne.ui.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import dev.ariadne.api.plugins.PluginException;
import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void peelsFutureWrappersOffAPluginException() {
        PluginException cause = new PluginException("Missing requirement: osgi.wiring.package=org.example", null);
        Throwable wrapped = new CompletionException(new ExecutionException(cause));

        assertThat(Failures.cause(wrapped)).isSameAs(cause);
        assertThat(Failures.message(wrapped)).isEqualTo("Missing requirement: osgi.wiring.package=org.example");
    }

    @Test
    void prefersThePluginExceptionDeeperInTheChain() {
        Throwable failure = new RuntimeException("wrapper",
                new PluginException("Bundle symbolic name is missing", new IOException("zip")));

        assertThat(Failures.message(failure)).isEqualTo("Bundle symbolic name is missing");
    }

    @Test
    void fallsBackToTheMessageOrTheTypeName() {
        assertThat(Failures.message(new CompletionException(new IOException("disk full")))).isEqualTo("disk full");
        assertThat(Failures.message(new IllegalStateException())).isEqualTo("IllegalStateException");
        assertThat(Failures.message(new CompletionException(new CancellationException()))).isEqualTo("Cancelled.");
    }
}
