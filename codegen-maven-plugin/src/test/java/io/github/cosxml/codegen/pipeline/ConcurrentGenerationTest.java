package io.github.cosxml.codegen.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cosxml.codegen.emit.GeneratedFile;
import io.github.cosxml.codegen.emit.JavaGenerator;
import io.github.cosxml.codegen.xjc.SchemaCompiler;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The goal is declared thread-safe ({@code mvn -T}): concurrent runs in one JVM give the same files. */
class ConcurrentGenerationTest {
    @Test
    void concurrentGenerationsAgreeWithASequentialOne() throws Exception {
        List<GeneratedFile> expected = compile();
        int threads = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<GeneratedFile>>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<List<GeneratedFile>> task = () -> {
                    start.await();
                    return compile();
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            for (Future<List<GeneratedFile>> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<GeneratedFile> compile() throws Exception {
        return new SchemaCompiler(w -> { }, JavaGenerator.create()).compile(EverythingSchema.request());
    }
}
