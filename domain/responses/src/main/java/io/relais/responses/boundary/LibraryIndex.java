package io.relais.responses.boundary;

import io.relais.responses.entity.Answer;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.mapper.orm.Search;

import java.util.logging.Logger;

/**
 * Builds the library's search index when the module starts. The index lives in memory
 * (Lucene local-heap): rebuilt from the database at each start, it can never disagree with it
 * after a crash or a restored backup. A library of 10,000 answers takes seconds; clusters would
 * use the Elasticsearch/OpenSearch backend instead.
 */
@Startup
@Singleton
@DependsOn("ResponsesSchema")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LibraryIndex {

    private static final Logger LOG = Logger.getLogger(LibraryIndex.class.getName());

    @PersistenceContext(unitName = "responses")
    EntityManager em;

    @PostConstruct
    void build() {
        rebuild();
    }

    /** Reindexes every answer; returns how long it took, in milliseconds. */
    public long rebuild() {
        long start = System.nanoTime();
        try {
            Search.session(em).massIndexer(Answer.class).threadsToLoadObjects(1).startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while indexing the response library", e);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        LOG.info(() -> "Response library indexed in " + millis + " ms");
        return millis;
    }
}
