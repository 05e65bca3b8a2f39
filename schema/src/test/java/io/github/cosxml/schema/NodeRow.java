package io.github.cosxml.schema;

/**
 * One row of a documented node table.
 *
 * @param page the page file name, for example {@code ci-image-license-rec-job.txt}
 * @param path the node's full path, slash-separated like the validator's element paths
 * @param parent the Parent Node cell as published ({@code None} for a root)
 * @param type the Type cell as published ({@code String}, {@code Container}, {@code Integer})
 * @param required {@code Yes}, {@code No}, or {@code -} when the table has no Required column
 * @param description the Description cell; its lines joined with {@code \n}
 * @param line the 1-based line of the Node Name cell in the page
 */
record NodeRow(String page, String path, String parent, String type, String required,
        String description, int line) {

    static final String NOT_STATED = "-";

    /** @return the node's local name, the last path segment */
    String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** @return the path of the parent node, {@code ""} for a root */
    String parentPath() {
        return path.substring(0, path.lastIndexOf('/'));
    }
}
