package io.github.cosxml.tests.http;

import io.github.cosxml.tests.ci.Fixtures;
import io.github.cosxml.tests.ci.job.list.CardType;
import io.github.cosxml.tests.ci.job.list.DescribeJobsResponse;
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
 * The jobs the loopback server holds, as the documented {@code JobsDetail} (the corrected submit
 * response) with each job's own id, state, times, queue, input object and card type. Submitted jobs
 * stay {@code Submitted} until {@link #advance} moves them on, as if the service ran them, or a
 * cancel ends them.
 *
 * <p>Creation times are the server's clock at {@code +0800}, in whole seconds, and each job's is one
 * second after the previous job's at least, so that jobs submitted in the same second still have an
 * order and a time window can pick some of them. Thread-safe: the server thread and a test thread
 * both use it.
 */
final class LoopbackJobs {
    /** The queue of a job whose request names none: the documented response's. */
    static final String DEFAULT_QUEUE_ID = "pcd463e1467964d39ad2d3f66aacd8199";
    private static final ZoneOffset CI_OFFSET = ZoneOffset.ofHours(8);

    private final JobsDetail template = DescribeJobsResponse.fromXml(Fixtures.text("docs/job-response.corrected.xml"))
            .getJobsDetail().get(0);
    private final Clock clock;
    private final Map<String, JobsDetail> jobs = new LinkedHashMap<>();
    private OffsetDateTime lastCreation;

    LoopbackJobs(Clock clock) {
        this.clock = clock;
    }

    /** A page of jobs and the token of the next one (empty on the last page). */
    record Page(List<JobsDetail> jobs, String nextToken) {
    }

    /** Takes a submitted (valid) request: a new {@code Submitted} job. */
    synchronized JobsDetail submit(ImageLicenseRecJobRequest request) {
        String jobId = String.format("a%032x", jobs.size() + 1);
        OffsetDateTime now = now();
        OffsetDateTime created = lastCreation == null || now.isAfter(lastCreation) ? now : lastCreation.plusSeconds(1);
        lastCreation = created;
        String queueId = request.getQueueId() == null ? DEFAULT_QUEUE_ID : request.getQueueId();
        JobsDetail job = template.toBuilder()
                .jobId(jobId)
                .state(JobState.SUBMITTED)
                .creationTime(created)
                .startTime(null)
                .endTime(null)
                .queueId(queueId)
                .input(template.getInput().toBuilder().object(request.getInput().getObject()).build())
                .operation(template.getOperation().toBuilder()
                        .imageLicenseRec(template.getOperation().getImageLicenseRec().toBuilder()
                                .cardType(CardType.fromValue(request.getOperation().getImageLicenseRec().getCardTypeAsString()))
                                .build())
                        .build())
                .build();
        jobs.put(jobId, job);
        return job;
    }

    /** The job with this id, or null. */
    synchronized JobsDetail find(String jobId) {
        return jobs.get(jobId);
    }

    /**
     * Moves a job on, as the service would when it starts or ends it: {@code Running} sets its start
     * time, a final state its end time too.
     *
     * @throws IllegalArgumentException if there is no such job
     */
    synchronized JobsDetail advance(String jobId, JobState state) {
        JobsDetail job = jobs.get(jobId);
        if (job == null) {
            throw new IllegalArgumentException("no job " + jobId + " on this server; pass the JobId a submission returned");
        }
        return move(job, state);
    }

    /**
     * Cancels a job that has not started (ci-api.md §2.3).
     *
     * @return null when it is cancelled, else why not
     */
    synchronized String cancel(String jobId) {
        JobsDetail job = jobs.get(jobId);
        if (job == null) {
            return "job " + jobId + " does not exist; list the jobs of the queue to find its id";
        }
        if (job.getState() != JobState.SUBMITTED) {
            return "job " + jobId + " is " + job.getStateAsString() + ": only a job that has not started"
                    + " (Submitted) can be cancelled";
        }
        move(job, JobState.CANCEL);
        return null;
    }

    private JobsDetail move(JobsDetail job, JobState state) {
        OffsetDateTime now = now();
        JobsDetail.Builder moved = job.toBuilder().state(state);
        boolean started = state != JobState.SUBMITTED && state != JobState.CANCEL; // a cancelled job never ran
        if (started && job.getStartTime() == null) {
            moved.startTime(now);
        }
        if (state == JobState.SUCCESS || state == JobState.FAILED || state == JobState.CANCEL) {
            moved.endTime(now);
        }
        JobsDetail changed = moved.build();
        jobs.put(changed.getJobId(), changed);
        return changed;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(CI_OFFSET).truncatedTo(ChronoUnit.SECONDS);
    }

    /** The page of jobs {@code query} asks for. */
    synchronized Page list(JobListQuery query) {
        List<JobsDetail> matching = new ArrayList<>();
        for (JobsDetail job : jobs.values()) {
            if (query.matches(job)) {
                matching.add(job);
            }
        }
        Comparator<JobsDetail> byTime = Comparator.comparing(JobsDetail::getCreationTime).thenComparing(JobsDetail::getJobId);
        matching.sort(query.ascending() ? byTime : byTime.reversed());
        int from = 0;
        if (query.nextToken() != null) {
            from = indexOf(matching, query.nextToken());
        }
        int to = Math.min(matching.size(), from + query.size());
        String nextToken = to < matching.size() ? matching.get(to).getJobId() : "";
        return new Page(List.copyOf(matching.subList(from, to)), nextToken);
    }

    // A token is the id of the first job of its page: it stays valid while other jobs come and go.
    private static int indexOf(List<JobsDetail> matching, String token) {
        for (int i = 0; i < matching.size(); i++) {
            if (matching.get(i).getJobId().equals(token)) {
                return i;
            }
        }
        throw new IllegalArgumentException("nextToken '" + token + "' is not one this server gave for this query;"
                + " pass the NextToken of the previous page with the same tag, queueId, states and times");
    }
}
