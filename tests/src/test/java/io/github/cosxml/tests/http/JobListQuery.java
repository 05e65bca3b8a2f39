package io.github.cosxml.tests.http;

import io.github.cosxml.tests.ci.job.list.JobState;
import io.github.cosxml.tests.ci.job.list.JobsDetail;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The query of {@code GET /jobs} (list jobs, ci-api.md §2.2), checked: {@code tag} is required,
 * {@code size} is 1 to 100 (10 when absent), {@code states} is a comma-separated list of
 * {@code All} and the job states, {@code orderByTime} is {@code Desc} (the default) or {@code Asc},
 * and the creation times have the documented form {@code 2001-01-01T00:00:00+0800}. Both ends of
 * the time window are inclusive (the documentation does not say). {@code queueId}, which the EN
 * page marks required and the SDKs treat as optional, filters when present.
 *
 * @param tag the job tag, e.g. {@code ImageLicenseRec}
 * @param queueId the queue, or null for every queue
 * @param inputObject the exact input object, or null
 * @param workflowId the workflow, or null (this server runs no workflows: a value matches nothing)
 * @param inventoryTriggerJobId the batch job, or null (as for workflows)
 * @param states the states listed
 * @param ascending oldest first ({@code Asc}) rather than newest first
 * @param size the most jobs on a page
 * @param nextToken the NextToken of the page before (its last job), or null for the first page
 * @param from the earliest creation time, or null
 * @param to the latest creation time, or null
 */
record JobListQuery(String tag, String queueId, String inputObject, String workflowId, String inventoryTriggerJobId,
        Set<JobState> states, boolean ascending, int size, String nextToken, OffsetDateTime from, OffsetDateTime to) {

    static final int DEFAULT_SIZE = 10;
    static final int MAX_SIZE = 100;
    private static final DateTimeFormatter CREATION_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxx")
            .withResolverStyle(ResolverStyle.STRICT);

    /**
     * Reads the decoded query parameters (other parameters, such as the {@code q-*} fields, are ignored).
     *
     * @throws IllegalArgumentException naming the parameter at fault, its value and what to pass
     */
    static JobListQuery of(Map<String, String> parameters) {
        String tag = parameters.get("tag");
        if (tag == null || tag.isEmpty()) {
            throw new IllegalArgumentException("tag is required; pass the job tag, e.g. tag=ImageLicenseRec");
        }
        return new JobListQuery(tag, nonEmpty(parameters, "queueId"), nonEmpty(parameters, "inputObject"),
                nonEmpty(parameters, "workflowId"), nonEmpty(parameters, "inventoryTriggerJobId"),
                states(parameters.get("states")), ascending(parameters.get("orderByTime")), size(parameters.get("size")),
                nonEmpty(parameters, "nextToken"), time(parameters, "startCreationTime"), time(parameters, "endCreationTime"));
    }

    /** Whether a job is one this query lists (the token and the size aside). */
    boolean matches(JobsDetail job) {
        return tag.equals(job.getTag())
                && (queueId == null || queueId.equals(job.getQueueId()))
                && (inputObject == null || job.getInput() != null && inputObject.equals(job.getInput().getObject()))
                && (workflowId == null || job.getWorkflow() != null && workflowId.equals(job.getWorkflow().getWorkflowId()))
                && inventoryTriggerJobId == null
                && states.contains(job.getState())
                && (from == null || !job.getCreationTime().isBefore(from))
                && (to == null || !job.getCreationTime().isAfter(to));
    }

    private static String nonEmpty(Map<String, String> parameters, String name) {
        String value = parameters.get(name);
        return value == null || value.isEmpty() ? null : value;
    }

    private static Set<JobState> states(String text) {
        if (text == null || text.isEmpty()) {
            return EnumSet.allOf(JobState.class);
        }
        Set<JobState> states = EnumSet.noneOf(JobState.class);
        for (String name : text.split(",", -1)) {
            if (name.equals("All")) {
                states.addAll(EnumSet.allOf(JobState.class));
                continue;
            }
            JobState state = JobState.fromValueOrNull(name);
            if (state == null) {
                throw new IllegalArgumentException("states holds '" + name + "'; pass a comma-separated list of All, "
                        + String.join(", ", JobState.xmlValues().values()) + " (no spaces)");
            }
            states.add(state);
        }
        return states;
    }

    private static boolean ascending(String text) {
        if (text == null || text.isEmpty() || text.equals("Desc")) {
            return false;
        }
        if (text.equals("Asc")) {
            return true;
        }
        throw new IllegalArgumentException("orderByTime is '" + text + "'; pass Desc (newest first, the default) or Asc");
    }

    private static int size(String text) {
        if (text == null || text.isEmpty()) {
            return DEFAULT_SIZE;
        }
        int size;
        try {
            size = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            size = -1;
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size is '" + text + "'; pass a whole number from 1 to " + MAX_SIZE
                    + " (" + DEFAULT_SIZE + " when absent)");
        }
        return size;
    }

    private static OffsetDateTime time(Map<String, String> parameters, String name) {
        String text = nonEmpty(parameters, name);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text, CREATION_TIME);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " is '" + text + "'; pass a time such as 2001-01-01T00:00:00+0800"
                    + " (%Y-%m-%dT%H:%M:%S%z; encode the '+' as %2B, or it may arrive as a space)");
        }
    }
}
