package io.github.cosxml.core.sign;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Acceptance point 5 as far as a unit test can tell (timing belongs to the JMH benchmarks): the
 * SignKey HMAC runs once per KeyTime and credentials, a signature allocates under 1 KB, and the
 * shared signer is safe across threads.
 */
class PerformanceDesignTest {
    /** A real engine that counts its calls. */
    static final class CountingEngine implements HmacSha1Engine {
        final AtomicInteger hmacs = new AtomicInteger();
        final AtomicInteger hashes = new AtomicInteger();

        @Override
        public String name() {
            return "counting-jdk";
        }

        @Override
        public void sha1(byte[] message, int offset, int length, byte[] out, int outOffset) {
            hashes.incrementAndGet();
            HmacSha1Engine.jdk().sha1(message, offset, length, out, outOffset);
        }

        @Override
        public void hmacSha1(byte[] key, byte[] message, int offset, int length, byte[] out, int outOffset) {
            hmacs.incrementAndGet();
            HmacSha1Engine.jdk().hmacSha1(key, message, offset, length, out, outOffset);
        }
    }

    @Test
    void signKeyIsComputedOncePerKeyTimeAndCredentials() {
        CountingEngine engine = new CountingEngine();
        CosSigner signer = CosSigner.builder().engine(engine).headerPolicy(HeaderPolicy.all()).build();
        for (int i = 0; i < 100; i++) {
            assertThat(signer.authorization(DocVectors.upload(), DocVectors.DOC_CREDENTIALS, DocVectors.UPLOAD_KEY_TIME))
                    .endsWith("3b8851a11a569213c17ba8fa7dcf2abec6935172");
        }
        assertThat(engine.hashes.get()).isEqualTo(100);
        assertThat(engine.hmacs.get()).as("1 SignKey + 100 signatures").isEqualTo(101);

        signer.authorization(DocVectors.upload(), DocVectors.DOC_CREDENTIALS, KeyTime.of(1, 2));
        assertThat(engine.hmacs.get()).as("a new KeyTime needs a new SignKey").isEqualTo(103);
        signer.authorization(DocVectors.upload(), Credentials.of("AKIDQjz3ltompVjBni5LitkWHFlFpwkn9U5q", "other"), KeyTime.of(1, 2));
        assertThat(engine.hmacs.get()).as("other credentials need a new SignKey").isEqualTo(105);
    }

    @Test
    void aSignatureOfTheUploadExampleAllocatesUnderOneKilobyte() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        org.junit.jupiter.api.Assumptions.assumeTrue(bean instanceof com.sun.management.ThreadMXBean,
                "needs com.sun.management.ThreadMXBean");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
        CosSigner signer = CosSigner.builder().headerPolicy(HeaderPolicy.all()).build();
        SignableRequest request = DocVectors.upload();
        int sink = 0;
        for (int i = 0; i < 20_000; i++) {
            sink += signer.authorization(request, DocVectors.DOC_CREDENTIALS, DocVectors.UPLOAD_KEY_TIME).length();
        }
        int n = 20_000;
        long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        for (int i = 0; i < n; i++) {
            sink += signer.authorization(request, DocVectors.DOC_CREDENTIALS, DocVectors.UPLOAD_KEY_TIME).length();
        }
        long perSignature = (threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before) / n;
        assertThat(sink).isPositive();
        assertThat(perSignature).as("bytes allocated per signature").isLessThan(1024);
    }

    @Test
    void signingNowAllocatesUnderOneKilobyteAndReusesTheWindow() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        CountingEngine engine = new CountingEngine();
        java.time.Clock clock = java.time.Clock.fixed(java.time.Instant.ofEpochSecond(1_700_000_000L), java.time.ZoneOffset.UTC);
        CosSigner signer = CosSigner.builder().clock(clock).engine(engine).build();
        assertThat(signer.keyTimeNow()).isSameAs(signer.keyTimeNow());
        assertThat(signer.keyTimeNow()).isEqualTo(KeyTime.of(1_700_000_000L, 1_700_003_600L));
        SignableRequest request = DocVectors.upload();
        int sink = 0;
        for (int i = 0; i < 20_000; i++) {
            sink += signer.authorization(request, DocVectors.DOC_CREDENTIALS).length();
        }
        long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        for (int i = 0; i < 20_000; i++) {
            sink += signer.authorization(request, DocVectors.DOC_CREDENTIALS).length();
        }
        long perSignature = (threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before) / 20_000;
        assertThat(sink).isPositive();
        assertThat(perSignature).as("bytes allocated per signature").isLessThan(1024);
        assertThat(engine.hmacs.get()).as("one SignKey for the whole second").isEqualTo(1 + 40_000);
    }

    @Test
    void oneSignerSharedByManyThreadsGivesTheSameResults() throws Exception {
        CosSigner signer = CosSigner.builder().headerPolicy(HeaderPolicy.all()).build();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                final int thread = t;
                results.add(pool.submit((Callable<Boolean>) () -> {
                    for (int i = 0; i < 2_000; i++) {
                        boolean upload = (i + thread) % 2 == 0;
                        String auth = upload
                                ? signer.authorization(DocVectors.upload(), DocVectors.DOC_CREDENTIALS, DocVectors.UPLOAD_KEY_TIME)
                                : signer.authorization(DocVectors.download(), DocVectors.DOC_CREDENTIALS, DocVectors.DOWNLOAD_KEY_TIME);
                        String expected = upload ? "3b8851a11a569213c17ba8fa7dcf2abec6935172" : "01681b8c9d798a678e43b685a9f1bba0f6c0e012";
                        if (!auth.endsWith(expected)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : results) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
