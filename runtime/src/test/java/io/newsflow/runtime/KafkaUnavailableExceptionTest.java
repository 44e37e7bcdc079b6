package io.newsflow.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import javax.net.ssl.SSLHandshakeException;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.junit.jupiter.api.Test;

class KafkaUnavailableExceptionTest {
    @Test
    void theReasonAddsTheRootCauseWhenItSaysMore() {
        var handshake = new SslAuthenticationException("SSL handshake failed",
                new SSLHandshakeException("PKIX path building failed: unable to find valid certification path to requested target"));

        assertThat(KafkaUnavailableException.reason(handshake))
                .isEqualTo("SSL handshake failed (PKIX path building failed: unable to find valid certification path to requested target)");
    }

    @Test
    void anErrorWithoutAMessageIsNamedAndACycleOfCausesEnds() {
        assertThat(KafkaUnavailableException.reason(new IllegalStateException((String) null))).isEqualTo("IllegalStateException");
        var a = new RuntimeException("a");
        var b = new RuntimeException("b");
        a.initCause(b);
        b.initCause(a);
        assertThat(KafkaUnavailableException.reason(a)).startsWith("a");
    }

    @Test
    void theReasonIsTheErrorsOwnWordsWhenTheCauseAddsNothing() {
        assertThat(KafkaUnavailableException.reason(new IllegalStateException("boom"))).isEqualTo("boom");
        var wrapped = new RuntimeException("java.net.ConnectException: Connection refused", new ConnectException("Connection refused"));
        assertThat(KafkaUnavailableException.reason(wrapped)).isEqualTo("java.net.ConnectException: Connection refused");
    }
}
