package io.github.cosxml.tests.http;

import io.github.cosxml.tests.ci.Fixtures;
import io.github.cosxml.tests.ci.job.list.CardType;
import io.github.cosxml.tests.ci.job.list.DescribeJobsResponse;
import io.github.cosxml.tests.ci.job.list.ImageLicenseRecResult;
import io.github.cosxml.tests.ci.job.list.JobOperation;
import io.github.cosxml.tests.ci.job.list.JobState;
import io.github.cosxml.tests.ci.job.list.JobsDetail;
import io.github.cosxml.tests.ci.job.request.ImageLicenseRecJobRequest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The jobs the loopback server holds, each the documented {@code JobsDetail} (the corrected submit
 * response) with the job's own id, state, times, queue, input object, card type, user data and
 * level. A job stays {@code Submitted} until {@link #advance} moves it on, as if the service ran it,
 * or a cancel ends it; only a job that reaches {@code Success} carries the documented recognition
 * result, named after its own input object.
 *
 * <p>Times are the server's clock at {@code +0800}, in whole seconds, and every time it stamps is
 * at least one second after the one before, so that jobs submitted in the same second still have an
 * order, a time window can pick some of them, and no job ends before it was created. Thread-safe:
 * the server thread and a test thread both use it.
 */
final class LoopbackJobs {
    /** The queue of a job whose request names none: the documented response's. */
    static final String DEFAULT_QUEUE_ID = "pcd463e1467964d39ad2d3f66aacd8199";
    private static final ZoneOffset CI_OFFSET = ZoneOffset.ofHours(8);

    private final JobsDetail template = DescribeJobsResponse.fromXml(Fixtures.text("docs/job-response.corrected.xml"))
            .getJobsDetail().get(0);
    private final Clock clock;
    private final Map<String, JobsDetail> jobs = new LinkedHashMap<>();
    private OffsetDateTime lastStamp;

    LoopbackJobs(Clock clock) {
        this.clock = clock;
    }

    /** A page of jobs and the token of the next one (empty on the last page). */
    record Page(List<JobsDetail> jobs, String nextToken) {
    }

    /** Takes a submitted (valid) request: a new {@code Submitted} job. */
    synchronized JobsDetail submit(ImageLicenseRecJobRequest request) {
        String jobId = String.format("a%032x", jobs.size() + 1);
        JobOperation operation = template.getOperation().toBuilder()
                .imageLicenseRec(template.getOperation().getImageLicenseRec().toBuilder()
                        .cardType(CardType.fromValue(request.getOperation().getImageLicenseRec().getCardTypeAsString()))
                        .build())
                .imageLicenseRecResult(null) // nothing is recognised before the job runs
                .userData(request.getOperation().getUserData())
                .jobLevel(request.getOperation().getJobLevel())
                .build();
        JobsDetail job = template.toBuilder()
                .jobId(jobId)
                .state(JobState.SUBMITTED)
                .creationTime(stamp())
                .startTime(null)
                .endTime(null)
                .queueId(request.getQueueId() == null ? DEFAULT_QUEUE_ID : request.getQueueId())
                .input(template.getInput().toBuilder().object(request.getInput().getObject()).build())
                .operation(operation)
                .build();
        jobs.put(jobId, job);
        return job;
    }

    /** The job with this id, or null. */
    synchronized JobsDetail find(String jobId) {
        return jobs.get(jobId);
    }

    /**
     * Moves a job on, as the service would: {@code Running} sets its start time, {@code Success} and
     * {@code Failed} their end time too, {@code Success} adds the recognition result, and
     * {@code Failed} sets the job's {@code Code} and {@code Message} (the only state in which they
     * mean something, ci-api.md §1.5): {@code ResourceNotFound}, its input object missing.
     *
     * @return the job as it is now
     * @throws IllegalArgumentException if there is no such job, or it has ended ({@code Success},
     *     {@code Failed} or {@code Cancel}: an ended job does not move on)
     */
    synchronized JobsDetail advance(String jobId, JobState state) {
        JobsDetail job = jobs.get(jobId);
        if (job == null) {
            throw new IllegalArgumentException("no job " + jobId + " on this server; pass the JobId a submission returned");
        }
        if (job.getState() == JobState.SUCCESS || job.getState() == JobState.FAILED || job.getState() == JobState.CANCEL) {
            throw new IllegalArgumentException("job " + jobId + " has ended (" + job.getStateAsString() + ") and does not"
                    + " move on; submit another job");
        }
        return move(job, state);
    }

    /**
     * Cancels a job that has not started: {@code Submitted}, or {@code Pause} (a paused queue's
     * pending job), ci-api.md §1.5 and §2.3.
     *
     * @return null when it is cancelled, else why not
     */
    synchronized String cancel(String jobId) {
        JobsDetail job = jobs.get(jobId);
        if (job == null) {
            return "job " + jobId + " does not exist; list the jobs of the queue to find its id";
        }
        if (job.getState() != JobState.SUBMITTED && job.getState() != JobState.PAUSE) {
            return "job " + jobId + " is " + job.getStateAsString() + ": only a job that has not started"
                    + " (Submitted or Pause) can be cancelled";
        }
        move(job, JobState.CANCEL);
        return null;
    }

    private JobsDetail move(JobsDetail job, JobState state) {
        OffsetDateTime now = stamp();
        JobsDetail.Builder moved = job.toBuilder().state(state);
        boolean ran = state == JobState.RUNNING || state == JobState.SUCCESS || state == JobState.FAILED;
        if (ran && job.getStartTime() == null) {
            moved.startTime(now);
        }
        if (state == JobState.SUCCESS || state == JobState.FAILED || state == JobState.CANCEL) {
            moved.endTime(now);
        }
        if (state == JobState.SUCCESS) {
            moved.operation(job.getOperation().toBuilder().imageLicenseRecResult(resultFor(job)).build());
        }
        if (state == JobState.FAILED) {
            moved.code("ResourceNotFound").message("The input object " + job.getInput().getObject() + " does not exist");
        }
        JobsDetail result = moved.build();
        jobs.put(job.getJobId(), result);
        return result;
    }

    /** The documented result, for this job's input object. */
    private ImageLicenseRecResult resultFor(JobsDetail job) {
        ImageLicenseRecResult documented = template.getOperation().getImageLicenseRecResult();
        String object = job.getInput().getObject();
        String url = documented.getInputObjectUrl();
        return documented.toBuilder()
                .inputObjectName(object)
                .inputObjectUrl(url.substring(0, url.indexOf(".com/") + ".com/".length()) + object)
                .build();
    }

    private OffsetDateTime stamp() {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(CI_OFFSET).truncatedTo(ChronoUnit.SECONDS);
        lastStamp = lastStamp == null || now.isAfter(lastStamp) ? now : lastStamp.plusSeconds(1);
        return lastStamp;
    }

    /**
     * The page of jobs {@code query} asks for. A token is the id of the last job of the page before:
     * the next page starts after that job's place in the order, so it stays valid when jobs are
     * added, or when that job itself no longer matches (cancelled while listing {@code Submitted}).
     *
     * @throws IllegalArgumentException for a token that names no job
     */
    synchronized Page list(JobListQuery query) {
        Comparator<JobsDetail> oldestFirst = Comparator.comparing(JobsDetail::getCreationTime)
                .thenComparing(JobsDetail::getJobId);
        Comparator<JobsDetail> order = query.ascending() ? oldestFirst : oldestFirst.reversed();
        JobsDetail after = null;
        if (query.nextToken() != null) {
            after = jobs.get(query.nextToken());
            if (after == null) {
                throw new IllegalArgumentException("nextToken '" + query.nextToken() + "' is not one this server gave;"
                        + " pass the NextToken of the previous page");
            }
        }
        List<JobsDetail> matching = new ArrayList<>();
        for (JobsDetail job : jobs.values()) {
            if (query.matches(job) && (after == null || order.compare(job, after) > 0)) {
                matching.add(job);
            }
        }
        matching.sort(order);
        List<JobsDetail> page = List.copyOf(matching.subList(0, Math.min(matching.size(), query.size())));
        String nextToken = matching.size() > page.size() ? page.get(page.size() - 1).getJobId() : "";
        return new Page(page, nextToken);
    }
}
