package io.relais.timeline.control;

import io.relais.timeline.boundary.MergeSuggestion.Evidence;
import io.relais.timeline.entity.MergeReason;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MergeSuggestionFinderTest {

    @Test
    void oneReasonGivesItsOwnWeight() {
        assertEquals(0.9, MergeSuggestionFinder.confidence(List.of(new Evidence(MergeReason.SAME_PHONE, "+33612345678"))));
    }

    @Test
    void twoReasonsCombineAsIndependentChances() {
        double both = MergeSuggestionFinder.confidence(List.of(
                new Evidence(MergeReason.SAME_NAME_AND_EMAIL_LOCAL_PART, "marie.dubois@"),
                new Evidence(MergeReason.SAME_NAME, "Marie Dubois")));
        assertEquals(0.79, both, 1e-9);
        assertTrue(both > MergeReason.SAME_NAME_AND_EMAIL_LOCAL_PART.weight());
    }

    @Test
    void theSameReasonTwiceCountsOnce() {
        assertEquals(0.3, MergeSuggestionFinder.confidence(List.of(new Evidence(MergeReason.SAME_NAME, "a"),
                new Evidence(MergeReason.SAME_NAME, "b"))));
    }

    @Test
    void aPairIsTheSameWhicheverWayItIsFound() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        assertEquals(MergeSuggestionFinder.Pair.of(a, b), MergeSuggestionFinder.Pair.of(b, a));
    }
}
