package se.linkoping.samverkan.picture;

/** Where a cell's trend comes from. */
public enum TrendSource {
    /** EST's compiled picture of the week. */
    PICTURE("EST:s lägesbild"),
    /** No picture of the week holds the cell: computed from the counts by the picture's own rule. */
    COMPUTED("beräknad av Samverkan");

    private final String swedish;

    TrendSource(String swedish) {
        this.swedish = swedish;
    }

    public String swedish() {
        return swedish;
    }
}
