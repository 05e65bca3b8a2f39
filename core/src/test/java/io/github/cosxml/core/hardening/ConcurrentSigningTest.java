package io.github.cosxml.core.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cosxml.core.sign.CosSigner;
import io.github.cosxml.core.sign.Credentials;
import io.github.cosxml.core.sign.CredentialsLookup;
import io.github.cosxml.core.sign.KeyTime;
import io.github.cosxml.core.sign.SignableRequest;
import io.github.cosxml.core.sign.SignatureVerifier;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * One {@link CosSigner} shared by 16 threads over 100,000 signatures gives exactly the results of a
 * single thread. The inputs rotate through several credentials (one temporary) and KeyTimes, so
 * that the threads keep replacing each other's cached SignKey and per-thread buffers are reused
 * across different requests; three output forms (header, pre-signed query, explain) interleave.
 */
class ConcurrentSigningTest {
    private static final int THREADS = 16;
    private static final int SIGNATURES = 100_000;
    private static final int REQUESTS = 500;
    private static final long NOW = 1_700_000_000L;

    private static final List<Credentials> CREDENTIALS = List.of(
            Credentials.of("AKIDQjz3ltompVjBni5LitkWHFlFpwkn9U5q", "BQYIM75p8x0iWVFSIgqEKwFprpRSVHlz"),
            Credentials.of("AKIDsecond0000000000000000000000000", "second-secret-key-with-ünïcödé"),
            Credentials.temporary("AKIDtemporary000000000000000000000", "tmp-secret", "session-token/+=&?"),
            Credentials.of("AKIDfourth", "k"));
    private static final List<KeyTime> KEY_TIMES = List.of(
            KeyTime.of(NOW - 60, NOW + 3600), KeyTime.of(NOW, NOW + 900), KeyTime.of(NOW - 1, NOW),
            KeyTime.of(1557989151L, 1557996351L), KeyTime.of(NOW + 10, NOW + 10));

    private final CosSigner signer = CosSigner.builder()
            .clock(Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC)).build();
    private final List<SignableRequest> requests = requests();

    private static List<SignableRequest> requests() {
        String[] methods = {"GET", "PUT", "POST", "DELETE", "HEAD"};
        String[] hosts = {"examplebucket-1250000000.cos.ap-beijing.myqcloud.com",
                "examplebucket-1250000000.ci.ap-beijing.myqcloud.com", "examplebucket-1250000000.pic.ap-shanghai.myqcloud.com"};
        List<SignableRequest> all = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            SignableRequest.Builder b = SignableRequest.builder()
                    .method(methods[i % methods.length])
                    .path("/object-" + i + (i % 3 == 0 ? "/腾讯云 a+b" : i % 3 == 1 ? "/%41?&=" : "/😀"))
                    .header("Host", hosts[i % hosts.length]);
            for (int p = 0; p < i % 6; p++) {
                b.parameter("param-" + p, p % 2 == 0 ? "value " + i + "/" + p : "");
            }
            if (i % 4 == 0) {
                b.parameter("acl");
            }
            if (i % 5 == 0) {
                b.header("Content-Type", "text/plain; charset=utf-8").header("x-cos-meta-n", "n" + i);
            }
            if (i % 7 == 0) {
                b.header("Content-Length", Integer.toString(i)).header("Date", "Thu, 16 May 2019 06:45:51 GMT");
            }
            all.add(b.build());
        }
        return all;
    }

    /** The i-th of the 100,000 signatures; each index has its own request, credentials, KeyTime and form. */
    private String sign(int i) {
        SignableRequest request = requests.get(i % REQUESTS);
        Credentials credentials = CREDENTIALS.get((i / 7) % CREDENTIALS.size());
        KeyTime keyTime = KEY_TIMES.get((i / 3) % KEY_TIMES.size());
        switch (i % 4) {
            case 0:
                return signer.authorization(request, credentials, keyTime);
            case 1:
                return signer.presignedQuery(request, credentials, keyTime);
            case 2:
                return signer.explain(request, credentials, keyTime).signature();
            default:
                return signer.authorization(request, credentials); // KeyTime from the shared "now"
        }
    }

    @Test
    void sixteenThreadsSharingOneSignerGiveTheSingleThreadResults() throws Exception {
        String[] expected = new String[SIGNATURES];
        for (int i = 0; i < SIGNATURES; i++) {
            expected[i] = sign(i);
        }
        String[] actual = new String[SIGNATURES];
        AtomicInteger next = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Integer>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                workers.add(pool.submit(() -> {
                    start.await();
                    int done = 0;
                    // indices are handed out one by one, so neighbouring signatures run on different threads
                    for (int i = next.getAndIncrement(); i < SIGNATURES; i = next.getAndIncrement()) {
                        actual[i] = sign(i);
                        done++;
                    }
                    return done;
                }));
            }
            start.countDown();
            int total = 0;
            int busyThreads = 0;
            for (Future<Integer> worker : workers) {
                int done = worker.get(5, TimeUnit.MINUTES);
                total += done;
                busyThreads += done > 0 ? 1 : 0;
            }
            assertThat(total).isEqualTo(SIGNATURES);
            assertThat(busyThreads).as("threads that signed something").isGreaterThan(1);
        } finally {
            pool.shutdownNow();
        }
        for (int i = 0; i < SIGNATURES; i++) {
            assertThat(actual[i]).as("signature %d", i).isEqualTo(expected[i]);
        }
    }

    @Test
    void singleThreadResultsAreTheVerifiableSignatures() {
        // The baseline above is only worth comparing against if it is right: the header forms verify.
        SignatureVerifier verifier = SignatureVerifier.builder()
                .clock(Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC)).build();
        for (int i = 0; i < 2_000; i += 4) {
            SignableRequest request = requests.get(i % REQUESTS);
            Credentials credentials = CREDENTIALS.get((i / 7) % CREDENTIALS.size());
            KeyTime keyTime = KEY_TIMES.get((i / 3) % KEY_TIMES.size());
            if (keyTime.startSeconds() > NOW || keyTime.endSeconds() < NOW) {
                continue;
            }
            SignableRequest sent = credentials.hasSessionToken()
                    ? request.toBuilder().header(io.github.cosxml.core.sign.SecurityToken.nameFor(request),
                            credentials.sessionToken()).build()
                    : request;
            assertThat(verifier.verify(sent, sign(i), CredentialsLookup.of(credentials)).isValid())
                    .as("signature %d verifies", i).isTrue();
        }
    }

    @Test
    void sixteenThreadsSharingOneVerifierAgreeWithOneThread() throws Exception {
        SignatureVerifier verifier = SignatureVerifier.builder()
                .clock(Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC)).build();
        Credentials credentials = CREDENTIALS.get(0);
        int count = 20_000;
        String[] authorizations = new String[count];
        String[] expected = new String[count];
        for (int i = 0; i < count; i++) {
            // every third one is tampered with: another request's signature
            SignableRequest request = requests.get(i % REQUESTS);
            authorizations[i] = signer.authorization(i % 3 == 0 ? requests.get((i + 1) % REQUESTS) : request,
                    credentials, KEY_TIMES.get(i % 2));
            expected[i] = verifier.verify(request, authorizations[i], credentials).reason().name();
        }
        assertThat(expected).contains("VALID", "SIGNATURE_MISMATCH");
        String[] actual = new String[count];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        actual[i] = verifier.verify(requests.get(i % REQUESTS), authorizations[i], credentials).reason().name();
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(actual).containsExactly(expected);
    }
}
