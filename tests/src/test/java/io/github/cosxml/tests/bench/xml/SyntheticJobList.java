package io.github.cosxml.tests.bench.xml;

import io.github.cosxml.tests.ci.job.list.CardType;
import io.github.cosxml.tests.ci.job.list.DescribeJobsResponse;
import io.github.cosxml.tests.ci.job.list.IdInfo;
import io.github.cosxml.tests.ci.job.list.ImageLicenseRec;
import io.github.cosxml.tests.ci.job.list.ImageLicenseRecResult;
import io.github.cosxml.tests.ci.job.list.JobInput;
import io.github.cosxml.tests.ci.job.list.JobOperation;
import io.github.cosxml.tests.ci.job.list.JobState;
import io.github.cosxml.tests.ci.job.list.JobsDetail;
import io.github.cosxml.tests.ci.job.list.Location;
import io.github.cosxml.tests.ci.job.list.NodeState;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Random;

/**
 * A list-jobs answer ({@code job-list-response.xsd}) with many {@code JobsDetail}, made from a fixed
 * seed so every run benchmarks the same bytes. The jobs look like the documented ones: most
 * succeeded with one to six recognised fields (four points each), some failed with a message, a
 * few are still running. Every timestamp is set, so the document is valid against the schema.
 */
public final class SyntheticJobList {
    /** The seed of the benchmarked document. */
    public static final long SEED = 20_190_516L;

    private static final String[] FIELD_NAMES = {
        "Name", "Gender", "Ethnicity", "Birth (Date)", "Address", "Identification Number (ID Number)"};
    private static final String[] FIELD_TEXTS = {"xxx", "Male", "Han", "December 1, 1974", "Hu’nan Province xxxxx", "43xxxx"};
    private static final OffsetDateTime FIRST = OffsetDateTime.of(2022, 6, 27, 14, 44, 10, 0, ZoneOffset.ofHours(8));

    private SyntheticJobList() {
    }

    /** {@code jobs} jobs generated from {@code seed}, with a NextToken. */
    public static DescribeJobsResponse generate(int jobs, long seed) {
        Random random = new Random(seed);
        DescribeJobsResponse.Builder response = DescribeJobsResponse.builder();
        String lastId = null;
        for (int i = 0; i < jobs; i++) {
            lastId = String.format(Locale.ROOT, "a%032x", random.nextLong() & Long.MAX_VALUE);
            response.addJobsDetail(job(random, i, lastId));
        }
        return response.nextToken(lastId).build();
    }

    private static JobsDetail job(Random random, int index, String jobId) {
        int kind = random.nextInt(10);
        JobState state = kind < 7 ? JobState.SUCCESS : kind < 9 ? JobState.FAILED : JobState.RUNNING;
        OffsetDateTime created = FIRST.plusSeconds(index * 7L + random.nextInt(5));
        String object = "input/" + index + ".jpg";
        JobOperation.Builder operation = JobOperation.builder()
                .imageLicenseRec(ImageLicenseRec.builder()
                        .cardType(random.nextBoolean() ? CardType.ID_CARD : CardType.DRIVER_LICENSE).build())
                .jobLevel(random.nextInt(3));
        if (random.nextInt(4) == 0) {
            operation.userData("batch-" + random.nextInt(1000));
        }
        if (state == JobState.SUCCESS) {
            operation.imageLicenseRecResult(result(random, object));
        }
        return JobsDetail.builder()
                .code(state == JobState.FAILED ? "InvalidArgument" : "Success")
                .message(state == JobState.FAILED ? "input object not found" : "")
                .jobId(jobId)
                .tag("ImageLicenseRec")
                .state(state)
                .creationTime(created)
                .startTime(created.plusSeconds(1))
                .endTime(created.plusSeconds(1 + random.nextInt(3)))
                .queueId("pcd463e1467964d39ad2d3f66aacd8199")
                .input(JobInput.builder().bucketId("test-123456789").object(object).region("ap-chongqing").build())
                .operation(operation.build())
                .build();
    }

    private static ImageLicenseRecResult result(Random random, String object) {
        ImageLicenseRecResult.Builder result = ImageLicenseRecResult.builder()
                .code("Success")
                .state(NodeState.SUCCESS)
                .inputObjectName(object)
                .inputObjectUrl("https://test-123456789.cos.ap-chongqing.myqcloud.com/" + object)
                .status(1);
        int fields = 1 + random.nextInt(FIELD_NAMES.length);
        for (int f = 0; f < fields; f++) {
            int x = random.nextInt(2000);
            int y = random.nextInt(1500);
            int w = 100 + random.nextInt(1000);
            int h = 100 + random.nextInt(300);
            result.addIdInfo(IdInfo.builder()
                    .name(FIELD_NAMES[f])
                    .detectedText(FIELD_TEXTS[f])
                    .score(80 + random.nextInt(21))
                    .location(Location.builder()
                            .addPoint(x + "," + y).addPoint(x + "," + (y + h))
                            .addPoint((x + w) + "," + (y + h)).addPoint((x + w) + "," + y).build())
                    .build());
        }
        return result.build();
    }
}
